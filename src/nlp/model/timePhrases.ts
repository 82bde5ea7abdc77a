/**
 * Time phrases the date parser (chrono) misses or reads against the wrong day, as a rule table:
 * each phrase, its TimeML type, how its value follows from the article's date, and why. Spans
 * follow TimeML: a leading "the", "last", "this", "next", "early", "late" belongs to the
 * expression ("the third quarter", "last week"), a preposition does not.
 */
import type { TimexType } from '../../types.ts';
import {
  addDays,
  addMonths,
  asDay,
  daysBetween,
  formatIsoDate,
  formatIsoWeek,
  inferYear,
  parseIsoDate,
  quarterOf,
  resolveWeekday,
  weekdayOf,
  type CalendarDate,
  type CalendarDay,
  type Direction,
} from './timeCalendar.ts';
import { MONTHS, WEEKDAYS } from './timeWords.ts';

/** What a rule's value may depend on. */
export interface Anchor {
  /** The article's date at the precision it has. */
  article: CalendarDate | undefined;
  /** The article's day, when its date is a full date. */
  day: CalendarDay | undefined;
  /**
   * Which way the expression points: its own words first, then the verbs around it; `undefined`
   * without a cue. Given the month the expression names, a verb away from it does not count when
   * that month is within two months of the article's, nor with `near`.
   */
  direction: (month?: number, near?: boolean) => Direction | undefined;
  /** The direction the verbs of the expression's sentence alone give (not its own words). */
  verbs?: () => Direction | undefined;
  /** Up to a few hundred characters before the expression. */
  before: string;
  /** The latest full date named earlier in the text, for "that same day". */
  lastDay: string | undefined;
  /** The month of the latest date named earlier in the text to the month at least (`YYYY-MM`), for "the following month". */
  lastMonth: string | undefined;
  /** The latest quarter named earlier in the text (`YYYY-Qn`), for "the quarter", "that quarter". */
  lastQuarter?: string | undefined;
  /** The year of the latest date named earlier in the text, for "that year". */
  lastYear: number | undefined;
}

export interface TimePhraseRule {
  /** Regular-expression source, matched case-insensitively as whole words; its groups go to `value`. */
  pattern: string;
  type: TimexType;
  /** The TimeML value from the rule's own groups; `undefined` when the article's date does not allow one. */
  value: (groups: ReadonlyArray<string | undefined>, at: Anchor) => string | undefined;
  /** Rejects a match that is not a time expression (a case-sensitive check the pattern cannot make). */
  keep?: (groups: ReadonlyArray<string | undefined>) => boolean;
  reason: string;
}

// ---- pieces of patterns --------------------------------------------------------------------------

const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** Half of one more after a count: "2 1/2 years", "two and a half years"; one group, set when present. */
const HALF = '( 1/2|½| and a half)';

/** A count as news writes it: digits ("10,000" whole, never its "000"; "1.5 million"), words ("twenty-four", "twenty four", "two thousand", as transcripts spell them) or a vague amount. */
const COUNT = `(?:(?<!\\d[,.])\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?: (?:thousand|million|billion))?|(?:${TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:${SMALL}|a) (?:hundred|thousand)|${SMALL}|(?:hundreds|thousands|millions) of|a few|(?:a )?couple of|several|a|an|few|many)`;
const UNIT = '(?:second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))';
const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const WEEKDAY_NAME = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const PART = 'morning|afternoon|evening|night';
/** Ordinals written out, first to twenty-first, for centuries. */
const ORDINAL_WORDS: readonly string[] = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first',
];
const ORDINAL_WORD = ORDINAL_WORDS.join('|');
const ORDINAL_QUARTER = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';
const YEAR = '(?:1[7-9]\\d\\d|20\\d\\d)';
/** "Last" after a modal or "to" is the verb: "expected to last six weeks" is "six weeks". */
const NOT_THE_VERB_LAST = String.raw`(?<!\b(?:to|will|would|could|can|may|might|should|must|not|n['’]t|did|does|do) )`;
/** After a year: not part of a longer number, a range, a percentage or a count of things ("2000 troops", "a poll of 2047 registered voters"). */
const NOT_A_COUNT = String.raw`(?![-–/]\d|,\d|\.\d|\d|\s*%|\s+percent|\s+(?!(?:as|was|has|is|this|its|his|us|results|levels|figures|earnings|sales|prices|talks|elections|games|olympics|highs|lows)\b)[a-z]+s\b|(?<=\b(?:of|than|some|about|nearly|almost|around|over) \d{4})\s+(?:[a-z]+ed|likely|eligible|additional)\s+[a-z]+s\b)`;

// ---- values -----------------------------------------------------------------------------------------

const WORD_NUMBERS: ReadonlyMap<string, number> = new Map(
  [...SMALL.split('|'), ...TENS.split('|')].map((word, i) => [word, i < 19 ? i + 1 : (i - 17) * 10]),
);

/** The scale word after digits: "1.5 million years". */
const SCALES: ReadonlyMap<string, number> = new Map([['thousand', 1e3], ['million', 1e6], ['billion', 1e9]]);

/** A count's number, or `undefined` for a vague one ("several", "a few"). */
export function countOf(written: string): number | undefined {
  const word = written.toLowerCase();
  if (/^\d/.test(word)) {
    const [digits = '', scale = ''] = word.split(' ');
    return Number(digits.replace(/,/g, '')) * (SCALES.get(scale) ?? 1);
  }
  if (word === 'a' || word === 'an') return 1;
  const [multiple = '', scale] = word.split(' ');
  if (scale === 'hundred' || scale === 'thousand') {
    const times = multiple === 'a' ? 1 : WORD_NUMBERS.get(multiple);
    return times === undefined ? undefined : times * (scale === 'hundred' ? 100 : 1000);
  }
  if (word === 'a couple of' || word === 'couple of') return 2;
  const [tens, ones] = word.split(/[- ]/);
  const value = WORD_NUMBERS.get(tens ?? '');
  if (value === undefined) return undefined;
  return ones === undefined ? value : value + (WORD_NUMBERS.get(ones) ?? 0);
}

const UNIT_CODES: ReadonlyMap<string, { code: string; time: boolean; times: number }> = new Map([
  ['second', { code: 'S', time: true, times: 1 }],
  ['minute', { code: 'M', time: true, times: 1 }],
  ['hour', { code: 'H', time: true, times: 1 }],
  ['day', { code: 'D', time: false, times: 1 }],
  ['week', { code: 'W', time: false, times: 1 }],
  ['month', { code: 'M', time: false, times: 1 }],
  ['quarter', { code: 'Q', time: false, times: 1 }],
  ['year', { code: 'Y', time: false, times: 1 }],
  ['decade', { code: 'Y', time: false, times: 10 }],
  ['centur', { code: 'Y', time: false, times: 100 }],
]);

/** The next smaller unit and how many of it make one, for a fraction of a count ("2 1/2 years" → `P2Y6M`). */
const SMALLER_UNIT: ReadonlyMap<string, { unit: string; per: number }> = new Map([
  ['year', { unit: 'month', per: 12 }],
  ['day', { unit: 'hour', per: 24 }],
  ['hour', { unit: 'minute', per: 60 }],
  ['minute', { unit: 'second', per: 60 }],
]);

