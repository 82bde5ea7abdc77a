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
  return termMatchesWith(query, synonymsOf(query), term);
}

/**
 * `termMatches` with the query's synonyms (`synonymsOf(query)`) looked up by the caller: once
 * per query term, not once per word, when one query term is read against a passage's every word.
 */
export function termMatchesWith(query: string, synonyms: readonly string[], term: string): boolean {
  if (sameWord(query, term)) return true;
  for (let n = 0; n < synonyms.length; n++) if (sameWord(synonyms[n]!, term)) return true;
  return false;
}

/**
 * `termMatches` without synonyms: the word forms alone. Symmetric. Written to allocate nothing:
 * answering asks it of every word of every sentence it weighs. Each form read against the shorter
 * word: the longer is the shorter then
 * - any ending, from 5 letters ("explosion", "explosions");
 * - a demonym ending or "e", from 4 ("iran", "iranian"; "blam", "blame": the stemmer cuts "blamed" short);
 * - "y" made "ian", from 4 ("italy", "italian");
 * - "e" made "ion" or "ions", from 6: the act and its noun ("retaliate", "retaliation");
 * - or, from 6, one letter changed, added or dropped anywhere (a typo).
 */
export function sameWord(query: string, term: string): boolean {
  if (query === term) return true;
  const shorter = query.length <= term.length ? query : term;
  const longer = shorter === query ? term : query;
  const short = shorter.length;
  let same = 0;
  while (same < short && shorter.charCodeAt(same) === longer.charCodeAt(same)) same++;
  if (same === short) {
    // The shorter begins the longer (the two are not equal, so the longer is longer).
    if (short >= MIN_PREFIX) return true;
    return short >= MIN_FORM && LONGER_FORMS.has(longer.slice(short));
  }
  const extra = longer.length - short;
  if (same === short - 1 && short >= MIN_FORM) {
    // All but the shorter's last letter begin the longer.
    const last = shorter[short - 1];
    const rest = longer.slice(same);
    if (last === 'y' && rest === 'ian') return true;
    if (last === 'e' && short >= MIN_EDITED && (rest === 'ion' || rest === 'ions')) return true;
  }
  if (same >= MIN_FORM && placeAndPeople(query, term, same)) return true;
  if (short < MIN_EDITED || extra > 1) return false;
  // The one edit is at `same`: a letter added to the longer there, or (equal lengths) changed.
  for (let i = extra === 0 ? same + 1 : same; i < short; i++) if (shorter.charCodeAt(i) !== longer.charCodeAt(i + extra)) return false;
  return true;
}

/**
 * A place's name and its people's word, where the people's ending replaces the name's: the
 * name's ending, and the people's ("lebanon", "lebanese"; "mexico", "mexican"; "turkey", "turkish").
 */
const PLACE_PEOPLE_ENDINGS: ReadonlyArray<readonly [place: string, people: string]> = [
  ['on', 'ese'], ['o', 'an'], ['a', 'ian'], ['a', 'ese'], ['e', 'ian'], ['um', 'an'], ['al', 'uese'],
  ['ey', 'ish'], ['en', 'ish'], ['ain', 'ish'], ['and', 'ish'],
];

/** True when one word is a place's name and the other its people's word (see `PLACE_PEOPLE_ENDINGS`), both from a stem of 4 letters or more that `same` letters begin. */
function placeAndPeople(a: string, b: string, same: number): boolean {
  for (const [place, people] of PLACE_PEOPLE_ENDINGS) {
    for (const [name, folk] of [[a, b], [b, a]] as const) {
      const stem = name.length - place.length;
      if (stem >= MIN_FORM && stem <= same && folk.length - people.length === stem && name.endsWith(place) && folk.endsWith(people)) return true;
    }
  }
  return false;
}

/**
 * True when `word` is the people's word of the place `place` names (both lower case): "iranian"
 * of "iran", "italian" of "italy", "lebanese" of "lebanon". A question that says "the Lebanese
 * border" names Lebanon.
 */
export function isPeopleOf(word: string, place: string): boolean {
  if (place.length < MIN_FORM || word.length <= place.length - 3) return false;
  let same = 0;
  while (same < place.length && same < word.length && place.charCodeAt(same) === word.charCodeAt(same)) same++;
  if (same === place.length) return DEMONYM_ENDINGS.includes(word.slice(same));
  if (same === place.length - 1 && place.endsWith('y') && word.slice(same) === 'ian') return true;
  return PLACE_PEOPLE_ENDINGS.some(([ending, people]) => place.length - ending.length === word.length - people.length && place.length - ending.length <= same && place.endsWith(ending) && word.endsWith(people));
}

/** What a longer form adds to a word of 4 letters or more: a demonym ending, or the "e" of a verb's base. */
const LONGER_FORMS: ReadonlySet<string> = new Set([...DEMONYM_ENDINGS, 'e']);

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
  // A place's name and its people's word, each way.
  for (const [place, people] of PLACE_PEOPLE_ENDINGS) {
    if (seed.endsWith(place) && seed.length - place.length >= MIN_FORM) forms.push(seed.slice(0, -place.length) + people);
    if (seed.endsWith(people) && seed.length - people.length >= MIN_FORM) forms.push(seed.slice(0, -people.length) + place);
  }
  return { forms, prefix: seed.length >= MIN_PREFIX ? seed : undefined, oneEdit: seed.length >= MIN_EDITED };
}
