/**
 * "What day of the week was Nov 3, 2023?", "The Annapolis report is datelined Aug 6. Which weekday
 * was that?": the weekday the coverage itself gives that date — a time it writes with a weekday
 * ("Tuesday", "on Friday") whose resolved value is the date. Byline does not work out a weekday the
 * coverage never writes; the answer cites the passage that writes it.
 */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { citationOf, findEvidence, questionTerms } from './evidence.ts';
import { MONTH_ABBREVIATIONS } from '../corpus/dateText.ts';
import type { WeekdayAsked, WeekdayDateAsked } from './weekdayAsked.ts';

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** How many passages that write the date, and stories of that day, are read for a weekday. */
const PASSAGES_READ = 40;
const STORIES_READ = 10;

export function weekdayAnswers(index: CorpusIndex, asked: WeekdayAsked): Answer[] {
  const [month, day] = asked.monthDay.split('-').map(Number) as [number, number];
  const monthName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  // The passages that write the date, and those of the stories of that day (whose "Friday" is it).
  const written = index.scorePassages(`${monthName} ${monthName.slice(0, 3)} ${day}`, PASSAGES_READ).map(({ doc }) => index.passageAt(doc));
  const ofThatDay = [...index.articles.values()]
    .filter((meta) => meta.date !== undefined && sameDay(meta.date, asked))
    .slice(0, STORIES_READ)
    .flatMap((meta) => index.passagesOf(meta.file));
  for (const passage of [...written, ...ofThatDay]) {
    for (const time of index.timesIn(passage)) {
      const weekday = WEEKDAY.exec(time.text)?.[1];
      if (weekday === undefined || time.value === undefined || !sameDay(time.value, asked)) continue;
      const name = weekday[0]!.toUpperCase() + weekday.slice(1).toLowerCase();
      return [{ text: name, ...(time.date === undefined ? {} : { date: time.date }), score: 1, matched: [], note: `The coverage writes “${time.text}” for that date.`, citations: [citationOf(passage)] }];
    }
  }
  return [];
}

/** Whether a resolved time value (`2023-11-03`, `XXXX-08-06`, `2024-04-19T…`) falls on the asked day. */
function sameDay(value: string, asked: WeekdayAsked): boolean {
  const m = /^(\d{4}|XXXX)-(\d{2}-\d{2})/.exec(value);
  if (m === null || m[2] !== asked.monthDay) return false;
  return asked.year === undefined || m[1] === asked.year || m[1] === 'XXXX';
}

/** Words of a weekday-date question that say what is asked, not what about. */
const ASKING_WORDS: ReadonlySet<string> = new Set(['calendar', 'date', 'day', 'weekday', 'story', 'article', 'report', 'piece', 'dateline', 'confirm']);

/**
 * "The Annapolis story says Blinken spoke on Tuesday. What calendar date was that?": the date the
 * coverage's own "Tuesday" stands for, by its story's date, in the passage that best matches what the
 * question tells. Undefined dates (a story without one) answer nothing here.
 */
export function weekdayDateAnswers(index: CorpusIndex, question: string, asked: WeekdayDateAsked): Answer[] {
  const terms = questionTerms(question).filter((term) => !ASKING_WORDS.has(term) && term !== asked.weekday);
  if (terms.length === 0) return [];
  for (const { passage } of findEvidence(index, terms, { limit: 10, minCoverage: 0.3 })) {
    for (const time of index.timesIn(passage)) {
      if (WEEKDAY.exec(time.text)?.[1]?.toLowerCase() !== asked.weekday) continue;
      const day = /^(\d{4}|XXXX)-(\d{2})-(\d{2})/.exec(time.value ?? '');
      if (day === null) continue;
      const monthDay = `${MONTH_ABBREVIATIONS[Number(day[2]) - 1]} ${Number(day[3])}${day[1] === 'XXXX' ? '' : `, ${day[1]}`}`;
      const name = asked.weekday[0]!.toUpperCase() + asked.weekday.slice(1);
      return [{ text: `${name}, ${monthDay}`, ...(time.date === undefined ? {} : { date: time.date }), score: 1, matched: terms, note: `The coverage writes “${time.text}”; by its story's date that is ${monthDay}.`, citations: [citationOf(passage)] }];
    }
  }
  return [];
}
