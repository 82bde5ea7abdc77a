import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { bracketedTimeAnswers, writtenNames } from '../../src/answer/bracketedTime.ts';
import { fixtureIndex } from './fixtureIndex.ts';

const index = fixtureIndex({
  'treaties.txt': `Treaties of the coast

The offices set up by the Lund Treaty (1883) and the Orm Treaty (1886) merged in 1893, and moved to Vale.

After the Soviet war in Kessia (December 1979 – February 1989), the Kessia Compact was signed in 2014.`,
  'lives.txt': `Theories of the tide

In the late 19th century, the leading tide theorists were Anton Vell (1842–1910) and Carl Mirren (1834–1900). Vell charted the tides in 1871.`,
});

const when = (text: string) => answer(index, { command: 'when', text }).answers[0]?.text;

describe('a time in brackets right after the name asked about', () => {
  it.each([
    ['When was the Lund Treaty?', '1883'],
    ['When was the Orm Treaty?', '1886'],
  ])('answers %j with the bracket after its name, not the year of the sentence\'s verb', (question, expected) => {
    expect(when(question)).toBe(expected);
  });

  it('reads no bracket after a name that ends a longer phrase ("the Soviet war in Kessia")', () => {
    expect(bracketedTimeAnswers(index, 'When did Kessia sign the compact?')).toEqual([]);
  });

  it('reads no bracket after a name the question does not ask the time of', () => {
    expect(bracketedTimeAnswers(index, 'When did the offices merge with the Lund Treaty?')).toEqual([]);
  });

  it.each([
    ['In what year did Mirren die?', '1900'],
    ['When was Carl Mirren born?', '1834'],
    ['When did Anton Vell die?', '1910'],
  ])('reads a person\'s bracket as a life: %j is answered by the end it asks', (question, expected) => {
    expect(bracketedTimeAnswers(index, question).map((a) => a.text)).toEqual([expected]);
  });

  it('dates nothing else a person did by their life ("when did Anton Vell chart …")', () => {
    expect(bracketedTimeAnswers(index, 'When did Anton Vell chart the tides?')).toEqual([]);
  });

  it('finds the names a question writes with capitals, numbers carrying a name on', () => {
    expect(writtenNames('On what date was Apollo 16 landed on the Moon?')).toEqual(['Apollo 16', 'Moon']);
    expect(writtenNames('When was the Federal Republic of Lund founded?')).toEqual(['Federal Republic of Lund']);
  });
});
