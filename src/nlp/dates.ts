/**
 * Time expressions in news text, typed and valued the TimeML way and resolved against the
 * article's date. One extraction serves both the index ({@link extractTimes}: `TimeExpression`s
 * for the answerers) and the extraction contract (`extractTimexes` in `timex.ts`).
 *
 * Detection: chrono-node finds calendar dates, month–day pairs, months, weekdays and clock times
 * with a date; a rule table ({@link TIME_PHRASE_GROUPS}) finds what it misses or misreads: days, weeks,
 * months and years relative to the article ("last week", "a year ago"), quarters, halves, seasons,
 * decades, bare years ("a 2015 raid"), clock times, present/past/future references ("now",
 * "recently", "soon"), lengths of time ("three years") and recurrences ("every week"). Guards drop
 * chrono's false positives: lower-case "march", the modal "May", "Sunday Times", "24/7".
 *
 * Span: as TimeML marks it: no leading preposition, but with the words that belong to it ("the
 * third quarter", "last November", "early March", "the early hours of Friday").
 *
 * Resolution (see docs/dates.md): weekdays and yearless dates take their direction from the span's
 * own words ("last", "next", "this"), the words just before ("since", "payable", "until"), or the
 * verbs of the sentence ({@link directionAt}): past tense points back, future tense and schedules
 * forward; a yearless date without any cue is the nearest one.
 */
import * as chrono from 'chrono-node';
import type { IsoDate, ParsedArticle, TimeExpression, TimexType } from '../types.ts';
import { parseDateline } from '../corpus/metadata.ts';
import {
  asDay,
  formatIsoDate,
  addDays,
  daysBetween,
  addMonths,
  formatIsoWeek,
  inferYear,
  parseIsoDate,
  resolveWeekday,
  type CalendarDate,
  type CalendarDay,
  weekdayOf,
  withinTwoMonths,
  type Direction,
} from './model/timeCalendar.ts';
import { agoValue, countOf, durationValue, HOLIDAY_NAME, holidayValue, PART_OF_DAY_AFTER, partOfDayCode, TIME_PHRASE_GROUPS, type Anchor, type TimePhraseGroup, type TimePhraseRule } from './model/timePhrases.ts';
import { directionAt, FOLLOWING_DIRECTION, HEADING_INTO_BEFORE, IRREGULAR_PAST, PRECEDING_DIRECTION, SCHEDULED_EVENT_PRESENT, sentenceEnds, SPAN_DIRECTION, verbCueAt, type VerbCue } from './model/timeTense.ts';
import { BARE_MONTH_CONTEXT, DETERMINER_BEFORE_MONTH, LEADING_PREPOSITIONS, LEFT_MODIFIERS, MAY_HOLD_DATE, MONTHS, WEEKDAY_NAME_FOLLOWER, WEEKDAYS } from './model/timeWords.ts';

/** A time expression found in a string. */
export interface FoundTime {
  /** As written, without a leading preposition. */
  text: string;
  /** Character offset of `text` in the string searched. */
  offset: number;
  type: TimexType;
  /** TimeML value, when the article's date allows one. */
  value?: string;
  /** The calendar date the value names (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when it names one. */
  date?: IsoDate;
}

/** What a chrono result means before it is resolved against the article's date. */
type Reading =
  | { kind: 'date'; date: CalendarDate }
  /** With the weekday when the text names one ("Friday, Oct. 23"), which settles the year. */
  | { kind: 'monthDay'; month: number; day: number; weekday?: number }
  | { kind: 'month'; month: number }
  | { kind: 'weekday'; weekday: number }
  /** "two days ago": chrono counted back from the article's date. */
  | { kind: 'ago'; date: CalendarDay | undefined; unit: 'day' | 'week' | 'month' | 'year' }
  /** A rule of the phrase table, with its groups. */
  | { kind: 'phrase'; rule: TimePhraseRule; groups: Array<string | undefined> };

interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  reading: Reading;
  /** A clock time ("T17:00") or part of the day ("TNI") after the date. */
  clock?: string;
  /** "the week of March 6", "the weekend of Oct. 7": the week around the day named. */
  week?: 'week' | 'weekend';
}

/** A group of phrase rules as one pattern; each rule's groups follow its own outer group. */
interface CompiledGroup {
  head: RegExp;
  pattern: RegExp;
  rules: readonly TimePhraseRule[];
  /** Where each rule's outer group is in a match, and how many groups of its own follow. */
  starts: readonly number[];
  counts: readonly number[];
  /** Each rule alone, sticky: tried where an earlier rule of the group matched, for a longer match. */
  alone: readonly RegExp[];
}

function compileGroup(group: TimePhraseGroup): CompiledGroup {
  const counts = group.rules.map((rule) => (new RegExp(`${rule.pattern}|`).exec('')?.length ?? 1) - 1);
  const starts = counts.map((_, i) => 1 + counts.slice(0, i).reduce((sum, count) => sum + count + 1, 0));
  // Tried only where a word starts, not at every boundary: half the places to try.
  const pattern = new RegExp(`(?<![\\w'’])(?=[\\w'’])(?:${group.rules.map((rule) => `(${rule.pattern})`).join('|')})(?!\\w|-\\w)`, 'gi');
  const alone = group.rules.map((rule) => new RegExp(`(?:${rule.pattern})(?!\\w|-\\w)`, 'iy'));
  return { head: group.head, pattern, rules: group.rules, starts, counts, alone };
}

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
/** A year of the 1900s written out, as broadcast transcripts have it: "nineteen ninety-seven". */
const SPELLED_YEAR = `nineteen (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:${ONES}))?`;
const MONTH_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const SEASON_CODE: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** A year written with four digits or two ("24" → 2024, "98" → 1998). */
function fullYear(written: string | undefined): string | undefined {
  if (!written) return undefined;
  if (written.length === 4) return written;
  const two = Number(written);
  return String(two < 50 ? 2000 + two : 1900 + two);
}


/** The year a spelled-out year names ("nineteen ninety-seven" → 1997). */
function spelledYear(written: string): number | undefined {
  const count = countOf(written.replace(/^nineteen\s+/i, ''));
  return count === undefined ? undefined : 1900 + count;
}

/**
 * Byline's own rules beside the table's: tried first, so on an equal span they win. A month, a
 * season, a quarter or a half with a spelled-out year ("January nineteen ninety-seven", "the winter
 * of nineteen ninety-four", "the fourth quarter of nineteen ninety-seven"); "year-end", the last day of a year (the one gone by when the text points back:
 * "since year-end" in October is last December 31).
 */
const OWN_GROUPS: readonly TimePhraseGroup[] = [
  {
    name: 'a day an event is named by',
    head: /\b9\/11\b|\bSept(?:ember|\.)? 11/i,
    rules: [
      {
        // Named by its date as a holiday is, in any year's news: "the Sept. 11 attacks", "since 9/11".
        pattern: `(?<![\\d/])9/11(?!/| of\\b)|(?:Sept\\.?|September) 11(?:th)?(?=,? (?:terror(?:ist)? )?(?:attacks|hijackings)\\b)`,
        type: 'DATE',
        value: () => '2001-09-11',
        reason: '"9/11", "the Sept. 11 attacks": the attacks of 2001, whatever the article\'s year',
      },
    ],
  },
  {
    name: 'some day to come',
    head: /\bone day\b/i,
    rules: [
      {
        // "Islam will one day be the second religion", "hopes to one day return": not a length of a day.
        pattern: `one day(?<=\\b(?:will|would|could|may|might|can|should|must|shall|to|['’]ll) one day)`,
        type: 'DATE',
        value: () => 'FUTURE_REF',
        reason: '"will one day", "hopes to one day": some time after the time of writing (TimeML FUTURE_REF); a bare "someday" is left out, TimeBank leaves it unmarked',
      },
    ],
  },
  {
    name: 'spelled year after a month, season, quarter or half',
    head: /\bnineteen\b/i,
    rules: [
      {
        pattern: `(${MONTH_WORD}),? (?:of )?(${SPELLED_YEAR})`,
        type: 'DATE',
        keep: ([month]) => /^[A-Z]/.test(month ?? ''),
        value: ([month, year]) => {
          const number = MONTHS.get((month ?? '').toLowerCase());
          const full = spelledYear(year ?? '');
          return number === undefined || full === undefined ? undefined : formatIsoDate({ year: full, month: number });
        },
        reason: 'a month of a year written out',
      },
      {
        pattern: `(?:the )?(spring|summer|fall|autumn|winter),? (?:of )?(${SPELLED_YEAR})`,
        type: 'DATE',
        value: ([season, year]) => {
          const full = spelledYear(year ?? '');
          return full === undefined ? undefined : `${full}-${SEASON_CODE[(season ?? '').toLowerCase()] ?? 'XX'}`;
        },
        reason: 'a season of a year written out',
      },
      {
        pattern: `(?:the )?(?:(first|second|third|fourth|final|last) quarter|(first|second|final|last) half),? (?:of )?(${SPELLED_YEAR})`,
        type: 'DATE',
        value: ([quarter, half, year]) => {
          const full = spelledYear(year ?? '');
          const ordinal = (quarter ?? half ?? '').toLowerCase();
          const index = ['first', 'second', 'third', 'fourth'].indexOf(ordinal);
          // "final", "last": the fourth quarter, the second half.
          return full === undefined ? undefined : half ? `${full}-H${index >= 0 ? index + 1 : 2}` : `${full}-Q${index >= 0 ? index + 1 : 4}`;
        },
        reason: 'a quarter or half of a year written out, as broadcast transcripts have it',
      },
    ],
  },
  {
    name: 'a month or a month and day in the year named relative to publication',
    // The whole shape, not just "last year" (common): the group's long pattern then runs only where it can match.
    head: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?: \d{1,2}(?:st|nd|rd|th)?)?,? (?:of )?(?:last|this|next|that|the same|the following|the previous) year\b/i,
    rules: [
      {
        pattern: `(?:(?:early|late|mid-?) ?)?(${MONTH_WORD}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?: (\\d{1,2})(?:st|nd|rd|th)?,?)? (?:of )?(that|the same|the following|the previous) year`,
        type: 'DATE',
        keep: ([month]) => /^[A-Z]/.test(month ?? ''),
        value: ([month, day, which], at) => {
          const number = MONTHS.get((month ?? '').toLowerCase().replace(/\.$/, ''));
          if (number === undefined || at.lastYear === undefined) return undefined;
          const word = (which ?? '').toLowerCase();
          const year = at.lastYear + (word === 'the following' ? 1 : word === 'the previous' ? -1 : 0);
          return formatIsoDate(day ? { year, month: number, day: Number(day) } : { year, month: number });
        },
        reason: '"took office in January 2009 and … in October of that year": that month of the year the text last named',
      },
      {
        pattern: `(?:(?:early|late|mid-?) ?)?(${MONTH_WORD}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?: (\\d{1,2})(?:st|nd|rd|th)?,?)? (?:of )?(last|this|next) year`,
        type: 'DATE',
        keep: ([month]) => /^[A-Z]/.test(month ?? ''),
        value: ([month, day, which], at) => {
          const number = MONTHS.get((month ?? '').toLowerCase().replace(/\.$/, ''));
          if (number === undefined || !at.article) return undefined;
          const word = (which ?? '').toLowerCase();
          const year = at.article.year + (word === 'last' ? -1 : word === 'next' ? 1 : 0);
          return formatIsoDate(day ? { year, month: number, day: Number(day) } : { year, month: number });
        },
        reason: '"Oct. 7 last year", "September of last year", "mid-March this year": that month (and day) of the year named',
      },
    ],
  },
  {
    name: 'a holiday with its year',
    head: /(?:Christmas|New Year|Thanksgiving|Easter|Good Friday|Palm Sunday|Ash Wednesday|Valentine|Patrick|Independence Day|Fourth of July|Halloween|Veterans Day|Labou?r Day|Memorial Day|Election Day)(?:['’]s)?(?: (?:Day|Eve|Sunday|Monday))?,? (?:in |of )?(?:19|20)\d\d/,
    rules: [
      {
        pattern: `(${HOLIDAY_NAME}),? (?:in |of )?((?:19|20)\\d{2})(?!\\d)`,
        type: 'DATE',
        value: ([holiday, year]) => {
          // The table's own holiday reading, nearest to the middle of the year written: that year's.
          const middle = { year: Number(year), month: 7, day: 2 };
          return holidayValue(undefined, holiday ?? '', { article: middle, day: middle, direction: () => undefined, before: '', lastDay: undefined, lastMonth: undefined, lastYear: undefined });
        },
        reason: '"Election Day in 2020", "Christmas 2019": the holiday in the year written, not the one nearest the article',
      },
    ],
  },
  {
    name: 'fiscal years and halves as results write them',
    head: /\b(?:FY|H[12])\s?'?\d{2}/,
    rules: [
      {
        pattern: `FY ?'?((?:19|20)?\\d{2})`,
        type: 'DATE',
        value: ([year]) => fullYear(year),
        reason: '"FY2023", "FY24": the fiscal year, written as "fiscal 2023" is read',
      },
      {
        pattern: `(H[12]) ?'?((?:19|20)?\\d{2})`,
        type: 'DATE',
        value: ([half, year]) => {
          const full = fullYear(year);
          return full && `${full}-${(half ?? 'H1').toUpperCase()}`;
        },
        reason: '"H1 2024": the first half of that year',
      },
    ],
  },
  {
    name: 'year-end',
    head: /year[- ]end/i,
    rules: [
      {
        pattern: 'year[- ]end(?![- ]?(?:ed|ing)\\b)',
        type: 'DATE',
        value: (_, at) => {
          if (!at.article) return undefined;
          // In December the year-end is this one's, close at hand ("a year-end budget deal"), unless
          // counted from ("risen since year-end", "fell 2% from year-end"): then the one gone by.
          const back = /past/i.test(at.direction() ?? '') && (at.article.month !== 12 || /\b(?:since|from)\s+(?:the\s+)?$/i.test(at.before));
          return formatIsoDate({ year: at.article.year - (back ? 1 : 0), month: 12, day: 31 });
        },
        reason: '"by year-end": the last day of the year; of the year gone by when the text points back ("since year-end")',
      },
    ],
  },
];

/** The first three letters of the ordinals of quarters, words then figures, each in quarter order. */
const ORDINAL_QUARTERS = ['fir', 'sec', 'thi', 'fou', '1st', '2nd', '3rd', '4th'];

const ORDINAL_DAY = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th))';

