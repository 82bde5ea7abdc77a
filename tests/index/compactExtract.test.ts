import { describe, expect, it } from 'vitest';
import { FINDING_KINDS, compactArticle, compactFindings, compactPassage, compactQuote, expandArticle, expandFindings, expandPassage, expandQuote, type Findings } from '../../src/index/compactExtract.ts';
import type { FileExtract } from '../../src/index/corpusIndex.ts';

const extract: FileExtract = {
  hash: 'abc',
  extract: {
    article: {
      meta: { file: 'a/news.txt', title: 'Pier opens', credits: [] },
      passages: [
        { file: 'a/news.txt', paragraph: 1, text: 'Pier opens', sentences: ['Pier opens'] },
        // The second sentence is not a slice of the text (a splitter may normalise spaces).
        { file: 'a/news.txt', paragraph: 2, text: 'It opened.  Crowds came.', sentences: ['It opened.', 'Crowds  came.'] },
      ],
    },
    mentions: [
      { name: 'Lena Ortiz', kind: 'person', file: 'a/news.txt', paragraph: 2 },
      { name: 'Tomas Berg', kind: 'person', file: 'b/other.txt', paragraph: 1 },
    ],
    quotes: [{ text: 'We did it', file: 'a/news.txt', paragraph: 2, partial: false }],
    statements: [{ text: 'the pier would reopen', speaker: 'Lena Ortiz', cue: 'said', file: 'a/news.txt', paragraph: 2 }],
    times: [{ text: 'Monday', file: 'a/news.txt', paragraph: 2, sentence: 0, offset: 3 }],
  },
};

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('compact article extracts', () => {
  it('restores exactly the extraction it was given, from its article, findings, passage and quotation lines', () => {
    const file = 'a/news.txt';
    const passages = extract.extract.article.passages.map((passage) => expandPassage(roundTrip(compactPassage(passage)), file));
    const quotes = extract.extract.quotes.map((quote) => expandQuote(roundTrip(compactQuote(quote)), file));
    const findings = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, expandFindings(file, roundTrip(compactFindings(extract.extract, kind)))])) as Findings;
    expect(expandArticle(roundTrip(compactArticle(extract)), passages, quotes, findings)).toEqual(extract);
  });

  it('stores the file once and sentences that are slices of the text as spans', () => {
    const stored = { ...compactArticle(extract), mentions: compactFindings(extract.extract, 'mentions') };
    expect(compactPassage(extract.extract.article.passages[1]!).sentences).toEqual([[0, 10], 'Crowds  came.']);
    expect(stored.mentions.map((mention) => mention.file)).toEqual([undefined, 'b/other.txt']);
    expect(JSON.stringify(stored).match(/a\/news\.txt/g)).toHaveLength(1);
    expect(JSON.stringify(compactPassage(extract.extract.article.passages[0]!))).not.toContain('a/news.txt');
  });
});
