/**
 * The question inside a request, or after a remark it points back to: "Can you confirm for the
 * customer when Fuad Shukr was killed?", "Escalating: ticket asks who directs the Iran program",
 * "… requests the day and time of day when explosions rocked Isfahan", "Claim: the war broke out in
 * November. Check: in what month did it actually break out?". Grammar, not a voice: a "wh" clause
 * that completes a verb of asking, telling or knowing is an embedded question in a statement's word
 * order; a relative "when" after a time noun asks that time; a question after a remark may name the
 * remark's subject with "it", "they", "he" or "she". The remark itself is left out: a claim being
 * checked may be wrong in the very thing asked. The question stage asks this only where the text
 * as typed finds nothing. Pure text to text; `undefined` where the text holds no such question.
 */
import { askedSentences } from './askedSentences.ts';
import { IRREGULAR_VERBS } from '../text/wordForms.ts';

/** "Claim:", "Escalating:", "Rating pending:", "Claim attributed to Blinken:": a label of a few words before a sentence. */
const LABEL = /^\s*(?:@[\p{L}\d_]+[,:]?\s+)?(?:[\p{L}][\p{L}'’-]*\s+){0,3}[\p{L}][\p{L}'’-]*\s*:\s+(?=\S)/u;

/** The question words an embedded question opens with. */
const WH = String.raw`(?:who|whom|whose|when|(?:on\s+)?(?:what|which)\s+(?:day|date|time|year|month|week)|which\s+[\p{L}-]+)`;

/**
 * A verb of asking, telling or knowing, whom it is for, and the embedded question it takes:
 * "asking when", "confirm for the customer when", "wants to know who", "tell me which official".
 */
const EMBEDDING = new RegExp(
  String.raw`\b(?:ask|asks|asked|asking|know|knows|confirm|confirms|confirmed|confirming|tell|tells|advise|check|checks|verify|find\s+out|establish|determine|clarify|specify|identify|learn|work\s+out|pin\s+down|figure\s+out|wonder|wonders|wondering|say|explain|state|ascertain)` +
    String.raw`(?:\s+(?:for|to)\s+(?:the|a|an|my|our|this|that)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)?(?:\s+(?:me|us|him|her|them))?(?:\s+(?:exactly|precisely|again))?\s+(${WH}\b.+)$`,
  'iu',
);

/** "the day and time of day when X", "the date when X", "the year in which X": the time of X. */
const TIME_WHEN = /\b(?:date|day|time|year|month|week|moment|hour|night|morning)(?:\s+of\s+day)?\s+(?:when|(?:in|on|at)\s+which)\s+(.+)$/iu;

/** "the name of the Hamas leader who was assassinated …": the one the relative clause describes. */
const NAME_OF_WHO = /\b(?:name|identity)\s+of\s+(?:the|a|an|that|this)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+\s+who\s+(.+)$/iu;

/** "when Fuad Shukr was killed in the strike" → "when was Fuad Shukr killed in the strike". */
const STATEMENT_ORDER = /^((?:on\s+)?(?:when|what\s+\p{L}+|which\s+\p{L}+))\s+(.{1,80}?)\s+(was|were|is|are|had\s+been|has\s+been)\s+(\p{Ll}+(?:ed|en|wn|ne|nt|ung|ot|id|ht))\b(.*)$/iu;

/** A question sentence as it stands: a question word first (after a preposition), or any sentence with a question mark. */
const ASKS = new RegExp(String.raw`^\s*(?:(?:on|in|at|by|from)\s+)?(?:who|whom|whose|when|what|which|where|how)\b`, 'iu');

const unpunctuated = (text: string) => text.replace(/\s*[.;:!?]+\s*$/u, '').trim();

/** The embedded question of one sentence, in a question's word order, or `undefined`. */
function embeddedIn(sentence: string): string | undefined {
  const embedded = EMBEDDING.exec(sentence);
  const named = embedded === null ? NAME_OF_WHO.exec(sentence) : null;
  const when = embedded === null && named === null ? TIME_WHEN.exec(sentence) : null;
  const clause = embedded !== null ? embedded[1]! : named !== null ? `who ${named[1]!}` : when !== null ? `when ${when[1]!}` : undefined;
  if (clause === undefined) return undefined;
  const plain = unpunctuated(clause);
  const ordered = STATEMENT_ORDER.exec(plain);
  return `${ordered === null ? plain : `${ordered[1]} ${ordered[3]} ${ordered[2]} ${ordered[4]}${ordered[5]}`}?`;
}

/** Where a remark's subject ends: its first verb ("the explosions in Isfahan | came late …"). */
function subjectOf(remark: string): string | undefined {
  const tokens = unpunctuated(remark).split(/\s+/u);
  const verb = tokens.findIndex((token, i) => i > 0 && (/^(?:was|were|is|are|has|had|have|will|would|did|does)$/iu.test(token) || IRREGULAR_VERBS.has(token.toLowerCase()) || /^\p{Ll}{3,}ed$/u.test(token)));
  if (verb <= 0 || verb > 8) return undefined;
  const subject = tokens.slice(0, verb).join(' ');
  return /[,;"“”]/u.test(subject) ? undefined : subject.replace(/^\p{Lu}/u, (letter) => (/^(?:The|A|An|This|That|These|Those)\b/u.test(subject) ? letter.toLowerCase() : letter));
}

/** The question with "it"/"they" (as a subject) or "he"/"she" standing for the remark's subject. */
function pointedBack(question: string, remark: string): string {
  const subject = subjectOf(remark);
  if (subject === undefined) return question;
  const person = /^\p{Lu}/u.test(subject) && !/^(?:the|a|an)\s/iu.test(subject);
  const pronoun = person ? /\b(?:he|she)\b/iu : /\b(?<=(?:did|does|was|were|is|are|has|have|had)\s+)(?:it|they)\b/iu;
  return question.replace(pronoun, subject);
}

/** A word that points back to a remark: a question of its own still holding one is not asked without it. */
const POINTING = /\b(?:it|they|them)\b/iu;

export function questionWithin(text: string): string | undefined {
  const sentences = askedSentences(text);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const sentence = sentences[i]!.replace(LABEL, '');
    const embedded = ASKS.test(sentence) ? undefined : embeddedIn(sentence);
    // A question of its own after a remark ("Claim: X. Check: when did it happen?") is the one asked.
    const own = embedded === undefined && ASKS.test(sentence) && /\?\s*$/u.test(sentence) ? `${unpunctuated(sentence)}?` : undefined;
    const asked = embedded ?? own;
    if (asked === undefined) continue;
    const question = i > 0 ? pointedBack(asked, sentences[i - 1]!.replace(LABEL, '')) : asked;
    if (embedded === undefined && POINTING.test(question)) return undefined;
    return question === text.trim() ? undefined : question;
  }
  return undefined;
}
