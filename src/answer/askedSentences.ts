/**
 * A question's sentences, as the readings of several sentences (a relayed question, a letter) split
 * it: after a full stop, question or exclamation mark (and a semicolon where asked), not inside
 * "U.S." or after an initial or a title's abbreviation ("Mr.", "Dr.").
 */
const AT_FULL_STOP = /(?<=[.?!])(?<!\b\p{Lu}\.(?:\p{Lu}\.)*)(?<!\b(?:Mr|Mrs|Ms|Dr|St)\.)\s+(?=\S)/u;
const AT_STOP_OR_SEMICOLON = /(?<=[.;?!])(?<!\b\p{Lu}\.(?:\p{Lu}\.)*)(?<!\b(?:Mr|Mrs|Ms|Dr|St)\.)\s+(?=\S)/u;

export function askedSentences(text: string, semicolons = false): string[] {
  return text.split(semicolons ? AT_STOP_OR_SEMICOLON : AT_FULL_STOP).filter((part) => part.trim() !== '');
}

/** A sentence opened with a capital, as the readings put a remark or a question back together. */
export function capitalised(text: string): string {
  return text.replace(/^\s*\p{Ll}/u, (letter) => letter.toUpperCase());
}

/** A sentence without its closing marks. */
export function unpunctuated(text: string): string {
  return text.replace(/\s*[.;:!?]+\s*$/u, '').trim();
}
