import { describe, expect, it } from 'vitest';
import { candidatesIn } from '../../../src/answer/rank/candidates.ts';
import { fixtureIndex } from '../fixtureIndex.ts';

// Invented coverage: a sentence that opens with a time expression before its actor.
const index = fixtureIndex({
  'harbour.txt': `Harbour inquiry widens

March 9, 2025

Last week the coast guard joined Tessby police to investigate a series of fires at the harbour. Last Friday Maren Holt said the fires were set.`,
});

const whoCandidates = (): string[] => {
  const passage = [...index.allPassages()].find((p) => p.text.includes('coast guard'))!;
  return candidatesIn(index, passage, 'who').map((c) => c.text);
};

describe('who candidates', () => {
  it('never offers a time expression as an actor, however it is capitalised', () => {
    const texts = whoCandidates();
    expect(texts.some((t) => /last week|last friday/i.test(t))).toBe(false);
    expect(texts).toContain('Maren Holt');
  });
});
