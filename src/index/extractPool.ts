/**
 * Extraction on worker threads: the NLP of a large corpus spread over the machine's cores, so an
 * ingest is several times faster and the main thread stays free to answer questions meanwhile.
 *
 * Workers outlive a call for a while (`IDLE_MS`): starting one loads the NLP models (~0.5 s
 * compiled, seconds from source on a busy machine), and a serving engine sends even one changed
 * file here, so the next reindex should find them ready. Idle workers do not keep the process alive.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ArticleExtract } from '../types.ts';
import type { CorpusFile } from '../corpus/read.ts';
import type { ExtractRequest, ExtractResult } from '../extract/extract.ts';
import { BylineError } from '../errors.ts';

/** The two jobs a worker does: corpus files for the index, and plain texts for `byline extract`. */
export interface Jobs {
  articles: { input: CorpusFile; output: ArticleExtract };
  texts: { input: ExtractRequest; output: ExtractResult };
}
export type JobKind = keyof Jobs;

/** A batch of inputs sent to a worker. */
export interface BatchRequest<K extends JobKind = JobKind> {
  id: number;
  kind: K;
  inputs: Array<Jobs[K]['input']>;
}

/** A worker's answer to a batch: every output in order, or the input that failed (its file or id) and why. */
export type BatchReply<K extends JobKind = JobKind> =
  | { id: number; outputs: Array<Jobs[K]['output']> }
  | { id: number; file: string; error: string };

export interface PoolOptions {
  /** Worker threads to start (default: available cores, at most 8; never more than batches). */
  threads?: number;
  /** Files per message: large enough to amortise messaging, small enough to balance the load. */
  batchSize?: number;
  /** Called after each batch with the number of files done so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** How long a worker is kept after a call, for the next one. */
const IDLE_MS = 60_000;

/** Workers left from earlier calls, ready for the next; stopped when idle for `IDLE_MS`. */
const idle: Worker[] = [];
let idleTimer: NodeJS.Timeout | undefined;

function takeWorkers(count: number): Worker[] {
  clearTimeout(idleTimer);
  const { entry, options } = workerEntry(import.meta.url);
  const reused = idle.splice(0, count);
  for (const worker of reused) worker.ref();
  return [...reused, ...Array.from({ length: count - reused.length }, () => startWorker(entry, options))];
}

function startWorker(entry: URL | string, options: WorkerOptions): Worker {
  const worker = new Worker(entry, options);
  // For the time it is idle: an error then must not go unhandled, and a worker gone is not reused.
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  return worker;
}

function keepIdle(workers: readonly Worker[]): void {
  for (const worker of workers) {
    worker.unref();
    idle.push(worker);
  }
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => void Promise.all(idle.splice(0).map((worker) => worker.terminate())), IDLE_MS);
  idleTimer.unref();
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
 * Extracts every file on worker threads and returns the extractions in the files' order. Idle
 * workers from an earlier call are used first; the workers are kept for the next call when this
 * one succeeds and stopped when it fails.
 *
 * @throws BylineError naming the relative file and the error message when extraction fails.
 */
export function extractOnWorkers(files: readonly CorpusFile[], options: PoolOptions = {}): Promise<ArticleExtract[]> {
  return runOnWorkers('articles', files, options);
}

/** `extractText` of every request on worker threads, in the requests' order (for `byline extract`). */
export function extractTextsOnWorkers(requests: readonly ExtractRequest[], options: PoolOptions = {}): Promise<ExtractResult[]> {
  return runOnWorkers('texts', requests, options);
}

async function runOnWorkers<K extends JobKind>(
  kind: K,
  inputs: ReadonlyArray<Jobs[K]['input']>,
  options: PoolOptions,
): Promise<Array<Jobs[K]['output']>> {
  const batchSize = options.batchSize ?? 8;
  const batches: Array<BatchRequest<K>> = [];
  for (let start = 0; start < inputs.length; start += batchSize) {
    batches.push({ id: start, kind, inputs: inputs.slice(start, start + batchSize) });
  }
  const results: Array<Jobs[K]['output']> = new Array(inputs.length);
  if (batches.length === 0) return results;
  const threads = Math.max(1, Math.min(options.threads ?? defaultThreads(), batches.length));
  const workers = takeWorkers(threads);
  let next = 0;
  let done = 0;
  let succeeded = false;
  // This call's listeners come off again: a worker kept idle serves the next call with its own.
  const detach: Array<() => void> = [];
  const listen = <T>(worker: Worker, event: 'message' | 'error' | 'exit', listener: (value: T) => void): void => {
    worker.on(event, listener);
    detach.push(() => worker.off(event, listener));
  };
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
        listen(worker, 'message', (reply: BatchReply<K>) => {
          if ('error' in reply) {
            reject(new BylineError(`extraction failed in ${reply.file}: ${reply.error}`));
            return;
          }
          reply.outputs.forEach((output, n) => (results[reply.id + n] = output));
          done += reply.outputs.length;
          options.onProgress?.(done, inputs.length);
          feed(worker);
        });
        listen(worker, 'error', (error: Error) => reject(new BylineError(`extraction worker failed: ${error.message}`)));
        listen(worker, 'exit', (code: number) => {
          if (code !== 0) reject(new BylineError(`extraction worker exited with code ${code}`));
        });
        feed(worker);
      }
    });
    succeeded = true;
  } finally {
    for (const off of detach) off();
    // After a failure a worker may still be busy with a batch whose reply would reach the next call.
    if (succeeded) keepIdle(workers);
    else await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
