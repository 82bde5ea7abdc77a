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

  it('reads "did not X until T" as X happening at T', () => {
    const renamed = fixtureIndex({ 'club.txt': 'Harbour club\n\nThe Selva harbour club did not change its name to Selva Sailing Club until 1991.\n' });
    expect(answer(renamed, { command: 'when', text: 'When did the Selva harbour club change its name?' }).answers[0]?.text).toBe('1991');
  });

  it('does not let a denial about others stand for the question', () => {
    const laws = fixtureIndex({
      'norland.txt': 'Norland charter\n\nNorland adopted its new charter in 1988.\n',
      'other.txt': 'Charters elsewhere\n\nSimilar charters were proposed but not passed in Tarvia and Lenz.\n',
    });
    expect(answer(laws, { command: 'when', text: 'When did Norland pass its new charter?' }).answers[0]?.text).toBe('1988');
  });
});