/** TimeML duration: `P3Y`, `PT48H`, `P2Y6M` for two and a half years, `PXD` when the count is vague. */
export function durationValue(count: number | undefined, unit: string): string | undefined {
  const stem = unit.toLowerCase().replace(/s$/, '').replace(/^centur.*/, 'centur');
  const known = UNIT_CODES.get(stem);
  if (!known) return undefined;
  const smaller = SMALLER_UNIT.get(stem);
  if (count !== undefined && smaller && !Number.isInteger(count)) {
    const whole = Math.floor(count);
    const rest = durationValue(Math.round((count - whole) * smaller.per), smaller.unit) ?? '';
    if (whole === 0) return rest;
    const first = durationValue(whole, unit) ?? '';
    return `${first}${rest.slice(first.includes('T') ? 2 : 1)}`;
  }
  const amount = count === undefined ? 'X' : String(count * known.times);
  return `P${known.time ? 'T' : ''}${amount}${known.code}`;
}

/**
 * What opens an entry of a wire service's live report ("___. 9:18 p.m. Donald Trump is …", "(all
 * times local): 11:20 p.m. …"): its clock time is the time of writing, on the article's day (not a
 * timeline's paragraphs, whose times are the day of the events they list).
 */
const ENTRY_OPENING = /(?:_{3,}\.?|\btimes?\b[^()]*\):)\s*$/;

/** The day a clock time without a date falls on: the day the text has just named (TimeML anchors it there), else the article's; an entry's time, the article's. */
const clockDay = (at: Anchor): string | undefined => (ENTRY_OPENING.test(at.before) ? dayValue(at.day) ?? at.lastDay : at.lastDay ?? dayValue(at.day));
const dayValue = (day: CalendarDay | undefined, shift = 0): string | undefined => day && formatIsoDate(addDays(day, shift));
const partOfDay = (day: CalendarDay | undefined, shift: number, part: string): string | undefined => {
  const date = dayValue(day, shift);
  return date && `${date}T${PART_CODES.get(part.toLowerCase()) ?? 'DT'}`;
};
const PART_CODES: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['tonight', 'NI'],
]);
const monthValue = (at: Anchor, shift: number): string | undefined =>
  at.article?.month === undefined ? undefined : formatIsoDate(addMonths({ year: at.article.year, month: at.article.month }, shift));
const yearValue = (at: Anchor, shift: number): string | undefined => at.article && String(at.article.year + shift);
const weekValue = (at: Anchor, shift: number): string | undefined => at.day && formatIsoWeek(addDays(at.day, 7 * shift));

/** The weekend a phrase means: the one before the article's day in the past tense, the next one otherwise. */
function weekendValue(at: Anchor, which: string | undefined): string | undefined {
  if (!at.day) return undefined;
  const word = which?.toLowerCase();
  const direction: Direction = word === 'last' || word === 'past' || word === 'this past' ? 'strictPast' : word === 'next' || word === 'coming' || word === 'this coming' ? 'strictFuture' : (at.direction() ?? 'past');
  return `${formatIsoWeek(resolveWeekday(6, at.day, direction))}-WE`;
}

/** The quarter most recently reported on: the one that held the day six weeks before the article, or the one before when that is the article's own. */
function latestQuarter(at: Anchor): { year: number; quarter: number } | undefined {
  if (!at.day) return undefined;
  const back = addDays(at.day, -45);
  // A quarter is reported once it has ended: never the article's own.
  const index = back.year * 4 + quarterOf(back.month) - 1 - (back.year === at.day.year && quarterOf(back.month) === quarterOf(at.day.month) ? 1 : 0);
  const reported = { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
  // The quarter the text has just named, unless it is still ahead: "the second quarter … results for that quarter".
  const named = /^(\d{4})-Q([1-4])$/.exec(at.lastQuarter ?? '');
  const earlier = named && Number(named[1]) * 4 + Number(named[2]) <= reported.year * 4 + reported.quarter;
  return named && earlier ? { year: Number(named[1]), quarter: Number(named[2]) } : reported;
}

/** A named quarter's year: the article's, or the one before or after when the words say so. */
function quarterValue(ordinal: string | undefined, yearWord: string | undefined, at: Anchor): string | undefined {
  const written = /\d{4}/.exec(yearWord ?? '')?.[0];
  // "The final quarter", "the last quarter of 1990": the fourth.
  const ofYear = yearWord !== undefined && !/^(?:the|this|that)$/i.test(yearWord);
  const fourth = /^final$/i.test(ordinal ?? '') || (/^last$/i.test(ordinal ?? '') && ofYear);
  const named = fourth ? 4 : ordinal && /^(?:1|2|3|4|first|second|third|fourth)/i.test(ordinal) ? quarterNumber(ordinal) : undefined;
  // "the 1988 quarter": the quarter being reported on, in the year written.
  if (written) return `${written}-Q${named ?? latestQuarter(at)?.quarter ?? 'X'}`;
  if (!at.article) return undefined;
  // "Last quarter", "the previous quarter", "next quarter", "the current quarter": counted in calendar quarters from the
  // article's own (or, for "the previous/following quarter", from the quarter the text has just named).
  // "This quarter" told ahead ("sales this quarter will rise") is the article's own; otherwise, as
  // "the quarter", the one being reported ("this quarter's loss includes charges").
  const thisQuarter = named === undefined && ordinal === undefined && /^this$/i.test(yearWord ?? '') && /^(?:future|strictFuture)$/.test(at.verbs?.() ?? '');
  const step = named === undefined && !ofYear ? QUARTER_STEPS.get(thisQuarter ? 'current' : (ordinal ?? '').toLowerCase()) : undefined;
  if (step !== undefined) {
    const from = step.fromNamed ? /^(\d{4})-Q([1-4])$/.exec(at.lastQuarter ?? '') : null;
    const base = from ? Number(from[1]) * 4 + Number(from[2]) - 1 : at.article.month === undefined ? undefined : at.article.year * 4 + quarterOf(at.article.month) - 1;
    if (base === undefined) return undefined;
    const index = base + step.shift;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  }
  const back = /^(?:year-ago|year-earlier)$/i.test(ordinal ?? '') || /^(?:last|(?:the )?year-(?:ago|earlier))/i.test(yearWord ?? '');
  const shift = back ? -1 : /^next/i.test(yearWord ?? '') ? 1 : 0;
  if (named === undefined) {
    const latest = latestQuarter(at);
    return latest && `${latest.year + shift}-Q${latest.quarter}`;
  }
  // A quarter not yet begun, told in the past tense, is last year's: "profit fell in the fourth
  // quarter" in a January report.
  const direction = shift === 0 && at.article.month !== undefined && 3 * named - 2 > at.article.month ? at.direction() : undefined;
  const before = direction === 'past' || direction === 'strictPast' ? -1 : 0;
  return `${at.article.year + shift + before}-Q${named}`;
}

/** The periods a report of results compares, in the words that name them: a quarter, or a longer stretch. */
const REPORTED_PERIOD = /\b(quarter)(?!-)|\b(?:(?:three|six|nine|twelve|\d{1,2}) months|half|(?:full|fiscal|calendar) year)\b/gi;

/**
 * "the 1988 period": in a report of quarterly results, the quarter compared in the year written
 * ("sales for the quarter rose … In the 1988 period, it earned"); after "the first nine months" or
 * "the first half", or with no period named in its sentence or the one before, the year.
 */
function yearPeriodValue(year: string, at: Anchor): string {
  const recent = at.before.split(/[.!?]["”’')]*\s+(?=["“‘(`]*[A-Z])/).slice(-2).join(' ');
  const named = [...recent.matchAll(REPORTED_PERIOD)].pop();
  return named?.[1] ? (quarterValue(undefined, year, at) ?? year) : year;
}

/** Quarters counted from the article's (or from the one just named): "last quarter" is the one before the article's. */
const QUARTER_STEPS: ReadonlyMap<string, { shift: number; fromNamed: boolean }> = new Map([
  ['last', { shift: -1, fromNamed: false }],
  ['previous', { shift: -1, fromNamed: true }],
  ['prior', { shift: -1, fromNamed: true }],
  ['preceding', { shift: -1, fromNamed: true }],
  ['current', { shift: 0, fromNamed: false }],
  ['next', { shift: 1, fromNamed: false }],
  ['coming', { shift: 1, fromNamed: false }],
  ['following', { shift: 1, fromNamed: true }],
]);

function quarterNumber(ordinal: string): number {
  const first = ordinal.toLowerCase()[0];
  return first === '1' || first === 'f' ? (ordinal.toLowerCase().startsWith('fo') ? 4 : 1) : first === '2' || first === 's' ? 2 : first === '3' || first === 't' ? 3 : 4;
}

/**
 * "A year ago", "the year-earlier period": in a report of quarterly results it means the same
 * quarter a year before, otherwise the year before.
 */
function yearAgoValue(at: Anchor, which?: string): string | undefined {
  // "Sales rose in 2012 from a year earlier": "earlier" and "before" count from the year the sentence
  // has just named ("ago" always counts from publication).
  if (which && /^(?:earlier|before)$/i.test(which) && !/\bquarter/i.test(at.before)) {
    const sentence = at.before.split(/[.!?]["”’')]*\s+(?=["“‘(`]*[A-Z])/).pop() ?? '';
    const named = [...sentence.matchAll(/\b(1[89]\d\d|20\d\d)\b(?![-–/]\d|\s*%)/g)].pop()?.[1];
    if (named && at.article && Number(named) !== at.article.year) return String(Number(named) - 1);
  }
  if (/\bquarter/i.test(at.before)) {
    const latest = latestQuarter(at);
    return latest && `${latest.year - 1}-Q${latest.quarter}`;
  }
  return yearValue(at, -1);
}

