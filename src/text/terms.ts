/**
 * How text becomes search terms: one rule for the index and for questions, so a question's
 * words meet the corpus's words in the same form.
 */
import { IRREGULAR_VERBS, SYNONYM_GROUPS } from './wordForms.ts';

/** Words that carry no topic: question words, auxiliaries, articles, pronouns, prepositions. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then so of in on at to for from by with about as into onto over under
  after before since during between against through without within upon than too very
  is are was were be been being am do does did done doing has have had having will would shall
  should can could may might must
  who whom whose what which when where why how whether that this these those there here
  i me my we our us you your he him his she her it its they them their one ones
  not no nor also already just only even still yet ever again any all some each every both either
  said says say told tell tells ask asked quote quotes please did does day out up off away via per
  many much`
    .split(/\s+/)
    .filter(Boolean),
);

/** A word with an auxiliary written on ("they're", "there'd", "we'll", "I've"); "n't" is left: a negation says something. */
const CONTRACTION = /^(.+)'(?:d|ll|re|ve|m)$/;

/** Folded words seen so far: answering folds every word of every sentence it reads for names. */
const foldCache = new Map<string, string>();

/** Lower-cases, folds accents and curly apostrophes, and drops a possessive `'s` (memoised). */
export function foldTerm(term: string): string {
  let folded = foldCache.get(term);
  if (folded === undefined) {
    if (foldCache.size >= TERM_CACHE_LIMIT) foldCache.clear();
    folded = foldOf(term);
    foldCache.set(term, folded);
  }
  return folded;
}

function foldOf(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s?$/, '');
}


/**
 * A light English stemmer: enough to meet "explosions"/"explosion", "attacked"/"attack",
 * "rocked"/"rock" without a dictionary. Short words are left alone so names stay intact.
 */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/[^s]s$/.test(word) && !/(us|is|ss)$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 6) return undoubleConsonant(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 5) return undoubleConsonant(word.slice(0, -2));
  return word;
}

function undoubleConsonant(word: string): string {
  return /([bdgmnprt])\1$/.test(word) ? word.slice(0, -1) : word;
}

/** A word as first seen, with its index term. */
export interface WordEntry {
  word: string;
  term: string | null;
}

/** The words seen so far: a corpus repeats its vocabulary, and the rules are pure. */
const termCache = new Map<string, WordEntry>();
const TERM_CACHE_LIMIT = 500_000;

/** A corpus or query word as the index stores it, or `null` for a stopword or noise (memoised). */
export function indexTerm(word: string): string | null {
  return wordEntry(word).term;
}

/**
 * A word as first seen, and its index term (`indexTerm`). Tokens keep the word as first seen: a
 * word sliced from each passage read is a string of its own, and answering keeps the tokens of
 * every passage it has read (a fifth of what it allocates stays, and every young collection copies it).
 */
export function wordEntry(word: string): WordEntry {
  let entry = termCache.get(word);
  if (entry === undefined) {
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    entry = { word, term: termOf(word) };
    termCache.set(word, entry);
  }
  return entry;
}

function termOf(term: string): string | null {
  // "US" the country is not "us" the pronoun.
  if (term === 'US' || term === 'U.S') return 'u.s';
  const folded = foldTerm(term);
  if (folded.length === 0 || STOPWORDS.has(folded)) return null;
  // "there'd", "they're", "we'll": a pronoun or question word with its auxiliary written on says no more than the pronoun.
  const contracted = CONTRACTION.exec(folded);
  if (contracted !== null && STOPWORDS.has(contracted[1]!)) return null;
  if (!/[\p{L}\p{N}]/u.test(folded)) return null;
  return IRREGULAR_VERBS.get(folded) ?? stem(folded);
}

const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of SYNONYM_GROUPS) {
    const terms = group.map((word) => (word === 'u.s' ? word : indexTerm(word))).filter((t): t is string => t !== null);
    group.forEach((word, n) => {
      const others = terms.filter((other) => other !== terms[n]);
      // Keyed by the stem of each inflection too: "accused" stems to "accus", not to "accuse".
      for (const key of new Set(word === 'u.s' ? [word] : inflections(word).map(indexTerm))) {
        if (key !== null) map.set(key, [...new Set([...(map.get(key) ?? []), ...others])]);
      }
    });
  }
  return map;
})();

