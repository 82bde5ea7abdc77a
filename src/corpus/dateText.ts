/** Dates as news pages write them, turned into ISO dates. */
import type { IsoDate } from '../types.ts';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** A month name, full or abbreviated, with an optional full stop ("Aug", "Aug.", "August", "Sept."). */
export const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME}),?\\s+(\\d{4})$`, 'i');
const MONTH_DAY = new RegExp(`^(${MONTH_NAME})\\s+(\\d{1,2})$`, 'i');
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The month number (1–12) of a month name or abbreviation, or undefined. */
/** Month abbreviations as news writes a day ("Aug 6"), January first. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '').slice(0, 3)];
}

/**
 * Parses a whole string as a date: "November 3, 2023", "3 Nov 2023", "2023-11-03", "2023-11", "2024".
 * Returns undefined for anything else, or for an impossible date (2023-02-30).
 */
export function parseDateText(text: string): IsoDate | undefined {
  const s = text.trim();
  const iso = ISO.exec(s);
  if (iso) return isoDate(Number(iso[1]), iso[2] === undefined ? undefined : Number(iso[2]), iso[3] === undefined ? undefined : Number(iso[3]));
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) return isoDate(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) return isoDate(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]));
  return undefined;
}

/** Parses "Aug 6" / "Aug. 6" (no year) into month and day. */
export function parseMonthDay(text: string): { month: number; day: number } | undefined {
  const md = MONTH_DAY.exec(text.trim());
  const month = md ? monthNumber(md[1]!) : undefined;
  if (!md || month === undefined) return undefined;
  const day = Number(md[2]);
  return isoDate(2000, month, day) === undefined ? undefined : { month, day };
}

/** Formats an ISO date as precise as given; undefined when month or day is out of range. */
export function isoDate(year: number, month?: number, day?: number): IsoDate | undefined {
  if (year < 1000 || year > 9999) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}
