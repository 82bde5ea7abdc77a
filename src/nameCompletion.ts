/**
 * Completing a name as it is typed (the /quote speaker autocomplete): a sorted table of every
 * name, alias and name word for prefixes, and an index of letter pairs by position for small
 * typos, so a keystroke costs a binary search and a few short lists rather than an edit
 * distance against every name. About 1 ms a keystroke at 20,000 names (`tests/nameCompletion.test.ts`).
 *
 * Ranking, best first: the full name starts with what was typed; an alias or any name word does;
 * a name word starts with a near spelling of the last word typed (one typo from 5 letters, two
 * from 9); then the heavier name (e.g. the more quoted), then the name in code-point order.
 *
 * @example
 * const names = new NameCompletion([{ name: 'Lena Holloway', aliases: ['Holloway'], weight: 12 }]);
 * names.complete('holl', 25); // ['Lena Holloway']
 * names.complete('Mayor Holliway', 25); // ['Lena Holloway'] (titles dropped, one typo)
 */
import { queryParts } from './nlp/entityLookup.ts';
import { editDistance, nameParts, normalizeName, typoAllowance } from './nlp/nameSimilarity.ts';

/** A name to offer, the other forms it is typed as, and its weight for ranking (higher first). */
export interface CompletionName {
  name: string;
  aliases: readonly string[];
  weight: number;
}

/** How well a name matches: lower is better. */
const enum Match {
  FullName = 0,
  Form = 1,
  NearSpelling = 2,
}

/** One searchable string and the name it belongs to. */
interface Key {
  text: string;
  id: number;
  match: Match.FullName | Match.Form;
}

export class NameCompletion {
  readonly #names: readonly CompletionName[];
  /** Every normalised full name, form and name word, sorted, for prefix ranges. */
  readonly #keys: Key[];
  /** Distinct name words, and which names use each. */
  readonly #words: string[] = [];
  readonly #owners: number[][] = [];
  /** `position:pair` → the words with that letter pair at that position. */
  readonly #pairs = new Map<string, number[]>();
  /** Name ids, heaviest first: what an empty query offers. */
  readonly #byWeight: number[];
  /** Each name's place in `#byWeight`: ranks compare as integers, not as weights and names. */
  readonly #rank: Int32Array;
  /** Per query: which names it matched (`#stamp[id] === #query`) and how well. */
  readonly #stamp: Int32Array;
  readonly #match: Uint8Array;
  #query = 0;

  constructor(names: readonly CompletionName[]) {
    this.#names = names;
    const keys: Key[] = [];
    const wordIds = new Map<string, number>();
    names.forEach((entry, id) => {
      keys.push({ text: normalizeName(entry.name), id, match: Match.FullName });
      for (const form of [entry.name, ...entry.aliases]) {
        const parts = nameParts(form);
        keys.push({ text: parts.join(' '), id, match: Match.Form });
        for (const part of parts) {
          keys.push({ text: part, id, match: Match.Form });
          this.#ownWord(wordIds, part, id);
        }
      }
    });
    this.#keys = keys.sort((a, b) => byCodePoint(a.text, b.text) || a.match - b.match);
    this.#byWeight = names.map((_, id) => id).sort((a, b) => names[b]!.weight - names[a]!.weight || byCodePoint(names[a]!.name, names[b]!.name));
    this.#rank = new Int32Array(names.length);
    this.#byWeight.forEach((id, rank) => (this.#rank[id] = rank));
    this.#stamp = new Int32Array(names.length);
    this.#match = new Uint8Array(names.length);
  }

  /** At most `limit` names for what was typed, best first (see the class doc); the heaviest when nothing was. */
  complete(partial: string, limit: number): string[] {
    const parts = queryParts(partial);
    if (parts.length === 0) return this.#byWeight.slice(0, Math.max(0, limit)).map((id) => this.#names[id]!.name);
    const query = parts.join(' ');
    const stamp = ++this.#query;
    const matched: number[] = [];
    const offer = (id: number, match: Match) => {
      if (this.#stamp[id] !== stamp) {
        this.#stamp[id] = stamp;
        this.#match[id] = match;
        matched.push(id);
      } else if (match < this.#match[id]!) this.#match[id] = match;
    };
    for (let at = this.#lowerBound(query); at < this.#keys.length && this.#keys[at]!.text.startsWith(query); at++) {
      offer(this.#keys[at]!.id, this.#keys[at]!.match);
    }
    // Near spellings rank below every prefix match: with `limit` of those, none would be shown.
    if (matched.length < limit) for (const id of this.#nearSpellings(parts.at(-1)!)) offer(id, Match.NearSpelling);
    return this.#best(matched, limit).map((id) => this.#names[id]!.name);
  }

  /** The `limit` best of the matched names, best first, without sorting them all (a short prefix matches thousands). */
  #best(matched: readonly number[], limit: number): number[] {
    const order = (id: number) => this.#match[id]! * this.#names.length + this.#rank[id]!;
    const top: number[] = [];
    for (const id of matched) {
      const key = order(id);
      if (top.length >= limit && key >= order(top[top.length - 1]!)) continue;
      let at = top.length;
      while (at > 0 && order(top[at - 1]!) > key) at--;
      top.splice(at, 0, id);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  #ownWord(wordIds: Map<string, number>, word: string, id: number): void {
    let index = wordIds.get(word);
    if (index === undefined) {
      index = this.#words.length;
      wordIds.set(word, index);
      this.#words.push(word);
      this.#owners.push([]);
      for (let at = 0; at + 1 < word.length; at++) push(this.#pairs, `${at}:${word.slice(at, at + 2)}`, index);
    }
    const owners = this.#owners[index]!;
    if (owners.at(-1) !== id) owners.push(id);
  }

  /**
   * Names with a word whose start is within the typo allowance of `typed`. A word that close
   * shares most of `typed`'s letter pairs at nearly the same positions (the q-gram lemma), so
   * only words sharing enough of them are compared letter by letter.
   */
  #nearSpellings(typed: string): number[] {
    const allowance = typoAllowance(typed.length);
    if (allowance === 0) return [];
    const shared = new Map<number, number>();
    for (let at = 0; at + 1 < typed.length; at++) {
      const pair = typed.slice(at, at + 2);
      const seen = new Set<number>();
      for (let shift = -allowance; shift <= allowance; shift++) {
        for (const word of this.#pairs.get(`${at + shift}:${pair}`) ?? []) {
          if (!seen.has(word)) seen.add(word), shared.set(word, (shared.get(word) ?? 0) + 1);
        }
      }
    }
    // Each edit spoils at most three letter pairs (a swap of two letters does three).
    const needed = Math.max(1, typed.length - 1 - 3 * allowance);
    const found = new Set<number>();
    for (const [word, count] of shared) {
      if (count < needed) continue;
      const text = this.#words[word]!;
      if (editDistance(text.slice(0, typed.length), typed, allowance) <= allowance) for (const id of this.#owners[word]!) found.add(id);
    }
    return [...found];
  }

  #lowerBound(text: string): number {
    let low = 0;
    let high = this.#keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#keys[middle]!.text < text) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
