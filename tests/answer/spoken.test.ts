import { describe, expect, it } from 'vitest';
import { spokenAsked } from '../../src/answer/spoken.ts';

describe('spokenAsked: a spoken question as a transcript gives it', () => {
  it.each<[string, string]>([
    // Fillers go; a word said twice is said once; a restarted phrase keeps the words before it.
    ["um, who's the — the Norland, uh, the harbour minister?", "who's the Norland harbour minister?"],
    ['so when did the, like, the ferry sink off Lenz?', 'when did the ferry sink off Lenz?'],
    // A restart keeps what it restarts with, and what was named before it for its pronoun.
    ['when was Lopez — uh, when was he arrested in Porto, roughly?', 'Lopez — when was he arrested in Porto, roughly?'],
    ['so which outlet — who ran the, uh, the story from Porto?', 'who ran the story from Porto?'],
    ['when did the, uh, the explosions — in Lenz, I mean — when did that happen?', 'the explosions in Lenz — when did that happen?'],
    // A fragment after the question joins it; a story named after it is left to the story rules.
    ["um, who's, like, pictured in the Gazette photo? The press conference one.", "who's pictured in the Gazette photo, the press conference one?"],
    ['uh, when did the pier close? the gazette porto wire, lmk', 'when did the pier close? the gazette porto wire, lmk'],
  ])('%s', (spoken, asked) => {
    expect(spokenAsked(spoken)).toBe(asked);
  });

  it('keeps "like" that is a word of the question, and a follow-up that only names the answer\'s form', () => {
    for (const asked of ['What did the mayor look like at the hearing?', 'Who would like the pier reopened?', 'When was the pier fire in Porto — what date?']) expect(spokenAsked(asked)).toBe(asked);
  });
});
