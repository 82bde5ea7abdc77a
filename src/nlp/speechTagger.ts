/**
 * A linear tagger for reported speech beyond the rules' speech verbs: two logistic models over
 * hashed features of the tokens around a position, trained by `npm run train:cues`
 * (`scripts/trainCues.ts`) on PolNeAR and stored in `model/learnedCues.ts`.
 *  - start: does what a speaker says or holds start right after this cue word ("opposed | the
 *    deal", "declined | to comment", "pointed to | the record")? Asked only of the words annotators
 *    put at the end of a cue often enough (the model's cue words), so a sentence without one costs
 *    a set lookup per word.
 *  - end: does it end before this token? Asked token by token after a start the first model took.
 * The start model reads the cue's word and lemma, its frame (what follows: "that", "to", an
 * object, a name, a preposition) with the kind of speaker before it, its neighbours, and whether
 * the sentence holds a quotation. Features are FNV-1a hashes of (template, word, …) into one table of 2^bits quantised weights;
 * they are written into a reused buffer, so scoring allocates nothing.
 */
import type { Token } from './nameTokens.ts';
import type { Ref, Unit } from './speechUnits.ts';
import { wordClass } from './model/lexicon.ts';

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
  /** The lemmas of the cue words: another form of a cue word is a candidate too ("chides" for "chided"). */
  cueLemmas: ReadonlySet<string>;
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
    cueLemmas: lemmasOf(model.cueWords.split(' ')),
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
  Lemma, LemmaFrame, LemmaRefFrame, RefFrame, Quoted, LemmaQuoted, LemmaNominal, LemmaNext2, SubjectHead, LemmaNext, LemmaSubjectHead,
  PreviousLemmaCue, PreviousSuffixCue, NearestRef, CueNearestRef, HeadTwoBackCue, OwnerCue, FrameVerbAhead,
  EndBias = 50, Here, HereMinus1, HerePlus1, BigramEnd, BigramOn, HereShape, NextShapeEnd, Distance, Left, Commas, HereShapeDistance, CueHere,
  HereVerbs, HereShapeVerbs, HereSuffix, ShapePair, LemmaHereShape, AfterSuffix, StartFrameHere, HereDistance, HereAfterKind,
}

/** The most features either model writes for one position. */
export const MAX_FEATURES = 39;

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

/** The speaker ref that ends closest before token `c` in its sentence, if any. */
function nearestRef(unit: Unit, c: number): Ref | undefined {
  let best: Ref | undefined;
  for (const ref of unit.refs) if (ref.end <= c && (!best || ref.end > best.end)) best = ref;
  return best;
}

/** True when token `c` may end a cue: a lowercase word outside quotations that the model knows as one. */
export function isCueCandidate(tagger: Pick<SpeechTagger, 'cueWords'> & Partial<Pick<SpeechTagger, 'cueLemmas'>>, view: TaggerView, unit: Unit, c: number): boolean {
  const token = view.tokens[c]!;
  return c + 1 < unit.end && token.word && !view.inside[c] && (tagger.cueWords.has(token.lower) || tagger.cueLemmas?.has(lemmaOf(token.lower)) === true)
    && (!token.cap || (c > unit.start && isTitleCased(view, unit)));
}

/** The lemmas of some cue words (`lemmaOf`), of words long enough that a lemma is no other word's form by chance. */
export function lemmasOf(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.filter((word) => word.length > MIN_LEMMA_WORD).map(lemmaOf));
}
const MIN_LEMMA_WORD = 4;

/** Words this short may stay lowercase in a headline's title case: "to", "for", "the", "and". */
const MAX_MINOR_WORD = 3;

/**
 * True when every longer word of the sentence outside quotations is capitalised, as in a title-case
 * or all-capitals headline ("Carly Fiorina Endorses Ted Cruz", "EXPERTS DOWNPLAY PLANNED LAUNCH"),
 * where a capitalised cue word is no name.
 */
export function isTitleCased(view: TaggerView, unit: Unit): boolean {
  let words = 0;
  for (let i = unit.start; i < unit.end; i++) {
    const token = view.tokens[i]!;
    if (view.inside[i] || !token.word || token.text.length <= MAX_MINOR_WORD || /^\d/u.test(token.text)) continue;
    if (!token.cap) return false;
    words++;
  }
  return words >= 2;
}


