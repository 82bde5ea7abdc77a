/**
 * Passages: an article's cleaned paragraphs, numbered 1..N, each split into sentences.
 */
import type { ParsedArticle, Passage } from '../types.ts';
import { BEFORE_NUMBER, NEVER_FINAL, OFTEN_INNER, SENTENCE_STARTERS } from './abbreviations.ts';
import { classifyLines } from './clean.ts';
import { readFrontMatter } from './frontMatter.ts';
import { extractMetadata } from './metadata.ts';
import type { CorpusFile } from './read.ts';

/** Final punctuation, closing quotes or brackets, the space after (none where scraping lost it), and the next character. */
const CANDIDATE = /([.!?…]+)([”"’')\]]*)(\s*)(?=(\S))/gu;
/**
 * After a full stop with no space: a capitalised word ("…on Friday.The ministry…"), perhaps
 * behind an opening quote. Closers here are only the unambiguous ones: a straight quote glued
 * on both sides may open the next sentence as well as close this one.
 */
const GLUED_START = /^[“"‘]?\p{Lu}\p{Ll}/u;
const GLUED_CLOSERS = /^[”’)\]]*$/u;
/** Top-level domains that scraped text sometimes capitalises ("Example.Com"). */
const DOMAIN_ENDINGS = new Set(['com', 'org', 'net', 'gov', 'edu', 'info', 'io', 'co', 'uk', 'int', 'mil', 'news']);
/** Longer than any abbreviation or sentence-starting word. */
const LOOKAROUND = 40;
/** A sentence may start with a capital, a digit, or an opening quote or bracket. */
const SENTENCE_START = /^[\p{Lu}\p{N}“"‘'(\[]/u;

/**
 * Splits a paragraph into sentences. Full stops after titles ("Mr.", "Sec."), initials, dotted
 * acronyms ("U.S.") and common abbreviations ("Md.", "Aug.") do not end a sentence unless the next
 * word is one that starts sentences ("… in the U.S. The talks …"); decimals never do; a closing
 * quotation mark after the stop stays with its sentence.
 *
 * A full stop glued to a capitalised word, as scraped text often has it ("…on Friday.The
 * ministry…"), ends a sentence by the same tests, unless the two read as a domain or a title.
 *
 * Each sentence is a trimmed slice of `text`, in order; only whitespace (or nothing, at a glued
 * stop) lies between them, so `sentences.join(' ')` equals `text` when its spaces are single and
 * no stop is glued.
 *
 * @example
 * splitSentences('Ms. Holloway arrived in the U.S. capital. “We are ready.” She left.')
 * // → ['Ms. Holloway arrived in the U.S. capital.', '“We are ready.”', 'She left.']
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  // An `exec` loop on CANDIDATE itself (it never matches empty text), not `matchAll`, which copies the pattern per call.
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const [whole, stops, closers, space] = match as unknown as [string, string, string, string];
    const end = match.index + stops.length + closers.length;
    // Only a few characters either side matter; bounded slices keep long paragraphs linear.
    const next = text.slice(end + space.length, end + space.length + LOOKAROUND);
    if (!SENTENCE_START.test(next)) continue;
    const before = text.slice(Math.max(start, match.index - LOOKAROUND), match.index);
    if (space === '' && !gluedStopEnds(stops, closers, before, next)) continue;
    if (stops === '.' && closers === '' && !endsSentence(before, next)) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = match.index + whole.length;
  }
  const last = text.slice(start).trim();
  if (last !== '') sentences.push(last);
  return sentences;
}

/**
 * Decides whether a full stop glued to the next word ends a sentence: only a single full stop
 * before a capitalised word, not a domain ("Example.Com") nor a quoted title run together
 * ("“Stop.Go”"); initials and abbreviations are judged as with a space.
 */
function gluedStopEnds(stops: string, closers: string, before: string, next: string): boolean {
  if (stops !== '.' || !GLUED_CLOSERS.test(closers) || !GLUED_START.test(next)) return false;
  const nextRun = /^\S*/u.exec(next)![0];
  const nextWord = (/\p{L}+/u.exec(nextRun)?.[0] ?? '').toLowerCase();
  if (DOMAIN_ENDINGS.has(nextWord)) return false;
  const beforeRun = /\S*$/u.exec(before)![0];
  // A lone capital after a hyphen or bracket is an initial too ("D-W.Va."), as in `endsSentence`.
  if (/(?:^|[^\p{L}])\p{Lu}$/u.test(beforeRun)) return SENTENCE_STARTERS.has(nextWord);
  if (/^[“"‘]/u.test(beforeRun) && /[”"’]/u.test(closers + nextRun)) return false;
  return true;
}

/**
 * Decides whether a full stop after `before` ends the sentence, given the text after it: not after
 * a title ("Mr."), nor after an initial, a dotted acronym or a common abbreviation unless a word
 * that starts sentences follows.
 */
export function endsSentence(before: string, next: string): boolean {
  const token = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^[“"‘'(\[]+/, '');
  const word = token.toLowerCase();
  // "then-Sen.", "ex-Gov.": a title after a hyphenated prefix is still the title.
  if (NEVER_FINAL.has(word) || NEVER_FINAL.has(word.slice(word.lastIndexOf('-') + 1))) return false;
  if (BEFORE_NUMBER.has(word) && /^\d/.test(next)) return false;
  const nextWord = (/^[“"‘'(\[]*([\p{L}]+)/u.exec(next)?.[1] ?? '').toLowerCase();
  const startsSentence = SENTENCE_STARTERS.has(nextWord);
  const isInitial = /^\p{Lu}$/u.test(token);
  const isDottedAcronym = /^(?:\p{L}\.)+\p{L}$/u.test(token);
  if (isInitial || isDottedAcronym || OFTEN_INNER.has(word)) return startsSentence;
  return true;
}

/**
 * Parses a corpus file into metadata and numbered passages. Pure: the same file always gives the
 * same passages with the same numbers. Sidecar values override front matter, which overrides what
 * the text gives.
 */
export function parseArticle(file: CorpusFile): ParsedArticle {
  const front = readFrontMatter(file.text);
  const lines = classifyLines(front.body);
  const meta = extractMetadata(file.file, lines, { ...front.values, ...file.sidecar });
  const passages: Passage[] = lines
    .filter((line) => line.dropped === undefined)
    .map((line, i) => ({ file: file.file, paragraph: i + 1, text: line.text, sentences: splitSentences(line.text) }));
  return { meta, passages };
}
