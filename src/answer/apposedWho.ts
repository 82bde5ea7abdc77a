/**
 * Someone a who question names again after a dash or a comma, in plain words, where its own words
 * are a figure of speech: "Who's calling the plays at the Pentagon — the defense secretary talking
 * about protecting our troops?", "Who's the color commentator in the piece — the director of the
 * Iran program?", "Who's Hezbollah's team captain, the one threatening to escalate the war?". The
 * question is the apposition's: "who is the defense secretary talking about …?", "who was
 * threatening to escalate the war?", which the role and event answerers read. Pure text to text;
 * `undefined` where no who question is followed so, or what follows names no one (no role, no "the one who").
 */

import { ROLE_HEADS } from '../nlp/model/roleWords.ts';

/** A who question, then after a dash or a comma "the …" to its end. */
const APPOSED = /^\s*(?:who['’]s|who\s+(?:is|was|are|were))\b[^—–?]{3,160}?(?:\s+[—–-]+\s+|\s*[—–]\s*|,\s+)((?:the|a|an)\s+[^?—–]{3,160}?)\s*\?*\s*$/iu;

/** "the one threatening …", "the man who said …": someone told only by what they did. */
const ONE_WHO = /^(?:the|a|an)\s+(?:one|man|woman|person|guy|fellow|figure)\s+(?:(who|that)\s+)?(.+)$/iu;

/** The words of a noun phrase up to what goes on describing it: "the defense secretary | talking …", "the country | the envoy …". */
function headOf(phrase: string): string[] {
  const words = phrase.split(/\s+/u).slice(1);
  const end = words.findIndex((word) => /^(?:the|a|an|that|who|which|whom|of|at|in|on|from|for|with|to|by)$/iu.test(word) || /^\p{Ll}+(?:ing|ed)$/u.test(word));
  return words.slice(0, end < 0 ? 4 : Math.min(end, 4));
}

export function apposedWho(text: string): string | undefined {
  const apposed = APPOSED.exec(text);
  if (apposed === null) return undefined;
  const phrase = apposed[1]!.trim();
  const one = ONE_WHO.exec(phrase);
  // A role names the one asked for ("the defense secretary …"); anything else names a thing the question speaks of ("…, the country X was to visit").
  if (one === null) return headOf(phrase).some((word) => ROLE_HEADS.has(word.toLowerCase())) ? `who is ${phrase.replace(/^(?:a|an)\s/iu, 'the ')}?` : undefined;
  // "the one threatening to …": who was; "the man who said …": who.
  return one[1] === undefined ? (/^\p{Ll}+ing\b/u.test(one[2]!) ? `who was ${one[2]!}?` : undefined) : `who ${one[2]!}?`;
}
