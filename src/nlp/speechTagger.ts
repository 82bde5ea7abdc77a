/**
 * A linear tagger for reported speech beyond the rules' speech verbs: two logistic models over
 * hashed features of the tokens around a position, trained by `npm run train:cues`
 * (`scripts/trainCues.ts`) on PolNeAR and stored in `model/learnedCues.ts`.
 *  - start: does what a speaker says or holds start right after this cue word ("opposed | the
 *    deal", "declined | to comment", "pointed to | the record")? Asked only of the words annotators
 *    put at the end of a cue often enough (the model's cue words), so a sentence without one costs
 *    a set lookup per word.
 *  - end: does it end before this token? Asked token by token after a start the first model took.
 * Features are FNV-1a hashes of (template, word, …) into one table of 2^bits quantised weights;
 * they are written into a reused buffer, so scoring allocates nothing.
 */
import type { Token } from './nameTokens.ts';
import type { Ref, Unit } from './speechUnits.ts';

/** A trained tagger as `model/learnedCues.ts` stores it. */
export interface TaggerModel {
  /** log2 of the weight table's size. */
  bits: number;
  /** Quantised weight = round(weight × scale). */
  scale: number;
  /** The start model's decision threshold, in quantised units. */
  startThreshold: number;
  /** The end model's decision threshold, in quantised units. */
  endThreshold: number;
  /** The words that may end a cue, space-separated. */
  cueWords: string;
  /** Little-endian int16 weights, base64. */
  weights: string;
}

/** What the tagger reads of a paragraph. */
export interface TaggerView {
  tokens: readonly Token[];
  /** Which quotation span (1-based) each token lies in, 0 outside. */
  inside: Int32Array;
}

/** A model ready to score: its weights decoded once. */
export interface SpeechTagger {
  cueWords: ReadonlySet<string>;
  weights: Int16Array;
  mask: number;
  startThreshold: number;
  endThreshold: number;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function loadTagger(model: TaggerModel): SpeechTagger {
  const bytes = Buffer.from(model.weights, 'base64');
  const weights = new Int16Array(1 << model.bits);
  // A little-endian machine takes the bytes as they are (a copy, ~0.1 ms); others read them one by one.
  if (LITTLE_ENDIAN) new Uint8Array(weights.buffer).set(bytes.subarray(0, 2 * weights.length));
  else for (let i = 0; i < weights.length; i++) weights[i] = bytes.readInt16LE(2 * i);
  return {
    cueWords: new Set(model.cueWords.split(' ')),
    weights,
    mask: (1 << model.bits) - 1,
    startThreshold: model.startThreshold,
    endThreshold: model.endThreshold,
  };
}

/** Feature templates: each hashes its own id first, so equal words in different roles differ. */
const enum T {
  StartBias = 1, Cue, CueMinus1, CueMinus2, Next, Next2, BigramBefore, BigramAfter, Suffix, NextShape, CueNextShape,
  PreviousShape, RefKind, RefKindCue, Subject, Position, WordsLeft, CueMinus3, Trigram, NextSuffix, CuePreviousShape,
  EndBias = 40, Here, HereMinus1, HerePlus1, BigramEnd, BigramOn, HereShape, NextShapeEnd, Distance, Left, Commas, HereShapeDistance, CueHere,
  HereVerbs, HereShapeVerbs,
}

/** The most features either model writes for one position. */
export const MAX_FEATURES = 24;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mixNumber(hash: number, n: number): number {
  return Math.imul(hash ^ n, FNV_PRIME);
}

function mixString(hash: number, s: string, from = 0): number {
  for (let i = from; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), FNV_PRIME);
  return mixNumber(hash, 0x1f);
}

/** The coarse kind of the token at `i`: a boundary, a word by case, a number, a mark, "that", or quoted. */
const enum Shape { Edge, Lower, Capital, Number, Comma, Mark, That, Quoted }

function shapeAt(view: TaggerView, unit: Unit, i: number): Shape {
  if (i < unit.start || i >= unit.end) return Shape.Edge;
  if (view.inside[i]) return Shape.Quoted;
  const token = view.tokens[i]!;
  if (!token.word) return token.text === ',' ? Shape.Comma : Shape.Mark;
  if (token.lower === 'that') return Shape.That;
  const code = token.text.charCodeAt(0);
  if (code >= 48 && code <= 57) return Shape.Number;
  return token.cap ? Shape.Capital : Shape.Lower;
}

const EDGE_BEFORE = '<s>';
const EDGE_AFTER = '</s>';

