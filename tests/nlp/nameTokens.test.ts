import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/passages.ts';
import { tokenize } from '../../src/nlp/nameTokens.ts';

const passage = (text: string) => ({ file: 'a.txt', paragraph: 1, text, sentences: [text] });

describe('tokenize', () => {
  it('reads capitals, words and possessives the same in ASCII and other scripts', () => {
    const tokens = tokenize(passage('Éric’s aide and Lee\'s aide met Łukasz, 3 «ministers» and ÖVP.'));
    expect(tokens.map((t) => [t.text, t.word, t.cap])).toEqual([
      ['Éric', true, true], ['’s', false, false], ['aide', true, false], ['and', true, false],
      ['Lee', true, true], ["'s", false, false], ['aide', true, false], ['met', true, false],
      ['Łukasz', true, true], [',', false, false], ['3', true, false], ['«', false, false], ['ministers', true, false],
      ['»', false, false], ['and', true, false], ['ÖVP', true, true], ['.', false, false],
    ]);
  });

  it('splits a possessive only from a capitalised word, and only a final \'s', () => {
    expect(tokenize(passage("the boss's car and Ross's car, Lee'sa")).map((t) => t.text)).toEqual(['the', "boss's", 'car', 'and', 'Ross', "'s", 'car', ',', "Lee'sa"]);
  });

  it('ends a word at a sentence start glued to it, so a name there stands on its own', () => {
    const text = 'Holt said.Lind agreed with Dr.Ames.';
    const tokens = tokenize({ file: 'a.txt', paragraph: 1, text, sentences: splitSentences(text) });
    expect(tokens.map((t) => [t.text, t.sentence])).toEqual([
      ['Holt', 0], ['said', 0], ['.', 0], ['Lind', 1], ['agreed', 1], ['with', 1], ['Dr.Ames', 1], ['.', 1],
    ]);
  });
});
