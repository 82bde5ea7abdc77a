/**
 * Questions about a story itself: when it was published ("when was the Reuters story from Capri
 * filed?") or where it was filed, from its date and dateline, not from the events it reports.
 */
import type { Answer, ArticleMeta } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { parseDateline } from '../corpus/metadata.ts';
import { articleRelevance, citationOf, questionTerms } from './evidence.ts';
import { MAX_ANSWERS } from './corroborate.ts';
import { round } from './search.ts';
import type { QuestionOf } from './question.ts';

/** Share of the story's description an article must match to be the story asked about. */
const MIN_COVERAGE = 0.5;

/** The date or dateline place of the articles that best match the story described, best first. */
export function articleDateAnswers(index: CorpusIndex, question: QuestionOf<'articleDate'>): Answer[] {
  const terms = questionTerms(question.about);
  if (terms.length === 0) return [];
  const ranked = [...articleRelevance(index, terms, MIN_COVERAGE)].sort((a, b) => b[1] - a[1]);
  const answers: Answer[] = [];
  for (const [file, score] of ranked) {
    const meta = index.articles.get(file);
    const answer = meta === undefined ? undefined : question.part === 'date' ? dateOf(index, meta) : placeOf(index, meta);
    if (answer !== undefined) answers.push({ ...answer, score: round(score) });
    if (answers.length >= MAX_ANSWERS) break;
  }
  return answers;
}

/** The article's date as the article writes it, citing where; the date from its metadata otherwise. */
function dateOf(index: CorpusIndex, meta: ArticleMeta): Omit<Answer, 'score'> | undefined {
  if (meta.date === undefined) return undefined;
  for (const passage of index.passagesOf(meta.file)) {
    const stated = index.timesIn(passage).find((time) => time.date === meta.date);
    if (stated !== undefined) return { text: stated.text, date: meta.date, note: `The article's own date (${meta.title}).`, citations: [citationOf(passage)] };
  }
  const first = index.passage(meta.file, 1);
  return first === undefined ? undefined : { text: meta.date, date: meta.date, note: "The article's date, from its metadata.", citations: [citationOf(first)] };
}

/** The article's dateline place, citing the paragraph that opens with it. */
function placeOf(index: CorpusIndex, meta: ArticleMeta): Omit<Answer, 'score'> | undefined {
  if (meta.place === undefined) return undefined;
  for (const passage of index.passagesOf(meta.file)) {
    if (parseDateline(passage.text)?.place === meta.place) {
      return { text: meta.place, ...(meta.date === undefined ? {} : { date: meta.date }), note: `The article's dateline (${meta.title}).`, citations: [citationOf(passage)] };
    }
  }
  return undefined;
}
