import { describe, expect, it } from 'vitest';
import { indexTerm, keyTerms, stem, words } from '../../src/text/terms.ts';

describe('terms', () => {
  it.each([
    ['explosions', 'explosion'],
    ['attacked', 'attack'],
    ['rocked', 'rock'],
    ['talking', 'talk'],
    ['stopped', 'stop'],
    ['ministries', 'ministry'],
    ['crisis', 'crisis'],
    ['Blinken', 'Blinken'],
  ])('stems %s to %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('gives a word and its inflections one index term', () => {
    expect(indexTerm('Explosions')).toBe(indexTerm('explosion'));
    expect(indexTerm('Israel’s')).toBe(indexTerm('Israel'));
  });

  it('drops question words and stopwords', () => {
    expect(keyTerms('Who said the United States has Israel’s back?')).toEqual(['unit', 'state', 'israel', 'back']);
  });

  it('keeps abbreviations and hyphenated words whole', () => {
    expect(words('U.S. officials re-elected the chief')).toEqual(['U.S', 'officials', 're-elected', 'the', 'chief']);
  });

  it('folds accents so a query without them still matches', () => {
    expect(indexTerm('Élysée')).toBe(indexTerm('elysee'));
  });
});
