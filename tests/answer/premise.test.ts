import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';
import { askedNationalities } from '../../src/answer/premise.ts';

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

describe('a nationality the answer lacks', () => {
  // Invented coverage: an Italian minister and a U.S. envoy at a summit; no German minister.
  const summit = fixtureIndex({
    'summit.txt': `Ministers meet at the lake

May 3, 2025

Italy's Foreign Minister Carla Ferri attended the summit at the lake on Friday.

U.S. envoy Mark Olsen also attended the summit at the lake.`,
  });
  const ask = (text: string) => answer(summit, { command: 'auto', text });

  it('abstains on "which German minister" where the coverage names none, and says so', () => {
    const response = ask('Which German minister attended the summit at the lake?');
    expect(response.answers).toEqual([]);
    expect(response.note).toMatch(/“german”/);
  });

  it('still answers when the passage gives the nationality', () => {
    expect(ask('Which Italian minister attended the summit at the lake?').answers[0]?.text).toBe('Carla Ferri');
  });

  it('reads a nationality only where it describes a person by role ("the Italian summit" is no one)', () => {
    expect(askedNationalities('who spoke at the Italian summit')).toEqual([]);
    expect(askedNationalities('when did Olsen meet the German foreign minister')).toEqual(['german']);
  });
});
