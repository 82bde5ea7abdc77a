import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage: a minister's calls told across two paragraphs ("She has spoken with …"), a talk in a relative clause.
const index = fixtureIndex({
  'strike.txt': `Lopez works the phones on the ferry strike

LENZ, May 9 (Reuters) – Harbour minister Maria Lopez was working the phones to end the ferry strike.

She has spoken with leaders in Norway, Sweden and Finland and is expected to visit some of them.

Lopez, who had already been in talks with union chief Piet Rook before Friday, said the harbour would stay open.

Lopez called on all sides to stay calm.`,
});
const who = (text: string) => answer(index, { command: 'who', text }).answers.map((a) => a.text);

describe('whom someone spoke with', () => {
  it('answers "who has X been calling about Y" with whom the next paragraph says "she" spoke with', () => {
    expect(who('who has Lopez been calling about the ferry strike?')[0]).toBe('leaders in Norway, Sweden and Finland');
    expect(who('which governments has Lopez been on the phone with to end the strike')[0]).toBe('leaders in Norway, Sweden and Finland');
  });

  it('reads a talk told in a relative clause about the person, and never "called on" as a call', () => {
    const contacts = who('who has Lopez spoken with?');
    expect(contacts).toEqual(expect.arrayContaining(['leaders in Norway, Sweden and Finland', 'union chief Piet Rook']));
    expect(contacts.some((text) => /all sides/.test(text))).toBe(false);
  });

  it('answers "which country" with each country named, "which governments" with the whole list', () => {
    expect(who('which country has Lopez spoken with?')).toEqual(expect.arrayContaining(['Norway', 'Sweden', 'Finland']));
    expect(who('which governments in the region has Lopez spoken with?')[0]).toBe('leaders in Norway, Sweden and Finland');
  });

  it('answers "which official" only with a named person', () => {
    expect(who('which Swedish official did Lopez speak with about the ferry strike?')).not.toContain('leaders in Norway, Sweden and Finland');
  });
});
