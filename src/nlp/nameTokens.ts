/**
 * Splits a paragraph into word and punctuation tokens with offsets and sentence numbers: the one
 * pass over the text that name, role and quote attribution rules all read.
 */
import type { Passage } from '../types.ts';
import { HONORIFICS } from './model/roleWords.ts';
import { asciiWordEnd, isAsciiLetterOrDigit } from '../text/terms.ts';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word (letters/digits), as opposed to a punctuation mark. */
  word: boolean;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Index of the sentence in `passage.sentences`. */
  sentence: number;
  /** First word of its sentence (or of a quotation that opens one): capitalised by grammar, not by name. */
  sentenceStart: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|\S/gu;
const UPPER = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const POSSESSIVE = /^(.+)(['’]s)$/u;
/** "U.S", "J" — dotted initials whose final period belongs to the word. */
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
const OPENERS = new Set(['“', '‘', '"', "'", '(', ':', '–', '—']);

// ASCII answers of LETTER_OR_DIGIT and UPPER without running a Unicode pattern: most news text is ASCII.
function startsWithLetterOrDigit(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code >= 128 || Number.isNaN(code)) return LETTER_OR_DIGIT.test(raw);
  const folded = code | 32;
  return (code >= 48 && code <= 57) || (folded >= 97 && folded <= 122);
}

function startsUpper(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code >= 128 || Number.isNaN(code)) return UPPER.test(raw);
  return code >= 65 && code <= 90;
}

/** The `POSSESSIVE` test without the pattern: "Lee's" → "Lee" and "'s". */
function possessiveParts(raw: string): [string, string] | undefined {
  const mark = raw.charCodeAt(raw.length - 2);
  if (raw.length < 3 || raw.charCodeAt(raw.length - 1) !== 115 /* s */ || (mark !== 39 /* ' */ && mark !== 8217 /* ’ */)) return undefined;
  const possessive = POSSESSIVE.exec(raw);
  return possessive?.[1] && possessive[2] ? [possessive[1], possessive[2]] : undefined;
}

/** Where the token {@link nextToken} found last ends. */
let tokenEnd = 0;

/**
 * Where the next `TOKEN` match at or after `from` starts (-1 when none), its end in `tokenEnd`:
 * ASCII text is scanned by hand (there the pattern's letters and digits are [A-Za-z0-9], and the
 * Unicode pattern costs several times more); the pattern itself runs from the first character
 * that is not ASCII.
 */
function nextToken(text: string, from: number): number {
  const n = text.length;
  let i = from;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && (code < 9 || code > 13)) break;
  }
  if (i >= n) return -1;
  const first = text.charCodeAt(i);
  if (first >= 128) return tokenByPattern(text, i);
  if (!isAsciiLetterOrDigit(first)) {
    tokenEnd = i + 1;
    return i;
  }
  // A joiner (' - . &) and more letters or digits continue the word.
  const end = asciiWordEnd(text, i, true);
  if (end < 0) return tokenByPattern(text, i);
  tokenEnd = end;
  return i;
}

function tokenByPattern(text: string, from: number): number {
  TOKEN.lastIndex = from;
  const match = TOKEN.exec(text);
  if (!match) return -1;
  tokenEnd = match.index + match[0].length;
  return match.index;
}

/** Character offsets where each of the passage's sentences starts. */
export function sentenceStarts(passage: Passage): number[] {
  const starts: number[] = [];
  let pos = 0;
  for (const sentence of passage.sentences) {
    const probe = sentence.trim().slice(0, 24);
    const at = probe ? passage.text.indexOf(probe, pos) : -1;
    const start = at < 0 ? pos : at;
    starts.push(start);
    pos = start + sentence.trim().length;
  }
  return starts.length ? starts : [0];
}

/** Tokenises a passage: possessive `'s` and abbreviation periods handled so names come out clean. */
export function tokenize(passage: Passage): Token[] {
  const { text } = passage;
  const starts = sentenceStarts(passage);
  const tokens: Token[] = [];
  let raw = '';
  let sentence = 0;
  let wordsInSentence = 0;
  const push = (raw: string, start: number): void => {
    while (sentence + 1 < starts.length && start >= (starts[sentence + 1] ?? Infinity)) {
      sentence++;
      wordsInSentence = 0;
    }
    const word = startsWithLetterOrDigit(raw);
    const previous = tokens[tokens.length - 1];
    const sentenceStart = word && (wordsInSentence === 0 || (previous !== undefined && OPENERS.has(previous.text)));
    if (word) wordsInSentence++;
    tokens.push({
      text: raw, lower: raw.toLowerCase(), start, end: start + raw.length, word, cap: startsUpper(raw),
      sentence, sentenceStart,
    });
  };
  // The first sentence start after the token's: starts ascend, and so do the tokens.
  let next = 0;
  for (let start = nextToken(text, 0); start >= 0; start = nextToken(text, start + raw.length)) {
    const length = tokenEnd - start;
    while (next < starts.length && starts[next]! <= start) next++;
    // A word may not run across a sentence's start: "said.Holt" where scraping lost the space.
    const cut = next < starts.length && starts[next]! < start + length ? starts[next] : undefined;
    raw = cut === undefined ? text.slice(start, tokenEnd) : text.slice(start, cut).replace(/\.$/u, '');
    if (text[start + raw.length] === '.' && (INITIALS.test(raw) || HONORIFICS.has(`${raw.toLowerCase()}.`))) raw += '.';
    const possessive = startsUpper(raw) ? possessiveParts(raw) : undefined;
    if (possessive) {
      push(possessive[0], start);
      push(possessive[1], start + possessive[0].length);
    } else {
      push(raw, start);
    }
  }
  return tokens;
}

/** True for a possessive-marker token (`'s`, `’s`). */
export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === "'s" || token.lower === '’s');
}
