import { describe, expect, it } from 'vitest';
import { matchedTerms, namedInQuestion, restatesQuestion, termMatches, tokenize } from '../../src/answer/evidence.ts';
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

describe('restatesQuestion', () => {
  it.each([
    ['the Harbour Board', 'Who leads the Harbour Board?', true],
    ['Ada Voss', 'Who leads the Harbour Board?', false],
    ['Harbour Board of Dorran', 'Who leads the Harbour Board?', false],
    ['Board', 'who chairs the harbour board', true],
  ])('%s for %j: %s', (answer, question, expected) => {
    expect(restatesQuestion(answer, question)).toBe(expected);
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
  it('matches a word one edit away at its first letter', () => {
    expect(matchedTerms(['explosion'], tokenize('an xplosion'))).toEqual(['explosion']);
    expect(matchedTerms(['explosion'], tokenize('an eexplosion'))).toEqual(['explosion']);
    expect(matchedTerms(['president'], tokenize('the bresident'))).toEqual(['president']);
    expect(matchedTerms(['president'], tokenize('a resident'))).toEqual(['president']);
    expect(matchedTerms(['president'], tokenize('a precedent'))).toEqual([]);
  });
});
