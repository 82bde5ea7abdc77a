import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { parseQuestion } from '../../src/answer/question.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage: a summit on an island the extraction may not know, an envoy's journey.
const index = fixtureIndex({
  'summit.txt': `Envoy backs the harbour pact

June 3, 2025

Envoy Mara Quill spoke at the end of a summit of the harbour ministers of the Delta League on the quiet island of Vessa.

Quill spent Monday in Norland on a long trip to the Baltic region.

Before her talks in Norland, Quill flew to Lisk, her office said.

After her talks in Norland, Quill was set to fly to Ostrava, her office said.`,
});
const ask = (text: string) => answer(index, { command: 'auto', text });

describe('where', () => {
  it('answers with the place the best passage puts the event in', () => {
    const response = ask('where was the harbour ministers summit held?');
    expect(response.kind).toBe('place');
    expect(response.answers[0]?.text).toBe('Vessa');
    expect(response.answers[0]?.citations[0]?.excerpt).toContain('island of Vessa');
  });

  it('answers a journey with its destination, the one after what the question says came first', () => {
    expect(ask('where is Quill going after Norland?').answers[0]?.text).toBe('Ostrava');
  });

  it('answers "which country was X set to fly to" as a journey, and "which country is …" as before: an actor', () => {
    const destination = answer(index, { command: 'who', text: 'Which city was Quill set to fly to once her talks in Norland were done?' });
    expect(destination.kind).toBe('place');
    expect(destination.answers[0]?.text).toBe('Ostrava');
    expect(parseQuestion({ command: 'who', text: 'which country is hosting the summit' }).kind).toBe('eventActor');
    expect(answer(index, { command: 'who', text: 'Which city was Quill expected to fly to after Norland?' }).answers[0]?.text).toBe('Ostrava');
    expect(answer(index, { command: 'who', text: 'Which city was Quill going to visit next after her talks in Norland?' }).answers[0]?.text).toBe('Ostrava');
    // "due to", "expected to": a plan, which the passage may tell in other words ("set to").
    expect(ask('where was Quill due to head after Norland?').answers[0]?.text).toBe('Ostrava');
  });

  it('answers where something came from with the place after its "from"', () => {
    const drones = fixtureIndex({
      'drones.txt': `Drones downed\n\nJune 4, 2025\n\nThe navy shot down drones from Kessel that were fired in the direction of Norland, officials in Vessa said.`,
    });
    expect(parseQuestion({ command: 'auto', text: 'where did the drones the navy shot down come from' })).toMatchObject({ kind: 'place', origin: true });
    expect(answer(drones, { command: 'auto', text: 'where did the drones the navy shot down come from' }).answers[0]?.text).toBe('Kessel');
    expect(answer(drones, { command: 'who', text: 'Drones fired from which country were shot down by the navy?' }).answers[0]?.text).toBe('Kessel');
  });

  it('abstains when the passages about the question place nothing', () => {
    expect(ask('where did the Delta League pact fail?').answers).toEqual([]);
  });
});

describe('a place told with another event', () => {
  // Invented: one killing placed in Oslo, and in the next sentence a death the story places in Bergen.
  const index = fixtureIndex({
    'deaths.txt': `Two deaths

May 6, 2025

Ana Lind, the political leader of the Kessel Workers Party, was assassinated in the Ostmark capital of Bergen last week.

Coupled with the killing of the senior commander of the Norland army, Ivo Marek, by Ostmark in a strike on Oslo last week, concern grew that the war was widening. Kessel has blamed Norland for involvement in the death of Lind.`,
  });

  it('answers where the sentence that tells the asked event places it, not a neighbour\'s place', () => {
    expect(answer(index, { command: 'auto', text: 'where was Lind killed' }).answers[0]?.text).toBe('Bergen');
  });
});

describe('a place with its quarter', () => {
  // Invented: a base placed in a quarter of a country.
  const base = fixtureIndex({
    'base.txt': `Base hit

May 6, 2025

A rocket attack on the Velo airbase in western Iraq wounded four guards on Monday.`,
  });

  it('answers with the quarter the passage writes before the place ("western Iraq")', () => {
    expect(answer(base, { command: 'auto', text: 'where is the velo airbase' }).answers[0]?.text).toBe('western Iraq');
  });
});

describe('where a saying was said', () => {
  const sayings = fixtureIndex({
    'lenz.txt': `Envoy warns over the strait

LENZ, May 2 (Reuters) – The strait will stay open to every ship, envoy Mara Quill said on Tuesday.`,
    'talks.txt': `Envoy speaks on ferries

May 3, 2025

“The ferries will sail again,” Quill told reporters in Ostrava on Wednesday.`,
  });
  const where = (text: string) => answer(sayings, { command: 'auto', text }).answers[0]?.text;

  it('answers with the dateline of the story that reports the saying', () => {
    expect(where('where was Quill when she said the strait would stay open to every ship?')).toBe('LENZ');
  });

  it('answers with the place the saying\'s own sentence gives', () => {
    expect(where('where did Quill say the ferries will sail again')).toBe('Ostrava');
  });
});

describe('a place spread over', () => {
  // Invented: the passage spreads the act over the place the question names.
  const spread = fixtureIndex({
    'aid.txt': `Aid for the valley

May 2, 2025

Food reached the valley on Monday, said Lopez, stressing that distribution must take place throughout Lenz.`,
  });

  it('answers "where in X" with "throughout X", though the question names X', () => {
    expect(answer(spread, { command: 'auto', text: 'where in Lenz must the distribution of food take place?' }).answers[0]?.text).toBe('throughout Lenz');
  });
});
