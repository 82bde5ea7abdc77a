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

/** A story's word, which makes a remark's, a hedge's or a template's source the story asked of ("the Annapolis report", "the article on X", "the Political IQ text"). */
export const STORY_WORD = /\b(?:piece|story|article|report|account|coverage|dispatch|copy|wire|file|item|text|write-?up|clipping)\b/iu;

/** "…, as the Annapolis story phrases it": the story a question is asked of, not a pointer back to a remark. */
const AS_STORY_PUTS_IT = /,?\s+as\s+((?:the\s+)?[^,?]{1,40}?)\s+(?:phrases|puts|words|writes|has|describes|reports|tells)\s+it\b/iu;

/** "the attack on Israel that both the Daily Mail and Political IQ exhibits refer to": a relative clause that only says which stories tell of it. */
const STORIES_TELL_OF = /\s+(?:that|which)\s+(?:both\s+)?(?:the\s+)?[^?,;]{2,80}?\b(?:stories|articles|exhibits|entries|pieces|reports|records|sources|texts|accounts|panels)\s+(?:both\s+)?(?:refer\s+to|mention|describe|cite|cover|recall|discuss)(?=\s*[?.,;!]|\s*$)/iu;

/**
 * "…, as the Annapolis story phrases it" → "…, according to the Annapolis story"; "…, as the story tells it" names none;
 * "… that both the X and Y stories refer to" says only that more than one story tells of it.
 */
export function asAccordingTo(text: string): string {
  return withoutStoriesTelling(text.replace(AS_STORY_PUTS_IT, (_aside, source: string) => (/^(?:the\s+)?(?:story|article|report|piece|coverage|text|copy)$/iu.test(source) ? '' : `, according to ${source}`)));
}

/** A text without a relative clause that only says which stories tell of its thing (`STORIES_TELL_OF`). */
export function withoutStoriesTelling(text: string): string {
  return text.replace(STORIES_TELL_OF, '');
}

/** "event_date", "pictured_person": a spreadsheet's or a program's name for a field, as words. */
export function identifiersSpaced(text: string): string {
  return text.replace(/(?<=\p{L})_(?=\p{L})/gu, ' ');
}
