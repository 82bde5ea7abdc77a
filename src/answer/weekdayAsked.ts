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

/** "The Annapolis story says Blinken spoke on Tuesday. What calendar date was that?": the weekday whose date is asked. */
export interface WeekdayDateAsked {
  /** The weekday as the question writes it, lower case ("tuesday"). */
  weekday: string;
}

/** "what (calendar) date was that", "which date is it", "what date would that be", "which Saturday, like the date". */
const DATE_OF_THAT = /\b(?:what|which)\s+(?:calendar\s+|exact\s+)?date\s+(?:(?:was|is|would\s+(?:that|it)\s+be)\b(?:\s+(?:that|this|it)\b)?|(?:does|should|would|will)\s+(?=(?:that|this|the|["“]?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b))|\b(?:what|which)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?=\s*(?:,|\?|$|was\b|is\b))/i;
const WEEKDAY_WRITTEN = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** The weekday a question asks the calendar date of; undefined for any other question. */
export function weekdayDateAsked(text: string): WeekdayDateAsked | undefined {
  const asked = DATE_OF_THAT.exec(text);
  const weekday = WEEKDAY_WRITTEN.exec(text)?.[1];
  if (asked === null || weekday === undefined) return undefined;
  // The date of "that" (a weekday the remark names) or of the weekday the question itself names.
  const pointsBack = /\b(?:that|this|it)\b/i.test(asked[0]) || WEEKDAY_WRITTEN.test(text.slice(asked.index));
  return pointsBack ? { weekday: weekday.toLowerCase() } : undefined;
}
