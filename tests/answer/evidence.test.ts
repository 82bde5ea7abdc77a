import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorWeights, givenNameWeights, matchedTerms, namedInQuestion, restatesQuestion, sentenceTokens, termMatches, tokenize } from '../../src/answer/evidence.ts';
import { fixtureIndex } from './fixtureIndex.ts';
import { indexTerm } from '../../src/text/terms.ts';

describe('namedInQuestion', () => {
  it.each([
    ['Maria Lopez', 'what did lopez say?', true],
    ['G7', 'who said the g7 wants more aid?', true],
    ['al Asad', 'who said al qaeda struck?', false],
    ['Piet Rook', 'who met the envoy?', false],
    ['Veloria Shipping Company', 'which company seized the ferry?', false],
    ['U.S.', 'which country hosts 2,500 US troops?', true],
    ['Lebanon', 'whose forces are firing across the lebanese border?', true],
    ['Iran', 'who condemned the iranian strikes?', true],
    ['Iran', 'who condemned the strikes in iraq?', false],
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

describe('sentenceTokens', () => {
  const passageOf = (text: string, sentences: string[]) => ({ file: 'invented.txt', paragraph: 1, text, sentences });

  it('gives each sentence the tokens tokenize gives it, offsets from the sentence', () => {
    const passage = passageOf('Mayor Ana Ruiz spoke. The fund grew 3.5 percent.', ['Mayor Ana Ruiz spoke.', 'The fund grew 3.5 percent.']);
    expect(sentenceTokens(passage, 1)).toEqual(tokenize('The fund grew 3.5 percent.'));
    expect(sentenceTokens(passage, 1)[0]).toEqual({ word: 'The', term: null, position: 0, offset: 0 });
    expect(sentenceTokens(passage, 2)).toEqual([]);
  });

  it('tokenizes on its own a sentence cut inside a word or not found in the passage', () => {
    const passage = passageOf('It rose 3.5 percent.', ['It rose 3.', '5 percent.', 'Not in the text.']);
    passage.sentences.forEach((sentence, s) => expect(sentenceTokens(passage, s)).toEqual(tokenize(sentence)));
  });

  it('agrees with tokenize on any text cut anywhere (property)', () => {
    const piece = fc.stringMatching(/^[A-Za-z0-9é𝒜'’.\- ,]{0,6}$/);
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.boolean(), (pieces, stray) => {
        const text = pieces.join('');
        const sentences = [...pieces.map((p) => p.trim()), ...(stray ? ['zz9 qq'] : [])];
        const passage = passageOf(text, sentences);
        sentences.forEach((sentence, s) => expect(sentenceTokens(passage, s)).toEqual(tokenize(sentence)));
      }),
    );
  });
});

describe('givenNameWeights', () => {
  // Invented: a person named in full once, and a two-word place.
  const people = fixtureIndex({
    'mayor.txt': `Mayor visits Port Ellis

June 3, 2025

Mayor Ada Voss visited Port Ellis on Monday. Voss said the pier would reopen.`,
  });

  it('lowers the given name of a person the corpus knows, not the surname or a place name', () => {
    const weights = givenNameWeights(people, 'When did Ada Voss visit Port Ellis?');
    expect(weights.get('ada')).toBeLessThan(1);
    expect(weights.has('voss')).toBe(false);
    expect(weights.has('port')).toBe(false);
  });

  it('lowers nothing when the words do not spell the person', () => {
    expect(givenNameWeights(people, 'When did Ann Voss visit?').size).toBe(0);
  });
});

describe('anchorWeights: a relative clause that only says which event', () => {
  it('weighs less the words of "that the G7 condemned", not those of what was said ("said that the army blocked")', () => {
    expect(anchorWeights('which country got hit by the attack that the summit condemned').get(indexTerm('condemned')!)).toBeLessThan(1);
    expect(anchorWeights('who said that the army blocked the road').has(indexTerm('blocked')!)).toBe(false);
  });
});

describe('anchorWeights: an anchor set off by commas', () => {
  it('weighs less only the aside\'s words ("when, relative to the summit, did Norland strike the port")', () => {
    const weights = anchorWeights('when, relative to the summit, did Norland strike the port?');
    expect(weights.get(indexTerm('summit')!)).toBeLessThan(1);
    expect(weights.has(indexTerm('strike')!)).toBe(false);
    expect(anchorWeights('how long ago had Norland struck the port at the time of the summit?').get(indexTerm('summit')!)).toBeLessThan(1);
  });
});
