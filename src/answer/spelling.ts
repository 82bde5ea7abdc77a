/**
 * Words a question spells otherwise than the coverage: a name of several capitalised words and the
 * acronym news writes for it ("the United States" / "the U.S.", "the United Nations" / "the UN"), a
 * compound written as two words or as one ("air base" / "airbase", "cease fire" / "ceasefire"). The
 * question's words would then miss every sentence about it. Which spelling a corpus uses is read
 * from the corpus itself, never from a list.
 */
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { indexTerm, STOPWORDS, words } from '../text/terms.ts';
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
    if ((match.index ?? 0) === 0) continue;
    const initials = match[0].split(/\s+/).map((word) => word[0]!).join('');
    const acronym = [initials.split('').join('.') + '.', initials].find((form) => writes(index, form));
    // A person's initials are no acronym the coverage uses for them (looked up last: a name's lookup costs most).
    if (acronym !== undefined && index.entities.resolve(match[0])?.kind !== 'person') replaced = replaced.replace(match[0], acronym);
  }
  return replaced === text ? undefined : replaced;
}

/** How many passages with a word's term are read for the word as written (capitals, dots). */
const PASSAGES_READ = 10;

/**
 * True when the corpus writes the word as it is given, case and dots as well ("AL" is not the "al"
 * of "al Asad"; "ME" is a stopword).
 */
function writes(index: CorpusIndex, word: string): boolean {
  const term = indexTerm(word.replace(/\.$/, ''));
  if (term === null || term.length < 2) return false;
  // A lowercase word may open a sentence ("Airbase …"); an acronym is written in capitals.
  const written = new RegExp(`(?<![\\p{L}.])${word.replace(/\./g, '\\.')}(?![\\p{L}])`, /\p{Lu}/u.test(word) ? 'u' : 'iu');
  return index.passagesWithTerm(term, PASSAGES_READ).some((doc) => written.test(index.passageAt(doc).text));
}

/** Two lowercase words in turn, each of three letters or more ("air base"). */
const WORD_PAIR = /\b(\p{Ll}{3,})\s+(?=(\p{Ll}{3,})\b)/gu;

/** The lowercase words of a question, in turn. */
const LOWER_WORDS = /\b\p{Ll}+\b/gu;

/**
 * The question with each pair of words that the corpus writes as one ("airbase") and each run of
 * two or three it writes hyphenated ("tit-for-tat", "cross-border") so written; `undefined` when it
 * has none.
 */
export function withClosedCompounds(index: CorpusIndex, text: string): string | undefined {
  let replaced = text;
  for (const match of text.matchAll(WORD_PAIR)) {
    const [first, second] = [match[1]!, match[2]!];
    const joined = `${first}${second}`;
    if (indexTerm(first) === null || indexTerm(second) === null || !writes(index, joined)) continue;
    replaced = replaced.replace(`${first} ${second}`, joined);
  }
  const typed = replaced.match(LOWER_WORDS) ?? [];
  for (let at = 0; at + 1 < typed.length; at++) {
    for (const run of [typed.slice(at, at + 3), typed.slice(at, at + 2)]) {
      const hyphenated = run.join('-');
      if (run.length < 2 || index.passagesWithTerm(indexTerm(hyphenated) ?? '', 1).length === 0 || !writes(index, hyphenated)) continue;
      replaced = replaced.replace(new RegExp(`\\b${run.join('\\s+')}\\b`), hyphenated);
      break;
    }
  }
  return replaced === text ? undefined : replaced;
}

/** A word long enough that two of its letters typed the other way round is a typo, not another word (5), and no longer than words are (20). */
const TYPED_WORD = /^[A-Za-z]{5,20}$/;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A word's typos of the kinds that leave no other word: two letters in turn the other way round
 * ("foriegn"), a doubled letter typed once ("aleged") or a letter typed twice ("tajanii",
 * "ferrry"). A letter added, dropped or changed anywhere else often makes another word ("Iraqi" and
 * "Iraq", "outlet" and "outset"), which a corpus that never writes the first cannot tell apart.
 */
function oneEditForms(word: string): Array<Set<string>> {
  const swapped = new Set<string>();
  const doubled = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    if (i + 1 < word.length && word[i] !== word[i + 1]) swapped.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    doubled.add(word.slice(0, i + 1) + word[i] + word.slice(i + 1));
    if (i + 1 < word.length && word[i] === word[i + 1]) doubled.add(word.slice(0, i) + word.slice(i + 1));
  }
  return [swapped, doubled];
}

/** A common word with one letter dropped ("alredy" for "already"): the only one of the common words it could be. */
function commonWordOf(word: string): string | undefined {
  const forms = new Set<string>();
  for (let i = 0; i <= word.length; i++) for (const letter of LETTERS) forms.add(word.slice(0, i) + letter + word.slice(i));
  const common = [...forms].filter((form) => STOPWORDS.has(form.toLowerCase()));
  return common.length === 1 ? common[0] : undefined;
}

/**
 * The question with each word the corpus never writes, but writes with one typo undone, so
 * written ("the italian foriegn minister" → "foreign", "aleged" → "alleged", "alredy" → "already"):
 * the first kind of typo (see `oneEditForms`) that gives exactly one word the corpus writes;
 * `undefined` when no word is so written. A word of fewer than five letters may be another word, not a typo.
 */
