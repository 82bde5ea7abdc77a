import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import type { QuestionOf } from './question.ts';
import { indexTerm, words } from '../text/terms.ts';
import { citationOf, findEvidence, isFigure, matchPositions, questionTerms, tokensOf, type Evidence } from './evidence.ts';

/** A figure this many words or fewer from a question word is taken to be the figure asked for. */
const FIGURE_REACH = 3;

/**
 * The passages that best match the query, one answer per paragraph, most relevant first. When the
 * question asks for a figure ("how many …"), passages with one by the question's words come first.
 */
export function searchAnswers(index: CorpusIndex, { text: query, figure: asksForFigure }: QuestionOf<'search'>): Answer[] {
  const terms = questionTerms(query);
  // A single-word query must match; a longer one must share at least a third of its words.
  let evidence = findEvidence(index, terms, { limit: 10, minCoverage: terms.length <= 2 ? 0.5 : 0.34 });
  const counted = asksForFigure ? countedTerm(query) : undefined;
  if (asksForFigure) evidence = evidence.map((e) => ({ ...e, score: e.score * figureFit(e, terms, counted) })).sort((a, b) => b.score - a.score);
  const answers: Answer[] = evidence.map((e) => ({
    text: e.passage.text,
    score: round(e.score),
    matched: e.matched,
    citations: [citationOf(e.passage)],
  }));
  if (asksForFigure) flagOtherFigures(answers, evidence, terms, counted);
  return answers;
}

/** What "how many X …" counts: the first word after it that is not a name ("troop" in "how many US troops are stationed …"). */
function countedTerm(query: string): string | undefined {
  const after = /\bhow\s+(?:many|much)\s+(.+)$/i.exec(query)?.[1] ?? '';
  const noun = words(after).find((word) => /^\p{Ll}/u.test(word) && indexTerm(word) !== null);
  return noun === undefined ? undefined : (indexTerm(noun) ?? undefined);
}

/**
 * How well a passage's figures fit a "how many" question: a figure that counts what is asked
 * ("2,500 U.S. troops" for "how many troops") best, a figure by the question's words less, a
 * passage with no figure least — it cannot say how many.
 */
function figureFit(evidence: Evidence, terms: readonly string[], counted: string | undefined): number {
  if (countingFigure(evidence, counted) !== undefined) return 4;
  return figureNear(evidence, terms) !== undefined ? 2 : tokensOf(evidence.passage).some((t) => isFigure(t.word)) ? 1 : 0.5;
}

/** The figure that counts what is asked, written just before it ("2,500" in "2,500 U.S. troops"). */
function countingFigure(evidence: Evidence, counted: string | undefined): string | undefined {
  if (counted === undefined) return undefined;
  const tokens = tokensOf(evidence.passage);
  const nouns = matchPositions([counted], tokens);
  const figure = tokens.find((t) => isFigure(t.word) && nouns.some((p) => p > t.position && p - t.position <= FIGURE_REACH));
  return figure === undefined ? undefined : figureAt(evidence, figure.offset);
}

/** The figure written next to the question's words in a passage ("2,500" in "hosting 2,500 U.S. troops"). */
function figureNear(evidence: Evidence, terms: readonly string[]): string | undefined {
  const tokens = tokensOf(evidence.passage);
  const matches = matchPositions(terms, tokens);
  const figure = tokens.find((t) => /^\d/.test(t.word) && matches.some((p) => p !== t.position && Math.abs(p - t.position) <= FIGURE_REACH));
  return figure === undefined ? undefined : figureAt(evidence, figure.offset);
}

function figureAt(evidence: Evidence, offset: number): string | undefined {
  return /^(?:[\d,.]+|\p{L}+)/u.exec(evidence.passage.text.slice(offset))?.[0].replace(/[,.]$/, '');
}

/**
 * When another article gives a different figure for what the top passage counts (or for
 * everything it matched), the top answer says so and cites it: readers should see both sides,
 * not Byline's pick.
 */
function flagOtherFigures(answers: Answer[], evidence: readonly Evidence[], terms: readonly string[], counted: string | undefined): void {
  const [top] = evidence;
  const countedInTop = top === undefined ? undefined : countingFigure(top, counted);
  const figureOf = (e: Evidence) => (countedInTop !== undefined ? countingFigure(e, counted) : figureNear(e, terms));
  const figure = top === undefined ? undefined : figureOf(top);
  if (top === undefined || figure === undefined || answers[0] === undefined) return;
  const rivals = evidence.slice(1).flatMap((other) => {
    const otherFigure = figureOf(other);
    const sameQuestion = countedInTop !== undefined || top.matched.every((term) => other.matched.includes(term));
    return otherFigure !== undefined && otherFigure !== figure && sameQuestion && other.passage.file !== top.passage.file ? [{ other, otherFigure }] : [];
  });
  if (rivals.length === 0) return;
  answers[0].note = `Sources differ: ${[`${figure} (${top.passage.file})`, ...rivals.map((r) => `${r.otherFigure} (${r.other.passage.file})`)].join(' vs ')}.`;
  answers[0].alternatives = rivals.map((r) => ({ text: r.other.passage.text, citations: [citationOf(r.other.passage)] }));
}

export function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
