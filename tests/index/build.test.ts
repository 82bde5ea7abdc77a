import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { RACY_MS } from '../../src/corpus/read.ts';
import { buildIndex, checkCorpus } from '../../src/index/build.ts';
import type { CorpusIndex } from '../../src/index/corpusIndex.ts';
import { ARTICLES, corpusFolder } from './fixtures.ts';

const filesOf = (passages: Iterable<{ file: string }>): Set<string> => new Set([...passages].map((passage) => passage.file));
const searched = (index: CorpusIndex, query: string) => index.searchPassages(query, 10).map(({ item }) => `${item.file}#${item.paragraph}`);

describe('buildIndex, incremental', () => {
  it('re-extracts only new and changed files and keeps the others as they were', async () => {
    const dir = await corpusFolder();
    const first = await buildIndex(dir);
    expect(first.report.extracted).toBe(3);

    await writeFile(join(dir, 'rail.txt'), ARTICLES['rail.txt']!.replace('Friday', 'Saturday'));
    await writeFile(join(dir, 'bridge.txt'), 'Bridge reopens\n\nJune 1, 2024\n\nEngineers reopened the viaduct on Sunday.\n');
    const second = await buildIndex(dir, first.index);

    expect(second.report.extracted).toBe(2);
    const unchanged = (index: typeof first.index) => index.files.find((f) => f.extract.article.meta.file === 'harbour.txt');
    expect(unchanged(second.index)).toBe(unchanged(first.index));
    expect(searched(second.index, 'Saturday')).toContain('rail.txt#3');
    expect(searched(second.index, 'viaduct')).not.toEqual([]);
  });

  it('drops a removed file: its passages, quotations and search hits are gone', async () => {
    const dir = await corpusFolder();
    const first = await buildIndex(dir);
    expect(filesOf(first.index.allPassages())).toContain('harbour.txt');

    await rm(join(dir, 'harbour.txt'));
    const { index, report } = await buildIndex(dir, first.index);

    expect(report.extracted).toBe(0);
    expect(filesOf(index.allPassages())).toEqual(new Set(['orchard.txt', 'rail.txt']));
    expect([...index.allQuotes()].map((q) => q.file)).not.toContain('harbour.txt');
    expect(searched(index, 'harbour pier')).toEqual([]);
    expect(index.entities.resolve('Lena Ortiz')).toBeUndefined();
  });

  it('counts each article\'s passages without reading them: its paragraphs are 1 to the count', async () => {
    const { index } = await buildIndex(await corpusFolder());
    for (const file of ['harbour.txt', 'orchard.txt', 'rail.txt']) {
      expect(index.paragraphCount(file)).toBe(index.passagesOf(file).length);
      expect(index.passagesOf(file).map((passage) => passage.paragraph)).toEqual(Array.from({ length: index.paragraphCount(file) }, (_, n) => n + 1));
    }
    expect(index.paragraphCount('missing.txt')).toBe(0);
  });

  it('extracts the same index on worker threads as inline', async () => {
    const dir = await corpusFolder();
    const inline = await buildIndex(dir, undefined, { threads: 0 });
    const pooled = await buildIndex(dir, undefined, { threads: 2, inlineLimit: 0 });
    expect(pooled.index.files).toEqual(inline.index.files);
  });
});

describe('checkCorpus', () => {
  it('reads no file whose stamp is unchanged, and finds the index current', async () => {
    const dir = await corpusFolder();
    // A file changed just before it was read is not trusted by its stamp: let them settle.
    await sleep(RACY_MS + 100);
    const { index } = await buildIndex(dir);
    const check = await checkCorpus(dir, index);
    expect(check.current).toBe(true);
    expect(check.read.files).toEqual([]);
    expect(check.read.unchanged).toEqual(['harbour.txt', 'orchard.txt', 'rail.txt']);
  });

  it('reads only the files whose stamp changed, and those changed since the build was stamped', async () => {
    const dir = await corpusFolder();
    await sleep(RACY_MS + 100);
    const { index } = await buildIndex(dir);
    await writeFile(join(dir, 'rail.txt'), ARTICLES['rail.txt']!.replace('Friday', 'Saturday'));
    const check = await checkCorpus(dir, index);
    expect(check.current).toBe(false);
    expect(check.read.files.map((file) => file.file)).toEqual(['rail.txt']);
    // Read just now: its stamp is not trusted yet, so the next check reads it again.
    const rebuilt = await buildIndex(dir, index, { check });
    expect(rebuilt.index.stampOf('rail.txt')).toBeUndefined();
    expect(rebuilt.index.stampOf('harbour.txt')).toEqual(index.stampOf('harbour.txt'));
    expect((await checkCorpus(dir, rebuilt.index)).read.files.map((file) => file.file)).toEqual(['rail.txt']);
  });

  it('trusts no stamp of an index built from another folder', async () => {
    const dir = await corpusFolder();
    await sleep(RACY_MS + 100);
    const { index } = await buildIndex(dir);
    const copy = await corpusFolder();
    const check = await checkCorpus(copy, index);
    expect(check.current).toBe(false);
    expect(check.read.files).toHaveLength(3);
  });
});