/** A word's crude lemma: "supports", "supported", "supporting" → "support"; enough to pool a cue's forms. */
export function lemmaOf(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, word.endsWith('eed') ? -1 : -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, word.endsWith('ses') || word.endsWith('shes') || word.endsWith('ches') ? -2 : -1);
  return word;
}

/** What follows a cue, as a frame: a clause ("that", a pronoun, a question word), "to", an object, a name, a preposition. */
const enum Frame { Other, That, To, Determiner, Pronoun, Question, Preposition, Name, Quoted, Mark, Edge }
const FRAME_WORDS = new Map<string, Frame>([
  ['that', Frame.That], ['to', Frame.To],
  ...['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'these', 'those', 'some', 'any', 'no', 'more', 'all'].map((w) => [w, Frame.Determiner] as const),
  ...['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there'].map((w) => [w, Frame.Pronoun] as const),
  ...['what', 'how', 'whether', 'if', 'why', 'when', 'where', 'who'].map((w) => [w, Frame.Question] as const),
  ...['for', 'on', 'about', 'of', 'against', 'with', 'in', 'at', 'by', 'from', 'as', 'into', 'over'].map((w) => [w, Frame.Preposition] as const),
]);

function frameAt(view: TaggerView, unit: Unit, i: number): Frame {
  const shape = shapeAt(view, unit, i);
  if (shape === Shape.Edge) return Frame.Edge;
  if (shape === Shape.Quoted) return Frame.Quoted;
  if (shape === Shape.Comma || shape === Shape.Mark) return Frame.Mark;
  const known = FRAME_WORDS.get(view.tokens[i]!.lower);
  if (known !== undefined) return known;
  return shape === Shape.Capital ? Frame.Name : Frame.Other;
}

/** True when the sentence holds a quotation: reported speech beside a quotation is annotated otherwise. */
function holdsQuote(view: TaggerView, unit: Unit): boolean {
  for (let i = unit.start; i < unit.end; i++) if (view.inside[i]) return true;
  return false;
}

/** Before these a cue is a noun: "his support for", "the criticism of". */
const NOMINAL_MARKERS = new Set(['his', 'her', 'its', 'their', 'the', 'a', 'an', 'this', 'our', 'my', 'your']);

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
  const lemma = lemmaOf(cue);
  const frame = frameAt(view, unit, c + 1);
  const quoted = holdsQuote(view, unit) ? 1 : 0;
  const nominal = NOMINAL_MARKERS.has(before) || before.endsWith("'s") || before.endsWith('’s') ? 1 : 0;
  out[n++] = mixString(mixNumber(FNV_OFFSET, T.Lemma), lemma);
  out[n++] = mixNumber(mixString(mixNumber(FNV_OFFSET, T.LemmaFrame), lemma), frame);
  out[n++] = mixNumber(mixNumber(mixString(mixNumber(FNV_OFFSET, T.LemmaRefFrame), lemma), refKind), frame);
  out[n++] = mixNumber(mixNumber(mixNumber(FNV_OFFSET, T.RefFrame), refKind), frame);
  out[n++] = mixNumber(mixNumber(FNV_OFFSET, T.Quoted), quoted);
  out[n++] = mixNumber(mixString(mixNumber(FNV_OFFSET, T.LemmaQuoted), lemma), quoted);
  out[n++] = mixNumber(mixString(mixNumber(FNV_OFFSET, T.LemmaNominal), lemma), nominal);
  out[n++] = mixString(mixString(mixNumber(FNV_OFFSET, T.LemmaNext2), lemma), wordAt(view, unit, c + 2));
  // The word before the verb group, mostly the subject's head: "the poll | has shown", "Trump | has long opposed".
  const head = wordAt(view, unit, verbGroupStart(view, unit, c) - 1);
  out[n++] = mixString(mixNumber(FNV_OFFSET, T.SubjectHead), head);
  out[n++] = mixString(mixString(mixNumber(FNV_OFFSET, T.LemmaNext), lemma), next);
  out[n++] = mixString(mixString(mixNumber(FNV_OFFSET, T.LemmaSubjectHead), lemma), head);
  // The word a particle or preposition completes: "critique | of", "support | for", "comments | on".
  out[n++] = mixString(mixString(mixNumber(FNV_OFFSET, T.PreviousLemmaCue), lemmaOf(before)), cue);
  out[n++] = mixString(mixString(mixNumber(FNV_OFFSET, T.PreviousSuffixCue), before, Math.max(0, before.length - 3)), cue);
  // The nearest speaker ref before the cue, however far: "He avoided direct criticism | of …".
  const near = nearestRef(unit, c);
  const nearKind = near ? REF_KINDS[near.kind] * 8 + bucket(c - near.end) : 0;
  out[n++] = mixNumber(mixNumber(FNV_OFFSET, T.NearestRef), nearKind);
  out[n++] = mixNumber(mixString(mixNumber(FNV_OFFSET, T.CueNearestRef), cue), nearKind);
  // A noun or verb a word further back that a preposition completes: "strong views | on", "a fierce critic | of".
  out[n++] = mixString(mixString(mixNumber(FNV_OFFSET, T.HeadTwoBackCue), lemmaOf(wordAt(view, unit, c - 2))), cue);
  // Whose the cue's noun is: "Trump's attacks | on", "his support | for" (a possessive or owner word right before it).
  const owner = wordAt(view, unit, c - 2);
  const owned = NOMINAL_MARKERS.has(owner) || owner.endsWith("'s") || owner.endsWith('’s') ? 1 : nominal ? 2 : 0;
  out[n++] = mixNumber(mixString(mixNumber(FNV_OFFSET, T.OwnerCue), cue), owned);
  // Whether a verb follows within a few words before any comma: a clause ("said | the port would …")
  // rather than a noun phrase ("the deal | during the debate").
  out[n++] = mixNumber(mixNumber(mixNumber(FNV_OFFSET, T.FrameVerbAhead), frame), verbAhead(view, unit, c + 1));
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
  // The word's ending and the next one's: a participle ("as it was sailing"), a verb after "and" ("and holds").
  out[n++] = mixNumber(mixString(mixNumber(FNV_OFFSET, T.HereSuffix), here, Math.max(0, here.length - 3)), verbs ? 1 : 0);
  out[n++] = mixString(mixString(mixNumber(FNV_OFFSET, T.AfterSuffix), here), after, Math.max(0, after.length - 2));
  out[n++] = mixNumber(mixNumber(mixNumber(FNV_OFFSET, T.ShapePair), shapeAt(view, unit, k - 1)), shape);
  out[n++] = mixNumber(mixString(mixNumber(FNV_OFFSET, T.LemmaHereShape), lemmaOf(cue)), shape);
  // What was said opens as a clause, an infinitive or a noun phrase, which end differently: a
  // preposition mostly closes a noun phrase ("endorsed Lee | on Monday") but not a clause.
  out[n++] = mixString(mixNumber(mixNumber(FNV_OFFSET, T.StartFrameHere), frameAt(view, unit, start)), here);
  out[n++] = mixNumber(mixString(mixNumber(FNV_OFFSET, T.HereDistance), here), distance);
  // A time or a name after a preposition: "on | Monday", "from | the Senate floor", "to | ISIS".
  out[n++] = mixNumber(mixString(mixNumber(FNV_OFFSET, T.HereAfterKind), here), afterKind(view, unit, k + 1));
  return n;
}

/** How far ahead of token `from` (bucketed) the first verb word stands before a comma or the sentence's end; 7 when none does. */
function verbAhead(view: TaggerView, unit: Unit, from: number): number {
  for (let k = from; k < unit.end && k - from < MAX_VERB_LOOKAHEAD; k++) {
    if (view.tokens[k]!.text === ',' && !view.inside[k]) break;
    if (isVerbWord(view, k)) return bucket(k - from);
  }
  return 7;
}
const MAX_VERB_LOOKAHEAD = 10;

/** The kind of token `i`: a calendar word, a capitalised word, a determiner, another word, or none. */
function afterKind(view: TaggerView, unit: Unit, i: number): number {
  const shape = shapeAt(view, unit, i);
  if (shape !== Shape.Lower && shape !== Shape.Capital) return shape;
  const lower = view.tokens[i]!.lower;
  if (wordClass(lower) === 'calendar') return 10;
  return FRAME_WORDS.get(lower) === Frame.Determiner ? 11 : shape;
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
