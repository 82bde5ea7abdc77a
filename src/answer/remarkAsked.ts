import { askedSentences, STORY_WORD } from './askedSentences.ts';
import { indexTerm, words } from '../text/terms.ts';

/** A sentence that asks for a time and points back, or says too little to be about anything ("When did he depart?", "Which day, confirm date"). */
const TIME_ASKED = /\b(?:when|what\s+(?:date|day|time)|which\s+(?:date|day)|(?:real|exact|calendar)\s+date|date\s+(?:of|what)|confirm\s+(?:the\s+)?date)\b/iu;
const POINTS_BACK = /\b(?:he|she|it|they|that|this|those|these|him|them)\b/iu;
/** The story a sentence names, by a story's word after its determiner ("against the Political IQ piece", "in the Political IQ clipping"; not "photo on file"). */
export const STORY_NAMED = new RegExp(String.raw`\b(?:in|per|against|from|for|on|according\s+to)\s+((?:the|that|this)\s+[^,.?]{0,40}?${STORY_WORD.source})`, 'iu');

/** Words of a sentence that only asks for a time: its question words, and what it asks of the answer. */
const ASKING_WORDS = new Set(['when', 'what', 'which', 'date', 'day', 'time', 'real', 'exact', 'calendar', 'confirm', 'please', 'resolve', 'resolved', 'give', 'need', 'want', 'tell', 'precise', 'actual', 'actually', 'happen', 'happened', 'take', 'place', 'occur', 'occurred']);

/** How many words of its own a sentence that asks may have ("When did he say it?"): a verb that only carries the question. */
const OWN_WORDS = 1;

/** How many words a sentence that asks may have and still say too little of its own. */
const SHORT_ASKED = 6;

/**
 * "Nasrallah threatened to escalate the war. Which day, confirm date against the Political IQ
 * piece": a remark that says what happened, then a sentence that only asks its time. The remark, to
 * be asked as a /when question is, with the story the asking sentence names; `undefined` otherwise.
 */
export function remarkTimeAsked(text: string): string | undefined {
  const sentences = askedSentences(text.trim());
  if (sentences.length < 2) return undefined;
  const asked = sentences.at(-1)!;
  const story = STORY_NAMED.exec(asked);
  const own = story === null ? asked : asked.replace(story[0], '');
  if (!TIME_ASKED.test(own) || (words(own).length > SHORT_ASKED && !POINTS_BACK.test(own))) return undefined;
  const remark = sentences.slice(0, -1).join(' ').replace(/[.!:;]+\s*$/u, '');
  if (/\?/u.test(remark) || words(remark).length < 3) return undefined;
  // A sentence that asks of something of its own ("On what date did he arrive in Amman?") is its own question.
  const told = new Set(words(remark).map(indexTerm));
  const untold = words(own).filter((word) => { const term = ASKING_WORDS.has(word.toLowerCase()) ? null : indexTerm(word); return term !== null && !told.has(term); });
  if (untold.length > OWN_WORDS) return undefined;
  return story === null ? remark : `${remark}, in ${story[1]!}`;
}

/** A sentence that asks by itself: a question word, and nothing that points back to another sentence. */
const ASKS_ALONE = /\b(?:who|whom|whose|when|which|what|where)\b/iu;
const POINTS_TO_ANOTHER = /\b(?:he|she|it|they|him|her|them|his|its|their|that|this|those|these|there|then|same)\b/iu;

/**
 * The sentences of a text of several that ask by themselves ("Incident date, Isfahan: when did the
 * explosions hit the Iranian city? Calendar date for the advisory, not just the weekday."): each a
 * question its remarks around it only frame; none when the text is one sentence.
 */
export function askedAlone(text: string): string[] {
  // A label before a colon frames a question as a sentence before it does ("Incident date, Isfahan: when did …").
  const sentences = askedSentences(text.trim()).flatMap((sentence) => sentence.split(/(?<=:)\s+/u));
  if (sentences.length < 2) return [];
  // A story the other sentences name ("… in the Political IQ clipping: who took the picture?") is part of the question.
  const alone = (sentence: string) => !STORY_NAMED.test(sentences.filter((other) => other !== sentence).join(' '));
  return sentences.filter((sentence) => ASKS_ALONE.test(sentence) && !POINTS_TO_ANOTHER.test(sentence) && words(sentence).length >= 4 && alone(sentence));
}

/** A sentence that only asks who the one the remark before it tells of is: "Who is he?", "who was?", "Who's that analyst?". */
/** (Not a bare "who?": "Iran's foreign minister at Capri — who?" is read as one question already.) */
const WHO_POINTED = /^\W*(?:(?:so|and|but|then)\s+)?(?:who|whom)(?:['’]s|\s+(?:is|was|are|were))(?:\s+(?:he|she|they|it|that|this|him|her)(?:\s+(?:guy|man|woman|person|one|official|analyst|leader|commander))?)?\s*[?.!]*\s*$/iu;

/** How many words a remark (or a part of it) needs to tell of someone. */
const TELLS_OF_SOMEONE = 3;

/**
 * "Hamas's political leader, assassinated in Tehran last week, per the Annapolis story — who was he?":
 * a remark that tells of someone, then a sentence (or a part after a dash) that only asks who that is.
 * The remark, to be asked as a /who question is, then each of its comma-set parts that could tell of
 * someone by itself ("…, analyst quoted at the end, director of the Iran program at the Middle East
 * Institute"); none when the text has no such sentence.
 */
export function remarkWhoAsked(text: string): string[] {
  const sentences = askedSentences(text.trim()).flatMap((sentence) => sentence.split(/\s+[—–]\s+|(?<=\S)(?:\.{3}|…)\s+/u));
  const at = sentences.findIndex((sentence, k) => k > 0 && WHO_POINTED.test(sentence));
  if (at < 1) return [];
  const remark = sentences.slice(0, at).join(' ').replace(/[.!:;,…]+\s*$/u, '').trim();
  if (/\?/u.test(remark) || words(remark).length < TELLS_OF_SOMEONE) return [];
  const parts = remark.split(/\s*[,;]\s*/u).filter((part) => words(part).length >= TELLS_OF_SOMEONE);
  return [remark, ...(parts.length > 1 ? parts : [])];
}
