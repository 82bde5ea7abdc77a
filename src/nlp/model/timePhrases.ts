/**
 * Relative time phrases the date parser misses or resolves against the wrong day, as a rule table:
 * each phrase, how it resolves against the article's date, and why.
 */

/** How a relative phrase resolves against the article's date. */
export type RelativeResolution =
  | 'articleDay'
  | 'dayBefore'
  | 'dayAfter'
  | 'articleMonth'
  | 'monthBefore'
  | 'monthAfter'
  | 'articleYear'
  | 'yearBefore'
  | 'yearAfter'
  /** "the same day": the day of the latest dated expression before it in the article. */
  | 'sameDay'
  /** Vague or not a calendar date: kept as text, never given a date. */
  | 'none';

export interface RelativePhraseRule {
  /** Matches the span as kept, without a leading preposition. Case-insensitive, whole words. */
  pattern: string;
  resolution: RelativeResolution;
  reason: string;
}

/** Tried all together; where two matches overlap, the longer one wins. */
export const RELATIVE_PHRASES: readonly RelativePhraseRule[] = [
  { pattern: '(?:earlier |later )?today', resolution: 'articleDay', reason: 'the day of publication' },
  { pattern: 'tonight', resolution: 'articleDay', reason: 'the evening of the day of publication' },
  { pattern: '(?:earlier |later )?this (?:morning|afternoon|evening)', resolution: 'articleDay', reason: 'a part of the day of publication' },
  {
    pattern: 'overnight',
    resolution: 'articleDay',
    reason: 'the night that ended on the morning of publication; what happens "overnight" is mostly after midnight',
  },
  { pattern: '(?:late )?last night', resolution: 'dayBefore', reason: 'the evening before the day of publication' },
  { pattern: 'yesterday(?: (?:morning|afternoon|evening))?', resolution: 'dayBefore', reason: 'the day before publication' },
  { pattern: 'tomorrow(?: (?:morning|afternoon|evening|night))?', resolution: 'dayAfter', reason: 'the day after publication' },
  {
    pattern: '(?:(?:earlier|later) (?:this|in the|last) |this |last |next |the past |the previous |the coming )(?:week|weekend)',
    resolution: 'none',
    reason: 'a week has no ISO date at day, month or year precision',
  },
  {
    pattern: '(?:recent|the (?:past|last|coming|next)(?: (?:few|several|two|three))?) (?:days|weeks|months|years)',
    resolution: 'none',
    reason: 'a vague stretch of time',
  },
  {
    pattern: '(?:the|that) same day|that (?:very )?day',
    resolution: 'sameDay',
    reason: 'refers back to the day the article has just named (or, failing that, the day of publication)',
  },
  { pattern: 'day (?:one|1)', resolution: 'none', reason: 'the first day of something, not of the calendar' },
  { pattern: '(?:earlier |later )?this month', resolution: 'articleMonth', reason: 'the month of publication' },
  { pattern: 'last month', resolution: 'monthBefore', reason: 'the month before publication' },
  { pattern: 'next month', resolution: 'monthAfter', reason: 'the month after publication' },
  { pattern: '(?:earlier |later )?this year', resolution: 'articleYear', reason: 'the year of publication' },
  { pattern: 'last year', resolution: 'yearBefore', reason: 'the year before publication' },
  { pattern: 'next year', resolution: 'yearAfter', reason: 'the year after publication' },
];

/** Words before a relative phrase that make it a noun, not a time: "a better tomorrow", "the new today". */
export const NOUN_USE_BEFORE = /\b(?:a|an|the|our|their|your|my)\s+(?:(?:better|brighter|new|safer|different|peaceful)\s+)?$/i;

/**
 * A year standing alone after a preposition ("in 2023", "since 2014"). The preposition keeps
 * counts out ("2000 troops"); a plural noun after the number does too ("in 2000 cases").
 * Group 1 is the year.
 */
export const YEAR_AFTER_PREPOSITION =
  /\b(?:(?:in|since|until|till|during|throughout|early|late)\s+|mid-)((?:19|20)\d{2})\b(?![-–/]\d|,\d|\s*%|\s+percent|\s+(?!(?:as|was|has|is|this|its|his|us)\b)[a-z]+s\b)/gi;