/**
 * "A decade ago": the year (or month, day) that far back from publication; `PAST_REF` for a
 * vague count ("several years ago"), as TimeML has it.
 */
export function agoValue(count: number | undefined, half: boolean, unit: string, at: Anchor): string | undefined {
  if (count === undefined) return 'PAST_REF';
  if (!at.article) return undefined;
  const stem = unit.toLowerCase().replace(/s$/, '');
  const years = stem.startsWith('decade') ? 10 : stem.startsWith('centur') ? 100 : stem === 'year' ? 1 : 0;
  if (years > 0) {
    const year = at.article.year - Math.round((count + (half ? 0.5 : 0)) * years);
    // "10,000 years ago" reaches before year 1, which a TimeML year value cannot write: the past, no year.
    return year > 0 ? String(year).padStart(4, '0') : 'PAST_REF'; // TimeML writes years in four digits: "0824"
  }
  if (!at.day) return undefined;
  const days = stem === 'week' ? 7 : stem === 'day' ? 1 : 0;
  if (days > 0) return (stem === 'week' ? formatIsoWeek : formatIsoDate)(addDays(at.day, -Math.round(count * days)));
  return stem === 'month' ? formatIsoDate(addMonths({ year: at.day.year, month: at.day.month }, -count)) : undefined;
}

const SEASON_CODES: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);
/** Months at which each season starts, to tell "last summer" from this one. */
const SEASON_START: ReadonlyMap<string, number> = new Map([['SP', 3], ['SU', 6], ['FA', 9], ['WI', 12]]);

/** "last year", "this year", "next year" after "of": that year, counted from the article's. */
function relativeYear(words: string | undefined, at: Anchor): string | undefined {
  if (!words) return undefined;
  const word = words.toLowerCase();
  return yearValue(at, word.startsWith('last') ? -1 : word.startsWith('next') ? 1 : 0);
}

function seasonValue(which: string | undefined, season: string, year: string | undefined, at: Anchor): string | undefined {
  const code = SEASON_CODES.get(season.toLowerCase()) ?? 'XX';
  if (year) return `${year}-${code}`;
  if (!at.article) return undefined;
  const start = SEASON_START.get(code) ?? 1;
  const started = at.article.month === undefined || at.article.month >= start;
  const word = which?.toLowerCase();
  if (word === 'last' || word === 'past') return `${at.article.year - (started ? (at.article.month !== undefined && at.article.month < start + 3 ? 1 : 0) : 1)}-${code}`;
  if (word === 'next' || word === 'coming') return `${at.article.year + (started ? 1 : 0)}-${code}`;
  return `${at.article.year}-${code}`;
}

/** The day of Easter Sunday in a year (the Gregorian computus). */
function easterDay(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The `nth` (1-based; -1 the last) `weekday` of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): CalendarDay {
  if (nth > 0) return addDays(resolveWeekday(weekday, { year, month, day: 1 }, 'future'), 7 * (nth - 1));
  const next = addMonths({ year, month }, 1);
  return resolveWeekday(weekday, addDays({ year: next.year, month: next.month ?? 1, day: 1 }, -1), 'past');
}

/** Holidays on a fixed day of the year, by the start of their name (lower case). */
const FIXED_HOLIDAYS: ReadonlyArray<[string, number, number]> = [
  ['christmas eve', 12, 24], ['christmas', 12, 25], ['new year', 1, 1], ['valentine', 2, 14], ['st. patrick', 3, 17],
  ['st patrick', 3, 17], ['independence day', 7, 4], ['the fourth of july', 7, 4], ['fourth of july', 7, 4], ['halloween', 10, 31],
  ['veterans day', 11, 11],
];

/** The day of a holiday in a year. */
function holidayDay(holiday: string, year: number): CalendarDay {
  const name = holiday.toLowerCase();
  if (name.startsWith('new year') && name.endsWith('eve')) return { year, month: 12, day: 31 };
  const fixed = FIXED_HOLIDAYS.find(([start]) => name.startsWith(start));
  if (fixed) return { year, month: fixed[1], day: fixed[2] };
  const easter = easterDay(year);
  if (name.startsWith('good friday')) return addDays(easter, -2);
  if (name.startsWith('palm sunday')) return addDays(easter, -7);
  if (name.startsWith('ash wednesday')) return addDays(easter, -46);
  if (name.startsWith('easter monday')) return addDays(easter, 1);
  if (name.startsWith('easter')) return easter;
  if (name.startsWith('labor day') || name.startsWith('labour day')) return nthWeekday(year, 9, 1, 1);
  if (name.startsWith('memorial day')) return nthWeekday(year, 5, 1, -1);
  // US Election Day: the Tuesday after the first Monday of November.
  if (name.startsWith('election day')) return addDays(nthWeekday(year, 11, 1, 1), 1);
  // The shopping days after Thanksgiving.
  if (name.startsWith('black friday')) return addDays(nthWeekday(year, 11, 4, 4), 1);
  if (name.startsWith('cyber monday')) return addDays(nthWeekday(year, 11, 4, 4), 4);
  // US presidential primaries' biggest day: the first Tuesday of March (the second up to 1996; Feb. 5 in 2008).
  if (name.startsWith('super tuesday')) return year === 2008 ? { year, month: 2, day: 5 } : nthWeekday(year, 3, 2, year <= 1996 ? 2 : 1);
  // Thanksgiving (US): the fourth Thursday of November.
  return nthWeekday(year, 11, 4, 4);
}

/** The holidays the table knows by name, as a pattern (no groups of its own). */
export const HOLIDAY_NAME = `Christmas(?: Day| Eve)?|New Year['’]s(?: Day| Eve)|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Good Friday|Palm Sunday|Ash Wednesday|Valentine['’]s Day|St\\.? Patrick['’]s Day|Independence Day|(?:the )?Fourth of July|Halloween|Veterans Day|Labou?r Day|Memorial Day|Election Day|Black Friday|Cyber Monday|Super Tuesday`;

/**
 * The week a holiday falls in ("Easter week", "Christmas week"), or the weekend it makes long
 * ("the Labor Day weekend"): the one before a holiday early in the week, the one after a holiday
 * late in it, its own for one on a Saturday or Sunday. Within a week of the article's day it is
 * that holiday's, whatever the tense: "as Easter week began" on its Monday is this Easter's.
 */
