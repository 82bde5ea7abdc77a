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

  it('finds the same tokens as the word pattern, ASCII scanned by hand or not', () => {
    const pattern = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|\S/gu;
    const texts = [
      'AT&T and co-op X-ray-led 4.5.6 O\'Neill’s re-élection, naïve 3.5% rise\u00a0then\ttabs',
      'end-', 'ab.', "x'", '&b', 'Zoë’s Café-bar 10-Q😀 done', 'ab\u2019cd e\u0301f, \u0001 ~~',
    ];
    for (const text of texts) {
      const expected = [...text.matchAll(pattern)].map((m) => [m[0], m.index]);
      const found = tokenize(passage(text)).map((t) => [t.text, t.start]);
      // Possessives split one match in two; every other token is a match of the pattern (no initials or honorifics here, whose period joins them).
      const joined = found.reduce<Array<[string, number]>>((all, [t, s]) => {
        const last = all[all.length - 1];
        if (last && /^['’]s$/.test(t as string) && last[1] + last[0].length === s) last[0] += t;
        else all.push([t as string, s as number]);
        return all;
      }, []);
      expect(joined).toEqual(expected);
    }
  });
});
