/**
 * A question set as a crossword clue: a description and its letter counts, no question word
 * ("Hezbollah's senior military commander, struck down in Beirut (4, 5)?", "Outlet behind the Tel
 * Aviv story: Political __ (2)?"). The counts and a half-filled blank only hint at the answer's
 * shape; the description is asked as a question by what its head names: a time ("Date atop …") is
 * "what is the date …", an outlet "which outlet is …", a person "who is …"; a thing is searched for
 * by its words. Only text written as a clue (with its counts) is read so. Pure text to text.
 */
import { ROLE_HEADS } from '../nlp/model/roleWords.ts';

/** "(7)", "(4, 5)", "(6-8)" before the clue's end. */
const LETTER_COUNT = /\s*\(\d{1,2}(?:\s*[,–-]\s*\d{1,2})*\)\s*(?=\?*\s*$)/u;
/** ": Political __", "— first word __": a part of the answer given, with the rest left blank. */
const BLANK_HINT = /\s*(?:[:—–]|\s-)\s*[^:—–?_]{0,30}_{2,}[^:—–?_]{0,12}(?=\?*\s*$)/u;
const BLANK = /_{2,}/u;
/** A question word or an auxiliary first: the clue asks already. */
const ASKS = /^\s*(?:who|whom|whose|what|which|when|where|how|why|is|are|was|were|did|does|do|name|identify)\b/iu;
/** A question word inside the clue, or a field it asks for at its end ("…: date"). */
const ASKED_WITHIN = /(?:[:,—–]\s*|\b(?:by|of|on|in|from|to|at|for|with)\s+)(?:who|whom|whose|what|which|when|where|how)\b|[:—–]\s*(?:date|day|year|when|who|name|figure|number)\s*$/iu;
/** Heads that a time answers. */
const TIME_HEADS = /^(?:date|day|dates|days|time|year|month|weekday|deadline|dateline\s+date)$/iu;
/** Heads that an outlet answers. */
const OUTLET_HEADS = /^(?:outlet|agency|publication|publisher|paper|newspaper|wire|network|site|website)$/iu;
/** Nouns of people a clue describes, besides titles. */
const PERSON_HEADS: ReadonlySet<string> = new Set(['writer', 'reporter', 'photographer', 'editor', 'author', 'analyst', 'expert', 'man', 'woman', 'person', 'figure', 'journalist', 'correspondent', 'speaker', 'pm', 'holder', 'body', 'group', 'ministry', 'militia', 'government', 'organisation', 'organization']);

export function clueAsked(text: string): string {
  if (!LETTER_COUNT.test(text)) return text;
  const clue = text.replace(LETTER_COUNT, '').replace(BLANK_HINT, '').replace(/\s*\?*\s*$/u, '');
  if (BLANK.test(clue) || clue === '') return text;
  // "… : how many?", "…, by whom?", "…: date?": a clue that asks in its own words only loses its counts.
  if (ASKS.test(clue) || ASKED_WITHIN.test(clue)) return `${clue}?`;
  // The head: the last word before the first preposition, comma, participle or relative ("Top diplomat whose …").
  const lead = clue.split(/\s*,\s*|\s+(?:of|on|in|at|for|from|by|with|behind|atop|under|over|about|who|whose|that|which|where|when|\p{Ll}+ing|\p{Ll}+ed)\s+/u)[0]!;
  const head = (lead.split(/\s+/u).at(-1) ?? '').toLowerCase().replace(/['’]s$/u, '');
  const phrase = /^\s*(?:the|a|an|this|that)\s/iu.test(clue) || /^\s*\p{Lu}[\p{L}.'’-]*['’]s\s/u.test(clue) ? clue : `the ${clue}`;
  if (TIME_HEADS.test(head)) return `what is ${phrase}?`;
  if (OUTLET_HEADS.test(head)) return `which ${head} is ${clue.slice(clue.toLowerCase().indexOf(head) + head.length).trim()}?`;
  if (ROLE_HEADS.has(head) || PERSON_HEADS.has(head)) return `who is ${phrase}?`;
  // A thing ("Crossing for over 100 trucks a day") is searched for by its own words.
  return `${clue}?`;
}
