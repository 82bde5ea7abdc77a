import { describe, expect, it } from 'vitest';
import { clausesOf, matchSentence } from '../../../src/answer/rank/features.ts';
import { questionView } from '../../../src/answer/rank/rank.ts';
import { tokenize, type Token } from '../../../src/answer/evidence.ts';

/** The words of each clause of a sentence, as `clausesOf` numbers them. */
function clauseWords(sentence: string, tokens: readonly Token[] = tokenize(sentence)): string[] {
  const clauseAt = clausesOf(sentence, tokens);
  const clauses: string[][] = [];
  tokens.forEach((token, k) => (clauses[clauseAt[k]!] ??= []).push(token.word));
  return clauses.map((words) => words.join(' '));
}

describe('clauses of a sentence', () => {
  it.each([
    ['The mayor opened the bridge after the flood, and the crowd cheered.', ['The mayor opened the bridge', 'after the flood', 'and the crowd cheered']],
    ['The guild (founded by weavers) met; nobody came.', ['The guild', 'founded by weavers', 'met', 'nobody came']],
    ['Pia wrote the play which won a prize.', ['Pia wrote the play', 'which won a prize']],
  ])('splits %j at punctuation and clause words', (sentence, expected) => {
    expect(clauseWords(sentence)).toEqual(expected);
  });

  it('gives every question that reads a sentence the clauses the first one read', () => {
    const sentence = 'The council built the tower after the storm, then the town grew.';
    const first = matchSentence(questionView('Who built the tower?', 'who'), sentence, tokenize(sentence));
    const second = matchSentence(questionView('When did the town grow?', 'when'), sentence, tokenize(sentence));
    expect(Array.from(second.clauseAt)).toEqual(Array.from(first.clauseAt));
    expect(Array.from(first.clauseAt)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2]);
  });

  it('reads the clauses again when the same tokens come with another sentence', () => {
    const tokens = tokenize('Ada met Bo, then Cy.');
    expect(Array.from(clausesOf('Ada met Bo, then Cy.', tokens))).toEqual([0, 0, 0, 1, 1]);
    // Same offsets, no comma: one clause.
    expect(Array.from(clausesOf('Ada met Bo  then Cy.', tokens))).toEqual([0, 0, 0, 0, 0]);
  });

  it('matches the question terms token by token, whatever clauses were read before', () => {
    const sentence = 'The council built towers after the storm.';
    const tokens = tokenize(sentence);
    clausesOf(sentence, tokens);
    const match = matchSentence(questionView('Who built towers?', 'who'), sentence, tokens);
    expect(match.coverage).toBe(1);
    expect(match.bigrams).toBe(1);
  });
});
