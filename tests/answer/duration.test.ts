import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

const index = fixtureIndex({
  'bay.txt': `Ardo bay reopens

May 3, 2025

The blockade of Ardo bay lasted eighteen months before it was lifted two years ago, the navy said.

A 48-hour truce in the hills of Lenz held, the army said.`,
});

const ask = (text: string) => answer(index, { command: 'auto', text });

describe('how long', () => {
  it("answers with a duration the index's time expressions found, citing its sentence", () => {
    const response = ask('How long did the blockade of Ardo bay last?');
    expect([response.kind, response.answers[0]?.text]).toEqual(['duration', 'eighteen months']);
    expect(response.answers[0]?.citations[0]).toMatchObject({ file: 'bay.txt', paragraph: 3 });
  });

  it('reads a duration written as a modifier ("a 48-hour truce")', () => {
    expect(ask('How long was the truce in the hills of Lenz?').answers[0]?.text).toBe('48-hour');
  });

  it('never answers with a date that names a length of time ("two years ago")', () => {
    expect(ask('How long did the blockade of Ardo bay last?').answers.map((a) => a.text)).not.toContain('two years ago');
  });
});

describe('how long, with the source named', () => {
  // Invented coverage: the envoy's words give the duration; her name is only in the lead.
  const aid = fixtureIndex({
    'aid.txt': `Envoy Mara Quill pledges grain to Norland

May 3, 2025

Envoy Mara Quill spoke in Lisk on Friday.

“The grain shipments to Norland will go on, as they have for decades.”`,
  });

  it('does not need the passage to repeat who said it ("according to …") or a light verb', () => {
    const response = answer(aid, { command: 'auto', text: 'How long has Lisk been giving grain shipments to Norland, according to Quill?' });
    expect([response.kind, response.answers[0]?.text]).toEqual(['duration', 'decades']);
  });
});

describe('how often', () => {
  // Invented: one rate and one span about the same ferries.
  const ferries = fixtureIndex({
    'ferries.txt': `Ferries return to Ardo

May 3, 2025

Ferries now sail to Ardo island every day, after a strike that lasted three weeks, the port said.`,
  });

  it('answers with a rate ("every day"), not a span', () => {
    const response = answer(ferries, { command: 'when', text: 'how often do ferries sail to Ardo island?' });
    expect([response.kind, response.answers[0]?.text]).toEqual(['duration', 'every day']);
    expect(answer(ferries, { command: 'when', text: 'how long did the strike last?' }).answers[0]?.text).toBe('three weeks');
  });
});

describe('a span asked with an anchoring clause', () => {
  // Invented: the span is told plainly; the question adds when it is counted to.
  const anchored = fixtureIndex({
    'port.txt': `Port strike goes on

May 2, 2025

The port of Lenz stayed shut after six days of strikes by dockers, the union said.

Lopez flew to Lenz on Friday.`,
  });

  it('is answered though the anchoring clause is not in the passage ("by the time Lopez flew in")', () => {
    expect(answer(anchored, { command: 'auto', text: 'By the time Lopez flew in, how long had the strikes by dockers at the port been going on?' }).answers[0]?.text).toBe('six days');
  });
});
