/**
 * Someone a question describes where no way of asking it was read: a scene's "Italy's foreign
 * minister, tells the press …", a footnote's "the identity of the Hamas political leader whose
 * assassination in Tehran is reported", "Identification sought of the Hezbollah leader said to have
 * threatened …". The description is the question: "who is the Hamas political leader whose
 * assassination in Tehran is reported?", which the role answerers read (a holder the coverage
 * names, or none). Pure text to text; `undefined` where the text describes no one by a role.
 */
import { ROLE_HEADS, ROLE_MODIFIERS } from '../nlp/model/roleWords.ts';
import { STOPWORDS } from '../text/terms.ts';

/** "the identity of", "the name of", "Identification sought of": a request for who the phrase after it is. */
export const IDENTITY_OF = /\b(?:(?:the\s+)?(?:identity|(?:full\s+)?name|identification)(?:\s+(?:is\s+)?(?:sought|needed|required|requested))?\s+of)\s+(?=\S)/iu;

/** Where a description ends: a sentence's end, a bracket, a dash, a colon, a question mark, the request around it ("… is required"). */
const DESCRIPTION_END = /\s*(?:[?!;:(]|\s(?:is|are)\s+(?:required|needed|sought|requested|wanted)\b|\s[—–-]+\s|(?<!\b\p{Lu})\.(?:\s|$)|,\s*(?:please|for|as|per|in\s+the|according)\b)/u;

/** Words before a role's head that stay with it besides a title's modifiers: a name, a possessive, a hyphenated word. */
const ROLE_WORD = /^(?:[\p{Lu}][\p{L}.'’-]*|[\p{L}.-]+['’]s|[\p{L}-]+-[\p{L}-]+)$/u;

/** A relative or participle that goes on describing the one named: "who …", "whose …", "said to …", "killed in …". */
const GOES_ON = /^(?:(?:who|whose|whom|that|said|believed|reported|killed|assassinated|credited|quoted|named|described|to\s+whom|with\s+whom)\b|of\s+(?:the\s+)?\p{Lu})/u;

/** ", per the Annapolis report,", ", according to Reuters,": a source set off inside a description. */
const SOURCE_ASIDE = /,\s*(?:per|according\s+to|as\s+(?:reported|referenced)\s+(?:by|in)|cf\.)\s+[^,]{2,60},/giu;

/** A question that only points at the one described: "Who is he?", "who's that?". */
const POINTING = /^\s*(?:who|whom)(?:['’]s|\s+(?:is|was|are|were))\s+(?:he|she|it|that|this|they)\s*\?/iu;

/** Words before a head that make it a verb ("set to head", "would chair"), not a role. */
const BEFORE_VERB = /^(?:to|will|would|can|could|may|might|must|shall|should|did|does|do|not|who|which|that)$/iu;

/** The words of a text with where each starts. */
function wordsAt(text: string): Array<{ word: string; at: number }> {
  return [...text.matchAll(/[\p{L}\d][\p{L}\d.'’-]*/gu)].map((match) => ({ word: match[0].replace(/[.]$/u, ''), at: match.index }));
}

/** The description around a role's head at word `h`: its modifiers before it, and what goes on after it to the description's end. */
function describedAround(text: string, found: Array<{ word: string; at: number }>, h: number): string {
  let start = h;
  while (start > 0) {
    const before = found[start - 1]!.word;
    const lower = before.toLowerCase();
    // A title's modifier, a name, a possessive, or any other word that is no function word, verb form or participle ("harbour", "union").
    if (!ROLE_MODIFIERS.has(lower) && !ROLE_WORD.test(before) && (STOPWORDS.has(lower) || /(?:ed|ing|ly)$/u.test(lower) || BEFORE_VERB.test(lower))) break;
    // A gap of punctuation ("X, the minister") ends the phrase.
    if (/[,;:—–()]/u.test(text.slice(found[start - 1]!.at + before.length, found[start]!.at))) break;
    start--;
    // A possessive is the phrase's determiner: nothing before it belongs ("met Israel's defense minister").
    if (/['’]s$/u.test(before)) break;
  }
  const head = found[h]!;
  const after = text.slice(head.at + head.word.length);
  const end = DESCRIPTION_END.exec(after);
  const rest = (end === null ? after : after.slice(0, end.index)).trim();
  const phrase = `${text.slice(found[start]!.at, head.at + head.word.length)}${GOES_ON.test(rest) ? ` ${rest}` : ''}`;
  return phrase.replace(/^(?:the|a|an|my|our|this|that)\s+/iu, '');
}

/** The question to ask of someone the text describes by a role, preferring the sentence that asks. */
export function someoneDescribed(input: string): string | undefined {
  const text = input.replace(SOURCE_ASIDE, '');
  const identity = IDENTITY_OF.exec(text);
  const scope = identity === null ? text : text.slice(identity.index + identity[0].length);
  const found = wordsAt(scope);
  const isRole = (n: number): boolean => {
    const before = found[n - 1]?.word ?? '';
    return ROLE_HEADS.has(found[n]!.word.toLowerCase()) && !ROLE_HEADS.has(found[n + 1]?.word.toLowerCase() ?? '') && !BEFORE_VERB.test(before);
  };
  const heads = found.flatMap((_entry, n) => (isRole(n) ? [n] : []));
  if (heads.length === 0) return undefined;
  // The asked sentence's description, else (where it only points: "Who is he?") the first one the text gives, or the one a request for an identity names.
  const asking = scope.search(/[^.?!]*\?/u);
  const inAsking = asking < 0 ? undefined : heads.find((n) => found[n]!.at >= asking);
  if (identity === null && asking >= 0 && inAsking === undefined && !POINTING.test(scope.slice(asking).replace(/^[^.?!]*?(?=\b(?:who|whom)\b)/iu, ''))) return undefined;
  const chosen = identity === null ? (inAsking ?? heads[0]!) : heads[0]!;
  // "Who is the leader on that screen?" after "the Hezbollah leader threatening …": the fuller description of the same head.
  const fuller = heads.find((n) => n !== chosen && found[n]!.word.toLowerCase() === found[chosen]!.word.toLowerCase() && describedAround(scope, found, n).includes(' '));
  const bare = !describedAround(scope, found, chosen).includes(' ');
  const phrase = describedAround(scope, found, bare && fuller !== undefined ? fuller : chosen);
  // A bare role ("the minister") describes no one in particular.
  if (!phrase.includes(' ')) return undefined;
  const possessed = /^[\p{Lu}][\p{L}.-]*['’]s\s/u.test(phrase);
  return `who is ${possessed ? '' : 'the '}${phrase}?`;
}

/** Whether a text asks who someone it describes is, whatever else was read of it: "… the Pentagon chief … Who is that?", "the full name of X". */
export function asksWhoDescribed(text: string): boolean {
  return IDENTITY_OF.test(text) || text.split(/(?<=[.?!:—–])\s*/u).some((part) => POINTING.test(part));
}