/**
 * Expressions the table does not read: the day an event has reached, said to be today ("today is
 * the eighth day of the blockade", "it's the second day of the offensive"); a year with "pre-" or
 * "post-" ("the post-1959 politics"); "last" standing for the period before the one just named
 * ("twice as high a dividend this year as last").
 */
const OWN_DAY_GROUPS: readonly TimePhraseGroup[] = [
  {
    name: 'the nth day of an event, today',
    head: /\bday of\b/i,
    rules: [
      {
        pattern: `(?:the )?${ORDINAL_DAY} day(?= of\\b)(?<=\\b(?:today|it|this)(?:\\s+is|['’]s)\\s+(?:the\\s+)?\\w+ day)`,
        type: 'DATE',
        value: (_, at) => (at.day ? formatIsoDate(at.day) : undefined),
        reason: '"today is the eighth day of the blockade": the article\'s day',
      },
    ],
  },
  {
    name: 'fiscal and calendar years relative to the article or the year just named',
    head: /\b(?:fiscal|calendar) year\b/i,
    rules: [
      {
        pattern: '(?:the )?(last|past|latest|most recent|next|coming|current|this|previous|prior|following) (?:fiscal|calendar) year(?!-| (?:ago|earlier|before|later)\\b)',
        type: 'DATE',
        value: ([which], at) => {
          const word = (which ?? '').toLowerCase();
          // "the previous fiscal year" after "fiscal 1988": the year before the one just named.
          if (/^(?:previous|prior|following)$/.test(word)) return at.lastYear === undefined ? undefined : String(at.lastYear + (word === 'following' ? 1 : -1));
          if (!at.article) return undefined;
          // "The latest fiscal year" is the last one whose results are out: the one before the article's.
          return String(at.article.year + (/^(?:last|past|latest|most recent)$/.test(word) ? -1 : /^(?:next|coming)$/.test(word) ? 1 : 0));
        },
        reason: '"last fiscal year", "the latest fiscal year": the year before the article\'s, as "last year" is',
      },
    ],
  },
  {
    name: 'a season after a preposition, without "the"',
    head: /\b(?:in|by|until|till|since|through|throughout|during|before|after|from) (?:(?:early|late|mid-) ?)?(?:spring|summer|autumn|winter|fall)\b/i,
    rules: [
      {
        pattern: '(?<=\\b(?:in|by|until|till|since|through|throughout|during|before|after|from) )(?:(?:early|late|mid-) ?)?(spring|summer|autumn|winter|fall)(?:,? (?:of )?((?:1[89]|20)\\d{2}))?(?! (?:of|in|from|to)\\b)',
        type: 'DATE',
        // Lower case: "Spring" after "in" may be a name ("in Spring Valley").
        keep: ([season]) => /^[a-z]/.test(season ?? ''),
        value: ([season, year], at) => {
          const code = SEASON_CODE[(season ?? '').toLowerCase()] ?? 'XX';
          return year ? `${year}-${code}` : at.article ? `${at.article.year}-${code}` : undefined;
        },
        reason: '"by spring", "in early summer": a season, the article\'s year\'s until the tense moves it',
      },
    ],
  },
  {
    name: 'the next year, after a year named',
    head: /\bthe next year\b/i,
    rules: [
      {
        // "over the next year", "within the next year" are a length of time ahead, which the table reads.
        pattern: '(?<!\\b(?:over|during|within|for|in|throughout|through) )the next year(?!-| (?:or|and)\\b)',
        type: 'DATE',
        value: (_, at) => {
          const year = at.lastYear ?? at.article?.year;
          return year === undefined ? undefined : String(year + 1);
        },
        reason: '"The flood came in 1997, and the next year the dam was built": the year after the one just named',
      },
    ],
  },
  {
    name: 'a quarter with its year after it',
    head: /\bquarter\b/i,
    rules: [
      {
        pattern: '(?:the )?(?:fiscal )?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter,? (?:of )?(?:fiscal (?:year )?)?((?:1[7-9]|20)\\d{2})(?!\\d)',
        type: 'DATE',
        value: ([ordinal, year]) => `${year}-Q${ORDINAL_QUARTERS.indexOf((ordinal ?? '').toLowerCase().slice(0, 3)) % 4 + 1}`,
        reason: '"third-quarter 1989 results", "the first quarter of fiscal 1990": that quarter of the year written',
      },
    ],
  },
  {
    name: 'a season of a two-digit year',
    head: /(?:spring|summer|autumn|fall|winter) of ['’]\d\d\b/i,
    rules: [
      {
        pattern: "(?:the )?(spring|summer|autumn|fall|winter) of ['’](\\d{2})",
        type: 'DATE',
        value: ([season, year]) => `19${year}-${SEASON_CODE[(season ?? '').toLowerCase()] ?? 'XX'}`,
        reason: '"the summer of \'89": that season of the 1900s year',
      },
    ],
  },
  {
    name: 'overnight',
    head: /\bovernight\b/i,
    rules: [
      {
        pattern: 'overnight(?= (?:losses|gains|trading|session|rally|rate|markets?)\\b)',
        type: 'TIME',
        value: (_, at) => {
          const day = asDay(parseIsoDate(at.lastDay)) ?? at.day;
          return day ? `${formatIsoDate(addDays(day, -1))}TNI` : undefined;
        },
        reason: '"overnight losses in New York": the night before the day the text is about (the one last named)',
      },
    ],
  },
  {
    name: 'the past month, the previous month',
    head: /\b(?:past|last|previous|prior) month\b|\bthe month (?:before|earlier)\b/i,
    rules: [
      {
        pattern: '(?:the|this) (?:past|last) month(?! of\\b)',
        type: 'DURATION',
        value: () => 'P1M',
        reason: '"over the past month": the month up to publication, a length of time as "the past week" is',
      },
      {
        pattern: 'the (?:previous|prior) month|the month (?:before|earlier)(?! (?:the|his|her|its|their|a|an)\\b)',
        type: 'DATE',
        value: (_, at) => {
          const month = parseIsoDate(at.lastMonth);
          return month?.month === undefined ? undefined : formatIsoDate(addMonths({ year: month.year, month: month.month }, -1));
        },
        reason: '"the previous month": the month before the one the text has just named, as "the following month" is after it',
      },
    ],
  },
  {
    name: 'this weekend',
    head: /\bthis weekend\b/i,
    rules: [
      {
        pattern: 'this weekend',
        type: 'DATE',
        value: (_, at) => {
          if (!at.day) return undefined;
          const weekday = weekdayOf(at.day);
          // On a Saturday or Sunday, the weekend under way; on a weekday the coming one (the one gone by is
          // "last weekend"), unless, early in the week, the verbs of its sentence are past ("this weekend's
          // debate gave …" on a Wednesday); on a Thursday or Friday it is the coming one whatever the tense.
          const gone = weekday === 0 || weekday === 6 || (weekday <= 3 && at.verbs?.() === 'past');
          return `${formatIsoWeek(resolveWeekday(6, at.day, gone ? 'past' : 'future'))}-WE`;
        },
        reason: '"this weekend" said on a weekday is the coming one ("the show opens this weekend") unless told in the past tense, on a weekend day the one under way',
      },
    ],
  },
  {
    name: 'a year after pre- or post-',
    head: /\b(?:pre|post)-\d{4}\b/i,
    rules: [
      {
        pattern: '(?:pre|post)-((?:1[5-9]|20)\\d{2})',
        type: 'DATE',
        value: ([year]) => year,
        reason: '"the post-1959 politics": the year the period starts or ends at',
      },
    ],
  },
  {
    name: 'last, for the period before the one just named',
    head: /\b(?:as|than) last\b/i,
    rules: [
      {
        pattern: "last(?<=\\b(?:this|the current) (year|month|week)(?:['’]s)?\\b[^.;:!?]{0,60}\\b(?:as|than) last)(?=\\s*(?:[.,;:!?)]|$))",
        type: 'DATE',
        value: ([unit], at) => {
          if (!at.article) return undefined;
          const word = (unit ?? '').toLowerCase();
          if (word === 'year') return String(at.article.year - 1);
          if (!at.day) return undefined;
          return word === 'month' ? formatIsoDate(addMonths({ year: at.day.year, month: at.day.month }, -1)) : formatIsoWeek(addDays(at.day, -7));
        },
        reason: '"as high this year as last": last year',
      },
    ],
  },
];

/** A fraction of a unit of time as news writes it: "half an hour", "three-quarters of an hour", "a quarter of a century". */
const FRACTIONS: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25, 'three-quarters': 0.75, 'three quarters': 0.75 };

/** Lengths of time and recurrences the table leaves out, TimeML's way. */
const OWN_LENGTH_GROUPS: readonly TimePhraseGroup[] = [
  {
    name: 'fractions of a unit',
    head: /\b(?:half|quarters?)\b/i,
    rules: [
      {
        pattern: '(half|(?:a )?quarter|three[- ]quarters)(?: of)? an? (decade|century) ago',
        type: 'DATE',
        value: ([fraction, unit], at) => agoValue(FRACTIONS[(fraction ?? '').toLowerCase().replace(/^a /, '')] ?? 0.5, false, unit ?? '', at),
        reason: '"half a century ago": the year that far back',
      },
      {
        pattern: '(half|(?:a )?quarter|three[- ]quarters)(?: of)? an? (minute|hour|day|year|decade|century)(?! ago\\b)|(?:an? )?half[- ](hour|day|year|century)(?! ago\\b)',
        type: 'DURATION',
        value: ([fraction, unit, halfUnit]) => durationValue(halfUnit ? 0.5 : (FRACTIONS[(fraction ?? '').toLowerCase().replace(/^a /, '')] ?? 0.5), halfUnit ?? unit ?? ''),
        reason: '"half an hour", "a half-hour" are `PT30M`, "three-quarters of an hour" `PT45M`, "half a century" `P50Y`',
      },
    ],
  },
  {
    name: 'fortnights',
    head: /fortnight/i,
    rules: [
      {
        pattern: '(?:(a|one|two|three|four|five|six|\\d{1,2}) )?fortnights?',
        type: 'DURATION',
        value: ([count]) => durationValue(2 * (count === undefined ? 1 : (countOf(count) ?? 1)), 'week'),
        reason: '"a fortnight": two weeks',
      },
    ],
  },
  {
    name: 'recurrences',
    head: /\bweekends\b|\b(?:every|each) weekend|\b(?:an|per) hour\b/i,
    rules: [
      {
        pattern: '(?:every|each) weekend|weekends(?<=\\bon weekends)',
        type: 'SET',
        value: () => 'XXXX-WXX-WE',
        reason: '"every weekend", "closed on weekends": a weekend that recurs',
      },
      {
        pattern: '(?:an|per) hour(?<=(?:\\d|cents|dollars|times|twice|once) (?:an|per) hour)',
        type: 'SET',
        value: () => 'PT1H',
        reason: '"$12 an hour", "twice an hour": once per hour, as "$5 a year" is once per year',
      },
    ],
  },
];

/**
 * The day the text last named, unless a year named since is another ("on April 4, 2008 … at the
 * 2011 awards … earlier in the evening": which day is not said).
 */
function dayStillNamed(at: Anchor): string | undefined {
  return at.lastDay !== undefined && (at.lastYear === undefined || at.lastDay.startsWith(String(at.lastYear))) ? at.lastDay : undefined;
}

/** Nouns that "morning", "evening" modify ("the morning shows", "the evening session"): the phrase is then no time of day. */
const PART_OF_DAY_NOUNS = 'shows?|sessions?|news|papers?|newspapers?|editions?|hours|rush|commute|sun|light|briefings?|meetings?|flights?|prayers?|star|programs?|broadcasts?|paper|trading|classes|shift';

/** A verb of saying or thinking before "that", which is then a conjunction: "said that month after month …". */
const SAYING_THAT = '\\b(?:said|says|say|told|tells|believe[sd]?|think|thinks|thought|know|knows|knew|noted|added|argued|warned|announced|reported|insisted|claimed|wrote|writes)';

/** After "the same month": another period it is compared with ("the same month last year"), or a clause that names it. */
const NOT_THE_SAME_PERIOD_AFTER = '(?:last|next|this|a|an|one|that|when|as|of|in)\\b';

/**
 * "That night", "that morning": a part of the day the text last named, as TimeML marks a time;
 * "later that month", "that week", "that summer": the month, week or season of the date last named.
 */
