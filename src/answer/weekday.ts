/**
 * "What day of the week was Nov 3, 2023?", "The Annapolis report is datelined Aug 6. Which weekday
 * was that?": the weekday the coverage itself gives that date — a time it writes with a weekday
 * ("Tuesday", "on Friday") whose resolved value is the date. Byline does not work out a weekday the
 * coverage never writes; the answer cites the passage that writes it.
 */
import type { Answer, Passage, TimeExpression } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { citationOf, findEvidence, matchedTerms, questionNames, questionTerms, sentenceTokens } from './evidence.ts';
import { calendarDayOfEvent, eventsBeside } from './when.ts';
import { EVENT_NOUNS } from '../text/wordForms.ts';
import { WEEKDAYS } from '../nlp/model/timeWords.ts';
import { wordClass } from '../nlp/model/lexicon.ts';
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
  let undated: Answer | undefined;
  for (const { passage } of findEvidence(index, terms, { limit: 10, minCoverage: 0.3 })) {
    for (const time of index.timesIn(passage)) {
      if (WEEKDAY.exec(time.text)?.[1]?.toLowerCase() !== asked.weekday) continue;
      const day = /^(\d{4}|XXXX)-(\d{2})-(\d{2})/.exec(time.value ?? '');
      if (day === null) {
        const dated = datedByItsEvent(index, question, passage, time);
        if (dated !== undefined) return [dated];
        // A story without a date: its own words are all the coverage gives, and the note says why.
        undated ??= { text: time.text, score: 0.5, matched: terms, note: `The coverage writes “${time.text}” in a story without a date, so it cannot be put on the calendar.`, citations: [citationOf(passage)] };
        continue;
      }
      const monthDay = `${MONTH_ABBREVIATIONS[Number(day[2]) - 1]} ${Number(day[3])}${day[1] === 'XXXX' ? '' : `, ${day[1]}`}`;
      const name = asked.weekday[0]!.toUpperCase() + asked.weekday.slice(1);
      return [{ text: `${name}, ${monthDay}`, ...(time.date === undefined ? {} : { date: time.date }), score: 1, matched: terms, note: `The coverage writes “${time.text}”; by its story's date that is ${monthDay}.`, citations: [citationOf(passage)] }];
    }
  }
  return undated === undefined ? [] : [undated];
}

/**
 * "Saturday's Hamas terror attack" in a story without a date: the weekday's event (an event noun
 * beside it, in a sentence with names the question gives) dated where the coverage writes a
 * calendar date beside the same noun and names ("the October 7 attack" by Hamas).
 */
function datedByItsEvent(index: CorpusIndex, question: string, passage: Passage, weekday: TimeExpression): Answer | undefined {
  const tokens = sentenceTokens(passage, weekday.sentence);
  // The doer's name, not the weekday's or a place's: the passage that writes the date need not say where it was.
  const names = questionNames(index, question).filter((name) => !WEEKDAYS.has(name) && wordClass(name) !== 'place' && matchedTerms([name], tokens).length > 0);
  const nouns = [...EVENT_NOUNS].filter((noun) => eventsBeside(passage, weekday, [noun]).length > 0);
  if (names.length === 0 || nouns.length === 0) return undefined;
  const dated = calendarDayOfEvent(index, names, nouns, passage);
  if (dated === undefined) return undefined;
  return {
    text: dated.time.text,
    date: dated.time.date!,
    score: 1,
    matched: names,
    note: `The coverage writes “${weekday.text}” in a story without a date; it dates the same ${nouns[0]} “${dated.time.text}”.`,
    citations: [citationOf(dated.passage), citationOf(passage)],
  };
}
