/**
 * Time expressions in news text, resolved against the article's date.
 *
 * Detection: chrono-node finds calendar dates, month–day pairs, months and weekdays; a rule table
 * ({@link RELATIVE_PHRASES}) finds the relative phrases it misses or reads against the wrong day
 * ("overnight", "earlier in the week", "in recent months", "day one"), and years after a
 * preposition ("in 2023"). Guards drop chrono's false positives: lower-case "march", the modal
 * "May", "Sunday Times", "24/7", bare clock times and "now".
 *
 * Span: the expression as written without a leading preposition or a possessive "'s", keeping the
 * words that belong to it: "Friday" (from "on Friday"), "the early hours of Friday", "Earlier
 * Monday", "October 7" (from "the October 7 attack"), "recent months", "day one".
 *
 * Resolution (see docs/dates.md): weekdays and yearless dates take their direction from the span's
 * own words ("last", "next", "earlier"), a preceding "since", or the verbs of the sentence
 * ({@link directionAt}): past-tense reporting points back to the latest such day on or before
 * the article's date, future tense forward. Vague spans ("last week") keep no date.
 */
import * as chrono from 'chrono-node';
import type { IsoDate, ParsedArticle, TimeExpression } from '../types.ts';
import {
  addDays,
  addMonths,
  asDay,
  formatIsoDate,
  inferYear,
  parseIsoDate,
  resolveWeekday,
  type CalendarDate,
  type Direction,
} from './model/timeCalendar.ts';
import { NOUN_USE_BEFORE, RELATIVE_PHRASES, YEAR_AFTER_PREPOSITION, type RelativeResolution } from './model/timePhrases.ts';
import { directionAt, PRECEDING_DIRECTION, SPAN_DIRECTION } from './model/timeTense.ts';
import {
  BARE_MONTH_CONTEXT,
  LEADING_PREPOSITIONS,
  LEFT_MODIFIERS,
  MAY_HOLD_DATE,
  MONTHS,
  WEEKDAY_NAME_FOLLOWER,
  WEEKDAYS,
} from './model/timeWords.ts';

/** A time expression found in a single string. */
export interface FoundTime {
  /** As written, without a leading preposition. */
  text: string;
  /** Character offset of `text` in the string searched. */
  offset: number;
  /** Resolved date, when the article's date allows it. */
  date?: IsoDate;
}

/** What an expression means before it is resolved against the article's date. */
type Reading =
  | { kind: 'date'; date: CalendarDate }
  | { kind: 'monthDay'; month: number; day: number }
  | { kind: 'month'; month: number }
  | { kind: 'weekday'; weekday: number }
  /** "two days ago": chrono counted back from the article's date. */
  | { kind: 'ago'; date: CalendarDate | undefined }
  | { kind: 'relative'; resolution: RelativeResolution };

interface Candidate {
  start: number;
  end: number;
  reading: Reading;
}

const RELATIVE = new RegExp(`\\b(?:${RELATIVE_PHRASES.map((rule) => `(${rule.pattern})`).join('|')})\\b`, 'gi');
const CAPITALISED_WORD_BEFORE = /\b[A-Z][\w.]*\s+$/;

/** Relative phrases and bare years, from the rule tables. */
function tableCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(RELATIVE)) {
    // A capitalised phrase after a capitalised word is a name: "USA Today".
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    if (/^[A-Z]/.test(match[0]) && CAPITALISED_WORD_BEFORE.test(before)) continue;
    if (NOUN_USE_BEFORE.test(before)) continue;
    const rule = RELATIVE_PHRASES[match.slice(1).findIndex((group) => group !== undefined)];
    if (!rule) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      reading: { kind: 'relative', resolution: rule.resolution },
    });
  }
  for (const match of text.matchAll(YEAR_AFTER_PREPOSITION)) {
    const year = match[1] ?? '';
    const start = match.index + match[0].length - year.length;
    found.push({ start, end: start + year.length, reading: { kind: 'date', date: { year: Number(year) } } });
  }
  return found;
}

/** The calendar word in a chrono span, with where it sits in the span. */
function calendarWord(span: string, names: ReadonlyMap<string, number>): { value: number; index: number; word: string } | undefined {
  for (const match of span.matchAll(/[A-Za-z]+/g)) {
    const value = names.get(match[0].toLowerCase());
    if (value !== undefined) return { value, index: match.index, word: match[0] };
  }
  return undefined;
}

const FOUR_DIGIT_YEAR = /\b(?:1[89]|20)\d{2}\b/;
const MONTH_ABBREVIATION_DOT = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;

