import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, clausesOf, featuresOf, matchSentence, type PassageView } from '../../../src/answer/rank/features.ts';
import type { SpanCandidate } from '../../../src/answer/rank/candidates.ts';
import type { Passage } from '../../../src/types.ts';
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

describe('the act the question asks about', () => {
  /** A candidate's features by name, for the words `text` of a one-sentence passage. */
  function featuresFor(question: string, sentence: string, text: string, kind: SpanCandidate['kind'] = 'person'): Record<string, number> {
    const tokens = tokenize(sentence);
    const view = questionView(question, 'who');
    const words = tokenize(text).map((t) => t.word);
    const start = tokens.findIndex((_, k) => words.every((w, i) => tokens[k + i]?.word === w));
    const end = start + words.length - 1;
    const passage = { file: 'a.txt', paragraph: 1, text: sentence, sentences: [sentence] } as unknown as Passage;
    const candidate: SpanCandidate = { text, kind, key: text.toLowerCase(), passage, sentence: 0, tokens, start, end, reach: end, describes: false };
    const where: PassageView = { rank: 0, scoreRatio: 1, coverage: 1, namesInPassage: 1, namesInArticle: 1, bestSentenceCoverage: 1, holdsAct: true, holdsEvent: true, namedAround: true };
    const values = featuresOf({ question: view, candidate, sentence: matchSentence(view, sentence, tokens), passage: where, corroboration: 0, repeats: 0 });
    return Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, values[i]!]));
  }

  it('reads whether the sentence holds the act, and how near the candidate it stands', () => {
    const beside = featuresFor('Who founded the museum?', 'The museum was founded by Jane Roe in 1998.', 'Jane Roe');
    expect(beside.actInSentence).toBe(1);
    expect(beside.actNear).toBeCloseTo(1 / (1 + 2 / 3));
    const elsewhere = featuresFor('Who founded the museum?', 'Jane Roe visited the museum in 1998.', 'Jane Roe');
    expect(elsewhere.actInSentence).toBe(0);
    expect(elsewhere.actNear).toBe(0);
  });

  it('marks a role phrase led by a possessive name, not the name itself', () => {
    expect(featuresFor('Who pressed for talks?', 'America’s top diplomat pressed for talks.', 'America’s top diplomat', 'phrase').possessiveRole).toBe(1);
    expect(featuresFor('Who pressed for talks?', 'Jane Roe pressed for talks.', 'Jane Roe').possessiveRole).toBe(0);
  });
});
