import type { Citation, Passage } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { foldTerm, indexTerm, keyTerms, words } from '../text/terms.ts';

/** A word of a sentence with its index term (null for stopwords) and position. */
export interface Token {
  word: string;
  term: string | null;
  position: number;
}

/** A passage that may answer a question, and how well. */
export interface Evidence {
  passage: Passage;
  /** Search score weighted by how much of the question the passage covers. */
  score: number;
  /** The question's key terms found in the passage text. */
  matched: string[];
  /** Share of the question's key terms found in the passage text (0..1). */
  coverage: number;
}

/** Same term, or the same word in another form (prefix of a longer word, one typo in a long one). */
export function termMatches(query: string, term: string): boolean {
  if (query === term) return true;
  const [shorter, longer] = query.length <= term.length ? [query, term] : [term, query];
  if (shorter.length >= 5 && longer.startsWith(shorter)) return true;
  return shorter.length >= 6 && longer.length - shorter.length <= 1 && withinOneEdit(shorter, longer);
}

function withinOneEdit(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.slice(i) === b.slice(i + 1);
}

export function tokenize(text: string): Token[] {
  return words(text).map((word, position) => ({ word, term: indexTerm(word), position }));
}

/** The query terms that occur (in some form) among the tokens. */
export function matchedTerms(queryTerms: readonly string[], tokens: readonly Token[]): string[] {
  return queryTerms.filter((q) => tokens.some((t) => t.term !== null && termMatches(q, t.term)));
}

/** Positions of tokens that match any of the query terms. */
export function matchPositions(queryTerms: readonly string[], tokens: readonly Token[]): number[] {
  return tokens.filter((t) => t.term !== null && queryTerms.some((q) => termMatches(q, t.term!))).map((t) => t.position);
}

/**
 * Passages that share the question's key terms, best first. A passage must contain at least
 * `minCoverage` of the key terms in its own text (the headline alone does not count), which is
 * what lets Byline abstain when the coverage does not speak of the question's subject.
 */
export function findEvidence(
  index: CorpusIndex,
  queryTerms: readonly string[],
  options: { limit?: number; minCoverage?: number } = {},
): Evidence[] {
  if (queryTerms.length === 0) return [];
  const { limit = 30, minCoverage = 0.5 } = options;
  const evidence: Evidence[] = [];
  for (const hit of index.passageSearch.query(queryTerms.join(' '), limit * 2)) {
    const passage = index.passages.get(hit.id);
    if (passage === undefined) continue;
    const matched = matchedTerms(queryTerms, tokenize(passage.text));
    const coverage = matched.length / queryTerms.length;
    if (coverage < minCoverage) continue;
    evidence.push({ passage, score: hit.score * coverage * coverage, matched, coverage });
  }
  return evidence.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** The key terms of a question once its question words and the given extra words are set aside. */
export function questionTerms(question: string, ignore: ReadonlySet<string> = new Set()): string[] {
  return keyTerms(question).filter((term) => !ignore.has(term));
}

export function citationOf(passage: Passage, excerpt = passage.text): Citation {
  return { file: passage.file, paragraph: passage.paragraph, excerpt };
}

/** True if `name` is one of the question's own words (the answer to "who met Blinken" is not Blinken). */
export function namedInQuestion(name: string, question: string): boolean {
  const asked = new Set(words(question).map(foldTerm));
  return words(name).some((part) => part.length > 2 && asked.has(foldTerm(part)));
}