function wordAt(view: TaggerView, unit: Unit, i: number): string {
  if (i < unit.start) return EDGE_BEFORE;
  if (i >= unit.end) return EDGE_AFTER;
  return view.inside[i] ? '"' : view.tokens[i]!.lower;
}

/** A small number as one of a few buckets: 0, 1, 2, 3–4, 5–8, 9–16, more. */
function bucket(n: number): number {
  return n < 3 ? n : n < 5 ? 3 : n < 9 ? 4 : n < 17 ? 5 : 6;
}

/** Words between a subject and its verb: "has repeatedly opposed", "did not endorse". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'did', 'does', 'do', 'not', "n't", 'never', 'can', 'could', 'may', 'might',
  'also', 'repeatedly', 'previously', 'recently', 'publicly', 'again', 'still', 'already', 'strongly', 'long']);

/** The first token of the verb group that ends at cue token `c`: auxiliaries and adverbs before it. */
export function verbGroupStart(view: TaggerView, unit: Unit, c: number): number {
  let before = c;
  while (before > unit.start && AUXILIARIES.has(view.tokens[before - 1]!.lower)) before--;
  return before;
}

/** The speaker ref right before the verb group of cue token `c`, if any. */
export function refBefore(view: TaggerView, unit: Unit, c: number): Ref | undefined {
  const before = verbGroupStart(view, unit, c);
  return unit.refs.find((r) => r.end === before);
}

const REF_KINDS = { person: 1, pronoun: 2, role: 3, other: 4 } as const;

/** True when token `c` may end a cue: a lowercase word outside quotations that the model knows as one. */
export function isCueCandidate(tagger: Pick<SpeechTagger, 'cueWords'>, view: TaggerView, unit: Unit, c: number): boolean {
  const token = view.tokens[c]!;
  return c + 1 < unit.end && token.word && !token.cap && !view.inside[c] && tagger.cueWords.has(token.lower);
}

/** Writes the start model's features for "what was said starts after cue token `c`" into `out`; returns how many. */
export function startFeatures(view: TaggerView, unit: Unit, c: number, out: Int32Array): number {
  const cue = wordAt(view, unit, c);
  const before = wordAt(view, unit, c - 1);
  const next = wordAt(view, unit, c + 1);
  const nextShape = shapeAt(view, unit, c + 1);
  const ref = refBefore(view, unit, c);
  const refKind = ref ? REF_KINDS[ref.kind] : 0;
  let n = 0;
  out[n++] = mixNumber(FNV_OFFSET, T.StartBias);
  out[n++] = mixString(mixNumber(FNV_OFFSET, T.Cue), cue);
  out[n++] = mixString(mixNumber(FNV_OFFSET, T.CueMinus1), before);
  out[n++] = mixString(mixNumber(FNV_OFFSET, T.CueMinus2), wordAt(view, unit, c - 2));
  out[n++] = mixString(mixNumber(FNV_OFFSET, T.Next), next);
  out[n++] = mixString(mixNumber(FNV_OFFSET, T.Next2), wordAt(view, unit, c + 2));
  out[n++] = mixString(mixString(mixNumber(FNV_OFFSET, T.BigramBefore), before), cue);
  out[n++] = mixString(mixString(mixNumber(FNV_OFFSET, T.BigramAfter), cue), next);
  out[n++] = mixString(mixNumber(FNV_OFFSET, T.Suffix), cue, Math.max(0, cue.length - 3));
  out[n++] = mixNumber(mixNumber(FNV_OFFSET, T.NextShape), nextShape);
  out[n++] = mixNumber(mixString(mixNumber(FNV_OFFSET, T.CueNextShape), cue), nextShape);
  out[n++] = mixNumber(mixNumber(FNV_OFFSET, T.PreviousShape), shapeAt(view, unit, c - 1));
  out[n++] = mixNumber(mixNumber(FNV_OFFSET, T.RefKind), refKind);
  out[n++] = mixNumber(mixString(mixNumber(FNV_OFFSET, T.RefKindCue), cue), refKind);
  out[n++] = mixNumber(mixNumber(FNV_OFFSET, T.Subject), unit.subject && unit.subject.end <= c ? 1 : 0);
  out[n++] = mixNumber(mixNumber(FNV_OFFSET, T.Position), bucket(c - unit.start));
  out[n++] = mixNumber(mixNumber(FNV_OFFSET, T.WordsLeft), bucket(unit.end - c - 1));
  out[n++] = mixString(mixNumber(FNV_OFFSET, T.CueMinus3), wordAt(view, unit, c - 3));
  out[n++] = mixString(mixString(mixString(mixNumber(FNV_OFFSET, T.Trigram), before), cue), next);
  out[n++] = mixString(mixNumber(FNV_OFFSET, T.NextSuffix), next, Math.max(0, next.length - 3));
  out[n++] = mixNumber(mixString(mixNumber(FNV_OFFSET, T.CuePreviousShape), cue), shapeAt(view, unit, c - 1));
  return n;
}

