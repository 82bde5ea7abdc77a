import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { parseQuestion } from '../../src/answer/question.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented stories: one dated with its year, one datelined without a year.
const index = fixtureIndex({
  'port.txt': `Lenz port reopens

May 9, 2025

LENZ (Reuters) – The port of Lenz reopened on Friday after the storm, the harbour master said.`,
  'ferry.txt': `Ferry fares rise

DORRAN, May 6 (Reuters) – Ferry fares in Dorran rose, the operator said on Tuesday.`,
  'bridge.txt': `Bridge closed

The Selva bridge closed in the early hours of Thursday after cracks were found, engineers said.`,
});
const weekday = (text: string) => answer(index, { command: 'when', text }).answers.map((a) => a.text);

describe('which weekday a date was', () => {
  it('answers with the weekday the coverage writes for the date, citing it', () => {
    expect(weekday('what day of the week was May 9, 2025, when the port reopened?')).toEqual(['Friday']);
    expect(answer(index, { command: 'when', text: 'which weekday was 9 May' }).answers[0]?.citations[0]?.file).toBe('port.txt');
  });

  it('reads the date from the remark before the question ("… datelined May 6. Which weekday was that?")', () => {
    expect(parseQuestion({ command: 'auto', text: 'The Dorran report is datelined May 6. Which weekday was that?' })).toMatchObject({ kind: 'eventTime', weekdayOf: { monthDay: '05-06' } });
    expect(weekday('The Dorran report is datelined May 6. Which weekday was that?')).toEqual(['Tuesday']);
  });

  it('gives no weekday the coverage does not write', () => {
    expect(weekday('what day of the week was May 20, 2025?')).toEqual([]);
  });
});

describe('which calendar date a weekday was', () => {
  it("answers with the date the coverage's weekday stands for, by its story's date", () => {
    expect(parseQuestion({ command: 'auto', text: 'The Lenz story says the port reopened on Friday. What calendar date was that?' })).toMatchObject({ kind: 'eventTime', weekdayDate: { weekday: 'friday' } });
    expect(weekday('The Lenz story says the port reopened on Friday. What calendar date was that?')).toEqual(['Friday, May 9, 2025']);
    // A yearless dateline gives the month and day.
    expect(weekday('Dorran ferry fares rose on Tuesday, the operator said. Which date was that Tuesday?')).toEqual(['Tuesday, May 6']);
  });

  it('reads a translator\'s wording ("which date does that Friday resolve to", "which date should \'Tuesday\' become")', () => {
    expect(weekday('The port of Lenz reopened "on Friday". Which date does that Friday resolve to?')).toEqual(['Friday, May 9, 2025']);
    expect(weekday('"Ferry fares in Dorran rose" — which date should "Tuesday" become in translation?')).toEqual(['Tuesday, May 6']);
  });

  it("gives the coverage's own words, with a note, where the story has no date", () => {
    const [undated] = answer(index, { command: 'when', text: 'The Selva bridge closed "in the early hours of Thursday". What date is that Thursday?' }).answers;
    expect(undated?.text).toBe('the early hours of Thursday');
    expect(undated?.note).toMatch(/without a date/);
    expect(undated?.citations[0]?.file).toBe('bridge.txt');
  });

  it('answers nothing where the matching passage writes no such weekday', () => {
    expect(weekday('The Lenz story says the port reopened on Monday. What calendar date was that?')).toEqual([]);
  });
});
