import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { victimAsked } from '../../src/answer/victimAsked.ts';
import { fixtureIndex } from './fixtureIndex.ts';

describe('victimAsked: the one a killing the text names by its place happened to', () => {
  it.each<[string, string]>([
    ['Some posts insist the man shot dead in Porto was a sailor. Who does the Gazette name as the victim?', 'who was shot dead in Porto?'],
    ["Sourcing the victim for the 'killed outside Braga' line — who does the piece identify as killed there?", 'who was killed outside Braga?'],
    ["Row 9 is 'assassination in Porto'. Target's name for the victim field?", 'who was assassinated in Porto?'],
  ])('%s', (asked, read) => {
    expect(victimAsked(asked)).toBe(read);
  });

  it('asks nothing where no victim is asked for, or no killing is named by its place', () => {
    expect(victimAsked('Who was killed in Porto?')).toBeUndefined();
    expect(victimAsked('Who does the Gazette name as the victim of the storm?')).toBeUndefined();
  });

  it('answers with the one the coverage says was killed there', () => {
    const index = fixtureIndex({ 'porto.txt': 'PORTO, May 3 (Gazette) - Harbour pilot Rui Costa was shot dead in Porto on Friday, police said.\n\nMayor Ana Ruiz said the port would stay open.' });
    const response = answer(index, { command: 'who', text: 'Some posts insist the man shot dead in Porto was a sailor. Who does the Gazette name as the victim?' });
    expect(response.answers[0]?.text).toBe('Rui Costa');
  });
});