/** A verb or noun and its regular inflections: "accuse", "accuses", "accused", "accusing"; "notify", "notifies", "notified". */
function inflections(word: string): string[] {
  const bare = word.endsWith('e') ? word.slice(0, -1) : word;
  // A consonant and "y": "notifies", "notified".
  const ied = /[^aeiou]y$/.test(word) ? [`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`] : [];
  return [word, `${word}s`, word.endsWith('e') ? `${word}d` : `${word}ed`, `${bare}ing`, ...ied];
}

/** Shared by every term without synonyms: `termMatches` asks for every word of every sentence it weighs. */
const NO_SYNONYMS: readonly string[] = Object.freeze([]);

/** Index terms news text uses for the same thing as `term` (see `SYNONYM_GROUPS`). */
export function synonymsOf(term: string): readonly string[] {
  return SYNONYMS.get(term) ?? NO_SYNONYMS;
}

/** Splits text into words (letters, digits, inner apostrophes and hyphens kept together). */
export function words(text: string): string[] {
  // The pattern, not the hand scanner: the lists of names are split at start-up, before the scanner is compiled.
  return text.match(WORD) ?? [];
}

/** Like `words`, with each word's character offset. */
export function wordsAt(text: string): Array<{ word: string; offset: number }> {
  const found: Array<{ word: string; offset: number }> = [];
  eachWord(text, (word, offset) => found.push({ word, offset }));
  return found;
}

/** Calls `visit` with each word of the text (as `words` splits it) and its character offset, in order. */
export function eachWord(text: string, visit: (word: string, offset: number) => void): void {
  // `visit` may split other texts into words (which moves `wordEnd`): the end is read before it runs.
  for (let start = nextWord(text, 0); start >= 0; ) {
    const end = wordEnd;
    visit(text.slice(start, end), start);
    start = nextWord(text, end);
  }
}

/** A word: letters and digits, joined by inner apostrophes, hyphens and periods ("U.S", "al-Assad", "don't"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/** Where the word {@link nextWord} found last ends. */
let wordEnd = 0;

/** An ASCII letter or digit: [A-Za-z0-9]. */
export function isAsciiLetterOrDigit(code: number): boolean {
  const folded = code | 32;
  return (code >= 48 && code <= 57) || (folded >= 97 && folded <= 122);
}

/**
 * Where the next `WORD` match at or after `from` starts (-1 when none), its end in `wordEnd`:
 * ASCII is scanned by hand (there the pattern's letters and digits are [A-Za-z0-9], and the
 * Unicode pattern costs several times more); the pattern itself runs from the first character
 * that is not ASCII. No match starts at an ASCII character that is not a letter or digit, so
 * the pattern run from there finds what it would have found from `from`.
 */
function nextWord(text: string, from: number): number {
  const n = text.length;
  let i = from;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return wordByPattern(text, i);
    if (isAsciiLetterOrDigit(code)) break;
  }
  if (i >= n) return -1;
  const end = asciiWordEnd(text, i, false);
  if (end < 0) return wordByPattern(text, i);
  wordEnd = end;
  return i;
}

/**
 * Where an ASCII word that starts with a letter or digit at `start` ends: letters and digits, each
 * joiner (' - ., and & when `ampersand`) followed by more. -1 when a character that is not ASCII
 * comes first: the caller's Unicode pattern then reads the word.
 */
export function asciiWordEnd(text: string, start: number, ampersand: boolean): number {
  const n = text.length;
  let j = start + 1;
  for (;;) {
    while (j < n && isAsciiLetterOrDigit(text.charCodeAt(j))) j++;
    if (j >= n) return j;
    const code = text.charCodeAt(j);
    if (code >= 128) return -1;
    if (code !== 39 && code !== 45 && code !== 46 && !(ampersand && code === 38)) return j;
    if (j + 1 >= n) return j;
    const after = text.charCodeAt(j + 1);
    if (after >= 128) return -1;
    if (!isAsciiLetterOrDigit(after)) return j;
    j += 2;
  }
}

function wordByPattern(text: string, from: number): number {
  WORD.lastIndex = from;
  const match = WORD.exec(text);
  if (match === null) return -1;
  wordEnd = match.index + match[0].length;
  return match.index;
}

/** The distinct index terms of a text, in order of first appearance. */
export function keyTerms(text: string): string[] {
  const seen = new Set<string>();
  for (const word of words(text)) {
    const term = indexTerm(word.replace(/\.$/, ''));
    if (term !== null) seen.add(term);
  }
  return [...seen];
}

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
