import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage of a raid that one side denies and the other has not confirmed.
const index = fixtureIndex({
  'raid.txt': `Raid on Port Selva

May 2, 2025

SELVA (Reuters) – Blasts shook the Norland port of Selva in the early hours of Friday, reportedly in a Tarvian raid.

Norland played the blasts down and said it had no plans for retaliation.

Tarvia’s defence ministry declined to confirm the raid on Selva.`,
  'later.txt': `Tarvia confirms drill

Tarvia’s navy confirmed on Sunday that a drill in the north had ended.`,
});

const ask = (command: 'who' | 'when', text: string) => answer(index, { command, text });

describe('an act the coverage only denies', () => {
  it('abstains on "when did X retaliate" where the coverage says X has no plans for retaliation, and says so', () => {
    const response = ask('when', 'When did Norland retaliate for the Selva raid?');
    expect(response.answers).toEqual([]);
    expect(response.note).toContain('no plans for retaliation');
  });

  it('abstains on "when did X confirm" where X only declined to confirm', () => {
    const response = ask('when', 'When did Tarvia confirm the raid on Selva?');
    expect(response.answers).toEqual([]);
    expect(response.note).toContain('declined to confirm');
  });

  it('still answers the act the coverage affirms', () => {
    expect(ask('when', 'When did the blasts shake Selva?').answers[0]?.text).toMatch(/Friday/);
  });
});
