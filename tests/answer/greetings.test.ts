import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { greetingsDropped } from '../../src/answer/greetings.ts';
import { fixtureIndex } from './fixtureIndex.ts';

describe("greetingsDropped: a caller's greeting before the question", () => {
  it('leaves out opening sentences that greet and ask nothing', () => {
    expect(greetingsDropped('hey Marty, love the show. so the Gazette piece, who called the strike?')).toBe('so the Gazette piece, who called the strike?');
    expect(greetingsDropped("Good morning, it's Bev again from out by the reservoir. Been listening for years! When did the port close?")).toBe('Been listening for years! When did the port close?');
    expect(greetingsDropped('Buongiorno, preparo una lezione sul porto. Chi ha chiuso the port?')).toBe('Chi ha chiuso the port?');
  });

  it('keeps a greeting that asks, a text with nothing else, and one with no sentence of its own', () => {
    for (const typed of ['hello, who called the strike?', 'Hi Marty, who called the strike? Thanks.', 'hello Marty, love the show.', 'hey byline, who called the strike?']) expect(greetingsDropped(typed)).toBe(typed);
  });

  it("reads the remark after the greeting as the question's", () => {
    const index = fixtureIndex({
      'strike.txt': `Dock strike in Selva\n\nMay 6, 2025\n\nSELVA (Reuters) – Mira Lopez, head of the Selva dockworkers union, said she called the strike on Monday after talks with the harbour authority failed.`,
    });
    const response = answer(index, { command: 'when', text: 'yeah hello, love the show, been listening since the 90s. so the dock strike in Selva, the one the union head called — when did that happen? what day, no wait, what date I mean' });
    expect(response.answers[0]?.date).toBe('2025-05-05');
  });
});
