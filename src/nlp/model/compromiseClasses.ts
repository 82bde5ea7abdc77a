/**
 * How Byline reads compromise's lexicon: which of its tags make which word class. Used by
 * `scripts/lexicon.ts` to write `compromiseWords.ts`, so serving never has to load compromise
 * (about half a second of start-up) to know what a word is.
 */
import type { WordClass } from './lexicon.ts';

/** compromise's lexicon as `nlp.model().one.lexicon` holds it: word → tag or tags. */
export type CompromiseLexicon = Readonly<Record<string, string | readonly string[]>>;

/** compromise tag → Byline class. A word takes the class of its first tag listed here. */
const TAG_CLASS: ReadonlyMap<string, WordClass> = new Map([
  ['MaleName', 'male'], ['FemaleName', 'female'], ['FirstName', 'firstName'], ['LastName', 'lastName'],
  ['Person', 'person'], ['City', 'place'], ['Country', 'place'], ['Place', 'place'], ['Region', 'place'],
  ['Organization', 'organization'], ['SportsTeam', 'organization'], ['Demonym', 'demonym'],
  ['Honorific', 'honorific'], ['WeekDay', 'calendar'], ['Month', 'calendar'], ['Date', 'calendar'],
]);

/** The class compromise's tags give a word: the first tag Byline knows, else `common`. */
export function classOfTags(tags: string | readonly string[]): WordClass {
  for (const tag of typeof tags === 'string' ? [tags] : tags) {
    const cls = TAG_CLASS.get(tag);
    if (cls) return cls;
  }
  return 'common';
}

/** Every word of compromise's lexicon grouped by its class, each group in the lexicon's order. */
export function wordsByClass(lexicon: CompromiseLexicon): Partial<Record<WordClass, string[]>> {
  const groups: Partial<Record<WordClass, string[]>> = {};
  for (const [word, tags] of Object.entries(lexicon)) (groups[classOfTags(tags)] ??= []).push(word);
  return groups;
}
