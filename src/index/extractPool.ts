/**
 * Extraction on worker threads: the NLP of a large corpus spread over the machine's cores, so an
 * ingest is several times faster and the main thread stays free to answer questions meanwhile.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ArticleExtract } from '../types.ts';
import type { CorpusFile } from '../corpus/read.ts';
import { BylineError } from '../errors.ts';

/** A batch of files sent to a worker. */
export interface BatchRequest {
  id: number;
  files: CorpusFile[];
}

/** A worker's answer to a batch: every file's extraction in order, or the file that failed and why. */
export type BatchReply = { id: number; extracts: ArticleExtract[] } | { id: number; file: string; error: string };

export interface PoolOptions {
  /** Worker threads to start (default: available cores, at most 8; never more than batches). */
  threads?: number;
  /** Files per message: large enough to amortise messaging, small enough to balance the load. */
  batchSize?: number;
  /** Called after each batch with the number of files done so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * How to start a worker. Compiled (`dist/`, this module is `.js`), the worker is plain JavaScript
 * beside this file. From source, workers start without the parent's module hooks (and Node 20 does
 * not apply `--import tsx` to a worker's entry module), so the worker is a small script that
 * registers tsx's hooks and then imports the TypeScript worker: this holds under `tsx`, the CLI
 * and vitest alike.
 */
export function workerEntry(moduleUrl: string): { entry: URL | string; options: WorkerOptions } {
  if (moduleUrl.endsWith('.js')) return { entry: new URL('./extractWorker.js', moduleUrl), options: {} };
  const tsxApi = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(moduleUrl).resolve('tsx/package.json')));
  const bootstrap = `import(${JSON.stringify(tsxApi.href)})
  .then((tsx) => tsx.register())
  .then(() => import(${JSON.stringify(new URL('./extractWorker.ts', moduleUrl).href)}));`;
  return { entry: bootstrap, options: { eval: true } };
}

/** The default number of extraction threads on this machine. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Extracts every file on worker threads and returns the extractions in the files' order. The
 * workers are started for this call and stopped when it settles.
 *
 * @throws BylineError naming the relative file and the error message when extraction fails.
 */
export async function extractOnWorkers(files: readonly CorpusFile[], options: PoolOptions = {}): Promise<ArticleExtract[]> {
  const batchSize = options.batchSize ?? 8;
  const batches: BatchRequest[] = [];
  for (let start = 0; start < files.length; start += batchSize) {
    batches.push({ id: start, files: files.slice(start, start + batchSize) });
  }
  const results: ArticleExtract[] = new Array(files.length);
  if (batches.length === 0) return results;
  const threads = Math.max(1, Math.min(options.threads ?? defaultThreads(), batches.length));
  const { entry, options: workerOptions } = workerEntry(import.meta.url);
  const workers = Array.from({ length: threads }, () => new Worker(entry, workerOptions));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      const feed = (worker: Worker): void => {
        const batch = batches[next++];
        if (batch === undefined) {
          if (++finished === workers.length) resolve();
          return;
        }
        worker.postMessage(batch);
      };
      for (const worker of workers) {
        worker.on('message', (reply: BatchReply) => {
          if ('error' in reply) {
            reject(new BylineError(`extraction failed in ${reply.file}: ${reply.error}`));
            return;
          }
          reply.extracts.forEach((extract, n) => (results[reply.id + n] = extract));
          done += reply.extracts.length;
          options.onProgress?.(done, files.length);
          feed(worker);
        });
        worker.on('error', (error) => reject(new BylineError(`extraction worker failed: ${error.message}`)));
        worker.on('exit', (code) => {
          if (code !== 0) reject(new BylineError(`extraction worker exited with code ${code}`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