/** Words that make what was said a clause rather than a noun phrase: auxiliaries, modals, past forms. */
const VERB_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'to']);

/** True when token `i` reads as a verb of a clause ("would", "has", "wanted"), outside quotations. */
export function isVerbWord(view: TaggerView, i: number): boolean {
  if (view.inside[i]) return false;
  const lower = view.tokens[i]!.lower;
  return VERB_WORDS.has(lower) || (lower.length > 4 && lower.endsWith('ed')) || lower.endsWith("n't") || lower.endsWith('n’t');
}

/**
 * Writes the end model's features for "what was said, from token `start`, ends before token `k`"
 * into `out` (`commas`: commas among tokens [start, k); `verbs`: whether one of them is a verb word,
 * so a preposition may close a noun phrase ("criticized the deal | during the debate") but not a
 * clause ("would vote for Lee | in May")); returns how many.
 */
export function endFeatures(view: TaggerView, unit: Unit, cue: string, start: number, k: number, commas: number, out: Int32Array, verbs = false): number {
  const here = wordAt(view, unit, k);
  const previous = wordAt(view, unit, k - 1);
  const after = wordAt(view, unit, k + 1);
  const shape = shapeAt(view, unit, k);
  const distance = bucket(k - start);
  let n = 0;
  out[n++] = mixNumber(FNV_OFFSET, T.EndBias);
  out[n++] = mixString(mixNumber(FNV_OFFSET, T.Here), here);
  out[n++] = mixString(mixNumber(FNV_OFFSET, T.HereMinus1), previous);
  out[n++] = mixString(mixNumber(FNV_OFFSET, T.HerePlus1), after);
  out[n++] = mixString(mixString(mixNumber(FNV_OFFSET, T.BigramEnd), previous), here);
  out[n++] = mixString(mixString(mixNumber(FNV_OFFSET, T.BigramOn), here), after);
  out[n++] = mixNumber(mixNumber(FNV_OFFSET, T.HereShape), shape);
  out[n++] = mixNumber(mixNumber(FNV_OFFSET, T.NextShapeEnd), shapeAt(view, unit, k + 1));
  out[n++] = mixNumber(mixNumber(FNV_OFFSET, T.Distance), distance);
  out[n++] = mixNumber(mixNumber(FNV_OFFSET, T.Left), bucket(unit.end - k));
  out[n++] = mixNumber(mixNumber(FNV_OFFSET, T.Commas), bucket(commas));
  out[n++] = mixNumber(mixNumber(mixNumber(FNV_OFFSET, T.HereShapeDistance), shape), distance);
  out[n++] = mixString(mixString(mixNumber(FNV_OFFSET, T.CueHere), cue), here);
  out[n++] = mixString(mixNumber(mixNumber(FNV_OFFSET, T.HereVerbs), verbs ? 1 : 0), here);
  out[n++] = mixNumber(mixNumber(mixNumber(mixNumber(FNV_OFFSET, T.HereShapeVerbs), verbs ? 1 : 0), shape), distance);
  return n;
}

const features = new Int32Array(MAX_FEATURES);

function score(tagger: SpeechTagger, n: number): number {
  let sum = 0;
  for (let f = 0; f < n; f++) sum += tagger.weights[features[f]! & tagger.mask]!;
  return sum;
}

/** True when the start model reads what was said as starting right after cue token `c`. */
export function startsAfter(tagger: SpeechTagger, view: TaggerView, unit: Unit, c: number): boolean {
  return score(tagger, startFeatures(view, unit, c, features)) > tagger.startThreshold;
}

/**
 * Where what was said from token `start` ends (exclusive), by the end model: the first token it
 * reads as outside, not inside a quotation, else the sentence's end.
 */
export function contentEndFrom(tagger: SpeechTagger, view: TaggerView, unit: Unit, cue: string, start: number): number {
  let commas = 0;
  let verbs = false;
  for (let k = start + 1; k < unit.end; k++) {
    if (view.tokens[k - 1]!.text === ',') commas++;
    verbs ||= isVerbWord(view, k - 1);
    if (view.inside[k] && view.inside[k] === view.inside[k - 1]) continue;
    if (score(tagger, endFeatures(view, unit, cue, start, k, commas, features, verbs)) > tagger.endThreshold) return k;
  }
  return unit.end;
}
