/** What a "who" answer may be: a name, or a common noun that names people or a body. */
import { words } from '../text/terms.ts';
import { INSTITUTIONS, ROLE_HEADS } from '../nlp/model/roleWords.ts';
import { PEOPLE_COUNTED_WORDS } from './search.ts';

/** Common nouns that name people or a body acting as one ("critics", "partners", "the navy", "five troops"). */
const ACTOR_NOUNS: ReadonlySet<string> = new Set([
  ...PEOPLE_COUNTED_WORDS, ...INSTITUTIONS, ...ROLE_HEADS,
  'critics', 'partners', 'actors', 'group', 'groups', 'leaders', 'allies', 'rebels', 'proxies', 'experts', 'observers', 'sources',
  'governments', 'countries', 'nations', 'states', 'side', 'sides', 'neighbours', 'neighbors', 'voters', 'investors', 'crew', 'team',
  'family', 'families', 'public', 'press', 'media', 'reporters', 'analysts', 'diplomats', 'ministers', 'lawmakers', 'militias', 'authorities',
  'everyone', 'everybody', 'parties',
]);

/**
 * Whether a "who" answer names someone: a name (a capitalised word), or a phrase whose head is a
 * noun of people or a body ("critics", "an Iran-backed militia", "five U.S. troops"). Not a thing
 * or an act ("rocket launcher", "conflict", "exchanging fire"), which a passage's words can put
 * where a doer stands.
 */
export function namesAnActor(text: string): boolean {
  if (/(?:^|[\s(“"‘-])\p{Lu}/u.test(text)) return true;
  // The head stands before a phrase that places it ("everyone in the region", "officials of the ministry").
  const head = words(text.split(/\s+(?:in|of|on|across|at|from)\s+/)[0]!).at(-1)?.toLowerCase() ?? '';
  return ACTOR_NOUNS.has(head) || ACTOR_NOUNS.has(head.replace(/e?s$/, '')) || ACTOR_NOUNS.has(head.replace(/s$/, ''));
}