export function withTyposUndone(index: CorpusIndex, text: string): string | undefined {
  let replaced = text;
  for (const word of new Set(words(text))) {
    // Only words of the ASCII letters a typo's edits are made of, and of a word's length: a run of other letters
    // (or a string of thousands) would be tried in thousands of forms.
    const term = TYPED_WORD.test(word) ? indexTerm(word.toLowerCase()) : null;
    if (term === null || index.passagesWithTerm(term, 1).length > 0) continue;
    // A common word ("alredy" for "already") is no index term but is a word all the same.
    const common = commonWordOf(word);
    if (common !== undefined) {
      replaced = withWord(replaced, word, common);
      continue;
    }
    for (const forms of oneEditForms(word)) {
      // Read from the index's terms first: a form no passage holds costs no reading, and forms of
      // more than one term are no one typo's.
      const held = [...forms].filter((form) => index.passagesWithTerm(indexTerm(form.toLowerCase()) ?? '', 1).length > 0);
      if (held.length === 0) continue;
      const written = new Set(held.map((form) => indexTerm(form.toLowerCase()))).size === 1 ? held.filter((form) => writes(index, form)) : [];
      if (written.length === 1) replaced = withWord(replaced, word, written[0]!);
      break;
    }
  }
  return replaced === text ? undefined : replaced;
}

/** The text with each whole-word `word` (letters only) written as `by`. */
function withWord(text: string, word: string, by: string): string {
  return text.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'gu'), by);
}

/** A word in capitals, dotted or not: "US", "U.S.", "UN". */
const ACRONYM = /(?<![\p{L}.])(?:\p{Lu}\.){2,5}|(?<![\p{L}.])\p{Lu}{2,5}(?![\p{L}])/gu;

/** Each acronym of the text with the names of several words the corpus writes for it ("US" → ["United States"]); only those that have one. */
export function acronymNames(index: CorpusIndex, text: string): Array<[string, string[]]> {
  return [...new Set([...text.matchAll(ACRONYM)].map((m) => m[0]))].flatMap((acronym) => {
    const letters = acronym.replace(/\./g, '');
    const names = index.entityList.filter((entity) => entity.kind !== 'person' && initialsOf(entity.name) === letters).map((entity) => entity.name);
    return names.length > 0 ? [[acronym, names] as [string, string[]]] : [];
  });
}

/** A name of several capitalised words, small joining words between them: "Group of Seven", "Middle East Institute". */
const SPELT_NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)?\p{Lu}[\p{L}'’-]*)+/gu;
/** The names of several capitalised words a text writes ("Group of Seven", "Middle East Institute"). */
export function namesSpeltOut(text: string): string[] {
  return [...text.matchAll(SPELT_NAME)].map((m) => m[0]);
}

/** How many passages naming a name's last word are read for the short form the corpus gives it. */
const SHORT_FORM_PASSAGES = 20;

/**
 * Each name of several words in the text with the short form the corpus writes in brackets after
 * it ("the Group of Seven (G7)" → ["Group of Seven", "G7"]): a question that spells a name out asks
 * of what the coverage calls by its short form.
 */
export function shortForms(index: CorpusIndex, text: string): Array<[string, string]> {
  return [...new Set(namesSpeltOut(text))].flatMap((name) => {
    const last = indexTerm(name.split(/\s+/).at(-1)!.toLowerCase());
    if (last === null) return [];
    const written = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+\\(([\\p{Lu}\\d][\\p{Lu}\\d.&-]{1,7})\\)`, 'u');
    for (const doc of index.passagesWithTerm(last, SHORT_FORM_PASSAGES)) {
      const short = written.exec(index.passageAt(doc).text)?.[1];
      if (short !== undefined) return [[name, short] as [string, string]];
    }
    return [];
  });
}

/** The initials of a name of several capitalised words ("United States" → "US"); '' for one word. */
function initialsOf(name: string): string {
  const parts = name.split(/\s+/);
  return parts.length > 1 && parts.every((part) => /^\p{Lu}\p{Ll}/u.test(part)) ? parts.map((part) => part[0]).join('') : '';
}

/** How many passages are weighed for how much of a question the coverage holds, in either spelling. */
const PASSAGES_WEIGHED = 3;

/**
 * The question as the corpus spells it (acronyms, closed compounds) when the passages that match it
 * best cover more of it so written: "the United States" is "the U.S." for coverage that writes the
 * acronym, and stays as it is for coverage that writes the name in full.
 */
export function asCorpusSpells(index: CorpusIndex, text: string): string | undefined {
  let best = text;
  for (const respell of [withAcronyms, withClosedCompounds]) {
    const written = respell(index, best);
    if (written !== undefined && coversMore(index, written, best)) best = written;
  }
  return best === text ? undefined : best;
}

/** True when passages that use the new spelling cover more of the question than the best ones for the old. */
function coversMore(index: CorpusIndex, written: string, text: string): boolean {
  const terms = questionTerms(written);
  const before = questionTerms(text);
  const respelt = terms.filter((term) => !before.includes(term));
  // Only passages that write the new spelling count for it: a question of fewer words is covered more easily.
  const usingIt = findEvidence(index, terms, { limit: PASSAGES_WEIGHED, minCoverage: 0 }).filter((e) => respelt.some((term) => e.matched.includes(term)));
  const asAsked = findEvidence(index, before, { limit: PASSAGES_WEIGHED, minCoverage: 0 });
  return Math.max(0, ...usingIt.map((e) => e.coverage)) > Math.max(0, ...asAsked.map((e) => e.coverage));
}
