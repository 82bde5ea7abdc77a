/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), in UTC so that results
 * never depend on the machine's time zone.
 */
import type { IsoDate } from '../../types.ts';

/** An ISO date split into its parts; `month` and `day` are absent when the date is less precise. */
export interface CalendarDate {
  year: number;
  /** 1–12. */
  month?: number;
  /** 1–31. */
  day?: number;
}

/** A calendar day: all three parts known. */
export type CalendarDay = Required<CalendarDate>;

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Splits an ISO date into its parts; `undefined` when it is not one of the three ISO shapes. */
export function parseIsoDate(iso: IsoDate | undefined): CalendarDate | undefined {
  const match = iso === undefined ? null : ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month === undefined ? {} : { month: Number(month) }),
    ...(day === undefined ? {} : { day: Number(day) }),
  };
}

/** The day part of a date, when it has one. */
export function asDay(date: CalendarDate | undefined): CalendarDay | undefined {
  return date?.month !== undefined && date.day !== undefined
    ? { year: date.year, month: date.month, day: date.day }
    : undefined;
}

/** Formats parts as an ISO date as precise as the parts given. */
export function formatIsoDate(date: CalendarDate): IsoDate {
  const year = String(date.year).padStart(4, '0');
  if (date.month === undefined) return year;
  const month = `${year}-${String(date.month).padStart(2, '0')}`;
  return date.day === undefined ? month : `${month}-${String(date.day).padStart(2, '0')}`;
}

function toUtc(day: CalendarDay): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

function fromUtc(date: Date): CalendarDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `days` days after `day` (before, when negative). */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** How many days `to` is after `from` (negative when before). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: CalendarDay): number {
  return toUtc(day).getUTCDay();
}

/**
 * Which way a weekday or a yearless date points from the article's date: `past` means the latest
 * such day on or before it, `future` the next one on or after it, `strictPast`/`strictFuture`
 * exclude the article's own day ("last Friday", "next Friday").
 */
export type Direction = 'past' | 'future' | 'strictPast' | 'strictFuture' | 'nearest';

/** The day named by `weekday` (0 = Sunday) seen from `from` in the given direction. */
export function resolveWeekday(weekday: number, from: CalendarDay, direction: Direction): CalendarDay {
  const ahead = (weekday - weekdayOf(from) + 7) % 7;
  switch (direction) {
    case 'past':
      return addDays(from, ahead === 0 ? 0 : ahead - 7);
    case 'strictPast':
      return addDays(from, ahead - 7);
    case 'future':
      return addDays(from, ahead);
    case 'strictFuture':
      return addDays(from, ahead === 0 ? 7 : ahead);
    case 'nearest':
      return addDays(from, ahead > 3 ? ahead - 7 : ahead);
  }
}

/** A month, or a month and day, without a year: the year that puts it on the `direction` side of `from`. */
export function inferYear(month: number, day: number | undefined, from: CalendarDate, direction: Direction): number {
  if (from.month === undefined) return from.year;
  // Compare at the precision both sides share: a month against an article month is "the same".
  const order = month - from.month || (day === undefined || from.day === undefined ? 0 : day - from.day);
  // A day within a week of the article's is this year's, whatever the tense: a past verb rarely
  // reaches back a year to a date written without its year, nor a future one forward as far.
  // A future verb rarely points eleven months ahead to a day a few weeks gone either: "the Aug. 7
  // blasts" in an Aug. 18 article after "would" is this year's.
  if (day !== undefined && from.day !== undefined && direction !== 'strictPast' && direction !== 'strictFuture') {
    const ahead = (Date.UTC(from.year, month - 1, day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000;
    if (Math.abs(ahead) <= 7 || (direction === 'future' && ahead < 0 && ahead >= -31)) return from.year;
  }
  if (direction === 'nearest') {
    // The occurrence within six months either way, leaning back (news reports more than it
    // announces): "Nov. 17" in late October is this year's, "April" in October last year's.
    const months = month - from.month;
    return months >= 6 ? from.year - 1 : months < -6 ? from.year + 1 : from.year;
  }
  const pastward = direction === 'past' || direction === 'strictPast';
  if (direction === 'strictPast' && order === 0) return from.year - 1;
  if (direction === 'strictFuture' && order === 0) return from.year + 1;
  if (pastward && order > 0) return from.year - 1;
  if (!pastward && order < 0) return from.year + 1;
  return from.year;
}

/** Whether `month` is within two months of the article's month, either way and across the year's end. */
export function withinTwoMonths(month: number, from: CalendarDate | undefined): boolean {
  return from?.month !== undefined && Math.abs(((month - from.month + 18) % 12) - 6) <= 2;
}

/** The month `months` months after the month of `from` (before, when negative). */
export function addMonths(from: CalendarDate & { month: number }, months: number): CalendarDate {
  const index = from.year * 12 + (from.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The ISO 8601 week of a day: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(day: CalendarDay): { year: number; week: number } {
  const thursday = addDays(day, 3 - ((weekdayOf(day) + 6) % 7));
  const firstOfYear = toUtc({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((toUtc(thursday).getTime() - firstOfYear.getTime()) / 86_400_000 / 7) + 1;
  return { year: thursday.year, week };
}

/** TimeML week value: `2024-W07`. */
export function formatIsoWeek(day: CalendarDay): string {
  const { year, week } = isoWeek(day);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The quarter (1–4) a month falls in. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
