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

describe('who a story quotes, as the question describes them', () => {
  // Invented: two Tide Gazette stories; an American and an Italian quoted in one, the American in both.
  const stories = fixtureIndex({
    'lenz.txt': `Lenz port reopens

May 3, 2025

LENZ (Tide Gazette) – “The port is open,” U.S. envoy Piet Rook said. “Ships may dock again,” Rook added.

“We lost a week of trade,” said Italian harbour master Ada Voss.`,
    'kell.txt': `Kell bridge talks

May 4, 2025

KELL (Tide Gazette) – “The bridge will be rebuilt,” U.S. envoy Piet Rook said in Kell.

“Trade will wait,” said Transport Minister Ivo Brandt.`,
  });
  const who = (text: string) => answer(stories, { command: 'who', text }).answers.map((a) => a.text);

  it('keeps those the story describes as asked, or not so ("non-American")', () => {
    expect(who('which American official is quoted in the Tide Gazette story datelined Lenz?')).toEqual(['Piet Rook']);
    expect(who('who is the only non-American quoted in the Lenz port story?')).toEqual(['Ada Voss']);
  });

  it('reads chat: a set-aside without its comma, "whos the other guy", a possessive before the story', () => {
    expect(who("besides rook whos the other guy quoted in tide gazette's lenz write up")).toEqual(['Ada Voss']);
  });

  it('keeps for "quoted in both" those quoted in every story asked of', () => {
    expect(who('which official gets quoted in both of the Tide Gazette stories')).toEqual(['Piet Rook']);
  });
});