function holidayWeekValue(which: string | undefined, holiday: string, unit: string, at: Anchor): string | undefined {
  const nearest = asDay(parseIsoDate(holidayValue(undefined, holiday, { ...at, direction: () => undefined })));
  const close = which === undefined && nearest && at.day && Math.abs(daysBetween(at.day, nearest)) <= 7;
  const day = close ? nearest : asDay(parseIsoDate(holidayValue(which, holiday, at)));
  if (!day) return undefined;
  if (!/^weekend$/i.test(unit)) return formatIsoWeek(day);
  const weekday = weekdayOf(day);
  // Sunday 0 … Saturday 6: Sunday to Tuesday look back to Saturday, Wednesday to Friday ahead to it.
  const toSaturday = weekday <= 2 ? -(weekday + 1) : 6 - weekday;
  return `${formatIsoWeek(addDays(day, toSaturday))}-WE`;
}

/** A holiday's date: the last or next one when the words or the verbs say so, else the nearest one to the article's date. */
export function holidayValue(which: string | undefined, holiday: string, at: Anchor): string | undefined {
  const day = at.day;
  if (!day) return undefined;
  // Super Tuesday comes in presidential election years only: the one before the article's year and the one after.
  const superTuesday = /^super tuesday/i.test(holiday);
  const years = superTuesday ? [day.year - (day.year % 4 === 0 ? 4 : day.year % 4), day.year + ((4 - (day.year % 4)) % 4)] : [day.year - 1, day.year, day.year + 1];
  const options = [...new Set(years)].map((year) => holidayDay(holiday, year));
  const distance = (other: CalendarDay) => (Date.UTC(other.year, other.month - 1, other.day) - Date.UTC(day.year, day.month - 1, day.day)) / 86_400_000;
  const nearest = [...options].sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)))[0];
  const word = which?.toLowerCase();
  // Without "last" or "next", a verb next to it: one words away rarely reaches a year back or ahead
  // ("… to urge people to vote for him on Election Day", in August, is this November's).
  const toward = word === 'last' ? 'strictPast' : word === 'next' ? 'strictFuture' : nearest && at.direction(nearest.month, true);
  const pick =
    toward === 'strictPast' ? options.filter((option) => distance(option) < 0).at(-1)
    : toward === 'past' ? options.filter((option) => distance(option) <= 0).at(-1)
    : toward === 'strictFuture' ? options.find((option) => distance(option) > 0)
    : toward === 'future' ? options.find((option) => distance(option) >= 0)
    : nearest;
  return pick && formatIsoDate(pick);
}

/**
 * "The next day", "the following week": a day, week or month after the date the text has just
 * named (the article's, when it has named none), as TimeML anchors them.
 */
function followingValue(unit: string, at: Anchor): string | undefined {
  const stem = unit.toLowerCase();
  const month = parseIsoDate(at.lastMonth);
  if (stem === 'month') return month?.month === undefined ? undefined : formatIsoDate(addMonths({ year: month.year, month: month.month }, 1));
  const base = asDay(parseIsoDate(at.lastDay)) ?? at.day;
  if (!base) return undefined;
  return stem === 'week' ? formatIsoWeek(addDays(base, 7)) : formatIsoDate(addDays(base, 1));
}

const MONTH_NUMBER = (name: string): number | undefined => MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
const capitalised = (word: string | undefined): boolean => word !== undefined && /^[A-Z]/.test(word);

// ---- the table -----------------------------------------------------------------------------------

/**
 * `word`, unless it is a noun as in "a better tomorrow", "the new today": a determiner (and an
 * adjective) before. The look-behind comes after the word so that it is tried only where the word is.
 */
const notANoun = (word: string): string => `${word}(?<!\\b(?:a|an|the|our|their|your|my)\\s+(?:(?:better|brighter|new|safer|different|peaceful)\\s+)?${word})`;

/**
 * A Sunday's "this week" told ahead ("will vote this week", "is not available this week", "this
 * week's convention", "later this week"): the week that starts the next day, the ISO week of the
 * Sunday being over; told in the past ("said this week", "earlier this week") it is the week ending.
 */
function comingWeekOnSunday(at: Anchor): boolean {
  if (!at.day || weekdayOf(at.day) !== 0 || /\bearlier\s+$/i.test(at.before)) return false;
  return /\blater\s+$/i.test(at.before) || at.verbs?.() !== 'past';
}

/** Rules that share a head word: the group's pattern runs only on text that holds its head. */
export interface TimePhraseGroup {
  name: string;
  /** Every rule of the group needs a match of this somewhere in the text. */
  head: RegExp;
  rules: readonly TimePhraseRule[];
}

/**
 * The table, in groups. Within a group the rules are tried together, the first that matches at a
 * place winning; where matches of any rules overlap, the longest wins, and on a tie the earlier rule.
 */
