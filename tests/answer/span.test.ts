import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/types.ts';
import { severalAsked, timeAsAsked } from '../../src/answer/span.ts';
import { fixtureIndex } from './fixtureIndex.ts';

const index = fixtureIndex({
  'guild.txt': `The Veloria guild

The guild was founded by Ada Voss, Brann E. Holt and Cira Lenz. Later members came from Kell.

Settlers sailed west from the port between 1820 and 1850, and again in 1871–1875.

The harbour wall was built in the early 14th century, and the lighthouse in the late 1970s. The first quay dates to the 3rd century BCE.

The storm struck the harbour on Thursday, September 19, 1985, at dawn.`,
});

/** An answer as the ranker gives it: its text, citing the paragraph that writes it. */
const cited = (text: string, paragraph: number): Answer => ({ text, citations: [{ file: 'guild.txt', paragraph, excerpt: '' }] });

describe('the span a question asks for', () => {
  it('answers "who were the three …" with the list a name stands in, not past the sentence', () => {
    expect(severalAsked(index, 'Who were the three founders of the guild?', [cited('Brann E. Holt', 2)])[0]?.text).toBe('Ada Voss, Brann E. Holt and Cira Lenz');
  });

  it('keeps one name where the question asks for one, and leaves out a name the question writes', () => {
    expect(severalAsked(index, 'Who founded the guild?', [cited('Ada Voss', 2)])[0]?.text).toBe('Ada Voss');
    expect(severalAsked(index, 'Along with Ada Voss, who were two other founders?', [cited('Cira Lenz', 2)])[0]?.text).toBe('Brann E. Holt and Cira Lenz');
  });

  it('keeps one name where a count in the question counts something else ("into two guilds")', () => {
    expect(severalAsked(index, 'Who split the founders into two guilds?', [cited('Cira Lenz', 2)])[0]?.text).toBe('Cira Lenz');
    expect(severalAsked(index, 'Which two founded the guild?', [cited('Cira Lenz', 2)])[0]?.text).toBe('Ada Voss, Brann E. Holt and Cira Lenz');
  });

  it('answers "between what years" with the span a year stands in', () => {
    expect(timeAsAsked(index, 'Between what years did settlers sail west?', [cited('1820', 3)])[0]?.text).toBe('1820 and 1850');
    expect(timeAsAsked(index, 'What years did settlers sail again?', [cited('1875', 3)])[0]?.text).toBe('1871–1875');
    expect(timeAsAsked(index, 'When did settlers sail west?', [cited('1820', 3)])[0]?.text).toBe('1820');
  });

  it('answers "what century" and "what decade" with the era, without the part of it the sentence gives', () => {
    expect(timeAsAsked(index, 'In what century was the harbour wall built?', [cited('the early 14th century', 4)])[0]?.text).toBe('14th century');
    expect(timeAsAsked(index, 'In what decade was the lighthouse built?', [cited('the late 1970s', 4)])[0]?.text).toBe('1970s');
    expect(timeAsAsked(index, 'When was the harbour wall built?', [cited('the early 14th century', 4)])[0]?.text).toBe('the early 14th century');
  });

  it('keeps the era a passage writes after a time', () => {
    expect(timeAsAsked(index, 'When was the first quay built?', [cited('the 3rd century', 4)])[0]?.text).toBe('the 3rd century BCE');
  });

  it('answers "what month" with the month a date writes, keeping the date in a note', () => {
    const [month] = timeAsAsked(index, 'What month did the storm strike?', [cited('Thursday, September 19, 1985', 5)]);
    expect([month?.text, month?.note]).toEqual(['September', '“Thursday, September 19, 1985”.']);
    expect(timeAsAsked(index, 'What month and day did the storm strike?', [cited('September 19', 5)])[0]?.text).toBe('September 19');
  });

  it('answers "what month and year" and "what year" from the date a weekday resolves to', () => {
    const friday = { ...cited('Friday', 5), date: '2023-11-03' };
    expect(timeAsAsked(index, 'In what month and year did the storm strike?', [friday])[0]?.text).toBe('November 2023');
    expect(timeAsAsked(index, 'What month did the storm strike?', [friday])[0]?.text).toBe('November');
    expect(timeAsAsked(index, 'In which year did the storm strike?', [friday])[0]?.text).toBe('2023');
    expect(timeAsAsked(index, 'When did the storm strike?', [friday])[0]?.text).toBe('Friday');
    expect(timeAsAsked(index, 'In which year did the storm strike?', [{ ...cited('September 19, 1985', 5), date: '1985-09-19' }])[0]?.text).toBe('September 19, 1985');
  });
});
