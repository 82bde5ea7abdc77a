/** The date a weekday question asks of: "what day of the week was Nov 3, 2023" (see `weekday.ts`). Parsing only, so the question stage can use it. */
import { monthNumber } from '../corpus/dateText.ts';

/** A date as `MM-DD`, with its year when the question writes one. */
export interface WeekdayAsked {
  monthDay: string;
  year?: string;
}

/** "what day of the week", "which weekday", "what weekday". */
const WEEKDAY_ASKED = /\b(?:what|which)\s+(?:day\s+of\s+the\s+week|weekday)\b/i;
/** A calendar date in the question: "Nov 3, 2023", "November 3", "3 November 2023". */
const DATE_WRITTEN = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?|\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:,?\s+(\d{4}))?/i;

/** The date a weekday question asks of, as `MM-DD` with its year when written; undefined for any other question. */
export function weekdayAsked(text: string): WeekdayAsked | undefined {
  if (!WEEKDAY_ASKED.test(text)) return undefined;
  const m = DATE_WRITTEN.exec(text);
  if (m === null) return undefined;
  const month = monthNumber(m[1] ?? m[5]!);
  const day = Number(m[2] ?? m[4]);
  if (month === undefined || day < 1 || day > 31) return undefined;
  const year = m[3] ?? m[6];
  return { monthDay: `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, ...(year === undefined ? {} : { year }) };
}
