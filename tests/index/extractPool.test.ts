import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/read.ts';
import { extractArticle } from '../../src/index/extract.ts';
import { extractOnWorkers, workerEntry } from '../../src/index/extractPool.ts';
import { corpusFolder } from './fixtures.ts';

// Each call starts worker threads that load the TypeScript sources through tsx: seconds each on a busy machine.
const WORKER_TEST_TIMEOUT = 60_000;

describe('extractOnWorkers', () => {
  it('gives the same extractions, in file order, as extracting inline', async () => {
    const { files } = await readCorpus(await corpusFolder());
    const progress: number[] = [];
    const onWorkers = await extractOnWorkers(files, { threads: 2, batchSize: 1, onProgress: (done) => progress.push(done) });
    expect(onWorkers).toEqual(files.map((file) => extractArticle(file)));
    expect(progress).toEqual([1, 2, 3]);
  }, WORKER_TEST_TIMEOUT);

  it('names only the relative file and the error message when extraction fails on a worker', async () => {
    const { files } = await readCorpus(await corpusFolder());
    // A text that is not a string makes extraction throw inside the worker.
    const broken = { ...files[0]!, file: 'news/broken.txt', text: null as unknown as string };
    const failure = await extractOnWorkers([...files, broken], { threads: 2, batchSize: 2 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    const message = (failure as Error).message;
    expect(message).toMatch(/^Byline: extraction failed in news\/broken\.txt: \S/);
    expect(message).not.toContain('\n');
    expect(message).not.toMatch(/\/(tmp|work|home|usr)\//);
  }, WORKER_TEST_TIMEOUT);

  it('gives every extraction on the call after a failed one (workers of a failed call are not reused)', async () => {
    const { files } = await readCorpus(await corpusFolder());
    const broken = { ...files[0]!, file: 'broken.txt', text: null as unknown as string };
    await expect(extractOnWorkers([broken, ...files], { threads: 2, batchSize: 1 })).rejects.toThrow(/broken\.txt/);
    expect(await extractOnWorkers(files, { threads: 2, batchSize: 1 })).toEqual(files.map((file) => extractArticle(file)));
  }, WORKER_TEST_TIMEOUT);

  it('returns nothing and starts no worker for no files', async () => {
    expect(await extractOnWorkers([])).toEqual([]);
  });
});

describe('workerEntry', () => {
  it('starts the compiled JavaScript worker beside a compiled pool', () => {
    const { entry, options } = workerEntry('file:///app/dist/src/index/extractPool.js');
    expect(entry).toEqual(new URL('file:///app/dist/src/index/extractWorker.js'));
    expect(options).toEqual({});
  });

  it('starts the TypeScript worker through tsx beside a source pool', () => {
    const { entry, options } = workerEntry(new URL('../../src/index/extractPool.ts', import.meta.url).href);
    expect(options).toEqual({ eval: true });
    expect(entry).toContain('tsx.register()');
    expect(entry).toContain(new URL('../../src/index/extractWorker.ts', import.meta.url).href);
  });
});
