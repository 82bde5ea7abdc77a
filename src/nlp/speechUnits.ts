/**
 * What the attribution pass (`attribution.ts`) and the statement reader (`reportedSpeech.ts`)
 * share: a sentence's speaker refs and speaker–cue pairs, the reported speech found in it, and the
 * word sets both read clauses by. Kept apart so that neither module imports the other.
 */
import type { Token } from './nameTokens.ts';
import { CUE_ADVERBS, CUE_PARTICLES, CUES_WITH_OBJECT } from './model/speechCues.ts';

/** Where a speaker is named: character offsets in one paragraph's text. */
export interface SpeakerMention {
  /** Index of the paragraph in `article.passages`. */
  passage: number;
  start: number;
  end: number;
}

/**
 * Reported speech: what a speaker said as the text paraphrases it ("Holt said that …",
 * "…, according to the ministry"). Offsets are into one paragraph's text.
 */
export interface ReportedSpeech {
  /** Index of the paragraph in `article.passages`. */
  passage: number;
  start: number;
  end: number;
  cue: string;
  speaker?: string;
  mention?: SpeakerMention;
  /** Indices of the paragraph's quotation spans inside the paraphrase ("Rubio was “a lightweight”"). */
  quotes: number[];
  /** The parts around a speaker and cue set inside the statement ("Costs, she said, will rise"). */
  pieces?: Array<{ start: number; end: number }>;
}

export type Gender = 'm' | 'f' | undefined;

/** Something in the text that can speak: a name, a pronoun, a role noun, or a non-person ("it"). */
export interface Ref {
  start: number;
  end: number;
  kind: 'person' | 'pronoun' | 'role' | 'other';
  /** The person or body it stands for, when known. */
  name?: string;
  gender: Gender;
  /** For a role noun or description ("the Florida senator"): its words, to resolve it by when no name is known yet. */
  description?: Description;
}

/** A definite description of a person: its head noun and the words before it, lowercase. */
export interface Description {
  head: string;
  modifiers: string[];
}

export interface Pair {
  ref: Ref;
  cue: string;
  /** First and last+1 token of "ref cue" or "cue ref". */
  start: number;
  end: number;
}

/** A sentence, with boundaries inside quotations ignored. */
export interface Unit {
  start: number;
  end: number;
  refs: Ref[];
  subject?: Ref;
  pairs: Pair[];
  /** Speech verbs after a plain noun phrase ("the report said"): a speaker mention with no name. */
  nounPairs: Pair[];
}

/** A hyphen standing alone as a token is a dash: "Iowa poll overhype - Ann Lee: “…”". */
export const CLAUSE_BOUNDARIES = new Set([',', ';', ':', '(', '—', '–', '-']);
export const NOT_AFTER_SUBJECT = new Set(['by', 'of', 'to', 'with', 'for', 'in', 'on', 'at', 'from', 'and', 'or']);
/** Before these a participle is a noun: "his warning". */
export const NOUN_MARKERS = new Set(['his', 'her', 'its', 'their', 'the', 'a', 'an', 'this', 'that', 'our']);
export const CUE_OBJECT_STOPS = new Set(['that', 'on', 'in', 'as', 'at', 'after', 'before', 'during', 'while', 'when', 'about']);

export const NOT_IN_NOUN_PHRASE = new Set([
  'that', 'which', 'who', 'whom', 'when', 'if', 'than', 'to', 'and', 'but', 'or', 'as', 'because', 'while', 'it', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'do',
  'does', 'did', 'not', 'he', 'she', 'they', 'we', 'i', 'you', 'what', 'where', 'how', 'why', 'in', 'on', 'at', 'after',
  'before', 'since', 'for', 'with', 'by', 'from', 'into', 'about', 'also', 'this',
]);
/**
 * Common irregular past forms: with no tagger (too slow for the corpus budget), a past tense is
 * how "Lee said his band wrote …" shows a clause rather than an object ("said something").
 */
export const IRREGULAR_PAST = new Set([
  'wrote', 'said', 'told', 'took', 'made', 'gave', 'went', 'came', 'got', 'knew', 'thought', 'won', 'lost', 'met', 'ran',
  'saw', 'began', 'became', 'felt', 'left', 'kept', 'held', 'brought', 'found', 'paid', 'sent', 'spent', 'built', 'stood',
  'led', 'fell', 'rose', 'sold', 'bought', 'fought', 'meant', 'heard', 'spoke', 'broke', 'chose', 'drove', 'grew', 'threw',
  'struck', 'sought', 'taught', 'understood', 'forgot', 'hid', 'shot', 'stole', 'swore', 'withdrew', 'overtook', 'undertook',
]);
/** At most this many tokens of a hearer named after "told": "told The Harbour Gazette of North Eastport". */
const MAX_HEARER_TOKENS = 8;

export function cueText(tokens: readonly Token[], at: number): { cue: string; end: number } {
  const verb = tokens[at]!;
  const particle = tokens[at + 1];
  if (particle && CUE_PARTICLES.get(verb.lower)?.has(particle.lower)) return { cue: `${verb.lower} ${particle.lower}`, end: at + 2 };
  if (!CUES_WITH_OBJECT.has(verb.lower)) return { cue: verb.lower, end: at + 1 };
  let end = at + 1;
  if (tokens[end]?.lower === 'the' || tokens[end]?.lower === 'a') end++;
  const object = tokens[end];
  if (!object?.word || CUE_OBJECT_STOPS.has(object.lower)) return { cue: verb.lower, end: at + 1 };
  // "told Breitbart News": a name as the object is all its capitalised words.
  if (object.cap) while (tokens[end + 1]?.word && tokens[end + 1]!.cap && end - at < 4) end++;
  // "told The Star-Ledger of Newark", "told the University of Iowa": "of" and a place's capitalised words go on with the name.
  if (object.cap && tokens[end + 1]?.lower === 'of' && tokens[end + 2]?.word && tokens[end + 2]!.cap) {
    end += 2;
    while (tokens[end + 1]?.word && tokens[end + 1]!.cap && end - at < MAX_HEARER_TOKENS) end++;
  }
  return { cue: `${verb.lower} ${tokens.slice(at + 1, end + 1).map((t) => t.text).join(' ')}`, end: end + 1 };
}

/** Words ending in "-ly" that are nouns or verbs, not adverbs. */
const NOT_ADVERBS = new Set(['family', 'rally', 'ally', 'reply', 'supply', 'apply', 'assembly', 'anomaly', 'monopoly', 'bully', 'belly', 'tally', 'folly', 'holy', 'ugly', 'only']);

/** An adverb between a speaker and the cue: the listed ones ("repeatedly", "later"), any "-ly" adverb, and "now". */
export function isCueAdverb(token: Token): boolean {
  const lower = token.lower;
  if (CUE_ADVERBS.has(lower) || lower === 'now') return true;
  return token.word && !token.cap && /^[a-z]{3,}ly$/u.test(lower) && !NOT_ADVERBS.has(lower);
}
