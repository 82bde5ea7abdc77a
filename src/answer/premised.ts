/**
 * A question set as an exam or quiz sets it: the premise first ("Given that X, and that Y, who …?",
 * "Recalling that X, name …", "Considering the report datelined Annapolis, who …?", "In the article
 * describing X, who …?"), marks and a bonus after it ("(1 mark)", "Bonus: name the outlet."). The
 * question is put first and its premise after it ("who …, given that X?"), so the question word
 * leads and the premise's words still say what it is about; a story the premise names is the story
 * asked of; the marks and the bonus ask nothing. Pure text to text.
 */

/** "(1 mark)", "[2 marks]", "(3 pts)": what an answer is worth. */
const MARKS = /\s*[([]\s*\d+\s*(?:marks?|points?|pts?)\s*[)\]]\s*/giu;
/** "Bonus: name the outlet.", "Extra credit: …": a second question after the first, which is the one asked. */
const BONUS = /(?<=[.?!])\s+(?:bonus|extra\s+credit|for\s+a\s+bonus(?:\s+point)?)\s*[:—–-]\s*[^?!.]*[?!.]?\s*$/iu;
/** "Given that", "Considering that", "Recalling that", "Bearing in mind that", "Noting that": a premise. */
const PREMISE = /^\s*(?:given|considering|recalling|remembering|noting|knowing|bearing\s+in\s+mind|keeping\s+in\s+mind|assuming|granted)\s+(that\s+)?/iu;
/** Where the question starts after the premise: a comma before a question word or an exam's imperative. */
const ASKED_AFTER = /,\s*(?=(?:(?:on|in|at|by|from|to|for)\s+)?(?:who|whom|whose|what|which|when|where|how|identify|name|state|give|indicate|determine)\b)/giu;
/** "In the article describing X, who …": the story, described by what it tells. */
const STORY_DESCRIBING = /^\s*in\s+(the\s+(?:[\p{L}\d'’.-]+\s+){0,2}?(?:article|story|report|piece|dispatch|account))\s+(?:describing|covering|reporting|detailing|recounting|on|about)\s+([^,]{3,160}?),\s*(?=(?:(?:on|in|at|by|from|to|for)\s+)?(?:who|whom|whose|what|which|when|where|how)\b)/iu;
/** A story named without "that": "Considering the report datelined Annapolis, who …". */
/** A pronoun the question points back with ("he", "that threat"), not the conjunction ("declared that the …"). */
const POINTS_BACK = /\b(?:[Hh]e|[Ss]he|[Tt]hey|him|[Ii]t|[Tt]his|[Tt]hose|[Tt]hese)\b|\b[Tt]hat\s+(?!(?:the|a|an|he|she|it|they|we|I|there|his|her|its|their)\b)[a-z]/u;
const STORY_PREMISE = /^(?:the|this|that)\s+(?:[\p{L}\d'’.-]+\s+){0,3}?(?:article|story|report|piece|dispatch|account|wire)\b/iu;

/** "Identify the man who was killed." is asked: its full stop is a question mark. */
const asked = (question: string) => question.trim().replace(/\s*[.!]?\s*$/u, '?').replace(/\?+$/u, '?');

export function premisedAsked(text: string): string {
  const unmarked = text.replace(MARKS, ' ').replace(BONUS, '').trim();
  const described = STORY_DESCRIBING.exec(unmarked);
  // A question that points back into the description ("when did he make that threat?") is read whole.
  if (described !== null && !POINTS_BACK.test(unmarked.slice(described[0].length))) {
    const question = unmarked.slice(described[0].length);
    return `${asked(question).replace(/\?$/u, '')}, in ${described[1]} about ${described[2]}?`;
  }
  const premise = PREMISE.exec(unmarked);
  if (premise === null) return unmarked === text.trim() ? text : unmarked;
  const body = unmarked.slice(premise[0].length);
  const splits = [...body.matchAll(ASKED_AFTER)];
  const split = splits.at(-1);
  if (split === undefined) return text;
  const told = body.slice(0, split.index).replace(/,\s*and\s+that\s+/giu, ', and ');
  const question = asked(body.slice(split.index + split[0].length));
  // "Considering the report datelined Annapolis, who …": the story asked of.
  if (premise[1] === undefined && STORY_PREMISE.test(told)) return `${question.replace(/\?$/u, '')}, in ${told.trim()}?`;
  // "Bearing in mind that the Reuters Capri report was reported by two …, who …": the story the premise is about is asked of.
  const premisedStory = premise[1] === undefined ? null : STORY_PREMISE.exec(told.trim());
  if (premisedStory !== null) return `${question.replace(/\?$/u, '')}, in ${premisedStory[0]}?`;
  return `${question.replace(/\?$/u, '')}, ${premise[0].trim().toLowerCase()} ${told.trim()}?`;
}
