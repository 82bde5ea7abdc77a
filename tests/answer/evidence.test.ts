import { describe, expect, it } from 'vitest';
import { namedInQuestion, termMatches } from '../../src/answer/evidence.ts';
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
