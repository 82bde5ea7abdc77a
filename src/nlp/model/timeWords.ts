/**
 * Word lists for time expressions: month and weekday names, and the words around them that
 * decide whether a capitalised "May" or "Sunday" is a date at all.
 */

/** Month names and the abbreviations news copy uses ("Aug", "Sept."), lower case, to 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Weekday names, lower case, to 0 = Sunday … 6 = Saturday. Abbreviations are left out: "Sun" and "Wed" are words. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

/** Prepositions dropped from the front of an expression: the span is "Friday", not "on Friday". */
export const LEADING_PREPOSITIONS = /^(?:(?:on|in|at|since|by|from|until|till|of|during|for|before|after)\s+)+/i;

/**
 * Words that must come right before a bare month name for it to count as a date: this keeps the
 * modal "May" ("May God help us") and names ("April Ryan") out, while "in May" and "since
 * October" stay in.
 */
export const BARE_MONTH_CONTEXT =
  /\b(?:(?:in|into|since|by|until|till|during|from|through|throughout|of|for|under|early|late|mid|last|this(?:\s+(?:past|coming))?|next|before|after|between|and|to)\s+|(?:early|late|mid)-)$/i;

/** Determiners before a month that make it a date ("the March accession", "a June agreement", "the wettest March"), for every month but the modal-and-name "May". */
export const DETERMINER_BEFORE_MONTH = /\b(?:the|a|an|its|his|her|their|our)\s+(?:[a-z]+est\s+)?$/i;

/**
 * Words after a weekday that make it part of a name ("Sunday Times", "Monday Night Football"):
 * a capitalised word that is not a month's name or abbreviation ("Wednesday Martin" is a name too).
 */
export const WEEKDAY_NAME_FOLLOWER =
  /^\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?![A-Za-z]))[A-Z][a-z]/;

/**
 * Words just before a date, month or weekday that belong to it, as TimeML spans have them ("the
 * early hours of Friday" but "the night of [Oct. 23]", "last November", "early March", "the end of November", "mid-October",
 * "nearly two weeks ago"). "Earlier", "later" and "around" are not part of the span ("Earlier Monday" → "Monday");
 * they still set its direction ({@link ../timeTense.ts}).
 */
export const LEFT_MODIFIERS: readonly RegExp[] = [
  /\b(?:the\s+)?(?:early|small|wee|late)\s+hours\s+of\s+$/i,
  /\bthe\s+(?:end|beginning|start|middle|week|weekend)\s+of\s+$/i,
  /\b(?:this\s+(?:coming|past)|the\s+(?:previous|following|coming|next|last))\s+$/i,
  /\b(?:(?:last|this|next|coming|early|late|nearly|almost|some|more\s+than)\s+)+$/i,
  /\b(?:early|late|mid)-$/i,
];

/**
 * A cheap test for text that may hold a date the parser can find: a digit, a month or weekday
 * name, "ago". Sentences without one skip the parser, which is most of them.
 */
export const MAY_HOLD_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|day\b|\bago\b/i;
