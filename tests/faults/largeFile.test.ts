/**
 * A 50 MB article: the engine indexes only its first 2 MiB (cut at a line break), says so in the
 * report's notes, and stays within bounded time and memory. The file is generated in a temporary
 * folder and removed afterwards.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/text.ts';
import type { BylineEngine } from '../../src/engine.ts';
import type { IndexReport } from '../../src/types.ts';
import { article, tempCorpus, type TempCorpus } from './tempCorpus.ts';

const MiB = 1024 * 1024;

/** One paragraph of filler news prose, varied so that it is not dropped as a repeated line. */
const filler = (n: number) =>
  `Officials in the district of Example${n} said on Tuesday that the council would meet again next week, according to a statement from the mayor.\n\n`;

/** Writes `bytes` of article text: a headline, a first paragraph naming `head`, filler, and a last paragraph naming `tail`. */
async function writeLargeArticle(file: string, bytes: number, head: string, tail: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.write(`Council of ${head} meets again\n\nThe council of ${head} met on Monday.\n\n`);
    let written = 0;
    for (let n = 0; written < bytes; ) {
      let chunk = '';
      while (chunk.length < MiB) chunk += filler(n++);
      await handle.write(chunk);
      written += chunk.length;
    }
    await handle.write(`The last word goes to ${tail}.\n`);
  } finally {
    await handle.close();
  }
}

let corpus: TempCorpus;
let engine: BylineEngine;
let report: IndexReport;
/** Wall time and peak resident memory of the reindex, for docs/faults.md. */
const measured = { ms: 0, peakRssGrowthMiB: 0 };

beforeAll(async () => {
  corpus = await tempCorpus();
  await corpus.put('good.txt', article('Port Zembla'));
  engine = await corpus.open({ cache: false });
  await writeLargeArticle(path.join(corpus.corpusDir, 'huge.txt'), 50 * MiB, 'Brennick', 'Yarrowdale');
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  report = await engine.reindex();
  measured.ms = performance.now() - started;
  clearInterval(sampler);
  measured.peakRssGrowthMiB = (Math.max(peak, process.memoryUsage().rss) - rssBefore) / MiB;
  console.info(`50 MB article: reindex ${Math.round(measured.ms)} ms, peak RSS +${Math.round(measured.peakRssGrowthMiB)} MiB`);
}, 120_000);
afterAll(() => corpus.stop());

describe('a 50 MB article', () => {
  it('is indexed from its first 2 MiB, and the report notes the truncation', () => {
    expect(report).toMatchObject({ articles: 2, extracted: 1, skipped: [] });
    expect(report.notes).toEqual([{ file: 'huge.txt', reason: 'truncated to 2 MiB (file is 50 MiB)' }]);
    expect(renderReport(report)).toContain('note huge.txt: truncated to 2 MiB (file is 50 MiB)');
  });

  it('answers from the indexed part and not from beyond the cap', async () => {
    const cited = (text: string) => engine.ask({ command: 'search', text }).then((r) => r.answers.flatMap((a) => a.citations.map((c) => c.file)));
    expect(await cited('Brennick council')).toContain('huge.txt');
    expect(await cited('Yarrowdale')).toEqual([]);
  });

  it('takes bounded time and memory', () => {
    expect(measured.ms).toBeLessThan(30_000);
    expect(measured.peakRssGrowthMiB).toBeLessThan(400);
  });
});
