/**
 * Time expressions as TimeML TIMEX3-style records, for the `byline extract` contract and the
 * TimeBank evaluation. The same extraction as the index's ({@link timeExpressionsIn}).
 */
import type { TimexType as TimeExpressionType } from '../types.ts';
import { timeExpressionsIn } from './dates.ts';

export type TimexType = TimeExpressionType;

/** One time expression: its span in the text (JS string indices, end exclusive), type and value. */
export interface Timex {
  text: string;
  start: number;
  end: number;
  type: TimexType;
  /** TimeML-style value (`2024-04-19`, `2024-Q3`, `P3Y`, `PRESENT_REF`…); absent when it cannot be resolved. */
  value?: string;
}

/** Time expressions in `text`, offsets as JS string indices (end exclusive), values TimeML-style resolved against `date` (YYYY-MM-DD). */
export function extractTimexes(text: string, date?: string): Timex[] {
  return timeExpressionsIn(text, date).map(({ text: written, offset, type, value }) => ({
    text: written,
    start: offset,
    end: offset + written.length,
    type,
    ...(value === undefined ? {} : { value }),
  }));
}
