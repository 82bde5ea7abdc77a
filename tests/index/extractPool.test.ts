import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/read.ts';
import { extractArticle } from '../../src/index/extract.ts';
import { extractOnWorkers } from '../../src/index/extractPool.ts';
import { corpusFolder } from './fixtures.ts';

describe('extractOnWorkers', () => {
  it('gives the same extractions, in file order, as extracting inline', async () => {
    const { files } = await readCorpus(await corpusFolder());
    const progress: number[] = [];
    const onWorkers = await extractOnWorkers(files, { threads: 2, batchSize: 1, onProgress: (done) => progress.push(done) });
    expect(onWorkers).toEqual(files.map((file) => extractArticle(file)));
    expect(progress).toEqual([1, 2, 3]);
  });

  it('returns nothing and starts no worker for no files', async () => {
    expect(await extractOnWorkers([])).toEqual([]);
  });
});
