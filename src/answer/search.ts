import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { citationOf, findEvidence, matchPositions, questionTerms, tokenize, type Evidence } from './evidence.ts';

/** "how many …", "how much …": the answer is a figure, so passages with one by the question's words come first. */
const ASKS_FOR_FIGURE = /^\s*how\s+(many|much)\b/i;

/** A figure this many words or fewer from a question word is taken to be the figure asked for. */
const FIGURE_REACH = 3;

/** The passages that best match the query, one answer per paragraph, most relevant first. */
export function searchAnswers(index: CorpusIndex, query: string): Answer[] {
  const terms = questionTerms(query);
  // A single-word query must match; a longer one must share at least a third of its words.
  let evidence = findEvidence(index, terms, { limit: 10, minCoverage: terms.length <= 2 ? 0.5 : 0.34 });
  if (ASKS_FOR_FIGURE.test(query)) {
    evidence = evidence.map((e) => (hasFigureNear(e, terms) ? { ...e, score: e.score * 2 } : e)).sort((a, b) => b.score - a.score);
  }
  return evidence.map((e) => ({
    text: e.passage.text,
    score: round(e.score),
    matched: e.matched,
    citations: [citationOf(e.passage)],
  }));
}

function hasFigureNear(evidence: Evidence, terms: readonly string[]): boolean {
  const tokens = tokenize(evidence.passage.text);
  const matches = matchPositions(terms, tokens);
  return tokens.some((t) => /^\d/.test(t.word) && matches.some((p) => p !== t.position && Math.abs(p - t.position) <= FIGURE_REACH));
}

export function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
