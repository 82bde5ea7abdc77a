/**
 * The extraction worker: receives batches of corpus files from `extractPool.ts` and answers each
 * with its extractions (or the error that stopped it). Loaded through tsx from source, as plain
 * JavaScript when compiled (see `workerEntry` in `extractPool.ts`).
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from './extract.ts';
import type { BatchReply, BatchRequest } from './extractPool.ts';

if (parentPort === null) throw new Error('Byline: extractWorker.ts must run on a worker thread');
const port = parentPort;

port.on('message', ({ id, files }: BatchRequest) => {
  const extracts = [];
  for (const file of files) {
    try {
      extracts.push(extractArticle(file));
    } catch (error) {
      // The message reaches /reindex replies: the relative file name and the error, no stack or path.
      const reply: BatchReply = { id, file: file.file, error: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
      return;
    }
  }
  const reply: BatchReply = { id, extracts };
  port.postMessage(reply);
});
