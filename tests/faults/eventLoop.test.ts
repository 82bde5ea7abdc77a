/**
 * A reindex must not freeze a serving engine: while one large changed article is extracted, the
 * event loop keeps turning (the bot must acknowledge every interaction within Discord's 3 s). A
 * 5 ms interval records the longest gap between its ticks during the reindex.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { article, tempCorpus, type TempCorpus } from './tempCorpus.ts';

/** Watches the event loop: `longest()` is its longest stall so far, the one under way included, in ms. */
function watchEventLoop(): { longest(): number; stop(): void } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  return {
    longest: () => Math.round(Math.max(longest, performance.now() - last)),
    stop: () => clearInterval(timer),
  };
}

/** News prose of about `chars` characters: people, roles, quotes and dates for every extractor to work on. */
function largeArticle(chars: number): string {
  const paragraphs = ['Harbour board of Port Zembla reviews a year of works'];
  for (let n = 0; paragraphs.join('\n\n').length < chars; n++) {
    paragraphs.push(
      `On March ${(n % 28) + 1}, 2024, works manager Ilse Varga${n % 9} said the quay ${n} repairs were on schedule. ` +
        `"We expect the berth to reopen by June," Varga${n % 9} told reporters, adding that the board chair, Tomas Brill, agreed.`,
    );
  }
  return paragraphs.join('\n\n');
}

/**
 * What extraction may stall the bot for, at most. The aim is ~50 ms; the bound leaves room for a
 * shared test machine, where the process itself waits for a core for 100 ms and more (measured
 * 84–163 ms at a load of 7–11 on 2 cores), and is still far below the 2–3 s of inline extraction.
 */
const MAX_STALL_MS = 400;

let corpus: TempCorpus;
beforeEach(async () => {
  corpus = await tempCorpus();
  await corpus.put('good.txt', article('Port Zembla'));
});
afterEach(() => corpus.stop());

describe('event loop during a reindex', () => {
  it(`does not stall for more than ${MAX_STALL_MS} ms while one large changed article is extracted`, async () => {
    const engine = await corpus.open({ serving: true });
    await corpus.put('large.txt', largeArticle(200_000));
    const loop = watchEventLoop();
    let duringExtraction = Infinity;
    const started = performance.now();
    // Extraction ends with the last file's progress; what follows (building the index from the
    // extractions, which is not extraction) is measured and logged but not held to this bound.
    const report = await engine.reindex((done, total) => {
      if (done === total) duringExtraction = loop.longest();
    });
    const took = Math.round(performance.now() - started);
    const whole = loop.longest();
    loop.stop();
    console.info(`reindex of a 200 kB article: ${took} ms; longest stall ${duringExtraction} ms in extraction, ${whole} ms overall`);
    expect(report).toMatchObject({ articles: 2, extracted: 1 });
    expect(duringExtraction).toBeLessThan(MAX_STALL_MS);
  }, 60_000);
});
