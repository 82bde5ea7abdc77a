/**
 * The answer's span as the question asks for it, read from the passage it cites. The candidates
 * are spans of one kind (a name, a year, a century as written); a question may ask for more
 * ("who were the two …": every name of a list, "between what years": both ends) or less ("in what
 * century": the century, not "the early 19th century" a sentence writes). Each rule reads only
 * the question's wording and the words beside the answer in its passage.
 */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';

/**
 * "Who were …", "who are …", "which two …", "the three …": the question asks for more than one. A
 * count elsewhere counts something else ("who split the group into two clades", "who speaks both
 * languages"): only one after the asking words, an article or the copula counts those asked for.
 */
const ASKS_SEVERAL = /\bwho\s+(?:were|are)\b|\b(?:who|what|which|the|were|are)\s+(?:two|three|four|five|both)\b/i;

/** "What years", "between what years", "during which years": a span or list of years, not one. */
const ASKS_YEARS = /\b(?:what|which)\s+years\b|\bbetween\s+(?:what|which)\b/i;

/** "In what century …", "what decade": the era itself, without the part of it a sentence writes. */
const ASKS_ERA = /\b(?:what|which)\s+(?:century|decade)(?:['’]s)?\b/i;

/** "What month …" (not "what month and day"): the month a date writes. */
const ASKS_MONTH = /\b(?:what|which)\s+month\b(?!\s+and\b)/i;

const MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "In what month and year …". */
const ASKS_MONTH_YEAR = /\b(?:what|which)\s+month\s+and\s+year\b/i;
/** "What year …", "in which year …". */
const ASKS_YEAR = /\b(?:what|which)\s+year\b(?!s)/i;

/** The month of a resolved date ("2023-11" → "November"), when it has one. */
function monthOf(date: string | undefined): string | undefined {
  const month = /^\d{4}-(\d{2})/.exec(date ?? '')?.[1];
  return month === undefined ? undefined : MONTH_NAMES[Number(month) - 1];
}

/** The month and year of a resolved date ("2023-11-03" → "November 2023"). */
function monthYearOf(date: string | undefined): string | undefined {
  const month = monthOf(date);
  return month === undefined ? undefined : `${month} ${date!.slice(0, 4)}`;
}

/** A century or decade with the part of it a sentence may write ("the early 19th century", "the late 1970s"). */
const ERA_PART = /^(?:the\s+)?(?:(?:early|mid|late|middle)[-\s]+)?((?:\d{1,2}(?:st|nd|rd|th)[-\s]+(?:century|centuries)|(?:1\d|20)\d0s)(?:\s+(?:BC|BCE|AD|CE))?)$/i;

/** A year as the list and span rules read one ("1820", "206 BCE", "AD 850"). */
const YEAR = String.raw`(?:(?:AD|CE)\s+)?\d{1,4}(?:\s+(?:BC|BCE|AD|CE))?`;
/** What joins two years of a span or a list: a dash, "to", "and", "until", a comma. */
const YEAR_JOIN = String.raw`\s*(?:[–—-]|,\s*and|,|\s(?:to|and|until|through))\s*`;
const YEARS_AFTER = new RegExp(String.raw`^(?:${YEAR_JOIN}${YEAR}\b){1,5}`);
const YEARS_BEFORE = new RegExp(String.raw`(?:\b${YEAR}${YEAR_JOIN}){1,5}$`);

/** A name as a list writes it: capitalised words or initials ("George E. Pickett"), particles, an optional "the" before. */
const NAME_WORD = String.raw`\p{Lu}(?:\.|[\p{L}'’-]*)`;
const NAME = String.raw`(?:the\s+)?${NAME_WORD}(?:\s+(?:(?:de|da|del|der|di|du|la|le|van|von|bin|ibn|al|of)\s+)?${NAME_WORD}){0,4}`;
const NAME_JOIN = String.raw`(?:,\s+and\s+|,\s+|\s+and\s+)`;
const NAMES_AFTER = new RegExp(String.raw`^(?:${NAME_JOIN}${NAME}){1,5}`, 'u');
const NAMES_BEFORE = new RegExp(String.raw`(?:${NAME}${NAME_JOIN}){1,5}(?:the\s+)?$`, 'u');

/** Where an answer stands in the passage its first citation gives, if it is written there. */
function written(index: CorpusIndex, answer: Answer): { text: string; at: number } | undefined {
  const cited = answer.citations[0];
  const text = cited === undefined ? undefined : index.passage(cited.file, cited.paragraph)?.text;
  const at = text?.indexOf(answer.text) ?? -1;
  return text === undefined || at < 0 ? undefined : { text, at };
}

/** The answer widened over the words its passage writes either side of it, by the patterns given. */
function widened(index: CorpusIndex, answer: Answer, before: RegExp, after: RegExp): Answer {
  const found = written(index, answer);
  if (found === undefined) return answer;
  const { text, at } = found;
  const end = at + answer.text.length;
  const right = after.exec(text.slice(end))?.[0] ?? '';
  const left = before.exec(text.slice(Math.max(0, at - 120), at))?.[0] ?? '';
  if (right === '' && left === '') return answer;
  const span = text.slice(at - left.length, end + right.length).trim();
  return { ...answer, text: span };
}

/** "Who were the two …": a name in a list ("X, Y and Z") is answered with the list. */
export function severalAsked(index: CorpusIndex, question: string, answers: Answer[]): Answer[] {
  if (!ASKS_SEVERAL.test(question)) return answers;
  const asked = new Set(wordsOf(question));
  // "Along with da Vinci, who were the two other …": a name the question writes is not one of those asked for.
  const unasked = (item: string) => !wordsOf(item).some((word) => /^\p{Lu}/u.test(word) && asked.has(word));
  return answers.map((answer) => {
    if (!/^\p{Lu}/u.test(answer.text)) return answer;
    const list = widened(index, answer, NAMES_BEFORE, NAMES_AFTER);
    if (list === answer) return answer;
    const items = list.text.split(/,\s+and\s+|,\s+|\s+and\s+/);
    const kept = items.filter(unasked);
    if (kept.length === items.length) return list;
    return kept.length >= 2 && items.indexOf(kept[0]!) + kept.length - 1 === items.indexOf(kept.at(-1)!) ? { ...answer, text: list.text.slice(list.text.indexOf(kept[0]!)) } : answer;
  });
}

/** "The 3rd century" of "the 3rd century BCE": the era a time's passage writes after it is part of it. */
function withEra(index: CorpusIndex, answer: Answer): Answer {
  if (!/\d/.test(answer.text) || /\b(?:BC|BCE|AD|CE)$/.test(answer.text)) return answer;
  const found = written(index, answer);
  const era = found === undefined ? undefined : /^\s+(BCE|BC|CE|AD)\b/.exec(found.text.slice(found.at + answer.text.length))?.[1];
  return era === undefined ? answer : { ...answer, text: `${answer.text} ${era}` };
}

const wordsOf = (text: string): string[] => text.match(/[\p{L}'’-]+/gu) ?? [];

/**
 * The time asked for: "what years" widens a year to the span or list it stands in ("1820 to
 * 1850"); "what century" and "what decade" keep the era without the part a sentence gives ("the
 * early 19th century" → "19th century"); "what month" the month a date writes.
 */
export function timeAsAsked(index: CorpusIndex, question: string, answers: Answer[]): Answer[] {
  return answers.map((given) => {
    const answer = withEra(index, given);
    if (ASKS_YEARS.test(question) && /^\D*\d{1,4}\D*$/.test(answer.text)) return widened(index, answer, YEARS_BEFORE, YEARS_AFTER);
    if (ASKS_ERA.test(question)) {
      const era = ERA_PART.exec(answer.text.trim())?.[1];
      return era === undefined || era === answer.text ? answer : { ...answer, text: era, note: answer.note ?? `“${answer.text}”.` };
    }
    if (ASKS_MONTH.test(question)) {
      const month = MONTHS.exec(answer.text)?.[1] ?? monthOf(answer.date);
      return month === undefined || month === answer.text ? answer : { ...answer, text: month, note: answer.note ?? `“${answer.text}”.` };
    }
    // "In what month and year …", "what year …" answered by "Friday": the date it resolves to, as asked.
    const [asked, written] = ASKS_MONTH_YEAR.test(question) ? [monthYearOf(answer.date), /\b\d{4}\b/.test(answer.text) && MONTHS.test(answer.text)] : ASKS_YEAR.test(question) ? [answer.date?.slice(0, 4), /\b\d{4}\b/.test(answer.text)] : [undefined, true];
    return asked === undefined || written ? answer : { ...answer, text: asked, note: answer.note ?? `“${answer.text}”.` };
  });
}
