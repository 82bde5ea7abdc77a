/**
 * When a question's term meets a corpus term in another form: one definition (`termMatches`),
 * and the lookups (`matchForms`) that find every term it accepts in a sorted vocabulary without
 * reading the vocabulary through.
 */
import { synonymsOf } from './terms.ts';

/** Endings that make a people or adjective of a place name: Israel → Israeli, Iran → Iranian. */
const DEMONYM_ENDINGS = ['i', 'ian', 'an', 'ese', 'ish'];

/** A prefix of a longer word is the same word from this length on. */
const MIN_PREFIX = 5;
/** A demonym, a past in e, "-y"/"-ian": from this length of the shorter word. */
const MIN_FORM = 4;
/** One typo, or the act and its noun ("retaliate", "retaliation"): from this length of the shorter word. */
const MIN_EDITED = 6;

/**
 * Same term, or the same word in another form: a prefix of a longer word, one typo in a long
 * one, the people of a place ("Iranian" for "Iran"), or a word news uses for the same thing.
 */
export function termMatches(query: string, term: string): boolean {
  if (query === term) return true;
  let known = termMatchCache.get(query);
  if (known === undefined) termMatchCache.set(query, (known = new Map()));
  let matches = known.get(term);
  if (matches === undefined) {
    // A query term meets the same corpus terms question after question; the memo is bounded as a whole.
    if (++termMatchEntries > TERM_MATCH_LIMIT) {
      termMatchCache.clear();
      termMatchCache.set(query, known);
      known.clear();
      termMatchEntries = 1;
    }
    matches = sameWord(query, term) || synonymsOf(query).some((synonym) => sameWord(synonym, term));
    known.set(term, matches);
  }
  return matches;
}

/** Whether a query term matches a corpus term, by query term: answering asks it of the words of every sentence read. */
const termMatchCache = new Map<string, Map<string, boolean>>();
const TERM_MATCH_LIMIT = 200_000;
let termMatchEntries = 0;

/** `termMatches` without synonyms: the word forms alone. Symmetric. */
export function sameWord(query: string, term: string): boolean {
  if (query === term) return true;
  const [shorter, longer] = query.length <= term.length ? [query, term] : [term, query];
  if (shorter.length >= MIN_PREFIX && longer.startsWith(shorter)) return true;
  if (shorter.length >= MIN_FORM && DEMONYM_ENDINGS.some((ending) => longer === shorter + ending)) return true;
  // "Italy" and "Italian", "Hungary" and "Hungarian".
  if (shorter.length >= MIN_FORM && shorter.endsWith('y') && longer === `${shorter.slice(0, -1)}ian`) return true;
  // A verb ending in e and its past, which the stemmer cuts short: "blame" and "blamed" ("blam").
  if (shorter.length >= MIN_FORM && longer === `${shorter}e`) return true;
  // The act and its noun: "retaliate" and "retaliation", "evacuate" and "evacuations".
  if (shorter.length >= MIN_EDITED && shorter.endsWith('e') && /^ions?$/.test(longer.slice(shorter.length - 1))) return longer.startsWith(shorter.slice(0, -1));
  return shorter.length >= MIN_EDITED && longer.length - shorter.length <= 1 && withinOneEdit(shorter, longer);
}

function withinOneEdit(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.slice(i) === b.slice(i + 1);
}

/**
 * Where a sorted vocabulary holds every term `sameWord` may accept for `seed`: the terms among
 * `forms`, the terms that begin with `prefix` (when there is one), and, when `oneEdit`, the terms
 * one insertion, deletion or substitution away. A superset: what is found is then checked with
 * `sameWord` itself.
 */
export interface MatchForms {
  forms: string[];
  prefix: string | undefined;
  oneEdit: boolean;
}

/** The lookups that find `sameWord`'s matches of `seed` (see `MatchForms`); each rule of `sameWord` read both ways. */
export function matchForms(seed: string): MatchForms {
  const forms = [seed];
  // `seed` the longer word: its shorter forms.
  for (let length = MIN_PREFIX; length < seed.length; length++) forms.push(seed.slice(0, length));
  for (const ending of [...DEMONYM_ENDINGS, 'e']) {
    if (seed.length - ending.length >= MIN_FORM && seed.endsWith(ending)) forms.push(seed.slice(0, -ending.length));
  }
  if (seed.endsWith('ian') && seed.length - 2 >= MIN_FORM) forms.push(`${seed.slice(0, -3)}y`);
  for (const noun of ['ion', 'ions']) {
    if (seed.endsWith(noun) && seed.length - noun.length + 1 >= MIN_EDITED) forms.push(`${seed.slice(0, -noun.length)}e`);
  }
  // `seed` the shorter word: its longer forms.
  if (seed.length >= MIN_FORM) {
    for (const ending of [...DEMONYM_ENDINGS, 'e']) forms.push(seed + ending);
    if (seed.endsWith('y')) forms.push(`${seed.slice(0, -1)}ian`);
  }
  if (seed.length >= MIN_EDITED && seed.endsWith('e')) forms.push(`${seed.slice(0, -1)}ion`, `${seed.slice(0, -1)}ions`);
  return { forms, prefix: seed.length >= MIN_PREFIX ? seed : undefined, oneEdit: seed.length >= MIN_EDITED };
}
