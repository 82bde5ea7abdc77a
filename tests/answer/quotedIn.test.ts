import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

describe('who a story quotes', () => {
  // Invented: one story quotes the envoy twice and the harbour master once; another quotes a minister.
  const stories = fixtureIndex({
    'lenz.txt': `Lenz port reopens

May 3, 2025

LENZ (Tide Report) – “The port is open,” envoy Piet Rook said. “Ships may dock again,” Rook added.

“We lost a week of trade,” said harbour master Ada Voss.`,
    'kell.txt': `Kell bridge talks

May 4, 2025

“The bridge will be rebuilt,” Transport Minister Ivo Brandt said in Kell.`,
  });
  const who = (text: string) => answer(stories, { command: 'who', text }).answers.map((a) => a.text);

  it('answers with the people the story quotes, the most quoted first', () => {
    expect(who('who is quoted in the Lenz port story?')).toEqual(['Piet Rook', 'Ada Voss']);
    expect(who('who is the only person quoted in the Kell bridge story?')).toEqual(['Ivo Brandt']);
  });

  it('leaves out the one the question sets aside', () => {
    expect(who('Besides Rook, who is quoted in the Lenz port story?')).toEqual(['Ada Voss']);
  });
});
