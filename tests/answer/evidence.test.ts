import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchedTerms, namedInQuestion, termMatches, tokenize, type Token } from '../../src/answer/evidence.ts';
import { indexTerm } from '../../src/text/terms.ts';

describe('namedInQuestion', () => {
  it.each([
    ['Maria Lopez', 'what did lopez say?', true],
    ['G7', 'who said the g7 wants more aid?', true],
    ['al Asad', 'who said al qaeda struck?', false],
    ['Piet Rook', 'who met the envoy?', false],
    ['Veloria Shipping Company', 'which company seized the ferry?', false],
  ])('%s in %j: %s', (name, question, expected) => {
    expect(namedInQuestion(name, question)).toBe(expected);
  });
});

describe('termMatches: word forms the stemmer leaves apart', () => {
  it.each([
    ['blame', 'blamed', true],
    ['retaliate', 'retaliation', true],
    ['evacuate', 'evacuations', true],
    ['rate', 'ration', false],
    ['Italy', 'Italian', true],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(termMatches(indexTerm(a)!, indexTerm(b)!)).toBe(expected);
  });
});

describe('matchedTerms', () => {
  // The definition matchedTerms must keep: a query term is matched when any token's term matches it.
  const naive = (queryTerms: readonly string[], tokens: readonly Token[]) =>
    queryTerms.filter((q) => tokens.some((t) => t.term !== null && termMatches(q, t.term)));
  // Word stems that meet by prefix, demonym, one edit anywhere (the first letter too) and synonym.
  const words = ['attack', 'strike', 'strikes', 'iran', 'iranian', 'israel', 'israeli', 'explosion', 'explosions', 'xplosion', 'eexplosion',
    'government', 'governments', 'govermnent', 'leader', 'head', 'chief', 'director', 'directors', 'president', 'presidents', 'bresident',
    'resident', 'kill', 'assassinate', 'slay', 'hurt', 'wounded', 'injured', 'blame', 'blamed', 'italy', 'italian', 'retaliate', 'retaliation', 'u.s', 'treaty', 'treat', 'treaties', 'kingdom', 'kingdoms', 'akingdom'];
  const word = fc.constantFrom(...words);

  it('finds what reading every token finds', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 5 }), fc.array(word, { maxLength: 12 }), (question, passage) => {
        const tokens = tokenize(passage.join(' '));
        const terms = question.flatMap((w) => tokenize(w).flatMap((t) => (t.term === null ? [] : [t.term])));
        expect(matchedTerms(terms, tokens)).toEqual(naive(terms, tokens));
      }),
      { numRuns: 2_000 },
    );
  });

  it('matches a word one edit away at its first letter', () => {
    expect(matchedTerms(['explosion'], tokenize('an xplosion'))).toEqual(['explosion']);
    expect(matchedTerms(['explosion'], tokenize('an eexplosion'))).toEqual(['explosion']);
    expect(matchedTerms(['president'], tokenize('the bresident'))).toEqual(['president']);
    expect(matchedTerms(['president'], tokenize('a resident'))).toEqual(['president']);
    expect(matchedTerms(['president'], tokenize('a precedent'))).toEqual([]);
  });
});