const OWN_PART_OF_DAY_GROUPS: readonly TimePhraseGroup[] = [
  {
    name: 'part of the day just named',
    head: /\bthat (?:morning|afternoon|evening|night)\b/i,
    rules: [
      {
        pattern: 'that (morning|afternoon|evening|night)(?! (?:of|before|after)\\b)',
        type: 'TIME',
        value: ([part], at) => (at.lastDay ? `${at.lastDay}T${partOfDayCode(part ?? '')}` : undefined),
        reason: '"the ship sank on Sept. 3 … that night": the night of the day the text last named',
      },
    ],
  },
  {
    name: 'a part of the day, on the day just named',
    head: /\b(?:the|mid-?|late|early) ?(?:morning|afternoon|evening)\b/i,
    rules: [
      {
        // "She was in Orlando in the morning and Tampa in the afternoon", "earlier in the evening";
        // not "the morning shows", "the evening session" (a noun after it), nor "the morning of Oct. 7".
        pattern: `(?:(?:earlier|later|early|late) in )?the (morning|afternoon|evening)(?<=\\b(?:in|during|by|until|till|through|throughout|since) the \\w+)(?! (?:of|after|before|${PART_OF_DAY_NOUNS})\\b)`,
        type: 'TIME',
        // Only in a sentence told in the past or the future: "birds land in the morning" is a habit, no day.
        value: ([part], at) => {
          const day = dayStillNamed(at);
          return day && at.direction() !== undefined ? `${day}T${partOfDayCode(part ?? '')}` : undefined;
        },
        reason: '"in the morning", "by the afternoon": a part of the day the text last named',
      },
      {
        pattern: '(?:mid[- ]?|late |early )(morning|afternoon|evening)(?: (yesterday|today|tomorrow))?',
        type: 'TIME',
        value: ([part, day], at) => {
          const shift = /^y/i.test(day ?? '') ? -1 : /^tom/i.test(day ?? '') ? 1 : 0;
          // Without a day written, only in a sentence told in the past or the future (not a habit).
          const base = day ? at.day : at.direction() === undefined ? undefined : asDay(parseIsoDate(dayStillNamed(at)));
          return base && `${formatIsoDate(addDays(base, shift))}T${partOfDayCode(part ?? '')}`;
        },
        reason: '"by late afternoon", "mid-afternoon yesterday", "by mid afternoon", "a mid-morning tweet": a part of the day last named (or of the day written)',
      },
    ],
  },
  {
    name: 'the month, week or season just named',
    head: /\b(?:that|same) (?:month|week|spring|summer|fall|autumn|winter)\b/i,
    rules: [
      {
        pattern: `(?:(?:earlier|later) )?(?:that (?:same )?month(?<!${SAYING_THAT} that \\w+)(?! after\\b)|the same month(?! ${NOT_THE_SAME_PERIOD_AFTER}))`,
        type: 'DATE',
        value: (_, at) => at.lastMonth,
        reason: '"He spoke on Nov. 9. Later that month, …": the month of the date the text last named',
      },
      {
        pattern: `(?:(?:earlier|later) )?(?:that (?:same )?week(?<!${SAYING_THAT} that \\w+)(?! after\\b)|the same week(?! ${NOT_THE_SAME_PERIOD_AFTER}))`,
        type: 'DATE',
        value: (_, at) => {
          // Not after a month without a day ("in June 2020 … that week"): which week is not said.
          const day = at.lastMonth === undefined || at.lastDay?.startsWith(at.lastMonth) ? asDay(parseIsoDate(at.lastDay)) : undefined;
          return day && formatIsoWeek(day);
        },
        reason: '"The talks opened on June 3 … Later that week, …": the week of the day the text last named',
      },
      {
        // Not the verbs: "stops that fall between …", "acts that spring from …".
        pattern: `that (spring|summer|fall|autumn|winter)(?<!\\b(?:\\w+s) that \\w+)(?<!${SAYING_THAT} that \\w+)(?! (?:between|from|into|onto|under|within|to|off|apart|out|back|short|behind|through|across|below|above|outside|inside|upon|away|down|prey|victim|silent|flat)\\b)`,
        type: 'DATE',
        value: ([season], at) => (at.lastYear === undefined ? undefined : `${at.lastYear}-${SEASON_CODE[(season ?? '').toLowerCase()] ?? 'XX'}`),
        reason: '"The treaty was signed in 2019. That summer, …": the season of the year the text last named',
      },
    ],
  },
];

/** "Weeks ago", "just months ago": back from publication by no stated count, `PAST_REF` as "several years ago" is. */
const OWN_AGO_GROUPS: readonly TimePhraseGroup[] = [
  {
    name: 'uncounted ago',
    head: /\b(?:hours|days|weeks|months|years|decades) ago\b/i,
    rules: [
      {
        pattern: '(?:hours|days|weeks|months|years|decades) ago',
        type: 'DATE',
        value: () => 'PAST_REF',
        reason: '"only weeks ago": some time back from publication, no count given',
      },
    ],
  },
  {
    name: 'last minute',
    head: /\b(?:last (?:minute|moment)|eleventh hour)\b/i,
    rules: [
      {
        pattern: '(?:the (?:very )?last (?:minute|moment)|the eleventh hour)(?![- ](?:deal|change|goal|bid|effort|push)\\b)',
        type: 'DATE',
        value: () => undefined,
        reason: '"informed at the last minute": when something happened, told against the event it preceded; a time with no calendar value (not "a last-minute deal", a noun\'s modifier)',
      },
    ],
  },
  {
    name: 'from now',
    head: /\bfrom (?:now|today)\b/i,
    rules: [
      {
        pattern: `(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\\d{1,3}) (days?|weeks?|months?|years?|decades?) from (?:now|today)`,
        type: 'DATE',
        value: ([count, unit], at) => {
          const n = countOf(count ?? '');
          const stem = (unit ?? '').toLowerCase().replace(/s$/, '');
          if (n === undefined || !at.day) return undefined;
          if (stem === 'year' || stem === 'decade') return String(at.day.year + n * (stem === 'decade' ? 10 : 1));
          if (stem === 'month') return formatIsoDate(addMonths({ year: at.day.year, month: at.day.month }, n));
          return stem === 'week' ? formatIsoWeek(addDays(at.day, 7 * n)) : formatIsoDate(addDays(at.day, n));
        },
        reason: '"two weeks from now", "a year from now": that far ahead of publication, at the precision of the unit, as "ago" counts back',
      },
    ],
  },
];

/**
 * "Last decade", "the previous century": the calendar decade or century before the article's, a
 * date, as "last year" is ("the past decade" stays a length of time); "the 1800s": the century,
 * as it is read (not "the 2000s", mostly the decade).
 */
const OWN_DECADE_GROUPS: readonly TimePhraseGroup[] = [
  {
    name: 'decades and centuries before',
    head: /\b(?:last|previous|prior) (?:decade|century)\b|\d00['’]?s\b/i,
    rules: [
      {
        pattern: '(?:the )?(?:last|previous|prior) (decade|century)(?!-)',
        type: 'DATE',
        value: ([unit], at) => {
          if (!at.article) return undefined;
          return /^d/i.test(unit ?? '') ? String(Math.floor(at.article.year / 10) - 1) : String(Math.floor(at.article.year / 100) - 1);
        },
        reason: '"last decade" in 2024 is the 2010s (`201`), "the last century" the 1900s (`19`)',
      },
      {
        pattern: "(?:the )?(?:(?:early|late|mid-?) )?(1[0-9])00['’]?s",
        type: 'DATE',
        value: ([century]) => century,
        reason: '"the 1800s": the nineteenth century (`18`)',
      },
    ],
  },
];

const CLOCK_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "4 in the morning", "9:30 in the morning", "eight o'clock in the evening": a clock time on the day the text last named. */
const OWN_CLOCK_GROUPS: readonly TimePhraseGroup[] = [
  {
    name: 'hours of a part of the day',
    head: /\bin the (?:morning|afternoon|evening|night)\b/i,
    rules: [
      {
        pattern: `(?<![\\d:.])(\\d{1,2}|${CLOCK_WORDS.join('|')})(?:[:.](\\d{2}))?(?: o['’]clock)? in the (morning|afternoon|evening|night)`,
        type: 'TIME',
        value: ([hour, minutes, part], at) => {
          const written = (hour ?? '').toLowerCase();
          const number = /^\d/.test(written) ? Number(written) : CLOCK_WORDS.indexOf(written) + 1;
          if (!at.lastDay || number < 1 || number > 12 || Number(minutes ?? 0) > 59) return undefined;
          const later = /^(?:afternoon|evening)$/i.test(part ?? '') || (/^night$/i.test(part ?? '') && number >= 6);
          const hours = (number % 12) + (later ? 12 : 0);
          return `${at.lastDay}T${String(hours).padStart(2, '0')}:${minutes ?? '00'}`;
        },
        reason: '"at 4 in the morning": a clock time, on the day the text last named',
      },
    ],
  },
];

const GROUPS = [...OWN_GROUPS, ...OWN_DAY_GROUPS, ...OWN_DECADE_GROUPS, ...OWN_CLOCK_GROUPS, ...OWN_PART_OF_DAY_GROUPS, ...OWN_AGO_GROUPS, ...OWN_LENGTH_GROUPS, ...TIME_PHRASE_GROUPS].map(compileGroup);
/** "the end of" before "this week", "next month". */
const PART_OF_PERIOD_BEFORE = /\bthe\s+(?:end|beginning|start|middle)\s+of\s+$/i;
/** A period whose part "the end of" names: "this week", "next month", "the first quarter", "the second half". */
const PERIOD_WITH_PART = /^(?:(?:this|last|next|the) (?:week|month|year)\b|(?:the|this|next|last) (?:(?:first|second|third|fourth|final|current) )?(?:quarter|half)$)/i;
/** A capitalised word before a phrase, other than a sentence's first function word ("In July last year"). */
const CAPITALISED_WORD_BEFORE = /\b(?!(?:In|On|At|By|Since|Until|Till|For|During|Before|After|From|Through|And|But|Or|So|As|Also|Then|Of|To|Until|Even|Only|Just|Since)\s)[A-Z][\w]*\s+$/;

/** A holiday's name inside a phrase ("the Labor Day weekend"): its capitals do not make the phrase a name. */
const HOLIDAY_IN_PHRASE = new RegExp(`\\b(?:${HOLIDAY_NAME})\\b`, 'g');

function hasCapitalisedInnerWord(phrase: string): boolean {
  return phrase
    .replace(HOLIDAY_IN_PHRASE, 'holiday')
    .split(/\s+/)
    .slice(1)
    .some((word) => /^[A-Z][a-z]/.test(word) && !/^(?:Day|Eve|Century|Christmas|Thanksgiving|Easter|New|Year['’]s|Patrick['’]s|Fourth|(?:Twen|Thir|For|Fif|Six|Seven|Eigh|Nine)ties)$/.test(word) && !MONTHS.has(word.toLowerCase().replace(/\.$/, '')) && !WEEKDAYS.has(word.toLowerCase().replace(/s$/, '')));
}

/** The sentences of `text` that may hold a time expression by `test`, as [from, to) ranges. */
function sentencesHolding(text: string, test: RegExp): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  const add = (to: number): void => {
    if (test.test(text.slice(from, to))) ranges.push([from, to]);
  };
  SENTENCE_BREAK.lastIndex = 0;
  for (let end = SENTENCE_BREAK.exec(text); end; end = SENTENCE_BREAK.exec(text)) {
    add(end.index + 1);
    from = end.index + end[0].length;
  }
  add(text.length);
  return ranges;
}

/** Phrases of the rule table: each group's pattern runs only on text that holds the group's head word. */
function phraseCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  // An `exec` loop on the group's own pattern, not `matchAll`: that clones the pattern per call,
  // and a clone of these long patterns is compiled again whenever V8 has dropped its regexp cache.
  const matches: Array<{ match: RegExpExecArray; group: CompiledGroup }> = [];
  for (const group of GROUPS) {
    if (!group.head.test(text)) continue;
    const { pattern } = group;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') pattern.lastIndex++;
      matches.push({ match, group });
    }
  }
  for (const { match: first, group } of matches) {
    const found0 = group.starts.findIndex((start) => first[start] !== undefined);
    // The alternation takes the first rule that matches where a phrase starts; a later rule of the
    // group may match more there ("yesterday evening" after "yesterday"): the longest wins.
    let index = found0;
    let match = first;
    let groupsOf: Array<string | undefined> | undefined;
    for (let later = found0 + 1; later < group.rules.length; later++) {
      const alone = group.alone[later];
      if (!alone) continue;
      alone.lastIndex = first.index;
      const longer = alone.exec(text);
      if (longer && longer[0].length > match[0].length) {
        index = later;
        match = Object.assign(longer, { index: first.index });
        groupsOf = longer.slice(1);
      }
    }
    const rule = group.rules[index];
    if (!rule) continue;
    // A capitalised phrase after a capitalised word is a name ("USA Today", "USA TODAY"), and so is one with a
    // capitalised word inside that is not a month or weekday ("The Future Party").
    if (/^[A-Z](?:[a-z]|[A-Z]+\b)/.test(match[0]) && CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    if (hasCapitalisedInnerWord(match[0])) continue;
    const from = group.starts[index] ?? 0;
    const groups = groupsOf ?? match.slice(from + 1, from + 1 + (group.counts[index] ?? 0));
    if (rule.keep && !rule.keep(groups)) continue;
    // "the end of this week", "the end of the first quarter": TimeML marks the part of the period with it.
    const part = rule.type === 'DATE' && PERIOD_WITH_PART.test(match[0]) ? PART_OF_PERIOD_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index)) : null;
    found.push({ start: match.index - (part?.[0].length ?? 0), end: match.index + match[0].length, type: rule.type, reading: { kind: 'phrase', rule, groups } });
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
/**
 * An older year right after a day of the month ("July 4, 1776", "3 August 1791"): a year whatever
 * its century. After a bare month ("August 1757") it is one too unless a count reads on ("in March
 * 1500 troops", "1500 people": {@link OLDER_YEAR_COUNTS}).
 */
