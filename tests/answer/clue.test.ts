import { describe, expect, it } from 'vitest';
import { clueAsked } from '../../src/answer/clue.ts';

describe('clueAsked: a question set as a crossword clue', () => {
  it.each<[string, string]>([
    // A person by a title or a person's noun: who is so described; the counts go.
    ["Norland's harbour minister, sacked after the storm (4, 5)?", "who is Norland's harbour minister, sacked after the storm?"],
    ['Top diplomat whose warning about the pier went unheeded (6)?', 'who is the Top diplomat whose warning about the pier went unheeded?'],
    // A time: what that date is.
    ['Date atop the Gazette piece from Porto (6)?', 'what is the Date atop the Gazette piece from Porto?'],
    // An outlet, with a half-filled blank as its hint: which outlet.
    ['Outlet behind the Porto story: Harbour __ (7)?', 'which outlet is behind the Porto story?'],
    // A thing is searched for by its own words.
    ['Bridge the trucks cross into Lenz (5)?', 'Bridge the trucks cross into Lenz?'],
    // A clue that asks in its own words only loses its counts.
    ['Ferries sunk in the storm: how many (5)?', 'Ferries sunk in the storm: how many?'],
  ])('%s', (clue, asked) => {
    expect(clueAsked(clue)).toBe(asked);
  });

  it('leaves anything not written as a clue as it is', () => {
    for (const asked of ['Fill in the blank: Harbour minister ___ closed the port.', 'Who closed the port (the old one)?', 'Harbour minister who closed the port?', 'When did the G7 meet (2024)?']) expect(clueAsked(asked)).toBe(asked);
  });
});
