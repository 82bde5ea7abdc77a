/**
 * Time expressions as TimeML TIMEX3-style records: the `byline extract` contract and the TimeBank
 * evaluation read them.
 */
import { splitSentences } from '../corpus/passages.ts';
import { timeExpressionsIn } from './dates.ts';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One time expression: its span in the text (JS string indices, end exclusive), type and value. */
export interface Timex {
  text: string;
  start: number;
  end: number;
  type: TimexType;
  /** TimeML-style value (`2024-04-19`, `P3Y`, `PRESENT_REF`…); absent when it cannot be resolved. */
  value?: string;
}

/** Time expressions in `text`, offsets as JS string indices (end exclusive), values TimeML-style resolved against `date` (YYYY-MM-DD). */
export function extractTimexes(text: string, date?: string): Timex[] {
  const timexes: Timex[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    let cursor = 0;
    for (const sentence of splitSentences(line[0])) {
      const at = line[0].indexOf(sentence, cursor);
      cursor = at + sentence.length;
      for (const found of timeExpressionsIn(sentence, date)) {
        const start = line.index + at + found.offset;
        timexes.push({ text: found.text, start, end: start + found.text.length, type: 'DATE', ...(found.date ? { value: found.date } : {}) });
      }
    }
  }
  return timexes;
}