export const TIME_PHRASE_GROUPS: readonly TimePhraseGroup[] = [
  {
    name: 'quarters and halves',
    head: /quarter|\bq[1-4]\b|\bhalf\b|period/i,
    rules: [
      {
        pattern: `(?:(the|this|that|(?:this|last|next) year's|the year-(?:ago|earlier)|(?:the )?(?:fiscal )?${YEAR}(?:['’]s)?) )?(?:(?:fiscal|calendar)[- ])?(?:(${ORDINAL_QUARTER}|latest|last|current|final|previous|prior|preceding|next|coming|following|recent|year-ago|year-earlier) )?quarter(?: of (${YEAR}|(?:this|last|next) year))?(?! of\\b(?! [$£€#\\d])| (?:point|mile|century|final|hour)|s)`,
        type: 'DATE',
        keep: ([year, ordinal]) => year !== undefined || ordinal !== undefined,
        value: ([year, ordinal, ofYear], at) => quarterValue(ordinal, ofYear ?? year, at),
        reason: 'a calendar or fiscal quarter ("the third quarter", "this year\'s third quarter", "1990\'s third quarter", "the third quarter of 1990", "the fourth quarter of last year"); an unnamed one is the latest reported',
      },
      {
        pattern: 'the (?:latest|current|most recent)(?: fiscal)? period',
        type: 'DATE',
        value: (_, at) => quarterValue(undefined, undefined, at),
        reason: '"the latest period" in a report of results: the quarter reported',
      },
      {
        pattern: `(${ORDINAL_QUARTER}|year-ago|year-earlier)-quarter`,
        type: 'DATE',
        value: ([ordinal], at) => quarterValue(ordinal, ordinal, at),
        reason: '"third-quarter profit": the adjective, which TimeML marks without its determiner',
      },
      { pattern: `\\bQ([1-4])(?: (${YEAR}))?`, type: 'DATE', value: ([q, year], at) => quarterValue(q, year, at), reason: '"Q3", "Q3 2024": as "the third quarter"' },
      {
        pattern: `(the|(?:this|last|next) year's|the year-(?:ago|earlier)|(?:the )?(?:fiscal )?${YEAR}(?:['’]s)?) (?:fiscal )?(first|second|last|latter) half(?: of (${YEAR}|(?:this|last|next|the) year))?(?! of (?!(?:the |this |last |next )?(?:\\d|year|decade|century|millennium|[a-z]+(?:st|nd|rd|th) (?:century|millennium))))`,
        type: 'DATE',
        value: ([lead, which, ofYear], at) => {
          const half = /^f/i.test(which ?? '') ? 'H1' : 'H2';
          const year = ofYear ?? lead ?? '';
          const shift = /^(?:last|the year-)/i.test(year) ? -1 : /^next/i.test(year) ? 1 : 0;
          const written = /\d{4}/.exec(year)?.[0] ?? yearValue(at, shift);
          return written && `${written}-${half}`;
        },
        reason: 'a half year, its year named before it as a quarter\'s may be ("the 1988 first half", "last year\'s second half", "the fiscal first half"); not a half of something else ("the first half of the game"), though a half of a longer time stays one ("the second half of the 20th century")',
      },

    ],
  },
  {
    name: 'days around the article\'s date',
    head: /today|tonight|overnight|yesterday|tomorrow|\bday\b|night|morning|afternoon|evening|christmas|new year|thanksgiving|easter|good friday|palm sunday|ash wednesday|halloween|fourth of july|black friday|cyber monday|super tuesday/i,
    rules: [
      { pattern: notANoun('today'), type: 'DATE', value: (_, at) => dayValue(at.day), reason: 'the day of publication' },
      { pattern: notANoun('tonight'), type: 'TIME', value: (_, at) => partOfDay(at.day, 0, 'night'), reason: 'the evening of the day of publication' },
      { pattern: 'this (morning|afternoon|evening)', type: 'TIME', value: ([part], at) => partOfDay(at.day, 0, part ?? ''), reason: 'a part of the day of publication' },
      {
        pattern: 'overnight',
        type: 'DATE',
        value: (_, at) => dayValue(at.day),
        reason: 'the night that ended on the morning of publication; what happens "overnight" is mostly after midnight',
      },
      { pattern: '(?:late )?last night', type: 'TIME', value: (_, at) => partOfDay(at.day, -1, 'night'), reason: 'the evening before the day of publication' },
      { pattern: '(?:late |early )?yesterday', type: 'DATE', value: (_, at) => dayValue(at.day, -1), reason: 'the day before publication' },
      { pattern: 'yesterday (morning|afternoon|evening)', type: 'TIME', value: ([part], at) => partOfDay(at.day, -1, part ?? ''), reason: 'a part of the day before publication' },
      { pattern: notANoun('tomorrow'), type: 'DATE', value: (_, at) => dayValue(at.day, 1), reason: 'the day after publication' },
      { pattern: 'tomorrow (morning|afternoon|evening|night)', type: 'TIME', value: ([part], at) => partOfDay(at.day, 1, part ?? ''), reason: 'a part of the day after publication' },
      { pattern: 'the day before yesterday', type: 'DATE', value: (_, at) => dayValue(at.day, -2), reason: 'two days before publication' },
      { pattern: 'the day after tomorrow', type: 'DATE', value: (_, at) => dayValue(at.day, 2), reason: 'two days after publication' },
      {
        pattern: '(?:the|that) same day|that (?:very )?day',
        type: 'DATE',
        value: (_, at) => at.lastDay ?? dayValue(at.day),
        reason: 'refers back to the day the text has just named (or, failing that, the day of publication)',
      },
      {
        pattern: `(?:(last|next|this) )?(${HOLIDAY_NAME})`,
        type: 'DATE',
        keep: ([, holiday]) => capitalised(holiday?.replace(/^the /, '')),
        value: ([which, holiday], at) => holidayValue(which, holiday ?? '', at),
        reason: 'holidays on a fixed day (Christmas, New Year, the Fourth of July), a fixed weekday (Thanksgiving: the fourth Thursday of November; US Election Day) or around Easter; Black Friday and Cyber Monday after Thanksgiving; Super Tuesday, the primaries\' day in March of an election year',
      },
      {
        pattern: `(?:the )?(?:(last|next|this) )?(${HOLIDAY_NAME})(?:['’]s)? (week(?:end)?)`,
        type: 'DATE',
        keep: ([, holiday]) => capitalised(holiday?.replace(/^the /, '')),
        value: ([which, holiday, unit], at) => holidayWeekValue(which, holiday ?? '', unit ?? '', at),
        reason: '"Easter week", "the Labor Day weekend": the week of the holiday, or the weekend it makes long, as one expression',
      },
      { pattern: 'day (?:one|1)', type: 'DATE', value: () => undefined, reason: 'the first day of something, not of the calendar' },

    ],
  },
  {
    name: 'the day, week or month after a date the text named',
    head: /\b(?:next|following)\s+(?:day|morning|week|month)\b/i,
    rules: [
      {
        pattern: 'the (?:next|following) (day|morning|week|month)(?! (?:of|after|before)\\b)',
        type: 'DATE',
        value: ([unit], at) => followingValue(unit === 'morning' ? 'day' : (unit ?? ''), at),
        reason: '"the next day", "the following week": one after the date just named ("the day before" is left out: TimeBank marks none of its four)',
      },
    ],
  },
  {
    name: 'weeks',
    head: /\bweek/i,
    rules: [
      {
        pattern: `the (first|second|third|fourth|last|final) week of (${MONTH_NAME})(?:,? (${YEAR}))?`,
        type: 'DATE',
        keep: ([, month]) => capitalised(month),
        value: ([which, month, year], at) => {
          const number = MONTH_NUMBER(month ?? '');
          if (number === undefined) return undefined;
          // The nearest such month: the span's own "last" is the week's, not the month's.
          const inYear = year ? Number(year) : at.article && inferYear(number, undefined, at.article, 'nearest');
          if (inYear === undefined) return undefined;
          const nth = ORDINAL_WORDS.indexOf(which?.toLowerCase() ?? '');
          const next = addMonths({ year: inYear, month: number }, 1);
          // The middle of the seven days: the 4th for the first week, four days before the next month for the last.
          const middle = nth >= 0 && nth < 4 ? { year: inYear, month: number, day: 4 + 7 * nth } : addDays({ year: next.year, month: next.month ?? 1, day: 1 }, -4);
          return formatIsoWeek(middle);
        },
        reason: '"the first week of April", "the last week of March": that week of the month, in the year the tense gives',
      },
      {
        pattern: '(?:early |late )?this week',
        type: 'DATE',
        value: (_, at) => weekValue(at, comingWeekOnSunday(at) ? 1 : 0),
        reason: 'the week of publication; on a Sunday, told ahead or with no past verb, the week that starts the next day',
      },
      { pattern: '(?:early |late )?last week', type: 'DATE', value: (_, at) => weekValue(at, -1), reason: 'the week before publication' },
      { pattern: '(?:early |late )?next week', type: 'DATE', value: (_, at) => weekValue(at, 1), reason: 'the week after publication' },
      {
        pattern: '(?:earlier|later|early|late) in the week',
        type: 'DATE',
        value: (_, at) => weekValue(at, 0),
        reason: '"earlier in the week": the week of publication, with the words that place it, as TimeML keeps "earlier in the year"',
      },
      { pattern: 'the week(?!s|end| (?:of|before|after|ahead|end(?:ed|ing))\\b)', type: 'DATE', value: (_, at) => weekValue(at, 0), reason: '"for the week": the week of publication' },
      { pattern: 'the week(?= end(?:ed|ing)\\b)', type: 'DURATION', value: () => 'P1W', reason: '"in the week ended March 15": seven days up to a date, a length of time, as "the year ended" is' },
      { pattern: '(?:the|this) (?:past|previous|last) week', type: 'DURATION', value: () => 'P1W', reason: 'the seven days up to publication' },
      { pattern: '(?:(this past|this coming|this|last|next|the|past|coming) )?weekend', type: 'DATE', value: ([which], at) => weekendValue(at, which), reason: 'the weekend by the verbs around it' },

    ],
  },
  {
    name: 'months and years relative to the article\'s',
    head: /\b(?:month|year|nineteen|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
    rules: [
      { pattern: '(?:early |late |mid-|earlier |later )?this month', type: 'DATE', value: (_, at) => monthValue(at, 0), reason: 'the month of publication' },
      { pattern: '(?:early |late |earlier )?last month', type: 'DATE', value: (_, at) => monthValue(at, -1), reason: 'the month before publication' },
      { pattern: '(?:early |late |later )?next month', type: 'DATE', value: (_, at) => monthValue(at, 1), reason: 'the month after publication' },
      { pattern: '(?:early |late |earlier |later |sometime )?this year', type: 'DATE', value: (_, at) => yearValue(at, 0), reason: 'the year of publication' },
      { pattern: '(?:early |late |earlier )?last year', type: 'DATE', value: (_, at) => yearValue(at, -1), reason: 'the year before publication' },
      { pattern: '(?:early |late |later |sometime )?next year', type: 'DATE', value: (_, at) => yearValue(at, 1), reason: 'the year after publication' },
      { pattern: `the (?:fiscal )?year(?= end(?:ed|ing)\\b| to (?:the end of )?${MONTH_NAME})`, type: 'DURATION', value: () => 'P1Y', reason: '"the year ended Sept. 30", "the year to February": twelve months up to a date, a length of time' },
      {
        pattern: 'the (?:(?:full|current|latest|fiscal|calendar|whole|entire)[- ])*year(?! (?:ago|earlier|before|later|two thousand)\\b|-| (?:1[7-9]|20)\\d\\d\\b)|year[- ]end|the (?:beginning|start|middle) of the year',
        type: 'DATE',
        value: (_, at) => yearValue(at, 0),
        reason: '"the year", "year-end": the year being reported, the article\'s',
      },
      {
        pattern: 'the end of the year|year[\'’]s end',
        type: 'DATE',
        // Told in the past before December, the end of the year is the one gone by: "sales rose at the end of the year" in January.
        value: (_, at) => yearValue(at, at.article?.month !== undefined && at.article.month < 12 && /past/i.test(at.direction() ?? '') ? -1 : 0),
        reason: '"by the end of the year": the article\'s year, or the year before when the verbs say it is over',
      },
      { pattern: `the year (${YEAR})`, type: 'DATE', value: ([year]) => year, reason: '"the year 2000": that year, written out' },
      { pattern: '(?:earlier|later|early|late) in the year', type: 'DATE', value: (_, at) => yearValue(at, 0), reason: 'a part of the year of publication' },
      { pattern: '(?:earlier|later|early|late) in the month', type: 'DATE', value: (_, at) => monthValue(at, 0), reason: 'a part of the month of publication' },
      {
        pattern: '(?:(?:earlier|later) )?that (?:same )?year|the (following|previous) year',
        type: 'DATE',
        value: ([which], at) => at.lastYear === undefined ? undefined : String(at.lastYear + (which === undefined ? 0 : /^f/i.test(which) ? 1 : -1)),
        reason: '"that year", "the following year": the year of the date the text has just named',
      },
      { pattern: 'the past year', type: 'DATE', value: (_, at) => yearValue(at, -1), reason: 'the twelve months before publication' },
      { pattern: 'the (?:end|beginning|start|middle) of the month', type: 'DATE', value: (_, at) => monthValue(at, 0), reason: 'the month of publication' },
      {
        pattern: `(last|this|next|early|late) (${MONTH_NAME})`,
        type: 'DATE',
        keep: ([, month]) => capitalised(month),
        value: ([which, month], at) => {
          const number = MONTH_NUMBER(month ?? '');
          if (number === undefined || !at.article) return undefined;
          const word = which?.toLowerCase();
          // "This January" said in December is the coming one, unless the verbs say it has gone.
          if (word === 'this') {
            const ahead = at.article.month !== undefined && at.article.month - number > 8 && at.verbs?.() !== 'past';
            return formatIsoDate({ year: at.article.year + (ahead ? 1 : 0), month: number });
          }
          const direction: Direction = word === 'last' ? 'strictPast' : word === 'next' ? 'strictFuture' : (at.direction(number) ?? 'nearest');
          // The month just before the article's is "last month"; "last February" written in March is the year before's.
          const previousMonth = word === 'last' && at.article.month !== undefined && (at.article.month + 10) % 12 + 1 === number;
          return formatIsoDate({ year: inferYear(number, undefined, at.article, direction) - (previousMonth ? 1 : 0), month: number });
        },
        reason: '"last May": the latest May before the article\'s month, "next March" the one after, "this September" the article\'s year',
      },
      {
        pattern: `nineteen (${TENS})(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|the year two thousand`,
        type: 'DATE',
        value: ([tens, ones]) => (tens ? String(1900 + (countOf(`${tens}${ones ? `-${ones}` : ''}`) ?? 0)) : '2000'),
        reason: 'a year written out, as broadcast transcripts have it',
      },
      {
        pattern: `(${MONTH_NAME}) (last|this|next) year`,
        type: 'DATE',
        keep: ([month]) => capitalised(month),
        value: ([month, which], at) => {
          const number = MONTH_NUMBER(month ?? '');
          const year = yearValue(at, which?.toLowerCase() === 'last' ? -1 : which?.toLowerCase() === 'next' ? 1 : 0);
          return number === undefined || year === undefined ? undefined : formatIsoDate({ year: Number(year), month: number });
        },
        reason: '"June last year": the month in the year named relative to publication',
      },
      {
        pattern: '(?:a|one) year (ago|earlier|before)|year-(?:ago|earlier)|the year-(?:ago|earlier) (?:quarter|period)|the (?:same|comparable|corresponding) (?:period|quarter) (?:a year (?:ago|earlier)|last year)|the quarter a year (?:ago|earlier)',
        type: 'DATE',
        value: ([which], at) => yearAgoValue(at, which),
        reason: 'a year back from publication (for "a year earlier", from a year its sentence names); the same quarter a year back in a report of quarterly results',
      },

    ],
  },
  {
    name: 'seasons, decades and centuries',
    head: /spring|summer|autumn|winter|\bfall\b|\d0['’]?s\b|ties\b|century|decade/i,
    rules: [
      {
        pattern: `(?:(last|this|next|past|this past|coming|the|early|late|mid-) )?(spring|summer|autumn|winter)(?: (?:of )?(${YEAR})| of ((?:last|this|next) year))?`,
        type: 'DATE',
        keep: ([which, , year, relative]) => which !== undefined || year !== undefined || relative !== undefined,
        value: ([which, season, year, relative], at) => seasonValue(which, season ?? '', year ?? relativeYear(relative, at), at),
        reason: 'a season; needs a modifier or a year, so that "Spring" as a name does not count',
      },
      {
        pattern: `(last|this|next|past|this past|coming) fall(?: (?:of )?(${YEAR}))?(?= (?:in|of) ([A-Za-z]+)|)`,
        type: 'DATE',
        keep: ([, , next]) => next === undefined || /^[A-Z]/.test(next) || /^(?:the|a|an|this|that|his|her|its|their|our)$/.test(next),
        value: ([which, year], at) => seasonValue(which, 'fall', year, at),
        reason: '"last fall", "this fall": a season, unless a noun follows through "in" or "of" ("this fall in prices" is a drop)',
      },
      {
        pattern: `(?:(the|early|late) )fall(?: (?:of )?(${YEAR})| of ((?:last|this|next) year))?(?! (?:of|in|from|to)\\b)`,
        type: 'DATE',
        value: ([which, year, relative], at) => seasonValue(which, 'fall', year ?? relativeYear(relative, at), at),
        reason: '"the fall", "early fall"; "the fall of the regime" is a falling',
      },
      {
        pattern: `(?:the )?(?:(?:early|late|mid-) ?)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORD}))[- ](century)(?=[ ,]+([A-Za-z]+)|)`,
        type: 'DATE',
        keep: ([, , century, next]) => !(capitalised(century) && capitalised(next)),
        value: ([digits, word]) => {
          const ordinal = digits ? Number(digits) : ORDINAL_WORDS.indexOf(word?.toLowerCase() ?? '') + 1;
          return ordinal > 0 ? String(ordinal - 1).padStart(2, '0') : undefined;
        },
        reason: 'a century: TimeML writes the 20th century as 19; "21st Century Fox", a capitalised century before a capitalised word, is a name',
      },
      {
        pattern: `(?:the )?(?:early |mid-|late )?(1[7-9]\\d|20\\d)0['’]?s|(?:the )?(?:early |mid-|late )?['’]([2-9])0s`,
        type: 'DATE',
        value: ([century, decade]) => century ?? (decade ? `19${decade}` : undefined),
        reason: 'a decade: TimeML writes the 1990s as 199',
      },
      {
        pattern: `the (?:end|beginning|start|middle) of (?:the|this) (decade|century)|this (decade|century)`,
        type: 'DATE',
        value: ([partOf, unit], at) => at.article && String(at.article.year).slice(0, (partOf ?? unit)?.toLowerCase() === 'decade' ? 3 : 2),
        reason: '"the end of the decade", "this century": the decade or century of publication, as TimeML writes them (201, 20)',
      },
      {
        pattern: `the (?:early |mid-|late )?(?:nineteen[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`,
        type: 'DATE',
        value: ([decade]) => `19${['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(decade?.toLowerCase() ?? '') + 2}`,
        reason: '"the nineties", "the nineteen eighties" (spoken): a decade of the twentieth century',
      },

    ],
  },
  {
    name: 'bare years',
    head: /\b(?:1[7-9]|20)\d\d\b/,
    rules: [
      {
        pattern: `(?<=\\b(?:the|its|their|his|her|our) )(${YEAR})(?= [a-z]+s\\b)(?<![$£€#]\\d{4})`,
        type: 'DATE',
        value: ([year]) => year,
        reason: '"the 1992 protests": after a determiner, a year names the plural noun\'s time, not a count of it',
      },
      {
        pattern: `(?:the (?:end|beginning|start|middle) of |(?:fiscal|calendar) year |(?:early|late|mid|fiscal|calendar)[- ]|the (?=${YEAR} period\\b))?(${YEAR})(?: (period)\\b)?(?<!(?:[$£€#]|No\\. |\\d[,.]?)\\d{4})${NOT_A_COUNT}`,
        type: 'DATE',
        value: ([year, period], at) => (period ? yearPeriodValue(year ?? '', at) : year),
        reason: 'a year on its own ("a 2015 raid", "by 2040"); not in a count, a range of numbers or a sum',
      },
      {
        // Not the year of a fuller date ("Jan. 1, 1994 or later"): that date is the expression.
        pattern: `(?<![$£€#])(?<!(?:\\d|${MONTH_NAME}),? )(${YEAR}) (?:or (?:later|earlier|sooner)|and (?:beyond|later))`,
        type: 'DATE',
        value: ([year]) => year,
        reason: '"until 1994 or later", "for 1990 and beyond": the year with its open end, as TimeBank marks it',
      },

    ],
  },
  {
    name: 'clock times',
    head: /\d\s*[ap]\.?m\b|noon|midday|midnight|\d:\d\d\s*(?:GMT|UTC|BST|CET|[ECMP][SD]T|ET|local time)\b/i,
    rules: [
      {
        pattern: '(?:(?:around|about) )?(\\d{1,2})(?:[:.](\\d{2}))? ?([ap])(?:\\.m\\.?|m)(?: (?:EST|EDT|CST|CDT|PST|PDT|GMT|ET|local time))?',
        type: 'TIME',
        value: ([hour, minute, half], at) => {
          const h = (Number(hour) % 12) + (half?.toLowerCase() === 'p' ? 12 : 0);
          const date = clockDay(at);
          return date && `${date}T${String(h).padStart(2, '0')}:${minute ?? '00'}`;
        },
        reason: 'a clock time, on the article\'s day unless a date follows; the full stop of "p.m." is its own, the one after "pm" ends the sentence',
      },
      {
        pattern: '([01]?\\d|2[0-3]):([0-5]\\d) ?(?:GMT|UTC|BST|CET|[ECMP][SD]T|ET|local time)',
        type: 'TIME',
        value: ([hour, minute], at) => {
          const date = clockDay(at);
          return date && `${date}T${(hour ?? '').padStart(2, '0')}:${minute ?? '00'}`;
        },
        reason: 'a 24-hour clock time with its zone ("00:00 GMT"), as British and wire copy writes it; without a zone "2:1" is a score',
      },
      { pattern: 'noon|midday', type: 'TIME', value: (_, at) => clockDay(at) && `${clockDay(at)}T12:00`, reason: 'twelve o\'clock' },
      {
        pattern: '(midnight)(?=[ ,]+([A-Za-z]+)|)',
        type: 'TIME',
        keep: ([word, next]) => !(capitalised(word) && capitalised(next)),
        value: (_, at) => clockDay(at) && `${clockDay(at)}T24:00`,
        reason: 'the end of the day; "the Midnight Crew", capitalised before a capitalised word, is a name',
      },

    ],
  },
  {
    name: 'present, past and future references',
    head: /\bnow|current|present|nowadays|\bdays\b|moment|recent|past|future|term|coming|ahead|\bsoon\b/i,
    rules: [
      // "previously", a bare "future" and "once" are left out: news uses them mostly in ways TimeML does not mark;
      // "soon" only in a clause told in the future.
      // "Now," opening a sentence is a discourse marker ("Now, he says, …"), which TimeML leaves unmarked.
      {
        pattern: `now(?![-,])|now(?=,)(?<!(?:^|[.!?]["”’')]*\\s+|\\n\\s*|(?:\`\`|''|["“‘])\\s*)now)|currently|current|at present|presently|nowadays|these days|at the moment`,
        type: 'DATE',
        value: () => 'PRESENT_REF',
        reason: 'the time of writing',
      },
      {
        pattern: `(?:more )?recently|recent(?! (?:days|weeks|months|years|quarters)\\b)|past (?:weeks|months|years|decades)|the past(?! (?:${COUNT})\\b| ${UNIT})`,
        type: 'DATE',
        value: () => 'PAST_REF',
        reason: 'some time before the time of writing',
      },
      {
        // "may soon seek", "expects sales to soon grow", "will be healthy enough soon", "soon will
        // begin": in a clause told in the future, as TimeBank marks it; not "soon after", "as soon
        // as", nor a past "was soon released".
        pattern: `soon(?<=\\b(?:will|would|may|might|could|shall|can|to|['’]ll)(?: [a-z]+){0,3} soon)(?! (?:after|afterward|afterwards|thereafter|as|enough to)\\b)|soon(?= (?:will|would|may|might|could|shall|can)\\b)(?<!\\bas soon)`,
        type: 'DATE',
        value: () => 'FUTURE_REF',
        reason: 'some time after the time of writing, said of what is to come',
      },
      {
        pattern: 'the (?:near |distant |foreseeable )?future|the (?:short|long|near) term',
        type: 'DATE',
        value: () => 'FUTURE_REF',
        reason: 'some time after the time of writing',
      },
      {
        pattern: `recent (days|weeks|months|years|quarters)|(?:the )?coming (days|weeks|months|years|quarters)|the (days|weeks|months|years) ahead`,
        type: 'DURATION',
        value: ([recent, coming, ahead]) => durationValue(undefined, recent ?? coming ?? ahead ?? ''),
        reason: '"recent months", "the coming weeks": a stretch of time of no stated length, as TimeBank marks it most often',
      },
    ],
  },
  {
    name: 'recurrences',
    head: /\b(?:every|each|per|a day|a week|a month|a year|hourly|daily|weekly|monthly|yearly)\b|(?:days|nights|mornings|afternoons|evenings)\b/i,
    rules: [
      {
        pattern: `every (other|${COUNT}) (${UNIT})s?`,
        type: 'SET',
        value: ([count, unit]) => durationValue(count?.toLowerCase() === 'other' ? 2 : countOf(count ?? ''), unit ?? ''),
        reason: '"every four years", "every other week": once per that many units',
      },
      {
        pattern: `each of the (?:(?:past|last|next|previous|coming|first|final) )?(?:${COUNT}) (${UNIT})s`,
        type: 'SET',
        value: ([unit]) => durationValue(1, unit ?? ''),
        reason: '"in each of the past three years": once in each of those units, not their length',
      },
      {
        pattern: `(?:every|each|per) (day|week|month|quarter|year)|a (day|week|month|year)(?<=(?:\\d|cents|dollars|percent|million|billion|times|twice|once) a [a-z]+)`,
        type: 'SET',
        value: ([every, per]) => durationValue(1, every ?? per ?? ''),
        reason: '"every week", "$5 a year": once per unit',
      },
      { pattern: '(hourly|daily|weekly|monthly|yearly)(?<!average [a-z]+)(?! (?:newspaper|paper|news))(?=[ ,]+([A-Za-z]+)|)', type: 'SET', keep: ([word, next]) => !(capitalised(word) && capitalised(next)), value: ([word]) => durationValue(1, ({ hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month' } as Record<string, string>)[word?.toLowerCase() ?? ''] ?? 'year'), reason: 'once an hour, a day, a week, a month or a year ("annually" is left out: TimeBank marks it a third of the time); capitalised before a capitalised word it is a title ("the Weekly Standard", "Daily Mail")' },
      {
        pattern: `(?:every|each) (${MONTH_NAME})`,
        type: 'SET',
        keep: ([month]) => capitalised(month),
        value: ([month]) => {
          const number = MONTH_NUMBER(month ?? '');
          return number === undefined ? undefined : `XXXX-${String(number).padStart(2, '0')}`;
        },
        reason: '"each July": a month that recurs',
      },
      {
        pattern: `(?:every|each) (${PART})`,
        type: 'SET',
        value: ([part]) => `XXXX-XX-XXT${PART_CODES.get(part?.toLowerCase() ?? '') ?? 'DT'}`,
        reason: '"every morning", "each night": a part of the day that recurs',
      },
      {
        pattern: '(?:every|each) (spring|summer|autumn|fall|winter)',
        type: 'SET',
        value: ([season]) => `XXXX-${SEASON_CODES.get(season?.toLowerCase() ?? '') ?? 'XX'}`,
        reason: '"every summer": a season that recurs',
      },
      {
        pattern: `(?:every|each) (${WEEKDAY_NAME})(?: (${PART}))?|(${WEEKDAY_NAME})(?:s(?: (${PART})s)?| (${PART})s)`,
        type: 'SET',
        keep: ([every, , plural]) => capitalised(every ?? plural),
        value: ([every, everyPart, plural, pluralPart, partsOfOne]) => {
          const weekday = WEEKDAYS.get((every ?? plural ?? '').toLowerCase());
          const day = weekday === undefined ? undefined : weekday === 0 ? 7 : weekday;
          const part = everyPart ?? pluralPart ?? partsOfOne;
          return day === undefined ? undefined : `XXXX-WXX-${day}${part ? `T${PART_CODES.get(part.toLowerCase()) ?? ''}` : ''}`;
        },
        reason: '"every Thursday", "on Tuesdays", "Tuesday nights": a weekday that recurs',
      },
    ],
  },
  {
    name: 'lengths of time',
    head: /\b(?:second|minute|hour|day|week|month|quarter|year|decade|centur)/i,
    rules: [
      {
        pattern: `(?:(?:nearly|almost|(?:no )?more than|less than|at least|up to) )?(?:the )?(?:${NOT_THE_VERB_LAST}(?:past|last|next|first|previous|coming|final|following|initial|latest|remaining|year-earlier|year-ago) )?(${COUNT})(?:${HALF}| (?:to|or) (${COUNT}))?(?: (?:more|additional|straight|consecutive|full))? (${UNIT})s?( and a half)?(?!(?: or so)? ago\\b)(?: or so)?(?! old\\b)`,
        type: 'DURATION',
        keep: ([count, half, , unit, halfAfter]) => !(/^(?:a|an)$/i.test(count ?? '') && /^(?:second|quarter)/i.test(unit ?? '') && !half && !halfAfter),
        value: ([count, half, upper, unit, halfAfter]) => {
          const whole = countOf(count ?? '');
          if (upper !== undefined) return durationValue(undefined, unit ?? '');
          return durationValue(whole === undefined ? undefined : whole + (half || halfAfter ? 0.5 : 0), unit ?? '');
        },
        reason: 'a length of time: "three years", "48 hours", "the past two months", "the year-earlier nine months", "nearly two years", "at least 30 days", "2 1/2 years", "two to three weeks" (TimeBank keeps these bounds, but not "about", "over", "within", "only"); a range has no one count',
      },
      {
        pattern: `(?:(?:nearly|almost|more than|less than) )?(${COUNT})(?:${HALF})? (day|week|month|year|decade|centur(?:y|ie))s?( and a half)?(?: or so)? ago`,
        type: 'DATE',
        value: ([count, half, unit, halfAfter], at) => agoValue(countOf(count ?? ''), Boolean(half || halfAfter), unit ?? '', at),
        reason: '"a decade ago", "two centuries ago", "several years ago": a time back from publication (chrono reads the days, weeks, months and years it can count)',
      },
      {
        pattern: `(?:the )?(?:past|last|previous|next|coming) (decade|century)`,
        type: 'DURATION',
        value: ([unit]) => durationValue(1, unit ?? ''),
        reason: '"over the past decade": ten years up to publication',
      },
      {
        pattern: `(${COUNT})-(${UNIT})(?:-long)?(?!-old)`,
        type: 'DURATION',
        value: ([count, unit]) => durationValue(countOf(count ?? ''), unit ?? ''),
        reason: '"a two-year term": the adjective, which TimeML marks without its determiner',
      },
      {
        pattern: `(${UNIT})(s)?-long`,
        type: 'DURATION',
        value: ([unit, plural]) => durationValue(plural ? undefined : 1, unit ?? ''),
        reason: '"a day-long meeting", "a decades-long battle": a length of time, counted or not',
      },
      {
        pattern: `(${UNIT})s(?<=\\b(?:for|in|over|after|within|than) [a-z]+)`,
        type: 'DURATION',
        value: ([unit]) => durationValue(undefined, unit ?? ''),
        reason: '"for years": a length of time not counted',
      },
      {
        pattern: `(day|week|month|year|decade)s(?= of\\b)(?<=\\b(?:follows?|followed|following|ends?|ended|ending|despite|amid|with|spent|took|takes|after) [a-z]+)`,
        type: 'DURATION',
        value: ([unit]) => durationValue(undefined, unit ?? ''),
        reason: '"follows months of talks", "after weeks of sparring": a stretch of time not counted, as the thing it measures',
      },

    ],
  },
];

/** Every rule of the table, in order. */
export const TIME_PHRASES: readonly TimePhraseRule[] = TIME_PHRASE_GROUPS.flatMap((group) => group.rules);

/** Words after a date or weekday that make it a part of that day: "Friday night". */
export const PART_OF_DAY_AFTER = /^ (morning|afternoon|evening|night)\b/i;

/** Values of parts of the day, for "Friday night" → `…TNI`. */
export function partOfDayCode(part: string): string {
  return PART_CODES.get(part.toLowerCase()) ?? 'DT';
}
