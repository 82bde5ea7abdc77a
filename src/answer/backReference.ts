/**
 * A question that says what it is about first and then asks of it with a word that points back,
 * in the order speech, a learner or a quick message puts it: "Israel has killed the commander of
 * Hezbollah, this commander is who?", "X — this has said who?", "That X, who is saying this?",
 * "X — on which day this was?". Read as the remark and then the question in its usual order
 * ("X. Who is this commander?", "who said X?", "X. On which day was this?"), which the question
 * stage reads as any remark and question. Pure text to text.
 */
import { capitalised } from './askedSentences.ts';

/** What a question points back with: "this", "he", "this commander", "the minister". */
const POINTER = String.raw`(?:this|that|it|he|she|they|these|those|(?:this|that|the)\s+[\p{L}-]+)`;

/** Between the remark and the question: a comma, a dash or a full stop. */
const BREAK = String.raw`\s*(?:,|\s[—–-]+|[.:;!])\s+`;

/** "this commander is who", "he was who": who the one pointed to is. */
const WHO_LAST = new RegExp(String.raw`^(${POINTER})\s+(is|was|are|were)\s+(?:who|whom)$`, 'iu');

/** "this has said who", "that was said by whom": who said what the remark says. */
const SAID_WHO_LAST = /^(?:this|that|it)\s+(?:(?:has|had|was|is)\s+)?(?:been\s+)?(?:said|told|stated|claimed|declared|announced|written)\s+(?:by\s+)?(?:who|whom)$/iu;

/** "who is saying this", "who has said that", "who says so": who said what the remark says. */
const WHO_SAID_THIS = /^(?:who|whom)\s+(?:(?:has|had|is|was|did)\s+)?(?:said|says|saying|say|stated|states|claimed|claims|claiming|declared|announced)\s+(?:this|that|it|so)$/iu;

/** "on which day this was", "from which city it is written": the question word, then its subject before its verb. */
const UNINVERTED = new RegExp(
  String.raw`^((?:(?:on|in|at|from|since|by|for|until)\s+)?(?:when|where|what|which)(?:\s+[\p{L}-]+)?)\s+(${POINTER})\s+(is|was|are|were|has|had)\b(.*)$`,
  'iu',
);

/** The remark and the question after it, the question ending the text. */
const REMARK_THEN_ASKED = new RegExp(String.raw`^\s*(.{8,400}?)${BREAK}((?:(?!${BREAK}).)+?)\s*(?:,\s*please)?\s*[?.!]*\s*$`, 'iu');

/** "he", "she", "they": a person pointed to, whom a tag after the remark asks about. */
const PERSONAL = /^(?:he|she|they)$/iu;

/** "the claim that", "That": words before what was said that only frame it. */
const SAYING_FRAME = /^\s*(?:(?:the|a|this|that)\s+(?:claim|remark|comment|statement|line|assertion|argument|warning|words?|quote)\s+)?that\s+/iu;

/** A remark that only states what someone said: "That the toll has reached 1,200", "the claim that the toll …" → "the toll has reached 1,200". */
function asStatement(remark: string): string {
  return remark.replace(SAYING_FRAME, '').replace(/^(?:The|A|An)\b/u, (article) => article.toLowerCase());
}

export function backReferred(text: string): string {
  const found = REMARK_THEN_ASKED.exec(text);
  if (found === null) return text;
  const [, remark, asked] = found as unknown as [string, string, string];
  const who = WHO_LAST.exec(asked);
  // "X, he is who?" as "X, who is he?", the tag that asks who X is; "X, this commander is who?" as a question after the remark.
  if (who !== null) return PERSONAL.test(who[1]!) ? `${remark}, who ${who[2]!.toLowerCase()} ${who[1]!.toLowerCase()}?` : `${remark}. Who ${who[2]!.toLowerCase()} ${who[1]!}?`;
  if (SAID_WHO_LAST.test(asked) || WHO_SAID_THIS.test(asked)) return `who said ${asStatement(remark)}?`;
  const uninverted = UNINVERTED.exec(asked);
  if (uninverted !== null) return `${remark}. ${capitalised(uninverted[1]!)} ${uninverted[3]!.toLowerCase()} ${uninverted[2]!}${uninverted[4]!.trimEnd()}?`;
  return text;
}
