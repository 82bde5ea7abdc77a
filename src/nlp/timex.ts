/**
 * Time expressions of a plain text with TimeML types, for `byline extract`. A thin adapter over
 * `dates.ts`: every expression it finds is a DATE, valued with the resolved ISO date when the
 * text and `date` allow it. (The time-expressions work replaces this module with a fuller one of
 * the same signature.)
 */
import { splitSentences } from '../corpus/passages.ts';
import { timeExpressionsIn } from './dates.ts';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One time expression: `text === input.slice(start, end)`. */
export interface Timex {
  text: string;
  start: number;
  end: number;
  type: TimexType;
  /** TimeML-style value (`2024`, `2024-04`, `2024-04-19`), when it could be resolved. */
  value?: string;
}

const BLOCK = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;

/** The time expressions of `text`, resolved against `date` (YYYY-MM-DD), read sentence by sentence. */
export function extractTimexes(text: string, date?: string): Timex[] {
  const timexes: Timex[] = [];
  for (const block of text.matchAll(BLOCK)) {
    let cursor = 0;
    for (const sentence of splitSentences(block[0])) {
      const at = block[0].indexOf(sentence, cursor);
      if (at < 0) continue;
      cursor = at + sentence.length;
      for (const found of timeExpressionsIn(sentence, date)) {
        const start = block.index + at + found.offset;
        timexes.push({ text: found.text, start, end: start + found.text.length, type: 'DATE', ...(found.date ? { value: found.date } : {}) });
      }
    }
  }
  return timexes;
}
