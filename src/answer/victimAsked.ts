/**
 * The one a killing happened to, asked for as "the victim" or "the target" of a killing the text
 * names by its place: "Some accounts insist the person assassinated in Tehran was a Hezbollah figure.
 * Who does the report name as the victim?", "Row 22 is 'assassination in Tehran'. Target's name for
 * the victim field?", "… the 'assassinated in Tehran' line — who does the piece identify as killed
 * there?". The question is "who was assassinated in Tehran?", which the event answerers read (the
 * one the coverage says underwent it, or none). Pure text to text; `undefined` where the text asks
 * for no victim of a killing it names so.
 */

/** A request for the one a killing happened to: "the victim", "the target", "killed there", "who died". */
const VICTIM_ASKED = /\b(?:victims?|targets?|killed\s+there|died\s+there|who\s+died|the\s+dead\s+(?:man|woman))\b/iu;

/** A killing told by its participle: "assassinated", "killed", "shot dead". */
const KILLED = String.raw`(?:assassinated|killed|murdered|slain|executed|shot\s+dead)`;
/** Its noun, with the participle the question asks by: "assassination in Tehran" → "assassinated". */
const KILLINGS: ReadonlyMap<string, string> = new Map([['assassination', 'assassinated'], ['killing', 'killed'], ['murder', 'murdered'], ['execution', 'executed']]);

/** Where it happened: "in Tehran", "at the Porto pier", "in the Iranian capital Tehran" (a place by its capitalised name). */
const PLACE = String.raw`((?:in|at|near|outside)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})`;

const BY_PARTICIPLE = new RegExp(String.raw`\b(${KILLED})\s+${PLACE}`, 'u');
const BY_NOUN = new RegExp(String.raw`\b(${[...KILLINGS.keys()].join('|')})\s+${PLACE}`, 'iu');

export function victimAsked(text: string): string | undefined {
  if (!VICTIM_ASKED.test(text)) return undefined;
  const told = BY_PARTICIPLE.exec(text);
  if (told !== null) return `who was ${told[1]!} ${told[2]!}?`;
  const named = BY_NOUN.exec(text);
  return named === null ? undefined : `who was ${KILLINGS.get(named[1]!.toLowerCase())!} ${named[2]!}?`;
}