const YEAR_AFTER_DAY = /\b\d{1,2}(?:st|nd|rd|th)?,?\s+(?:[A-Z][a-z]+\.?,?\s+)?1\d{3}\b/;
const YEAR_AFTER_MONTH = /\b[A-Z][a-z]+\.?,?\s+1\d{3}$/;
/** What makes the number after a bare month a count: a plural noun, a unit, a percentage, more digits. */
const OLDER_YEAR_COUNTS = /^(?:\s+[a-z]+s\b|\s*%|\s+percent\b|[-–/.,]?\d)/;
const MONTH_ABBREVIATION_DOT = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;

/** Trims a chrono span to the expression as written: no preposition, no trailing punctuation. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let span = text.slice(start, end);
  // "in February of air conditioner makers": chrono keeps an "of" that leads to no year.
  span = span.replace(/\s+of$/i, '');
  // "November 12, 2012–six days after": chrono reads on over a dash into words; the date ends at the dash.
  // "Tuesday night - 22 points behind": nor over a spaced dash after a word into a number.
  // "than he was in December, 64 percent to 56": nor over a comma after a month's name into a number.
  const dash = /(?<=\d)\s*[–—-]\s*(?=[a-z])|(?<=[A-Za-z])\s+[–—-]\s+\d{1,2}$|(?<=[A-Za-z]),\s*\d{1,2}$/.exec(span);
  if (dash) span = span.slice(0, dash.index);
  // "in December -- raised fares": chrono may keep a dash that opens an aside after the date.
  const trailing = /[\s,;:.)]+$|\s+[–—-]+$/.exec(span);
  if (trailing && !MONTH_ABBREVIATION_DOT.test(span)) span = span.slice(0, trailing.index);
  // "Jan. 1, 1990 at 1": chrono takes a bare number after "at" for an hour.
  const bareHour = /,?\s+at\s+\d{1,2}$/.exec(span);
  if (bareHour) span = span.slice(0, bareHour.index);
  // A number before "on Friday" is a price or a score chrono took for a day ("closed at $12 on Wednesday").
  // chrono may start a span at the comma after an abbreviation ("Fresno, Calif., on Thursday").
  const punctuation = /^[\s,;:]+/.exec(span)?.[0].length ?? 0;
  const number = punctuation + (/^\d+(?:[.,]\d+)?(?:,\s*|\s+(?=(?:on|at|in)\s))/.exec(span.slice(punctuation))?.[0].length ?? 0);
  const leading = number + (LEADING_PREPOSITIONS.exec(span.slice(number))?.[0].length ?? 0);
  return { start: start + leading, end: start + span.length };
}

/** Widens a span leftwards over words that belong to it ("the early hours of", "last", "early"). */
function widenLeft(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 40), start);
  for (const modifier of LEFT_MODIFIERS) {
    const match = modifier.exec(before);
    if (match) return start - match[0].length;
  }
  return start;
}

