/**
 * A name of several capitalised words and the acronym news writes for it ("the United States" /
 * "the U.S.", "the United Nations" / "the UN"): a question may write the name where the coverage
 * writes the acronym, and its words would then miss every sentence about it. Which acronym a
 * corpus uses is read from the corpus itself, never from a list.
 */
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { indexTerm } from '../text/terms.ts';
import { findEvidence, questionTerms } from './evidence.ts';

/** Two to four capitalised words, "of" allowed between them ("Bank of Norland" is not one: its acronym skips "of"). */
const NAME_RUN = /\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}\b/gu;

/**
 * The question with each name of several words that the corpus writes as its acronym replaced by
 * that acronym, dotted ("U.S.") or not ("UN") as the corpus writes it; `undefined` when none is.
 * The question's first word (its question word) opens no name.
 */
export function withAcronyms(index: CorpusIndex, text: string): string | undefined {
  let replaced = text;
  for (const match of text.matchAll(NAME_RUN)) {
    // A person's initials are no acronym the coverage uses for them.
    if ((match.index ?? 0) === 0 || index.entities.resolve(match[0])?.kind === 'person') continue;
    const initials = match[0].split(/\s+/).map((word) => word[0]!).join('');
    const acronym = [initials.split('').join('.') + '.', initials].find((form) => writes(index, form));
    if (acronym !== undefined) replaced = replaced.replace(match[0], acronym);
  }
  return replaced === text ? undefined : replaced;
}

/** How many passages with the acronym's term are read for the acronym as written (capitals, dots). */
const PASSAGES_READ = 5;

/**
 * True when the corpus writes the acronym as a word of its own, in capitals ("AL" is not the "al"
 * of "al Asad"; "ME" is a stopword).
 */
function writes(index: CorpusIndex, acronym: string): boolean {
  const term = indexTerm(acronym.replace(/\.$/, ''));
  if (term === null || term.length < 2) return false;
  const written = new RegExp(`(?<![\\p{L}.])${acronym.replace(/\./g, '\\.')}(?![\\p{L}])`, 'u');
  return index.scorePassages(term, PASSAGES_READ).some(({ doc }) => written.test(index.passageAt(doc).text));
}

/** How many passages are weighed for how much of a question the coverage holds, in either writing. */
const PASSAGES_WEIGHED = 3;

/**
 * The question with its names written as acronyms (`withAcronyms`) when the passages that match it
 * best cover more of it so written: "the United States" is "the U.S." for coverage that writes the
 * acronym, and stays as it is for coverage that writes the name in full.
 */
export function withAcronymsIfCloser(index: CorpusIndex, text: string): string | undefined {
  const written = withAcronyms(index, text);
  if (written === undefined) return undefined;
  const terms = questionTerms(written);
  const acronyms = terms.filter((term) => !questionTerms(text).includes(term));
  // Only passages that write the acronym count for it: a question of fewer words is covered more easily.
  const usingAcronym = findEvidence(index, terms, { limit: PASSAGES_WEIGHED, minCoverage: 0 }).filter((e) => acronyms.some((term) => e.matched.includes(term)));
  const asAsked = findEvidence(index, questionTerms(text), { limit: PASSAGES_WEIGHED, minCoverage: 0 });
  return Math.max(0, ...usingAcronym.map((e) => e.coverage)) > Math.max(0, ...asAsked.map((e) => e.coverage)) ? written : undefined;
}
