import { describe, expect, it } from 'vitest';
import { namesAnActor } from '../../src/answer/actorWords.ts';

describe('what a "who" answer may be', () => {
  it.each(['Iraq', 'Iraq’s military', 'critics', 'an Iran-backed militia', 'five U.S. troops', 'the navy', 'leaders in Egypt and Jordan', 'partners'])('%s names an actor', (text) => {
    expect(namesAnActor(text)).toBe(true);
  });

  it.each(['rocket launcher', 'conflict', 'exchanging fire', 'back', 'try'])('%s does not', (text) => {
    expect(namesAnActor(text)).toBe(false);
  });
});
