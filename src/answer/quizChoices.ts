/**
 * A question asked as a quiz asks it: its labels ("Round two, question five:", "Three points on the
 * line, teams:"), which ask nothing, and its possible answers: "… the war? A) Shukr,
 * B) Haniyeh, or C) Nasrallah?", "… the Porto story? Russell, Balmer or Heavey?", "— was that on
 * Sunday, Monday, or Tuesday?". The answers offered are not what is asked about (their names would
 * be read as the question's own, and so never as its answer): the question is read without them,
 * as asked of the coverage, which gives the answer with its source or says it does not. Pure text
 * to text.
 */

/** One offered answer: a few words with no mark that ends a clause. */
const OPTION = String.raw`[^,;:?!()—–]{1,60}?`;

/** "A)", "(b)", "C:": the label before an offered answer. */
const LETTER = String.raw`(?:\(?[A-Da-d]\)|[A-D]:)`;

/** What may introduce the offered answers: "Your options:", "Was it", "Is it", "Choose from". */
const INTRODUCED = String.raw`(?:(?:your\s+)?(?:options|choices)(?:\s+are)?\s*:?|(?:was|is)\s+it|choose\s+from\s*:?|pick\s+one\s*:?)`;

/** Lettered answers: "A) X, B) Y, or C) Z", after the question or in place of its end. */
const LETTERED = new RegExp(
  String.raw`(\?|\s[—–-]+|,|:)?\s*(?:${INTRODUCED}\s*)?${LETTER}\s*${OPTION}(?:\s*[,;]?\s*(?:or\s+)?${LETTER}\s*${OPTION}){1,4}\s*(?=[?.!]|$)[?.!]*`,
  'giu',
);

/** Unlettered answers after the question: "? Last week, last month, or last October?", "? Russell, Balmer or Heavey — pens down!". */
const LISTED_AFTER = new RegExp(String.raw`\?\s+(?:${INTRODUCED}\s*)?(${OPTION}(?:\s*,\s*${OPTION}){0,3}\s*,?\s+or\s+${OPTION})\s*(?:[?.!]|\s[—–-]+\s*[^?]*)?\s*$`, 'iu');

/** An offered answer's label alone, "A) ", "(b) ". */
const LABEL = /(?<=^|\s)\(?[A-Da-d]\)\s*/gu;

/** "was that on Sunday, Monday, or Tuesday?": a choice of times in place of asking when. */
const TIME_CHOICE = /\b(?:was|is|were)\s+(?:that|it|this)\s+(?:on|in|at|during)?\s*(?:[^,?]{1,40}?,\s*){1,3}(?:or\s+)?[^,?]{1,40}\?*\s*$/iu;

/** Words of a time among the answers offered (not a bare number: "was it 2, 5 or 7?" offers counts). */
const TIME_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|day|night|morning|\d{4})\b/iu;

/** A question word: a list that holds one is a question's own words, not answers offered. */
const ASKING = /\b(?:who|whom|whose|what|which|when|where|why|how)\b/iu;

/** "Round two, question five, two points:", "Geography round:", "Three points on the line, teams:": a quiz's label, one part or several. */
const LABEL_PART = String.raw`(?:(?:the\s+)?(?:[\p{L}-]+\s+)?round(?:\s+[\p{L}\d-]+)?|(?:final|bonus|tie-?breaker)\s+(?:round|question)|question\s+[\p{L}\d-]+|(?:for\s+)?[\p{L}\d-]+\s+points?(?:\s+on\s+the\s+line)?|multiple\s+choice|teams?)`;
const QUIZ_LABEL = new RegExp(String.raw`^\s*${LABEL_PART}(?:\s*,\s*${LABEL_PART})*\s*[!]?\s*(?::|[—–-]+|!)\s*(?=\S)`, 'iu');

/** After the question, a quizmaster's aside that asks nothing: "One point for the right time frame.", "Two words, teams.", "Pens down!". */
const QUIZ_ASIDE = /(?<=\?)\s+(?![^?]*\b(?:who|whom|whose|what|which|when|where|how)\b)[^?]*\b(?:points?|teams?|pens|phones|guess(?:es|ing)?|promise|bonus|max)\b[^?]*$/iu;

export function choicesDropped(input: string): string {
  const text = input.replace(QUIZ_LABEL, '').replace(QUIZ_ASIDE, '');
  if (!/\bor\b|[A-Da-d]\)/u.test(text)) return text;
  // "— was that on A) Sunday, B) Monday, or C) Tuesday?": asks when it was.
  const unlabelled = text.replace(LABEL, '');
  const timed = TIME_CHOICE.exec(unlabelled);
  if (timed !== null && !unlabelled.slice(0, timed.index).includes('?') && /\bor\b/iu.test(timed[0]) && TIME_WORD.test(timed[0])) return `${unlabelled.slice(0, timed.index)}when was that?`;
  const lettered = (text.match(LABEL) ?? []).length >= 2;
  const unlettered = lettered ? text.replace(LETTERED, (_options, before: string | undefined) => (before === '?' ? '?' : '')).replace(/([^.?!\s])\s*$/u, '$1?') : text;
  const listed = LISTED_AFTER.exec(unlettered);
  const asked = listed === null || ASKING.test(listed[1]!) ? unlettered : `${unlettered.slice(0, listed.index)}?`;
  return asked === text ? text : asked.replace(/\s+\?/gu, '?').replace(/\?{2,}/gu, '?').trim();
}
