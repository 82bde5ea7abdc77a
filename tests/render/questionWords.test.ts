import { describe, expect, it } from 'vitest';
import { questionWords } from '../../src/render/questionWords.ts';

describe('questionWords', () => {
  it.each([
    { question: 'When did Hamas attack Israel?', matched: ['hama', 'attack', 'israel'], words: ['Hamas', 'attack', 'Israel'] },
    { question: 'explosions rocked Isfahan', matched: ['isfahan', 'explosion'], words: ['explosions', 'Isfahan'] },
    { question: 'attack, attacks and attacked', matched: ['attack'], words: ['attack'] },
    { question: 'who met the envoy?', matched: ['envoy', 'diplomat'], words: ['envoy'] },
  ])('shows "$question" as $words', ({ question, matched, words }) => {
    expect(questionWords(question, matched)).toEqual(words);
  });
});
