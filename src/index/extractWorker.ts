/**
 * The extraction worker: receives batches of corpus files from `extractPool.ts` and answers each
 * with its extractions (or the error that stopped it). Loaded as TypeScript through tsx.
 */
import { parentPort } from 'node:worker_threads';
import type { CorpusFile } from '../corpus/read.ts';
import { extractArticle } from './extract.ts';
import type { BatchReply, BatchRequest } from './extractPool.ts';

if (parentPort === null) throw new Error('Byline: extractWorker.ts must run on a worker thread');
const port = parentPort;

port.on('message', ({ id, files }: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = { id, extracts: files.map((file: CorpusFile) => extractArticle(file)) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
