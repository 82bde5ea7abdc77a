/**
 * A question written as a letter to the editor: a salutation ("Dear Sir,"), a word about the writer
 * ("I taught geography for thirty years"), the question, a closing ("Yours faithfully"). The letter's
 * courtesies and the writer's own story ask nothing; "your report from Annapolis" names the story
 * asked of; the letter's sentences stay when the question points back into them ("your article
 * quoted an expert … who is he?", "I was glad to read of a pause being urged. When did Biden call
 * for it?"). Pure text to text.
 */
import { askedSentences } from './askedSentences.ts';

const SALUTATION = /^\s*(?:dear\s+(?:sir\s+or\s+madam|sirs?|madam|editor|byline|friends?)|sir|madam|to\s+the\s+editor)\s*[,:!]\s*/iu;
const CLOSING = /[\s,.]*(?:yours\s+(?:faithfully|sincerely|truly)|kind(?:est)?\s+regards|with\s+(?:many\s+)?thanks|respectfully(?:\s+yours)?|sincerely)\b[\s\S]{0,60}$/iu;
/** Where the question starts inside its sentence: after a colon, or a comma before a question word or a polite request. */
const ASKED_START = /(?:[:;]|,)\s*(?=(?:(?:on|in|at|from|for|by|to)\s+(?:which|what)|who|whom|whose|when|what|which|where|how|could\s+you|would\s+you|can\s+you|might\s+you|do\s+you|please)\b)/giu;
/** "Could you remind an old reader (of)", "would you tell me": a request for what follows. */
const REMIND_READER = /^(?:could|would|can|might)\s+you\s+(?:please\s+|kindly\s+)?(?:remind|tell|inform)\s+(?:me|us|(?:an?|this|your)\s+(?:[\p{L}-]+\s+)?(?:reader|subscriber|pensioner|woman|man|lady|gentleman))\s+(?:of\s+|about\s+)?(?=(?:(?:on|in|at)\s+)?(?:who|whom|whose|when|what|which|where|how)\b)/iu;
/** "your report from Annapolis", "your pieces from Capri": the story the letter is about. */
const YOUR_STORY = /\byour\s+((?:[\p{L}'’-]+\s+){0,2}?(?:report|article|piece|story|dispatch|account|coverage)s?)\s+((?:from|on|about)\s+[^,.;:?!]{2,60})/iu;
/** A question that leans on what was said before it. */
const POINTS_BACK = /\b(?:he|she|him|her|it|that|this|they|them|those|these)\b/iu;

export function letterAsked(text: string): string {
  const saluted = SALUTATION.test(text) || CLOSING.test(text);
  const body = text.replace(SALUTATION, '').replace(CLOSING, '').trim();
  const sentences = askedSentences(body);
  const at = sentences.findLastIndex((sentence) => /\?\s*$/u.test(sentence));
  if (at < 0) return text;
  const before = sentences.slice(0, at);
  // Only a letter, by its salutation or closing (a claim or a riddle in the first person is read elsewhere).
  if (!saluted) return text;
  const sentence = sentences[at]!;
  // A sentence that opens as a question keeps its clauses ("Who is X, whose country …?").
  const starts = /^\s*(?:who|whom|whose|when|what|which|where|how|on|in|at)\b/iu.test(sentence) ? [] : [...sentence.matchAll(ASKED_START)];
  // "Could you remind an old reader on which day …": the question the request asks.
  const question = (starts.length === 0 ? sentence.trim() : sentence.slice(starts.at(-1)!.index + starts.at(-1)![0].length).trim()).replace(REMIND_READER, '');
  const story = YOUR_STORY.exec(before.join(' ') + (starts.length === 0 ? '' : ` ${sentence.slice(0, starts.at(-1)!.index)}`));
  // What the letter says of others stays when the question points back to it; the writer's own story goes.
  const remarks = POINTS_BACK.test(question) ? before.map((line) => line.replace(/\byour\s+(?=(?:[\p{L}'’-]+\s+){0,2}?(?:report|article|piece|story|dispatch|account|coverage))/giu, 'the ')) : [];
  const scoped = story === null || /\b(?:story|article|report|piece|dispatch|wire)\b/iu.test(question) ? question : `${question.replace(/\s*\?+\s*$/u, '')}, in the ${story[1]} ${story[2]}?`;
  const asked = [...remarks, scoped].join(' ');
  return asked;
}
