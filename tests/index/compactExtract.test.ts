import { describe, expect, it } from 'vitest';
import { compact, expand } from '../../src/index/compactExtract.ts';
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
    times: [{ text: 'Monday', file: 'a/news.txt', paragraph: 2, sentence: 0, offset: 3 }],
  },
};

describe('compact article extracts', () => {
  it('restores exactly the extraction it was given', () => {
    expect(expand(JSON.parse(JSON.stringify(compact(extract))))).toEqual(extract);
  });

  it('stores the file once and sentences that are slices of the text as spans', () => {
    const stored = compact(extract);
    expect(stored.passages[1]?.sentences).toEqual([[0, 10], 'Crowds  came.']);
    expect(stored.mentions.map((mention) => mention.file)).toEqual([undefined, 'b/other.txt']);
    expect(JSON.stringify(stored).match(/a\/news\.txt/g)).toHaveLength(1);
  });
});
