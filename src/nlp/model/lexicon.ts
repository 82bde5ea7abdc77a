/**
 * What a single word or a short run of words is, from compromise's own lexicon extended with
 * Byline's lists. Looking words up here is what lets name detection avoid running compromise's
 * full tagger on every paragraph (about 2 ms a paragraph: too slow for the corpus sizes Byline targets).
 * compromise's words come pre-classified from `compromiseWords.ts`: loading compromise itself
 * would cost about half a second of every process start.
 */
import { COMPROMISE_WORDS } from './compromiseWords.ts';
import { KNOWN_ORGANIZATIONS, KNOWN_PLACES } from './nameWords.ts';

/** The classes name detection cares about. `common` is any ordinary English word. */
export type WordClass = 'male' | 'female' | 'firstName' | 'lastName' | 'person' | 'place' | 'organization'
  | 'demonym' | 'honorific' | 'calendar' | 'common';

function buildLexicon(): Map<string, WordClass> {
  const lexicon = new Map<string, WordClass>();
  for (const [cls, words] of Object.entries(COMPROMISE_WORDS) as Array<[WordClass, string]>) {
    for (const word of words.split('\n')) lexicon.set(word, cls);
  }
  for (const word of KNOWN_ORGANIZATIONS) lexicon.set(word, 'organization');
  for (const word of KNOWN_PLACES) lexicon.set(word, 'place');
  return lexicon;
}

const LEXICON = buildLexicon();

/** The class of a lowercase word or space-joined run ("tel aviv"); undefined when unknown. */
export function wordClass(lower: string): WordClass | undefined {
  return LEXICON.get(lower);
}

/** The gender a given-name class implies; undefined when it is not a given name or has no gender. */
export function genderOf(cls: WordClass | undefined): 'm' | 'f' | undefined {
  if (cls === 'male') return 'm';
  if (cls === 'female') return 'f';
  return undefined;
}

/** True when the class is a given name (gendered or not). */
export function isFirstName(cls: WordClass | undefined): boolean {
  return cls === 'male' || cls === 'female' || cls === 'firstName';
}
