/**
 * A question asked from later on, about coverage it reads as of its own time: "the then-Secretary of
 * State", "Who held Italy's foreign ministry back then?", "as of August 2024, …", "in those tense
 * days of August 2024". The coverage tells its own time; these words only say the asker is later,
 * and would be read as words of the event. Pure text to text.
 */

/** "then-Secretary", "the then Pentagon chief": a title as it was held then. */
const THEN_TITLE = /\b(?<=the\s+)then[-\s]+(?=\p{L})/giu;
/** "back then", "at that time", "in those (tense) days (of August 2024)", "back in 2024", "as of August 2024": when the asker sets the question, not what it asks about. */
const LOOKING_BACK = /\s*,?\s*\b(?:back\s+then|at\s+that\s+time|at\s+the\s+time(?!\s+(?:of|when|that)\b)|in\s+those\s+(?:[\p{L}-]+\s+)?days(?:\s+of\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4})?|back\s+in\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}|as\s+of\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4})\b\s*,?/giu;

export function hindsightDropped(text: string): string {
  if (!/\b(?:then|time|days|back|as\s+of)\b/iu.test(text)) return text;
  // An aside set off by commas goes with them; one that closes a clause leaves its comma ("…, back then, who …").
  const dropped = text.replace(THEN_TITLE, '').replace(LOOKING_BACK, (phrase, at: number) => (at === 0 ? '' : /,\s*$/u.test(phrase) && !/^\s*,/u.test(phrase) ? ', ' : ' '));
  return dropped.replace(/\s+([?.!,])/gu, '$1').replace(/\s{2,}/gu, ' ').trim();
}
