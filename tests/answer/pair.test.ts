import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage: two countries told something together, one pair named by "both … and".
const index = fixtureIndex({
  'warning.txt': `Envoy warns two capitals

OSLO, May 2 (Reuters) – Norway has told Sweden and Finland that the strait cannot be closed, envoy Mara Quill said on Tuesday.

Denmark is a rare ally to both Germany and Poland, hosting 300 troops.`,
});
const who = (text: string) => answer(index, { command: 'who', text }).answers.map((a) => a.text);

describe('which two', () => {
  it('answers "which two countries" with two the coverage names together in the sentence that tells it', () => {
    expect(who('Which two countries were told by Norway that the strait cannot be closed?')[0]).toBe('Sweden and Finland');
    expect(who('Denmark is a rare ally to which two countries?')[0]).toBe('Germany and Poland');
  });
});