/** A clock time: "5 p.m.", "noon", or a 24-hour time with its zone ("00:00 GMT"), which news from Britain and wires use. */
const CLOCK = /\b(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\d{1,2}(?:\s+o['’]clock)?\s+in\s+the\s+(?:morning|afternoon|evening)\b|noon|midday|midnight|[0-2]?\d:\d{2}\s*(?:GMT|UTC|BST|CET|[ECMP][SD]T|ET)\b)/i;

/** A preposition or a modifier right before a weekday ("on", "last", "early"), which makes it a day even before a capitalised word. */
const WEEKDAY_PREPOSITION_BEFORE = /\b(?:on|since|until|till|before|after|last|next|early|late|earlier|later)\s+$/i;

/** What a chrono result means, or `undefined` when it is a false positive or not a date. */
function readChrono(result: chrono.ParsedResult, text: string, span: { start: number; end: number }): Reading | undefined {
  const written = text.slice(span.start, span.end);
  const known = result.start;
  if (/\bago\b/i.test(written)) return { kind: 'ago', ...agoDate(known, written) };
  const month = calendarWord(written, MONTHS);
  const weekday = calendarWord(written, WEEKDAYS);
  // News capitalises months and weekdays; lower case is the verb "march" or the modal "may".
  if ((month && /^[a-z]/.test(month.word)) || (weekday && /^[a-z]/.test(weekday.word))) return undefined;
  // "end of March": chrono picks a day, TimeML keeps the month.
  const dayKnown = known.isCertain('day') && !/^(?:end|beginning|start|middle)\s+of\s/i.test(written);
  const olderYear = dayKnown ? YEAR_AFTER_DAY.test(written) : YEAR_AFTER_MONTH.test(written) && !OLDER_YEAR_COUNTS.test(text.slice(span.end, span.end + 20)) && !MEASURE_AFTER.test(text.slice(span.end, span.end + 20));
  if (known.isCertain('year') && (FOUR_DIGIT_YEAR.test(written) || olderYear)) {
    const year = known.get('year') ?? 0;
    if (!known.isCertain('month')) return { kind: 'date', date: { year } };
    const monthOfYear = known.get('month') ?? 1;
    if (!dayKnown) return { kind: 'date', date: { year, month: monthOfYear } };
    return { kind: 'date', date: { year, month: monthOfYear, day: known.get('day') ?? 1 } };
  }
  if (month && dayKnown) return { kind: 'monthDay', month: month.value, day: known.get('day') ?? 1, ...(weekday ? { weekday: weekday.value } : {}) };
  if (weekday && known.isCertain('weekday')) {
    // "Sunday Times": a weekday followed by a capitalised word is part of a name.
    const after = text.slice(span.start + weekday.index + weekday.word.length);
    const last = weekday.index + weekday.word.length >= written.length;
    // After "on", "since", "last", "early"… it is the day whatever follows: "On Tuesday President Obama said …".
    const dated = WEEKDAY_PREPOSITION_BEFORE.test(text.slice(Math.max(0, span.start + weekday.index - 8), span.start + weekday.index));
    if (last && !dated && WEEKDAY_NAME_FOLLOWER.test(after)) return undefined;
    // "Saturday Night Live", "Monday Night Football": a capitalised part of the day, then a capitalised word.
    if (!last && /\s(?:Morning|Afternoon|Evening|Night)$/.test(written) && WEEKDAY_NAME_FOLLOWER.test(text.slice(span.end))) return undefined;
    return { kind: 'weekday', weekday: weekday.value };
  }
  if (month && known.isCertain('month')) {
    // A bare month needs a preposition or modifier before it: "in May", not "May God help us".
    const before = text.slice(Math.max(0, span.start + month.index - 40), span.start + month.index);
    const after = text.slice(span.start + month.index + month.word.length);
    // "January's figures": a month's own figures or events, not a person's ("Theresa May's", "Mr. March's").
    const possessive = month.value !== 5 && /^['’]s\b/.test(after) && !/\b[A-Z][\w.]*\s+$/.test(before.slice(-20));
    const dated = BARE_MONTH_CONTEXT.test(before) || (month.value !== 5 && DETERMINER_BEFORE_MONTH.test(before)) || possessive;
    // "the March of Dimes": a month with "of" and a capitalised word after it is a name.
    const name = /^\s+of\s+(?:the\s+)?[A-Z][a-z]/.test(after);
    return dated && !name ? { kind: 'month', month: month.value } : undefined;
  }
  return undefined;
}

/** The day chrono counted back to, and the unit counted ("two days ago", "a month ago"). */
function agoDate(known: chrono.ParsedComponents, written: string): { date: CalendarDay | undefined; unit: 'day' | 'week' | 'month' | 'year' } {
  const year = known.get('year');
  const month = known.get('month');
  const day = known.get('day');
  const unit = /\byears?\b/i.test(written) ? 'year' : /\bmonths?\b/i.test(written) ? 'month' : /\bweeks?\b/i.test(written) ? 'week' : 'day';
  return { date: year === null || month === null || day === null ? undefined : { year, month, day }, unit };
}

/**
 * The clock time in a chrono span, as a TimeML suffix ("T17:00"). A part of the day ("Friday
 * night") stays a DATE without a suffix: TimeBank marks it so more often than not (a `…TNI`
 * value was tried in session 5 and lost as many values as it won).
 */
function clockOf(result: chrono.ParsedResult, written: string): string | undefined {
  if (/\bmidnight\b/i.test(written)) return 'T24:00';
  if (!CLOCK.test(written)) return undefined;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  return `T${pad(result.start.get('hour'))}:${pad(result.start.get('minute'))}`;
}

/** "Mid-morning", "late afternoon", "early evening" right before a weekday, without "on" between ("at mid-morning Thursday"). */
const PART_OF_DAY_BEFORE = /\b(?:mid-?|late\s+|early\s+)(morning|afternoon|evening)\s+$/i;

/** "the night of Oct. 23", "all night Tuesday": chrono reads the part of the day and loses the date after it. */
const PART_OF_DAY_OF = /^(?:morning|afternoon|evening|night)\s+(?:of\s+|(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))/i;
const RANGE_JOINER = /\s+(?:to|through|until|till|and)\s+/i;

/** "passed Thursday, now goes", "ended Friday, today officials said": chrono joins the day to a word of the next clause; the word is its own expression, read by the phrase rules. */
const CLAUSE_DAY_WORD_AFTER_COMMA = /,\s+(?=(?:now|today|tonight|tomorrow|yesterday)\b)/i;

/**
 * Sentence ends, roughly: chrono needs no more than the sentence an expression sits in. Not after
 * "p.m." or a month's abbreviation, which a date goes on after ("5 p.m. Friday", "Sept. Monday").
 */
const SENTENCE_BREAK = /(?<!\b(?:[ap]\.m|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))[.!?]["”’')]*\s+(?=["“‘(`]*[A-Z])|\n+/g;

/**
 * What every result {@link readChrono} keeps holds: "ago", a four-digit year, or a month's or
 * weekday's name written with a capital (it drops lower case: the verb "march", the modal "may").
 * A sentence without any of these as a substring cannot give a candidate, so chrono, the costliest
 * step here, is not run on it: most sentences with "may", "today" or "market" in them hold none.
 */
const CHRONO_CAN_KEEP = new RegExp(
  [anyCase('ago'), '(?:1[89]|20)\\d\\d', ...[...MONTHS.keys(), ...WEEKDAYS.keys()].map((name) => name[0]!.toUpperCase() + anyCase(name.slice(1)))].join('|'),
);

/** A pattern source for `word` (lower case letters) in any case, without the `i` flag that would let capitals go too. */
function anyCase(word: string): string {
  return [...word].map((letter) => `[${letter}${letter.toUpperCase()}]`).join('');
}

/** chrono's results over the sentences that may hold a date (most hold none, and chrono costs), offsets into `text`. */
function parseSentences(text: string, reference: Date | undefined): chrono.ParsedResult[] {
  const ranges = sentencesHolding(text, MAY_HOLD_DATE).filter(([from, to]) => CHRONO_CAN_KEEP.test(text.slice(from, to)));
  return ranges.flatMap(([from, to]) =>
    chrono.parse(text.slice(from, to), reference).map((result) => Object.assign(result, { index: result.index + from })),
  );
}

/** Dates, months, weekdays and dated clock times found by chrono, guarded and trimmed. */
function chronoCandidates(text: string, reference: Date | undefined): Candidate[] {
  const found: Candidate[] = [];
  const results = parseSentences(text, reference).flatMap((result) => {
    // "the night of Oct. 23": chrono loses the date; TimeML marks the date alone.
    const partOf = PART_OF_DAY_OF.exec(result.text);
    if (partOf) return chrono.parse(result.text.slice(partOf[0].length), reference).map((parsed) => Object.assign(parsed, { index: result.index + partOf[0].length + parsed.index }));
    const clauseWord = CLAUSE_DAY_WORD_AFTER_COMMA.exec(result.text);
    if (clauseWord) return chrono.parse(result.text.slice(0, clauseWord.index), reference).map((parsed) => Object.assign(parsed, { index: result.index + parsed.index }));
    // "Friday to December": two expressions, not one range.
    const joiner = result.end ? RANGE_JOINER.exec(result.text) : null;
    if (!joiner) return [result];
    return chrono.parse(result.text, reference).length > 0
      ? [result.text.slice(0, joiner.index), result.text.slice(joiner.index + joiner[0].length)].flatMap((part, i) =>
          chrono.parse(part, reference).map((parsed) => Object.assign(parsed, { index: result.index + (i === 0 ? 0 : joiner.index + joiner[0].length) + parsed.index })),
        )
      : [];
  });
  for (const result of results) {
    const trimmed = trimSpan(text, result.index, result.index + result.text.length);
    if (trimmed.end <= trimmed.start) continue;
    const reading = readChrono(result, text, trimmed);
    if (!reading) continue;
    const written = text.slice(trimmed.start, trimmed.end);
    const part = reading.kind === 'weekday' || reading.kind === 'monthDay' ? PART_OF_DAY_AFTER.exec(text.slice(trimmed.end)) : null;
    // "at mid-morning Thursday", "late afternoon Friday": the part of the day before the weekday.
    const partBefore = reading.kind === 'weekday' && !part && trimmed.start === result.index ? PART_OF_DAY_BEFORE.exec(text.slice(Math.max(0, trimmed.start - 20), trimmed.start)) : null;
    // "Friday evening", "Friday afternoon" are a part of that day, `…TEV`, `…TAF`, as "yesterday
    // evening" is; "Friday morning" and "Friday night" stay the day (TimeBank gives the plain day
    // to about half of them: session 5 measured the suffix on all four and it lost).
    const partWord = reading.kind === 'weekday' || reading.kind === 'monthDay' ? /\b(evening|afternoon)$/i.exec(written)?.[1] ?? part?.[1] ?? partBefore?.[1] : undefined;
    const partClock = partWord && /^(?:evening|afternoon)$/i.test(partWord) ? `T${partOfDayCode(partWord)}` : undefined;
    const clock = reading.kind === 'ago' ? undefined : (clockOf(result, written) ?? partClock);
    const end = trimmed.end + (part?.[0].length ?? 0);
    // chrono reads "end of March" itself; TimeML marks "the end of March".
    const partOf = /^(?:end|beginning|start|middle)\s+of\s/i.test(written) && /\bthe\s+$/i.test(text.slice(Math.max(0, trimmed.start - 4), trimmed.start));
    const start = partOf ? trimmed.start - 4 : partBefore ? trimmed.start - partBefore[0].length : widenLeft(text, trimmed.start);
    const week = /\bweek(end)?\s+of\s+$/i.exec(text.slice(start, trimmed.start));
    found.push({
      start,
      end,
      type: clock ? 'TIME' : 'DATE',
      reading,
      ...(clock ? { clock } : {}),
      ...(week ? { week: week[1] ? 'weekend' : 'week' } : {}),
    });
  }
  return found;
}

/**
 * A word of a scheduled event used as a noun, after a determiner and at most one word that is
 * not a plural subject: "got off to a rocky start Monday", "paid a surprise visit Friday" say
 * nothing of the future ("the talks resume Monday", "the ministers meet Tuesday" do).
 */
const EVENT_NOUN_BEFORE = /\b(?:a|an|the|its|his|her|their|our|this|that|\w+['’]s)\s+(?:[a-z-]*[^s\s]\s+)?(?:start|end|open|close|visit|meet|launch|return|kick-?off)\s+(?:on\s+)?$/i;

/**
 * "since the attack in August", "since the bombing on Aug. 7", "since announcing in October": a
 * date that ends a phrase after "since" dates a starting point, which has gone by (the words
 * between are a noun phrase or a gerund's: no finite verb, no clause; "since" as "because" is
 * followed by a clause, not by "the" or a gerund).
 */
const SINCE_PHRASE_BEFORE =
  /\bsince\s+(?:(?:shortly|just|soon|right)\s+)?(?:(?:after|before)\s+)?(?:(?:the|a|an|his|her|its|their|our|this|that|last)\s+(?:(?!(?:is|are|was|were|will|would|has|have|had|and|but|or|which|that|who|when|where|since)\b)[\w'’-]+\s+){1,4}?|[a-z]+ing\s+(?:(?!(?:is|are|was|were|will|would|has|have|had|and|but|or|which|that|who|when|where|since)\b)[\w'’-]+\s+){0,4}?)(?:in|on|of)\s+(?:(?:early|late|mid-?)\s*)?$/i;

/** The direction an expression's own words ("last", "next"), the words right before it ("since", "payable") or after it ("deadline") give. */
function statedDirection(text: string, start: number, end: number): Direction | undefined {
  const span = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  const following = FOLLOWING_DIRECTION.find((rule) => rule.pattern.test(after))?.direction;
  const heading = (): Direction | undefined => (HEADING_INTO_BEFORE.test(before) ? (verbCueAt(text, start, end)?.direction === 'past' ? 'nearest' : 'future') : undefined);
  return (
    SPAN_DIRECTION.find((rule) => rule.pattern.test(span))?.direction ??
    PRECEDING_DIRECTION.find((rule) => rule.pattern.test(before) && !(rule.direction === 'future' && EVENT_NOUN_BEFORE.test(before)))?.direction ??
    heading() ??
    (SINCE_PHRASE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ? 'past' : undefined) ??
    // "Thursday's meeting will decide": a scheduled event named by its day, with the verbs ahead, is still to come.
    (following === 'past' && SCHEDULED_EVENT_AFTER_POSSESSIVE.test(after) && futureNearOrAfter(verbCueAt(text, start, end)) ? 'future' : following)
  );
}

/** A future verb cue next to the expression or after it ("Thursday's meeting will decide"), not one words before ("if you want to understand … Thursday's debate"). */
const futureNearOrAfter = (cue: VerbCue | undefined): boolean => cue?.direction === 'future' && (cue.near || cue.after);

/** "'s" and a scheduled event ("Thursday's meeting", "Sunday's vote"), which the verbs may put ahead. */
const SCHEDULED_EVENT_AFTER_POSSESSIVE = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:elections?|vote|voting|ballot|referendum|primary|primaries|caucus(?:es)?|convention|summit|meeting|deadline|hearing|trial|debate|conference|session|talks|runoff|inauguration|game|match|final|race|ceremony|funeral|memorial|services?|rally|parade|march|launch)\b/i;

/**
 * The direction a weekday or yearless date points in: its own words, the words before it, the
 * verbs. A schedule word ("through April") gives the nearest date, unless the verbs point
 * forward ("will run through April"). For a month within two months of the article's
 * (`month`), only a verb next to the expression counts ("rose in December"): one elsewhere in
 * the sentence rarely reaches ten months back or ahead ("placed orders … for November
 * transactions" in late October).
 */
/**
 * A date used as a modifier of a scheduled event, between "the" and a noun such as "election",
 * "vote", "convention", "summit", "deadline" ("the Nov. 8 election", "the July convention"): it
 * names the event, not when the sentence's verb happened (so too after a possessive: "the prime minister's
 * Dec. 28 meeting … was scheduled two weeks ago", and after "whose": "New Hampshire, whose Feb. 9 primary is the first"), so a past verb says nothing
 * of its direction ("emails released to sway the Nov. 8 election" in July is this November's); a
 * future one still does.
 */
const ATTRIBUTIVE_BEFORE = /(?:\bthe|\w['’]s|\b(?:its|his|her|their|our|whose))\s+(?:[a-z]+(?:-[a-z]+)+\s+)?(?:(?:early|late|mid-?)\s*)?$/i;
const ATTRIBUTIVE_AFTER = /^\s+(?:[\w.-]+\s+){0,3}?(?:elections?|vote|voting|ballot|referendum|primary|primaries|caucus(?:es)?|convention|confab|summit|meeting|deadline|hearing|trial|debate|conference|session|talks|showdown|contest|runoff|inauguration|polls)\b/;

/**
 * A one-off scheduled event right before "in" or "on" and the date ("the Republican convention in
 * July", "the election on Nov. 8"), named by it as the modifier does; not events that recur, whose
 * past verb is often the event's own ("lit into him at a debate in August"), nor "polls", which may
 * be surveys ("polls in March showed").
 */
const EVENT_BEFORE_DATE = /\b(?:elections?|vote|voting|ballot|referendum|primary|primaries|caucus(?:es)?|convention|summit|deadline|runoff|inauguration)\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?$/i;

function attributiveDate(text: string, start: number, end: number): boolean {
  return (ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && ATTRIBUTIVE_AFTER.test(text.slice(end, end + 30))) || EVENT_BEFORE_DATE.test(text.slice(Math.max(0, start - 30), start));
}

/** What may open a sentence before a time phrase put first: a preposition, a participle, "early" ("In", "Starting in", "Early in"). */
const FRONTED_OPENING = /^\s*["“‘(`]*(?:(?:[a-z]+ing|in|on|at|by|from|since|until|through|during|after|before|early|late|mid-?)\s+){0,3}$/i;

/**
 * A time phrase put first in its sentence and closed by a comma ("In November, sales rose",
 * "Starting in September, fares will rise"): the verb of the clause after the comma is its own,
 * however far it stands.
 */
function frontedPhrase(text: string, start: number, end: number): boolean {
  return /^\s*,/.test(text.slice(end, end + 3)) && FRONTED_OPENING.test(sentencesBefore(text, start, 0));
}

function directionOf(text: string, start: number, end: number, article?: CalendarDate, month?: number, near = false): Direction | undefined {
  const stated = statedDirection(text, start, end);
  const attributive = stated === undefined && month !== undefined && attributiveDate(text, start, end);
  const nearOnly = near || (month !== undefined && withinTwoMonths(month, article));
  const verbs = (): Direction | undefined => {
    // The verbs of the expression's own clause, through a preposition, first; then the sentence's.
    const clause = clauseDirection(text, start, end);
    if (clause) return clause;
    const cue = verbCueAt(text, start, end);
    return cue && (cue.near || !nearOnly || (cue.after && frontedPhrase(text, start, end))) ? cue.direction : undefined;
  };
  if (stated === 'nearest' && !SPAN_DIRECTION.some((rule) => rule.pattern.test(text.slice(start, end)))) return verbs() === 'future' ? 'future' : 'nearest';
  // A modifier takes a future from the verbs ("would put a measure on the November ballot"), not a
  // past; and from a condition in the present ("if the November election does not go their way").
  if (attributive) return verbs() === 'future' || attributiveCondition(text, start, end) ? 'future' : undefined;
  return stated ?? verbs();
}

/** A preposition of time right before a month: "by September", "until March", "in August". */
const TIME_PREPOSITION_BEFORE = /\b(?:by|until|till|through|in|before)\s+(?:(?:early|late|mid-?)\s+)?$/i;
/**
 * Where a clause starts: the last comma, semicolon, colon, dash, opening quote or subordinating
 * word before the expression in its sentence ("had not signed … when the case is heard in May").
 */
const CLAUSE_BREAK = /[,;:\u2014(\u201c"`]|\s-{1,2}\s|\b(?:when|whenever|if|unless|once|while|because|although|though|that|which|who|where)\s/gi;

/**
 * A future verb earlier in the expression's own clause that governs it through a preposition of
 * time: "the company hopes to finish the plant by September" said in October is next September,
 * though the verb is words away. Only a future cue counts at that distance: a past one rarely
 * reaches a month just ahead ("placed orders … for November transactions").
 */
/**
 * A verb of schedule or of a scheduled event in the present, then at most four words, then the
 * preposition before the expression ("the show runs through September", "the festival returns in
 * August"); or the present of "be" naming when an event is ("the next meeting is in May"). Not a
 * noun after a determiner ("the returns in September"), nor a bare form after "to" or "did".
 */
const SCHEDULE_PRESENT = new RegExp(
  String.raw`(?<!\b(?:the|a|an|its|his|her|their|our|to|not|did|does|do|been)\s)\b(?:(?:runs|run|ends|expires|expire|takes\s+effect|take\s+effect|(?:is|are)\s+due|${SCHEDULED_EVENT_PRESENT})\b(?:\s+[a-z]+){0,4}?\s+(?:in|by|until|till|through)|(?:is|are)\s+in)\s+(?:(?:early|late|mid-?)\s+)?$`,
  'i',
);

const CLAUSE_MODAL = /\b(?:should|could|may|might|must|can)\s+(?!have\b|not\b|n['’]t\b)((?:[a-z]+\s+)*?)(?:[a-z]+\s+)?$/;

/** Where the clause holding `start` begins, and the word or mark that opens it. */
function clauseBefore(text: string, start: number): { clauseStart: number; opener: string | undefined } {
  const sentence = sentencesBefore(text, start, 0);
  const from = start - sentence.length;
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)];
  const last = breaks[breaks.length - 1];
  return { clauseStart: from + (last ? last.index + last[0].length : 0), opener: last?.[0] };
}

const CONDITION_WORD = /\b(?:if|unless|once|when|whenever)\s/i;

/**
 * A condition or a time still to come, in the present tense, with no past form, up to `start` ("if
 * he loses in November", "when the case is heard in May", "if he follows up … with a victory on
 * Saturday"): ahead, as "will" is. A participle after "is" is a present passive ("is elected").
 */
function presentCondition(text: string, start: number): boolean {
  // Most expressions have no condition before them: a cheap look first.
  if (!CONDITION_WORD.test(text.slice(Math.max(0, start - 300), start))) return false;
  const { clauseStart, opener } = clauseBefore(text, start);
  if (!opener || !/^(?:if|unless|once|when|whenever)\s/i.test(opener)) return false;
  const clause = text.slice(clauseStart, start).replace(/\b(is|are|am)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b/g, '$1');
  return PRESENT_FORM.test(clause) && !PAST_FORM.test(clause);
}

/** A date modifying the subject of a condition in the present: "if the November election does not go their way". */
function attributiveCondition(text: string, start: number, end: number): boolean {
  const { opener } = clauseBefore(text, start);
  if (!opener || !/^(?:if|unless|once|when|whenever)\s/i.test(opener)) return false;
  const rest = /^[^,;:.!?]*/.exec(text.slice(end, end + 120))?.[0] ?? '';
  return PRESENT_FORM.test(rest) && !PAST_FORM.test(rest);
}

function clauseDirection(text: string, start: number, end: number): Direction | undefined {
  const before = text.slice(Math.max(0, start - 20), start);
  if (!TIME_PREPOSITION_BEFORE.test(before)) return undefined;
  const { clauseStart } = clauseBefore(text, start);
  if (presentCondition(text, start)) return 'future';
  // A modal with no past form after it ("the deal … should close by September") looks ahead as "will" does.
  const modal = CLAUSE_MODAL.exec(text.slice(clauseStart, start));
  if (modal && !PAST_FORM.test((modal[1] ?? '').replace(/\bbe\s+[a-z]+\s/g, ''))) return 'future';
  const cue = verbCueAt(text.slice(clauseStart, end), start - clauseStart, end - clauseStart);
  // The present of a schedule ("the show runs through September", "his term ends in September"):
  // still to come, unless a past form in the sentence says otherwise ("housing starts in September rose").
  if (SCHEDULE_PRESENT.test(text.slice(clauseStart, start)) && verbCueAt(text, start, end)?.direction !== 'past') return 'future';
  if (!cue || cue.after) return undefined;
  if (cue.direction === 'future') return 'future';
  return /\bin\s+(?:(?:early|late|mid-?)\s+)?$/i.test(before) ? cue.direction : undefined;
}

/** The TimeML value of a candidate, resolved against the article's date; "the week of March 6" is that day's week. */
function valueOf(candidate: Candidate, text: string, article: CalendarDate | undefined, context: Context): string | undefined {
  const value = dayValueOf(candidate, text, article, context);
  const day = candidate.week && value !== undefined && !candidate.clock ? asDay(parseIsoDate(value)) : undefined;
  return day ? `${formatIsoWeek(day)}${candidate.week === 'weekend' ? '-WE' : ''}` : value;
}

/**
 * Words right before a weekday that put it ahead: a day something is put off to ("postponed until
 * Monday", "adjourned to Tuesday", "pushed back to Friday"), or the present of "be" naming when an
 * event is ("the vote is Tuesday", "the talks are on Monday", "a memorial is planned Friday").
 */
const SCHEDULED_BEFORE_WEEKDAY =
  /(?:\b(?:postponed|delayed|adjourned|deferred|recessed|rescheduled|extended|moved|put\s+off|pushed\s+back|set\s+back)\s+(?:(?:the\s+\w+|it|them)\s+)?(?:to|until|till)|(?<!\b(?:which|that|what|who|it|this|there|here|today)\s)\b(?:is|are)(?:\s+now)?(?:\s+(?:planned|scheduled|slated|expected))?(?:\s+on)?)\s+$/i;

/** The text of the sentence holding `start` up to it, with the `previous` sentences before it. */
function sentencesBefore(text: string, start: number, previous: number): string {
  const from = Math.max(0, start - 600);
  // A few characters past `start`, so that a sentence ending right before it is seen (the end needs a capital after it).
  const ends = [...sentenceEnds(text, from, start)].map(({ next }) => next).filter((next) => next <= start);
  return text.slice(ends[ends.length - 1 - previous] ?? from, start);
}

/**
 * "A year ago", "a year earlier" are the same quarter a year back only when their own sentence
 * (or the one before) speaks of a quarter ("profit rose in the third quarter from a year earlier");
 * a quarter named paragraphs before does not make "up from seven plants a year ago" a quarter.
 */
function yearAgoInReport(value: string | undefined, text: string, candidate: Candidate, article: CalendarDate | undefined, lastDay: string | undefined): string | undefined {
  if (!article || !value || !/^\d{4}(?:-Q\d)?$/.test(value)) return value;
  if (!/^(?:a year (?:ago|earlier)|year-(?:ago|earlier))$/i.test(text.slice(candidate.start, candidate.end))) return value;
  // "For the six months ended Aug. 12, it earned $6 million, against $18 million a year earlier":
  // the end of the period its own sentence names, a year back.
  const ended = PERIOD_ENDED.exec(sentencesBefore(text, candidate.start, 0));
  const day = ended && lastDay && parseIsoDate(lastDay);
  if (day && day.month === monthOf(ended[1] ?? '') && day.day === Number(ended[2])) return formatIsoDate({ year: day.year - 1, month: day.month, day: day.day });
  if (!/^\d{4}-Q\d$/.test(value)) return value;
  return /quarter/i.test(sentencesBefore(text, candidate.start, 1)) ? value : String(article.year - 1);
}

/** "the quarter ended Sept. 30", "the six months ending Aug. 12": the last day of a period a report names. */
const PERIOD_ENDED = /\bend(?:ed|ing)\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\b/;

function monthOf(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase());
}

/** The months a season or half-year runs (a winter into the next year's February). */
const PART_OF_YEAR_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14], H1: [1, 6], H2: [7, 12],
};

/**
 * A season or half the table put in the article's year, moved by the tense when its words name no
 * year ("the summer", not "last summer", "this fall", "the second half of 2023"): one not yet begun,
 * told in the past tense, is last year's ("the law passed in the summer" in January), and one already
 * over, told in the future tense, next year's ("will open in the spring" in November), as quarters go;
 * one in its first month has hardly begun, so the past tense puts it in the year before too.
 */
function partOfYearByTense(value: string | undefined, written: string, article: CalendarDate | undefined, at: Anchor): string | undefined {
  const match = /^(\d{4})-(SP|SU|FA|WI|H1|H2)$/.exec(value ?? '');
  const months = match ? PART_OF_YEAR_MONTHS[match[2] ?? ''] : undefined;
  if (!match || !months || article?.month === undefined || Number(match[1]) !== article.year) return value;
  if (/\b(?:last|this|next|past|coming|year|\d{4})\b/i.test(written)) return value;
  const [first, last] = months;
  // One in its first month has hardly begun: "sales rose in the first half" in January is last year's.
  const notBegun = article.month <= first;
  const over = article.month > last;
  if (!notBegun && !over) return value;
  const direction = at.direction();
  if (notBegun && (direction === 'past' || direction === 'strictPast')) return `${article.year - 1}-${match[2]}`;
  if (over && (direction === 'future' || direction === 'strictFuture')) return `${article.year + 1}-${match[2]}`;
  return value;
}

/**
 * A named quarter of the article's year that ended before the last one did, told in the future
 * tense after a preposition of time, is next year's: "expects to return to profit in the first
 * quarter" in November. The quarter just ended stays (its results are still to come: "will report a
 * loss in the third quarter" in November) unless it is a limit ("finish the plant by the third quarter"),
 * and so does a quarter as a modifier ("third-quarter results").
 */
function quarterAheadByTense(value: string | undefined, written: string, before: string, article: CalendarDate | undefined, at: Anchor): string | undefined {
  const match = /^(\d{4})-Q([1-4])$/.exec(value ?? '');
  if (!match || article?.month === undefined || Number(match[1]) !== article.year) return value;
  if (!/\b(?:first|second|third|fourth|[1-4](?:st|nd|rd|th))[\s-]+quarter$/i.test(written) || /\b(?:this|last|next|year|\d{4})\b/i.test(written)) return value;
  const preposition = /\b(in|by|during|until|before)\s+$/i.exec(before)?.[1]?.toLowerCase();
  // The fourth quarter named in the first quarter is the one just ended, whose results are being
  // reported ("will report fourth-quarter results", "expects a fourth-quarter loss" in January),
  // unless a future verb puts something in it ("expects to return to profit in the fourth quarter").
  if (Number(match[2]) === 4 && article.month <= 3) {
    const direction = at.direction();
    const ahead = preposition !== undefined && (direction === 'future' || direction === 'strictFuture');
    return ahead ? value : `${article.year - 1}-Q4`;
  }
  if (!preposition) return value;
  const quarter = Number(match[2]);
  const current = Math.ceil(article.month / 3);
  // A limit ("finish the plant by the third quarter") cannot be the quarter just ended either.
  const limit = preposition === 'by' || preposition === 'until' || preposition === 'before';
  if (quarter >= current - (limit ? 0 : 1)) return value;
  const direction = at.direction();
  return direction === 'future' || direction === 'strictFuture' ? `${article.year + 1}-Q${quarter}` : value;
}

/**
 * A modal or a forecast in the weekday's clause with no past form after it ("the minister may resign
 * Friday", "the storm is forecast to hit Friday"), not "may have", "could not". (A weekday after
 * "for" — "called a strike for Friday" — was tried forward too: it lost a held-out value.)
 */
const MODAL_BEFORE_WEEKDAY =
  /\b(?:may|might|could|can|should|must|(?:is|are)\s+(?:forecast|predicted|projected|supposed|bound)\s+to)\s+(?!have\b|not\b|n['’]t\b)((?:[a-z]+\s+){0,5})(?:on\s+)?$/i;
/**
 * A present form of a verb: "is", "has", or a third person in -s ("loses", "wins"); not a function
 * word ("his", "its", "this", "always", "perhaps") nor a word in -is, -us, -ss ("basis", "status", "glass", "news").
 */
const PRESENT_FORM =
  /\b(?:is|are|am|has|have|does|do|(?!(?:his|its|this|hers|ours|yours|theirs|perhaps|always|sometimes|nowadays|towards|afterwards|besides|whereas|overseas|was|yes)\b)[a-z]{2,}(?<![ius]|ic|new)s)\b/;
/** A past form: a regular one in -ed or an irregular one ("lost", "fell"). */
const PAST_FORM = new RegExp(String.raw`\b(?:[a-z]{2,}ed|${IRREGULAR_PAST})\b`, 'i');

/** "The strike, set to begin Monday, …", "a vote expected to take place Friday": a reduced clause of schedule, still ahead (not "had been due to expire Friday"). */
const SET_TO_BEFORE_WEEKDAY = /(?<!\b(?:been|was|were|had)\s)\b(?:set|scheduled|slated|expected|poised|due)\s+to\s+(?!have\b)[a-z]+(?:\s+(?:place|off|up|out|over))?\s+(?:on\s+)?$/i;

/**
 * The present tense of a scheduled event a few words before the weekday ("the president heads to
 * Japan on Monday", "Wisconsin holds its primary on Tuesday", "voters go to the polls Sunday", "voters head to the polls Sunday", "leaders gather in Paris Monday", "the match kicks off at 8 p.m. on Saturday", "the court
 * hears arguments Tuesday", "lawmakers return from recess Monday"):
 * still to come, as when the verb is right before it. Not in a relative clause ("victims who go
 * there on Sundays" is a habit), nor after a number ("had 40 votes heading into Tuesday" counts votes), nor across a comma or a conjunction; lower case only ("Meet the
 * Press on Sunday" is a name), and not "host", which news uses as a noun ("radio host … on Wednesday").
 */
const SCHEDULED_EVENT_BEFORE_WEEKDAY = new RegExp(
  String.raw`(?<!\b(?:the|a|an|its|his|her|their|our|to|not|did|does|do|been|who|which|that|they|we|you|i)\s|n['’]t\s|\d\s)(?<![\w-])(?:${SCHEDULED_EVENT_PRESENT})\s+(?:(?!(?:and|but|or|after|before|when|while|since|as|if|who|which|that|was|were|had|has|have)\b)[\w'’.$-]+\s+){1,4}(?:on\s+)?$`,
);

/** ", CBS said", ", the ministry announced": a subject of at most four words and a past verb of saying after a fronted weekday. */
const SAID_AFTER_WEEKDAY = /^,\s+(?:[\w.'’-]+\s+){1,4}(?:said|announced|reported|confirmed|told|added|disclosed|declared)\b/;

/** The start of a clause, then perhaps "on", right before a weekday: the sentence's start, a comma, "and", "but", "then". */
const CLAUSE_OPENING_BEFORE = /(?:^|[,;:]\s*|\b(?:and|but|then)\s+)(?:(?:early|late)\s+)?(?:on\s+)?$/i;

/** An event a weekday may name ("the caucuses on Monday", "Tuesday's primary"). */
const WEEKDAY_EVENT = String.raw`(?:elections?|vote|voting|ballot|referendum|primary|primaries|caucus(?:es)?|convention|summit|meeting|hearing|trial|debate|conference|session|talks|showdown|contest|runoff|inauguration|polls|game|match|final|race|deadline)`;
/** "ahead of", "before" and at most four words of the event's name, no clause between. */
const LEAD_TO_EVENT = String.raw`\b(ahead\s+of|in\s+advance\s+of|before)\s+(?:(?!(?:that|which|who|when|where|and|but|or|was|were|is|are|had|has|will|would)\b)[\w'’.-]+\s+){0,4}?`;
const EVENT_THEN_WEEKDAY = new RegExp(String.raw`${LEAD_TO_EVENT}${WEEKDAY_EVENT}\s+(?:on\s+)?$`, 'i');
const LEAD_BEFORE_WEEKDAY = new RegExp(String.raw`${LEAD_TO_EVENT}$`, 'i');
const EVENT_AFTER_WEEKDAY = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\w.-]+\s+){0,2}?${WEEKDAY_EVENT}\b`, 'i');

/**
 * A weekday that names an event something is done ahead of ("ahead of the Iowa caucuses on
 * Monday", "ahead of New York's Tuesday primary"): still to come, whatever the tense; or one it
 * is done before ("days before Tuesday's primary"): the nearest such day unless the verbs look
 * ahead, a past tense being the time of the act, not of the event.
 */
function leadToEvent(text: string, start: number, end: number): 'future' | 'nearest' | undefined {
  const before = text.slice(Math.max(0, start - 60), start);
  // "a planned rally on Saturday", "the scheduled vote Tuesday": a plan named, whose day may be gone
  // or still to come, as after "before".
  if (PLANNED_EVENT_BEFORE_WEEKDAY.test(before)) return 'nearest';
  const lead = EVENT_THEN_WEEKDAY.exec(before) ?? (EVENT_AFTER_WEEKDAY.test(text.slice(end, end + 40)) ? LEAD_BEFORE_WEEKDAY.exec(before) : null);
  if (!lead) return undefined;
  return /^before$/i.test(lead[1] ?? '') ? 'nearest' : 'future';
}

/** A determiner, "planned", "scheduled" or "upcoming" and up to three words of an event, then perhaps "on" or "for", right before a weekday. */
const PLANNED_EVENT_BEFORE_WEEKDAY = /(?:\b(?:a|an|the|its|his|her|their|our|this|that)|\w['’]s)\s+(?:planned|scheduled|upcoming)\s+(?:(?!(?:to|and|but|or|was|were|is|are|had|has|will|would)\b)[\w'’.-]+\s+){1,3}?(?:(?:on|for)\s+)?$/i;

/** A weekday used as a modifier after a determiner or possessive ("his Tuesday wins"): it names an event, not a condition's time. */
const DETERMINER_BEFORE_WEEKDAY = /(?:\b(?:the|a|an|his|her|its|their|our|this|that)|\w['’]s)\s+$/i;

/**
 * A time clause in the past tense under a future in the past ("analysts said banks were likely to
 * buy as soon as trading opened Monday", "he would resign once the board met Friday"): the past
 * form is the tense of reported speech moved back, not a day gone by, so the day is still to come.
 * The future in the past is at most eight words before the conjunction, with no clause between.
 */
const BACKSHIFTED_TIME_CLAUSE_BEFORE_WEEKDAY = new RegExp(
  String.raw`\b(?:would|(?:was|were)\s+(?:likely|expected|due|set|scheduled|going|about|poised)\s+to|(?:planned|intended|promised|vowed|pledged)\s+to)\s+(?!have\b|not\b)(?:(?!(?:and|but|or|who|which|that)\b)[\w'’.$-]+\s+){1,8}?(?:as\s+soon\s+as|once|when|after|until|till)\s+(?:(?!(?:and|but|or|who|which|that|would|will)\b)[\w'’.$-]+\s+){1,5}?(?:on\s+)?$`,
  'i',
);

function aheadBeforeWeekday(before: string): boolean {
  if (SCHEDULED_BEFORE_WEEKDAY.test(before) || SET_TO_BEFORE_WEEKDAY.test(before)) return true;
  if (SCHEDULED_EVENT_BEFORE_WEEKDAY.test(before)) return true;
  const modal = MODAL_BEFORE_WEEKDAY.exec(before);
  return modal !== null && !PAST_FORM.test(modal[1] ?? '');
}

/** The direction the verbs give a phrase: a present-tense condition before it, else a cue before it or right after it (not one far after). */
function phraseVerbs(text: string, candidate: Candidate): Direction | undefined {
  if (presentCondition(text, candidate.start)) return 'future';
  const cue = verbCueAt(text, candidate.start, candidate.end);
  // Put first ("This weekend, the senator complained …"), the clause after the comma is its own.
  const fronted = /^\s*,/.test(text.slice(candidate.end, candidate.end + 3)) && /(?:^|[.!?:;]["”’')]*\s+|\n)\s*$/.test(sentencesBefore(text, candidate.start, 0));
  return cue && (!cue.after || cue.near || fronted) ? cue.direction : undefined;
}

/** A day of the month, a comma and an article before a weekday: "Oct. 5, a Friday". */
const DATE_THEN_APPOSITIVE = /\d(?:st|nd|rd|th)?,\s+an?\s+$/;

/** The TimeML value of a candidate as written, resolved against the article's date. */
function dayValueOf(candidate: Candidate, text: string, article: CalendarDate | undefined, context: Context): string | undefined {
  const { reading } = candidate;
  const day = asDay(article);
  const direction = (fallback: Direction, month?: number): Direction => directionOf(text, candidate.start, candidate.end, article, month) ?? fallback;
  const withClock = (date: CalendarDate | undefined): string | undefined =>
    date && (candidate.clock && date.day !== undefined ? `${formatIsoDate(date)}${candidate.clock}` : formatIsoDate(date));
  switch (reading.kind) {
    case 'date':
      return withClock(reading.date);
    case 'phrase': {
      const anchor: Anchor = { article, day, direction: (month, near) => directionOf(text, candidate.start, candidate.end, article, month, near), verbs: () => phraseVerbs(text, candidate), before: text.slice(Math.max(0, candidate.start - 400), candidate.start), ...context };
      const written = text.slice(candidate.start, candidate.end);
      const partOfYear = partOfYearByTense(reading.rule.value(reading.groups, anchor), written, article, anchor);
      return yearAgoInReport(quarterAheadByTense(partOfYear, written, text.slice(Math.max(0, candidate.start - 20), candidate.start), article, anchor), text, candidate, article, context.lastDay);
    }
    case 'monthDay':
    {
      // Without a cue, the nearest: "record Nov. 17" in late October is weeks ahead, not a year back.
      if (!article) return undefined;
      // "the quarter ended Oct. 31": a period that has ended is over, its last day not after the article's, however close.
      const ended = article.month !== undefined && article.day !== undefined && /\bended\s+$/i.test(text.slice(Math.max(0, candidate.start - 12), candidate.start));
      const inferred = ended ? article.year - ((reading.month - (article.month ?? 0) || reading.day - (article.day ?? 0)) > 0 ? 1 : 0) : inferYear(reading.month, reading.day, article, direction('nearest', reading.month));
      // "Friday, Oct. 23": the year nearest the inferred one in which that day is a Friday.
      const year = [inferred, inferred - 1, inferred + 1].find((option) => reading.weekday === undefined || weekdayOf({ year: option, month: reading.month, day: reading.day }) === reading.weekday) ?? inferred;
      return withClock({ year, month: reading.month, day: reading.day });
    }
    case 'month':
      return article && formatIsoDate({ year: inferYear(reading.month, undefined, article, direction('nearest', reading.month)), month: reading.month });
    case 'weekday': {
      if (!day) return undefined;
      // "on Oct. 5, a Friday,": the weekday of the date just named, when it is that date's.
      const justNamed = asDay(parseIsoDate(context.lastDay));
      if (justNamed && weekdayOf(justNamed) === reading.weekday && DATE_THEN_APPOSITIVE.test(text.slice(Math.max(0, candidate.start - 12), candidate.start))) return withClock(justNamed);
      // Without a cue, the past: news reports what happened.
      // A limit before a weekday ("payable Friday", "until Tuesday") goes by the verbs ("had
      // been due to expire Friday" is past); without one, it is the next such day.
      const stated = statedDirection(text, candidate.start, candidate.end);
      const cue = verbCueAt(text, candidate.start, candidate.end);
      const verbs = cue?.direction;
      const limit = stated === 'nearest' && !SPAN_DIRECTION.some((rule) => rule.pattern.test(text.slice(candidate.start, candidate.end)));
      // A limit takes its tense from the verb it depends on, before it: "has until Monday to pay,
      // officials said" is still ahead.
      // "This Thursday" is the coming one unless the verbs say it has gone ("was held this Tuesday").
      const thisOne = /^this\s+(?!past\b|coming\b)/i.test(text.slice(candidate.start, candidate.end));
      // A day put off to ("postponed until Monday", "adjourned to Tuesday") or named as what an
      // event is ("the vote is Tuesday") is still to come, whatever the tense of the act.
      const ahead = (stated === undefined || limit) && !SPAN_DIRECTION.some((rule) => rule.pattern.test(text.slice(candidate.start, candidate.end))) && (aheadBeforeWeekday(text.slice(Math.max(0, candidate.start - 60), candidate.start)) || BACKSHIFTED_TIME_CLAUSE_BEFORE_WEEKDAY.test(sentencesBefore(text, candidate.start, 0)) || (!DETERMINER_BEFORE_WEEKDAY.test(text.slice(Math.max(0, candidate.start - 20), candidate.start)) && presentCondition(text, candidate.start)));
      // "Starting Monday, the store closes early": a change from that day on, ahead unless the verbs are past.
      const starting = /\b(?:starting|beginning)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, candidate.start - 15), candidate.start)) && verbs !== 'past';
      // A limit put first ("By Friday, the rebels had taken the town") takes the tense of the clause after it.
      const fronted = /^\s*,/.test(text.slice(candidate.end, candidate.end + 3));
      // "… and on Monday, CBS said it was canceling …": the verb of saying right after the day is its
      // verb when the day opens its clause; not when it ends a clause reported ("Officials will vote
      // Tuesday, the mayor said"), whose own verbs place it.
      const saidAfter = fronted && CLAUSE_OPENING_BEFORE.test(sentencesBefore(text, candidate.start, 0)) && SAID_AFTER_WEEKDAY.test(text.slice(candidate.end, candidate.end + 60));
      // "speaks later Monday": written on that day, which is the article's or the one before it.
      const later = /\blater\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, candidate.start - 10), candidate.start)) ? 'nearest' : undefined;
      const event = SPAN_DIRECTION.some((rule) => rule.pattern.test(text.slice(candidate.start, candidate.end))) ? undefined : leadToEvent(text, candidate.start, candidate.end);
      const toward = later ?? (ahead || starting || event === 'future' || (event === 'nearest' && verbs === 'future') ? 'future' : event ?? (limit ? ((cue?.after && !fronted ? undefined : verbs) ?? 'future') : thisOne ? (verbs ?? 'future') : (stated ?? (saidAfter ? 'past' : verbs) ?? 'past')));
      // Past tense may still name the day after the article's date: news is dated the evening
      // before it appears ("Albright headed Tuesday to East Africa" in a Monday article).
      // Not after a verb of saying ("said Friday", "was told on Wednesday"): what was said is reported, so it has happened.
      const saying = /\b(?:said|told|announced|reported|added|stated)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, candidate.start - 20), candidate.start));
      // Not in a story dated by its lead's weekday ({@link filingDay}): that day is the lead event's own.
      if (!context.filed && !stated && !saying && toward === 'past' && (reading.weekday - weekdayOf(day) + 7) % 7 === 1) return withClock(addDays(day, 1));
      // "Tuesday of last week": that weekday in the calendar week before the article's (weeks from Monday).
      const ofWeek = /\bof\s+(last|this|next|the\s+previous|the\s+following)\s+week$/i.exec(text.slice(candidate.start, candidate.end))?.[1]?.toLowerCase();
      if (ofWeek) {
        const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
        const shift = /^(?:last|the\s+previous)$/.test(ofWeek) ? -7 : /^(?:next|the\s+following)$/.test(ofWeek) ? 7 : 0;
        return withClock(addDays(monday, shift + ((reading.weekday + 6) % 7)));
      }
      // "the previous Friday", "the following Monday": before or after the day the text has just named.
      const named = /^the\s+(?:previous|following)\b/i.test(text.slice(candidate.start, candidate.end)) ? asDay(parseIsoDate(context.lastDay)) : undefined;
      const resolved = resolveWeekday(reading.weekday, named ?? day, toward);
      // "the day before last Tuesday": chrono reads the weekday and drops the day's shift.
      const shift = /^(?:the\s+)?day\s+(before|after)\s/i.exec(text.slice(candidate.start, candidate.end))?.[1];
      return withClock(shift ? addDays(resolved, /^b/i.test(shift) ? -1 : 1) : resolved);
    }
    case 'ago': {
      if (!day || !reading.date) return undefined;
      if (reading.unit === 'week') return formatIsoWeek(reading.date);
      if (reading.unit === 'year') return String(reading.date.year);
      return formatIsoDate(reading.unit === 'month' ? { year: reading.date.year, month: reading.date.month } : reading.date);
    }
  }
}

/**
 * The calendar date a TimeML value names: `2024-04-19T15:00` → `2024-04-19`. Weeks, quarters
 * and seasons name none: `IsoDate` has no such precision, and the year alone would overstate
 * what the text says.
 */
function dateOfValue(value: string | undefined): IsoDate | undefined {
  return value === undefined ? undefined : (/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|T)/.exec(value)?.[0] ?? undefined);
}

/** Keeps the longest of overlapping candidates; on a tie, the rule table's reading. */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const overlaps = (a: Candidate, b: Candidate): boolean => a.start < b.end && b.start < a.end;
  const kept: Candidate[] = [];
  const ordered = candidates.map((candidate, order) => ({ candidate, order })).sort((a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.order - b.order);
  for (const { candidate } of ordered) {
    if (!kept.some((other) => overlaps(other, candidate))) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Noon on the article's day in local time: chrono counts "two days ago" from it. */
function chronoReference(article: CalendarDate | undefined): Date | undefined {
  const day = asDay(article);
  return day && new Date(day.year, day.month - 1, day.day, 12);
}

/** Carried from one passage of an article to the next: the latest full date named, for "that same day". */
interface Context {
  lastDay: string | undefined;
  /** The month of the latest date named to the month at least (`YYYY-MM`), for "the following month". */
  lastMonth: string | undefined;
  /** The latest quarter named (`YYYY-Qn`), for "the quarter", "that quarter". */
  lastQuarter?: string | undefined;
  /** The year of the latest date named, for "that year". */
  lastYear: number | undefined;
  /**
   * Set when the article's day comes from a yearless dateline and its lead's weekday
   * ({@link filingDay}): the year in `article` is a stand-in, so only weekdays and month–days are
   * resolved, and their values say no year (`XXXX-08-05`).
   */
  filed?: boolean;
}

/**
 * A bare four-digit number before a unit of measure or a plural without "-s" is a quantity, not a
 * year ("at 2000 feet", "1500 people"), as one before a plural noun is ("2000 troops").
 */
const MEASURE_AFTER = /^\s+(?:feet|foot|ft|people|men|women|children|persons|police|personnel|staff|metres|meters|m|kilometres|kilometers|km|miles|mph|yards|tons|tonnes|pounds|lbs?|kg|kilograms|acres|hectares|square|sq|cubic|barrels|bpd|degrees|calories)\b/i;

function measureNotYear(text: string, candidate: Candidate): boolean {
  return /^\d{4}$/.test(text.slice(candidate.start, candidate.end)) && MEASURE_AFTER.test(text.slice(candidate.end, candidate.end + 20));
}

/** A unit of length, speed, volume or weight right before "an hour", "a day": "60 miles an hour", "500 barrels a day". */
const UNIT_BEFORE = /\b(?:miles|mi|kilometers|kilometres|km|kph|feet|ft|meters|metres|yards|knots|inches|centimeters|centimetres|gallons|litres|liters|barrels|bbl|cubic\s+(?:feet|meters|metres)|tons|tonnes|pounds|lbs|kilograms|kg|ounces|degrees)\s+$/i;

/** "60 miles an hour", "500 barrels a day": a rate of a measure, not a length of time (nor a recurrence). */
function rateNotTime(text: string, candidate: Candidate): boolean {
  return /^(?:an?|per|one)\s+(?:second|minute|hour|day|week|month|year)$/i.test(text.slice(candidate.start, candidate.end)) && UNIT_BEFORE.test(text.slice(Math.max(0, candidate.start - 30), candidate.start));
}

/**
 * "Grew 3% a year", "24 hours a day", "seven days a week", "three times a month": "a day" after a
 * percentage, a count of time or of times is how often, a SET (the value, `P1D`, stays), as "$5 a
 * year" is.
 */
function rateOfRecurrence(text: string, candidate: Candidate): boolean {
  return (
    candidate.type === 'DURATION' &&
    /^an?\s+(?:day|week|month|year)$/i.test(text.slice(candidate.start, candidate.end)) &&
    /(?:%|\bpercent|\bhours|\bdays|\bnights|\btimes|\bpoints?)\s+$/i.test(text.slice(Math.max(0, candidate.start - 12), candidate.start))
  );
}

/** "from April to October", "between March 3 and April 2": the end of a range, joined to its start by a word or a dash. */
const RANGE_START_BEFORE = /\b(?:from|between)\s+$/i;
const RANGE_JOIN = /^\s*(?:to|until|till|through|and|-|–)\s*$/i;

/**
 * The end of a range of yearless months or dates is not before its start: "the season runs from
 * April to October" in March is this October, not last October, though that one is nearer.
 */
function rangeEndAfterStart(value: string | undefined, candidate: Candidate, previous: { start: number; end: number; value: string | undefined } | undefined, text: string): string | undefined {
  // A weekday's range ends within the week ({@link joinedWeekdays}), never a year on.
  if (!value || !previous?.value || candidate.reading.kind === 'weekday' || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(value) || value.endsWith('-02-29')) return value;
  if (/\d{4}/.test(text.slice(candidate.start, candidate.end)) || !RANGE_JOIN.test(text.slice(previous.end, candidate.start))) return value;
  if (!RANGE_START_BEFORE.test(text.slice(Math.max(0, previous.start - 12), previous.start))) return value;
  const start = previous.value.slice(0, value.length);
  if (!/^\d{4}-\d{2}/.test(start) || value >= start) return value;
  return `${Number(value.slice(0, 4)) + 1}${value.slice(4)}`;
}

/** Candidates of a string, false readings dropped and overlaps settled. */
function candidatesIn(text: string, article: CalendarDate | undefined): Candidate[] {
  return withoutOverlaps([...phraseCandidates(text), ...chronoCandidates(text, chronoReference(article))].filter((candidate) => !measureNotYear(text, candidate) && !rateNotTime(text, candidate)));
}

/**
 * A candidate's value in a story whose day is known but not its year (`context.filed`): weekdays
 * and month–days resolved against the stand-in day, their year dropped (`XXXX-08-05`); anything
 * else as in a story without a date, since the stand-in year says nothing.
 */
function yearlessValueOf(candidate: Candidate, text: string, article: CalendarDate | undefined, context: Context): string | undefined {
  if (candidate.reading.kind !== 'weekday' && candidate.reading.kind !== 'monthDay') return valueOf(candidate, text, undefined, context);
  const value = valueOf(candidate, text, article, context);
  return value !== undefined && /^\d{4}-\d{2}-\d{2}(?:$|T)/.test(value) ? `XXXX${value.slice(4)}` : undefined;
}

/** Between a clock time and the day it falls on: "10:30 a.m. local time on Aug. 7", "10:30 a.m. (0730 GMT) Friday". */
const CLOCK_THEN_DAY = /^\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:on\s+)?$/i;

/** What joins two weekdays into a list or a range: "Monday and Tuesday", "Thursday through Monday", "Tuesday or Wednesday". */
const WEEKDAY_JOIN = /^\s*(?:(?:and|or|to|through|until|till)\s+(?:on\s+)?|[-–]\s*)$/i;

/**
 * Two weekdays joined share one verb, so they lie on one side of the article's day, in the order
 * written and within a week. Resolved one by one they can fall apart: "takes place on Monday and
 * Tuesday" reads the first ahead from its cue and the second back by default; "taken Thursday
 * through Monday" reads the first as the day after the article's (which a story dated the evening
 * before allows) and the second as gone by. The pair is put back together, both gone by when the
 * second has gone by and the first is not clearly ahead, else both ahead. `undefined` when the two
 * agree already.
 */
function joinedWeekdays(first: CalendarDay, second: CalendarDay, article: CalendarDay): [CalendarDay, CalendarDay] | undefined {
  // Days after the article's (negative: before).
  const firstAfter = daysBetween(article, first);
  const secondAfter = daysBetween(article, second);
  const gap = (weekdayOf(second) - weekdayOf(first) + 7) % 7;
  // Out of order, though the days written are close in the week's order: one of them points the wrong way.
  if (secondAfter < firstAfter && gap >= 1 && gap <= 4) return firstAfter <= 1 && secondAfter < 0 ? [addDays(second, -gap), second] : [first, addDays(first, gap)];
  // In order but a week apart, one of them the day after the article's, the other gone by: a list
  // written backwards ("made Friday and Thursday"), both gone by.
  if (firstAfter === 1 && secondAfter < 0 && Math.abs(firstAfter - 7 - secondAfter) < firstAfter - secondAfter) return [addDays(first, -7), second];
  if (secondAfter === 1 && firstAfter < 0 && Math.abs(secondAfter - 7 - firstAfter) < secondAfter - firstAfter) return [first, addDays(second, -7)];
  return undefined;
}

/** `value` with its day replaced by `day`, any clock or part of the day after it kept. */
const withDay = (value: string, day: CalendarDay): string => `${formatIsoDate(day)}${value.slice(10)}`;

/** The one extraction every caller shares: candidates, overlaps settled, values resolved in order. */
function findTimes(text: string, article: CalendarDate | undefined, context: Context): FoundTime[] {
  const candidates = candidatesIn(text, article);
  const articleDay = context.filed ? undefined : asDay(article);
  let previous: { end: number; value: string | undefined; start: number; weekday: boolean } | undefined;
  const found: FoundTime[] = [];
  for (const candidate of candidates) {
    let value = rangeEndAfterStart(context.filed ? yearlessValueOf(candidate, text, article, context) : valueOf(candidate, text, article, context), candidate, previous, text);
    const weekday = candidate.reading.kind === 'weekday';
    const firstDay = asDay(parseIsoDate(previous?.value?.slice(0, 10)));
    const secondDay = asDay(parseIsoDate(value?.slice(0, 10)));
    if (weekday && previous?.weekday && previous.value && value && articleDay && firstDay && secondDay && WEEKDAY_JOIN.test(text.slice(previous.end, candidate.start))) {
      const joined = joinedWeekdays(firstDay, secondDay, articleDay);
      const last = found[found.length - 1];
      if (joined && last) {
        const firstValue = withDay(previous.value, joined[0]);
        found[found.length - 1] = { ...last, value: firstValue, ...(last.date ? { date: dateOfValue(firstValue) } : {}) };
        value = withDay(value, joined[1]);
      }
    }
    const date = dateOfValue(value);
    // A clock time's day named after it, past a time zone in brackets: the clock is on that day, not the one named before.
    const clock = found[found.length - 1];
    if (date?.length === 10 && previous && clock?.type === 'TIME' && /^\d{4}-\d{2}-\d{2}T\d/.test(clock.value ?? '') && CLOCK_THEN_DAY.test(text.slice(previous.end, candidate.start))) {
      found[found.length - 1] = { ...clock, value: `${date}${clock.value?.slice(10) ?? ''}`, ...(clock.date ? { date } : {}) };
    }
    previous = { start: candidate.start, end: candidate.end, value, weekday };
    if (date?.length === 10) context.lastDay = date;
    if (date && date.length >= 7) context.lastMonth = date.slice(0, 7);
    if (value && /^\d{4}-Q[1-4]$/.test(value) && /\b(?:first|second|third|fourth|[1-4](?:st|nd|rd|th))\b|\bQ[1-4]\b/i.test(text.slice(candidate.start, candidate.end))) context.lastQuarter = value;
    if (date) context.lastYear = Number(date.slice(0, 4));
    const rate = rateOfRecurrence(text, candidate);
    found.push({
      text: text.slice(candidate.start, candidate.end),
      offset: candidate.start,
      type: rate ? 'SET' : candidate.type,
      ...(value ? { value } : {}),
      ...(date ? { date } : {}),
    });
  }
  return found;
}

/**
 * Time expressions in a string, in order, resolved against `articleDate` when it is given and
 * precise enough (a weekday needs a full date; "in October" needs a year).
 *
 * @example
 * timeExpressionsIn('Storms hit Port Ellis in the early hours of Friday.', '2024-04-20')
 * // → [{ text: 'the early hours of Friday', offset: 25, type: 'DATE', value: '2024-04-19', date: '2024-04-19' }]
 */
export function timeExpressionsIn(text: string, articleDate?: IsoDate): FoundTime[] {
  const article = parseIsoDate(articleDate);
  return findTimes(text, article, { lastDay: asDay(article) && articleDate, lastMonth: articleDate?.slice(0, 7), lastYear: article?.year });
}

/** The index of the sentence holding `offset`, from where each sentence starts in the passage text. */
function sentenceAt(starts: readonly number[], offset: number): number {
  let index = 0;
  starts.forEach((start, i) => {
    if (start <= offset) index = i;
  });
  return index;
}

/** Where each sentence starts in the passage text (a sentence not found there starts where the last one did). */
function sentenceStarts(text: string, sentences: readonly string[]): number[] {
  let cursor = 0;
  return sentences.map((sentence) => {
    const start = text.indexOf(sentence, cursor);
    if (start < 0) return cursor;
    cursor = start + sentence.length;
    return start;
  });
}

/**
 * Every time expression in every passage of an article, resolved against `article.meta.date`.
 * Offsets are into the passage text; `sentence` indexes the passage's `sentences` (a passage
 * without sentences counts as one).
 */
export function extractTimes(article: ParsedArticle): TimeExpression[] {
  const stated = parseIsoDate(article.meta.date);
  const filed = stated === undefined ? filingDay(article) : undefined;
  const date = stated ?? filed;
  const context: Context = { lastDay: asDay(stated) && article.meta.date, lastMonth: article.meta.date?.slice(0, 7), lastYear: stated?.year, ...(filed ? { filed: true } : {}) };
  return article.passages.flatMap((passage) => {
    const starts = sentenceStarts(passage.text, passage.sentences);
    return findTimes(passage.text, date, context).map((found) => ({
      ...found,
      file: passage.file,
      paragraph: passage.paragraph,
      sentence: sentenceAt(starts, found.offset),
    }));
  });
}

/** How many opening paragraphs may hold the dateline (a headline and a section name come first). */
const DATELINE_PARAGRAPHS = 4;

/**
 * The day a story with a yearless dateline was filed, as a stand-in date, when its lead names a
 * weekday: "ANNAPOLIS, Md., Aug 6 (Reuters) – … Blinken said on Tuesday …" makes Aug 6 a Tuesday.
 * News convention: a datelined story is filed the day of its lead event, so a weekday in the lead
 * (the first sentence after the dateline) is the dateline's day, and the story's other weekdays
 * can be placed from it ("Monday" in the past tense is Aug 5). The year stays unknown: the
 * stand-in is any year in which that day falls on that weekday, and values drop it
 * (`yearlessValueOf`). Guessing the year from other stories was tried and rejected. Without a
 * weekday in the lead, undefined: weekdays stay unplaced.
 */
function filingDay(article: ParsedArticle): CalendarDay | undefined {
  for (const passage of article.passages.slice(0, DATELINE_PARAGRAPHS)) {
    const dateline = parseDateline(passage.text);
    if (dateline === undefined) continue;
    if (dateline.month === undefined || dateline.day === undefined || dateline.year !== undefined) return undefined;
    const weekday = leadWeekday(passage.text, passage.sentences[0] ?? passage.text);
    if (weekday === undefined) return undefined;
    for (let year = STAND_IN_YEAR; year > STAND_IN_YEAR - 28; year--) {
      const day = { year, month: dateline.month, day: dateline.day };
      if (isoDay(day) && weekdayOf(day) === weekday) return day;
    }
    return undefined;
  }
  return undefined;
}

/** Where the search for a stand-in year starts (any year would do: it is never shown). */
const STAND_IN_YEAR = 2024;

/** A real calendar day (not Feb 29 of a common year). */
function isoDay(day: CalendarDay): boolean {
  const check = new Date(Date.UTC(day.year, day.month - 1, day.day));
  return check.getUTCMonth() === day.month - 1 && check.getUTCDate() === day.day;
}

/**
 * The weekday the lead sentence names as the day of its event: a weekday as written ("on Tuesday",
 * "Tuesday night"), not one its own words or a future verb move ("next Tuesday", "will meet on
 * Thursday"), which names another day.
 */
function leadWeekday(text: string, lead: string): number | undefined {
  const end = text.indexOf(lead) + lead.length;
  for (const candidate of candidatesIn(text, undefined)) {
    if (candidate.start >= end) break;
    if (candidate.reading.kind !== 'weekday') continue;
    if (statedDirection(text, candidate.start, candidate.end) !== undefined) continue;
    const cue = verbCueAt(text, candidate.start, candidate.end);
    if (cue?.direction === 'future' || cue?.direction === 'strictFuture') continue;
    return candidate.reading.weekday;
  }
  return undefined;
}
