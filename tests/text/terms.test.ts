import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eachWord, foldTerm, indexTerm, keyTerms, stem, words, wordsAt } from '../../src/text/terms.ts';

/** The word pattern the hand scanner must agree with. */
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/** Text made of word pieces, joiners, spaces and a few non-ASCII letters, digits and marks. */
const wordish = fc
  .array(fc.constantFrom('a', 'Z', '7', "'", '’', '-', '.', ' ', ',', '&', 'é', 'ß', 'Ω', '٣', '\u0301', '😀', '²', '\n', '"', 'U.S', 'al-Assad'), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** foldTerm as it was written before its ASCII shortcut. */
function foldByPatterns(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s?$/, '');
}

describe('terms', () => {
  it('splits words exactly as the word pattern does, with their offsets', () => {
    fc.assert(
      fc.property(wordish, (text) => {
        const expected = [...text.matchAll(WORD)];
        expect(words(text)).toEqual(expected.map((m) => m[0]));
        expect(wordsAt(text)).toEqual(expected.map((m) => ({ word: m[0], offset: m.index })));
      }),
      { numRuns: 2000 },
    );
  });

  it('lets a visitor split other texts between words', () => {
    const seen: string[] = [];
    eachWord('Ann Lee’s don’t U.S. end-', (word, offset) => seen.push(`${word}@${offset}:${words('x y z').length}`));
    expect(seen).toEqual(['Ann@0:3', 'Lee’s@4:3', 'don’t@10:3', 'U.S@16:3', 'end@21:3']);
  });

  it('folds ASCII and other words as the accent, case and possessive patterns do', () => {
    fc.assert(fc.property(wordish, (text) => {
        expect(foldTerm(text)).toBe(foldByPatterns(text));
      }), { numRuns: 2000 });
    for (const word of ["Lee's", "Lees'", "'s", "'", 's', '', 'Café’s', 'ʼs', "IT'S", "O'Neill"]) expect(foldTerm(word)).toBe(foldByPatterns(word));
  });

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
    // An adverb of time that says nothing of the event: "who had already sent …".
    expect(keyTerms('who had already sent the warning')).toEqual(['send', 'warn']);
  });

  it('drops a pronoun with its auxiliary written on, but keeps a negation', () => {
    expect(keyTerms("there'd be no peace if they’re hungry, we'll see")).toEqual(['peace', 'hungry', 'see']);
    expect(keyTerms("don't go")).toEqual(["don't", 'go']);
  });

  it('keeps abbreviations and hyphenated words whole', () => {
    expect(words('U.S. officials re-elected the chief')).toEqual(['U.S', 'officials', 're-elected', 'the', 'chief']);
  });

  it('folds accents so a query without them still matches', () => {
    expect(indexTerm('Élysée')).toBe(indexTerm('elysee'));
  });
});