/** Trims a chrono span to the expression as written: no preposition, no trailing punctuation. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let span = text.slice(start, end);
  const trailing = /[\s,;:.]+$/.exec(span);
  if (trailing && !MONTH_ABBREVIATION_DOT.test(span)) span = span.slice(0, trailing.index);
  const leading = LEADING_PREPOSITIONS.exec(span)?.[0].length ?? 0;
  return { start: start + leading, end: start + span.length };
}

/** Widens a span leftwards over words that belong to it ("the early hours of", "Earlier"). */
function widenLeft(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 40), start);
  for (const modifier of LEFT_MODIFIERS) {
    const match = modifier.exec(before);
    if (match) return start - match[0].length;
  }
  return start;
}

/** What a chrono result means, or `undefined` when it is a false positive or not a date. */
function readChrono(result: chrono.ParsedResult, text: string, span: { start: number; end: number }): Reading | undefined {
  const written = text.slice(span.start, span.end);
  const known = result.start;
  if (/\bago\b/i.test(written)) return { kind: 'ago', date: agoDate(known, written) };
  const month = calendarWord(written, MONTHS);
  const weekday = calendarWord(written, WEEKDAYS);
  // News capitalises months and weekdays; lower case is the verb "march" or the modal "may".
  if ((month && /^[a-z]/.test(month.word)) || (weekday && /^[a-z]/.test(weekday.word))) return undefined;
  if (known.isCertain('year') && FOUR_DIGIT_YEAR.test(written)) {
    const year = known.get('year') ?? 0;
    if (!known.isCertain('month')) return { kind: 'date', date: { year } };
    const monthOfYear = known.get('month') ?? 1;
    if (!known.isCertain('day')) return { kind: 'date', date: { year, month: monthOfYear } };
    return { kind: 'date', date: { year, month: monthOfYear, day: known.get('day') ?? 1 } };
  }
  if (month && known.isCertain('day')) return { kind: 'monthDay', month: month.value, day: known.get('day') ?? 1 };
  if (weekday && known.isCertain('weekday')) {
    // "Sunday Times": a weekday followed by a capitalised word is part of a name.
    const after = text.slice(span.start + weekday.index + weekday.word.length);
    const last = weekday.index + weekday.word.length >= written.length;
    return last && WEEKDAY_NAME_FOLLOWER.test(after) ? undefined : { kind: 'weekday', weekday: weekday.value };
  }
  if (month && known.isCertain('month')) {
    // A bare month needs a preposition before it: "in May", not "May God help us".
    return BARE_MONTH_CONTEXT.test(text.slice(0, span.start + month.index)) ? { kind: 'month', month: month.value } : undefined;
  }
  return undefined;
}

/** The date chrono counted back to, as precise as the unit counted ("two days ago", "a month ago"). */
function agoDate(known: chrono.ParsedComponents, written: string): CalendarDate | undefined {
  const year = known.get('year');
  const month = known.get('month');
  const day = known.get('day');
  if (year === null || month === null || day === null) return undefined;
  if (/\byears?\b/i.test(written)) return { year };
  if (/\bmonths?\b/i.test(written)) return { year, month };
  return { year, month, day };
}

/** Dates, months and weekdays found by chrono, guarded and trimmed. */
function chronoCandidates(text: string, reference: Date | undefined): Candidate[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const found: Candidate[] = [];
  for (const result of chrono.parse(text, reference)) {
    const trimmed = trimSpan(text, result.index, result.index + result.text.length);
    if (trimmed.end <= trimmed.start) continue;
    const reading = readChrono(result, text, trimmed);
    if (!reading) continue;
    found.push({ start: widenLeft(text, trimmed.start), end: trimmed.end, reading });
  }
  return found;
}

/** The direction a weekday or yearless date points in: its own words first, then the verbs. */
function directionOf(text: string, start: number, end: number): Direction {
  const span = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 20), start);
  return (
    SPAN_DIRECTION.find((rule) => rule.pattern.test(span))?.direction ??
    PRECEDING_DIRECTION.find((rule) => rule.pattern.test(before))?.direction ??
    directionAt(text, start, end)
  );
}

function resolveRelative(resolution: RelativeResolution, article: CalendarDate): CalendarDate | undefined {
  const day = asDay(article);
  const month = article.month === undefined ? undefined : { year: article.year, month: article.month };
  switch (resolution) {
    case 'articleDay':
      return day;
    case 'dayBefore':
      return day && addDays(day, -1);
    case 'dayAfter':
      return day && addDays(day, 1);
    case 'articleMonth':
      return month;
    case 'monthBefore':
      return month && addMonths(month, -1);
    case 'monthAfter':
      return month && addMonths(month, 1);
    case 'articleYear':
      return { year: article.year };
    case 'yearBefore':
      return { year: article.year - 1 };
    case 'yearAfter':
      return { year: article.year + 1 };
    case 'sameDay': // resolved against the article's earlier expressions in extractTimes
    case 'none':
      return undefined;
  }
}

