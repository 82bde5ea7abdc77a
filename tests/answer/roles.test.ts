import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage: a title stated without its country, and one that names another country.
const index = fixtureIndex({
  'norland.txt': `Norland sends ships to the strait

May 2, 2025

Norland will send two frigates to the strait, Navy Minister Edda Voss said on Monday, after a Norland tanker was seized.`,
  'tarvia.txt': `Tarvia protests seizure

Tarvia’s Foreign Minister Piet Olsen said the seizure of the tanker broke the law of the sea.`,
});

const who = (text: string) => answer(index, { command: 'who', text }).answers.map((a) => a.text);

describe('role questions with a country the title leaves out', () => {
  it('answers with the holder whose passage names the country', () => {
    expect(who('Who is the Norland navy minister?')[0]).toBe('Edda Voss');
  });

  it('does not answer for a country the passage does not name', () => {
    expect(who('Who is the Tarvian navy minister?')).toEqual([]);
  });

  it('does not answer with a title that names another country', () => {
    expect(who('Who is the Norland foreign minister?')).toEqual([]);
    expect(who('Who is the Tarvia foreign minister?')[0]).toBe('Piet Olsen');
  });
});
