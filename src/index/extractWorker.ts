/**
 * The extraction worker: receives batches of corpus files or plain texts from `extractPool.ts` and
 * answers each with its extractions (or the error that stopped it). Loaded through tsx from source, as plain
 * JavaScript when compiled (see `workerEntry` in `extractPool.ts`).
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from './extract.ts';
import { extractText } from '../extract/extract.ts';
import type { BatchReply, BatchRequest, JobKind, Jobs } from './extractPool.ts';

if (parentPort === null) throw new Error('Byline: extractWorker.ts must run on a worker thread');
const port = parentPort;

const work: { [K in JobKind]: (input: Jobs[K]['input']) => Jobs[K]['output'] } = { articles: extractArticle, texts: extractText };
/** What names an input in an error: a file's relative name, a text's id. */
const nameOf: { [K in JobKind]: (input: Jobs[K]['input']) => string } = {
  articles: (file) => file.file,
  texts: (request) => request.id ?? 'input',
};

port.on('message', ({ id, kind, inputs }: BatchRequest) => {
  const outputs = [];
  for (const input of inputs) {
    try {
      outputs.push((work[kind] as (input: unknown) => unknown)(input));
    } catch (error) {
      // The message reaches /reindex replies: the relative file name and the error, no stack or path.
      const reply: BatchReply = { id, file: (nameOf[kind] as (input: unknown) => string)(input), error: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
      return;
    }
  }
  port.postMessage({ id, outputs } as BatchReply);
});
