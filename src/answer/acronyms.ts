/**
 * A name of several capitalised words and the acronym news writes for it ("the United States" /
 * "the U.S.", "the United Nations" / "the UN"): a question may write the name where the coverage
 * writes the acronym, and its words would then miss every sentence about it. Which acronym a
 * corpus uses is read from the corpus itself, never from a list.
 */
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { indexTerm } from '../text/terms.ts';

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
