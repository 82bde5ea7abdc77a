import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { citationOf, findEvidence, questionTerms } from './evidence.ts';

/** The passages that best match the query, one answer per paragraph, most relevant first. */
export function searchAnswers(index: CorpusIndex, query: string): Answer[] {
  const terms = questionTerms(query);
  // A single-word query must match; a longer one must share at least a third of its words.
  return findEvidence(index, terms, { limit: 10, minCoverage: terms.length <= 2 ? 0.5 : 0.34 }).map((evidence) => ({
    text: evidence.passage.text,
    score: round(evidence.score),
    matched: evidence.matched,
    citations: [citationOf(evidence.passage)],
  }));
}

export function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
