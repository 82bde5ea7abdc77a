/**
 * What a line of text looks like: a sentence, a headline, a short label. Cleaning and metadata
 * both decide by shape rather than by wording.
 */

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = `"'”’»)\\]`;
const SENTENCE_END = new RegExp(`[.!?…:;][${CLOSERS}]*$`);

/** Small words that stay lower-case in Title Case ("Science & Technology", "Bank of England"). */
const MINOR_WORDS = new Set(['&', 'and', 'of', 'the', 'in', 'on', 'for', 'to', 'a', 'an', 'at', 'by', 'or', 'with', '-', '–', '|', '/']);

/** Lines longer than this many characters per allowed word are too long for a shape, unread. */
const MAX_WORD_CHARS = 20;

/**
 * Number of whitespace-separated words (`\s` as in patterns), counted without splitting: cleaning
 * asks for every line of every article, and the arrays of words were a tenth of its time.
 */
export function wordCount(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The characters `\s` matches: ASCII tab to carriage return and space, and the Unicode spaces and line separators. */
function isSpace(code: number): boolean {
  if (code > 32 && code < 0xa0) return false;
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** True when the line ends the way a sentence does (., !, ?, …, :, ;, optionally inside quotes or brackets). */
export function endsLikeSentence(line: string): boolean {
  return SENTENCE_END.test(line.trim());
}

/**
 * A headline: a line of 5 to 40 words that does not end with a full stop. (A headline may end
 * with "?", "!" or a closing quote; a paragraph of prose ends with "." and usually runs longer.)
 */
export function isHeadlineShaped(line: string): boolean {
  if (line.length > 40 * MAX_WORD_CHARS) return false;
  const words = wordCount(line);
  if (words < 5 || words > 40) return false;
  return !/[.;:][)"'”’]*$/.test(line.trim()) || /\b(?:[A-Z]\.){2,}$/.test(line.trim());
}

/**
 * A short label such as a site section ("U.S News", "Science & Technology", "WORLD"):
 * at most 4 words, every word capitalised except small joining words, no sentence ending.
 */
export function isLabelShaped(line: string): boolean {
  if (line.length > 4 * MAX_WORD_CHARS) return false;
  const words = line.trim().split(/\s+/);
  if (words.length === 0 || words.length > 4 || endsLikeSentence(line)) return false;
  return words.every((w) => MINOR_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w));
}

/** A short link or teaser headline, as in lists of related stories: no sentence ending, at most 20 words. */
export function isTeaserShaped(line: string): boolean {
  if (line.length > 20 * MAX_WORD_CHARS) return false;
  const words = wordCount(line);
  return words >= 1 && words <= 20 && !/[.;:,][)"'”’]*$/.test(line.trim());
}
