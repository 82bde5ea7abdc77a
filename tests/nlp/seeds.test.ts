/**
 * End to end over the seed articles: ingestion → mentions → quotations. `PRINT_QUOTES=1 npx vitest
 * run tests/nlp/seeds.test.ts` prints every quotation with its speaker, for eyeballing; `npm test`
 * stays quiet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/passages.ts';
import { mergeEntities } from '../../src/nlp/entities.ts';
import { EntityLookup } from '../../src/nlp/entityLookup.ts';
import { extractMentions } from '../../src/nlp/people.ts';
import { extractQuotes } from '../../src/nlp/quotes.ts';
import type { Mention, Quote } from '../../src/types.ts';

const SEEDS = new URL('../../seeds/', import.meta.url);
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const articles = files.map((file) => parseArticle({ file, text: readFileSync(new URL(file, SEEDS), 'utf8'), hash: file }));

const started = performance.now();
const extracts = articles.map((article) => {
  const mentions = extractMentions(article);
  return { article, mentions, quotes: extractQuotes(article, mentions) };
});
const msPerArticle = (performance.now() - started) / articles.length;

const quotes: Quote[] = extracts.flatMap((e) => e.quotes);
const mentions: Mention[] = extracts.flatMap((e) => e.mentions);

function quoteWith(fragment: string): Quote | undefined {
  return quotes.find((q) => q.text.includes(fragment));
}

describe('seed articles end to end', () => {
  it('finds the quotations of the seeds (printed with PRINT_QUOTES=1)', () => {
    for (const q of process.env['PRINT_QUOTES'] ? quotes : []) {
      const where = `${q.file.slice(0, 3)} ¶${q.paragraph}${q.continues ? `–${q.continues.at(-1)}` : ''}`;
      console.log(`${where} ${q.partial ? '(partial) ' : ''}[${q.speaker ?? '?'} · ${q.cue ?? '-'}] ${q.text.slice(0, 90)}`);
    }
    if (process.env['PRINT_QUOTES']) console.log(`extraction: ${msPerArticle.toFixed(1)} ms per article (first run, cold)`);
    expect(quotes.length).toBeGreaterThan(20);
  });

  it.each([
    ['reminder of the perception of an American absence', 'Alex Vatanka'],
    ['Not since Isis', 'Blinken'],
    ['What I’ve been focused on', 'Austin'],
    ['informed at the last minute', 'Antonio Tajani'],
    ['100 trucks going into Gaza', 'Blinken'],
    ['clear consensus', 'Blinken'],
    ['still investigating', 'Austin'],
  ])('attributes “%s” to %s', (fragment, speaker) => {
    expect(quoteWith(fragment)?.speaker).toContain(speaker);
  });

  it('takes the one-paragraph ‘Not since Isis …’ as a Blinken quotation of its own, and runs the “ paragraphs after it together', () => {
    expect(quoteWith('Not since Isis')).toMatchObject({ speaker: 'Antony Blinken', partial: false });
    expect(quoteWith('Not since Isis')?.continues).toBeUndefined();
    expect(quoteWith('Already significant military assistance')?.continues?.length).toBe(1);
  });

  it('marks the Tajani fragment as partial', () => {
    expect(quoteWith('informed at the last minute')?.partial).toBe(true);
  });

  it('merges Antony and Anthony Blinken and resolves typos to him', () => {
    const lookup = new EntityLookup(mergeEntities(mentions, quotes));
    for (const name of ['Anthony Blinken', 'blinken', 'Sec. Blinken', 'Secretary Blinken', 'Blinkin']) {
      expect(lookup.resolve(name)?.name).toBe('Antony Blinken');
    }
    expect(lookup.resolve('Macron')).toBeUndefined();
    expect(lookup.resolve('Austin')?.roles[0]?.title).toBe('Defense Secretary');
  });
});