function resolve(candidate: Candidate, text: string, article: CalendarDate | undefined): CalendarDate | undefined {
  const { reading } = candidate;
  if (reading.kind === 'date') return reading.date;
  if (!article) return undefined;
  const direction = (): Direction => directionOf(text, candidate.start, candidate.end);
  switch (reading.kind) {
    case 'monthDay': {
      const year = inferYear(reading.month, reading.day, article, direction());
      return { year, month: reading.month, day: reading.day };
    }
    case 'month':
      return { year: inferYear(reading.month, undefined, article, direction()), month: reading.month };
    case 'weekday': {
      const day = asDay(article);
      return day && resolveWeekday(reading.weekday, day, direction());
    }
    case 'ago':
      return asDay(article) && reading.date;
    case 'relative':
      return resolveRelative(reading.resolution, article);
  }
}

/** Keeps the longest of overlapping candidates; rule-table phrases win over chrono's reading. */
function withoutOverlaps(table: Candidate[], parsed: Candidate[]): Candidate[] {
  const overlaps = (a: Candidate, b: Candidate): boolean => a.start < b.end && b.start < a.end;
  const kept: Candidate[] = [];
  for (const candidate of [...table].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!kept.some((other) => overlaps(other, candidate))) kept.push(candidate);
  }
  for (const candidate of parsed) {
    if (!kept.some((other) => overlaps(other, candidate))) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Noon on the article's day in local time: chrono counts "two days ago" from it. */
function chronoReference(article: CalendarDate | undefined): Date | undefined {
  const day = asDay(article);
  return day && new Date(day.year, day.month - 1, day.day, 12);
}

/**
 * Time expressions in one string, in order, resolved against `articleDate` when it is given and
 * precise enough (a weekday needs a full date; "in October" needs a year). The whole string is
 * one context for tense, so pass a sentence where you can.
 *
 * @example
 * timeExpressionsIn('Explosions rocked Isfahan in the early hours of Friday.', '2024-04-20')
 * // → [{ text: 'the early hours of Friday', offset: 29, date: '2024-04-19' }]
 */
export function timeExpressionsIn(text: string, articleDate?: IsoDate): FoundTime[] {
  const article = parseIsoDate(articleDate);
  const candidates = withoutOverlaps(tableCandidates(text), chronoCandidates(text, chronoReference(article)));
  return candidates.map((candidate) => {
    const date = resolve(candidate, text, article);
    return {
      text: text.slice(candidate.start, candidate.end),
      offset: candidate.start,
      ...(date ? { date: formatIsoDate(date) } : {}),
    };
  });
}

const SAME_DAY = new RegExp(`^(?:${RELATIVE_PHRASES.filter((rule) => rule.resolution === 'sameDay').map((rule) => rule.pattern).join('|')})$`, 'i');

/** Where each sentence starts in the passage text; sentences not found there are left out. */
function locateSentences(text: string, sentences: readonly string[]): Array<{ sentence: string; index: number; start: number }> {
  const located: Array<{ sentence: string; index: number; start: number }> = [];
  let cursor = 0;
  sentences.forEach((sentence, index) => {
    const start = text.indexOf(sentence, cursor);
    if (start < 0) return;
    located.push({ sentence, index, start });
    cursor = start + sentence.length;
  });
  return located;
}

/**
 * Every time expression in every sentence of an article, resolved against `article.meta.date`.
 * Offsets are into the passage text; `sentence` indexes the passage's `sentences` (a passage
 * without sentences counts as one).
 */
export function extractTimes(article: ParsedArticle): TimeExpression[] {
  const times: TimeExpression[] = [];
  let lastDay = article.meta.date?.length === 10 ? article.meta.date : undefined;
  for (const passage of article.passages) {
    const sentences = passage.sentences.length > 0 ? passage.sentences : [passage.text];
    for (const { sentence, index, start } of locateSentences(passage.text, sentences)) {
      for (const found of timeExpressionsIn(sentence, article.meta.date)) {
        const date = found.date ?? (SAME_DAY.test(found.text) ? lastDay : undefined);
        if (date?.length === 10) lastDay = date;
        times.push({ ...found, ...(date ? { date } : {}), offset: start + found.offset, file: passage.file, paragraph: passage.paragraph, sentence: index });
      }
    }
  }
  return times;
}
