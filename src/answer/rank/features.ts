/**
 * What the ranker knows about a candidate: a fixed list of numeric features, each with a reason.
 * The list is data: the weights file names the features it was trained on, and loading checks
 * that they are these, in this order.
 */
import { foldTerm, indexTerm, words } from '../../text/terms.ts';
import { wordClass } from '../../nlp/model/lexicon.ts';
import { parseDateline } from '../../corpus/metadata.ts';
import type { Token } from '../evidence.ts';
import type { SpanCandidate } from './candidates.ts';

/** What the question asks, read once for all its candidates. */
export interface QuestionView {
  text: string;
  /** The question's asking words ("who", "whom", "what year", "which group"): the lexical features' context. */
  wh: string;
  /** Key terms the answer's sentence should share. */
  terms: readonly string[];
  /** Terms of a clause that only anchors the event ("… after the Vanta attack"): they date or name that event instead. */
  anchorTerms: readonly string[];
  /** The time granularity the wording asks for, if any ("what year" → year). */
  granularity: 'year' | 'era' | 'date' | 'month' | undefined;
  /** Folded words of the question, for "the answer is not in the question". */
  words: ReadonlySet<string>;
  /** The terms that name someone or somewhere (a subset of `terms`). */
  names: readonly string[];
  /** The index in `terms` of the first term an index term matches (in some form), or -1; memoised. */
  termIndex: (term: string) => number;
}

/** How a candidate's passage ranked in retrieval. */
export interface PassageView {
  rank: number;
  /** Its BM25 score over the best passage's. */
  scoreRatio: number;
  /** Share of the question's key terms the passage holds. */
  coverage: number;
  /** Share of the names the question gives that the passage holds (1 when it gives none). */
  namesInPassage: number;
  /** The same, counting names in the article's title too ("Beyoncé" for a passage that says "she"). */
  namesInArticle: number;
  /** The best share of the question's key terms any one sentence of the passage holds. */
  bestSentenceCoverage: number;
  /** The passage holds the act the question asks about (its first term that is not a name). */
  holdsAct: boolean;
  /** When the question writes names, the passage holds one of its other words (the event) too. */
  holdsEvent: boolean;
  /** Every name the question writes is in the passage or its article's title or lead. */
  namedAround: boolean;
  /**
   * Per question term, how telling it is of which sentence of this article answers: its rarity
   * among the passages, less for a word of the article's title (the article's subject stands in
   * most of its sentences: "iPod" in every paragraph of "IPod"; `TITLE_TERM_WEIGHT`). Absent: the
   * plain shares stand in (`weightedCoverage`).
   */
  termWeights?: Float64Array;
  /** The best weighted coverage (`weightedCoverage`) of any one sentence of the passage. */
  bestWeightedCoverage?: number;
  /** The weighted share of the question's terms the passage holds. */
  weightedCoverage?: number;
  /**
   * `termWeights` without the names the question gives: how telling each of its other words (the
   * act and event: "tested", "reentered", "teaching") is. Absent: no event features.
   */
  eventWeights?: Float64Array;
  /** The best share of those event words (`eventWeights`) any one sentence of the passage holds. */
  bestEventCoverage?: number;
}

/**
 * A sentence read against the question once, for all the candidates in it: which question term
 * each token matches, and which clause each token is in.
 */
export interface SentenceMatch {
  /** Per token: the index in `QuestionView.terms` of the first term it matches, or -1. */
  termAt: Int16Array;
  /** Per token: its clause's number (commas, brackets and clause words separate clauses). Shared by every question that reads the sentence: never written. */
  clauseAt: Uint16Array;
  /** Share of the question's terms the sentence holds. */
  coverage: number;
  /** Per question term: the position of its first match in the sentence, or -1. */
  firstAt: Int32Array;
  /** Share of the question's consecutive term pairs the sentence holds side by side. */
  bigrams: number;
}

/** Everything features are computed from. */
export interface FeatureInput {
  question: QuestionView;
  candidate: SpanCandidate;
  sentence: SentenceMatch;
  passage: PassageView;
  /** Other passages among those retrieved that hold the same answer. */
  corroboration: number;
  /** Times the same answer occurs in its own passage. */
  repeats: number;
}

interface Feature {
  name: string;
  reason: string;
  value: (input: FeatureInput, at: Placement) => number;
}

/** Where a candidate stands against the question's words in its sentence, computed once per candidate. */
interface Placement {
  matches: number[];
  sentenceCoverage: number;
  distance: number;
  nearest: number | undefined;
  clauseBreakBetween: boolean;
  before: string;
  after: string;
}

const CLAUSE_WORDS = new Set(['after', 'before', 'since', 'while', 'when', 'because', 'although', 'but', 'until', 'which', 'who', 'whom', 'whose', 'where']);
const TIME_PREPOSITIONS = new Set(['in', 'on', 'since', 'until', 'during', 'by', 'from', 'between', 'till', 'circa', 'around']);
const NO_MATCH_DISTANCE = 40;
/** Words either side of a candidate that `termsBefore` and `termsAfter` read. */
const WINDOW = 5;

const FEATURES: readonly Feature[] = [
  { name: 'passageScore', reason: 'retrieval agrees the passage is about the question', value: (x) => x.passage.scoreRatio },
  { name: 'firstPassage', reason: 'the best passage holds the answer more often than the rest', value: (x) => (x.passage.rank === 0 ? 1 : 0) },
  { name: 'passageRank', reason: 'lower-ranked passages less often', value: (x) => Math.log1p(x.passage.rank) },
  { name: 'passageCoverage', reason: 'the passage holds the question\'s words', value: (x) => x.passage.coverage },
  { name: 'namesInPassage', reason: 'a question that names someone is about them: the passage must name them', value: (x) => x.passage.namesInPassage },
  { name: 'namesInArticle', reason: 'or the article be about them', value: (x) => x.passage.namesInArticle },
  { name: 'holdsAct', reason: '"who was arrested over the attack": a passage about the attack that arrests no one does not answer it', value: (x) => (x.passage.holdsAct ? 1 : 0) },
  { name: 'holdsEvent', reason: '"when was Brandt born": a passage that names Brandt but no birth is about him, not the event', value: (x) => (x.passage.holdsEvent ? 1 : 0) },
  { name: 'namedAround', reason: 'a question that names someone is about them: the passage or its article\'s lead names them', value: (x) => (x.passage.namedAround ? 1 : 0) },
  { name: 'bestSentence', reason: 'the sentence that restates the question best in its passage', value: (x, at) => (at.sentenceCoverage >= x.passage.bestSentenceCoverage ? 1 : 0) },
  { name: 'passageBestSentence', reason: 'how well the passage\'s best sentence restates the question', value: (x) => x.passage.bestSentenceCoverage },
  { name: 'coveredNear', reason: 'a restating sentence and a short distance together', value: (_, at) => at.sentenceCoverage / (1 + at.distance / 3) },
  { name: 'sentenceCoverage', reason: 'the answer stands in the sentence that restates the question', value: (_, at) => at.sentenceCoverage },
  { name: 'distance', reason: 'the answer stands near the question\'s words', value: (_, at) => Math.log1p(at.distance) },
  { name: 'adjacent', reason: 'right beside a question word ("founded by X", "X founded")', value: (_, at) => (at.distance <= 1 ? 1 : 0) },
  { name: 'noMatchInSentence', reason: 'a sentence sharing no word with the question is about something else', value: (_, at) => (at.matches.length === 0 ? 1 : 0) },
  { name: 'inQuestion', reason: 'what the question names is rarely its answer', value: (x) => inQuestion(x) },
  { name: 'person', reason: 'who asks for people first', value: (x) => kindIs(x, 'person') },
  { name: 'organization', reason: 'then organisations, governments, armed forces', value: (x) => kindIs(x, 'organization') },
  { name: 'place', reason: 'a place answers who only as a stand-in for its government', value: (x) => kindIs(x, 'place') },
  { name: 'name', reason: 'a capitalised name extraction did not type', value: (x) => kindIs(x, 'name') },
  { name: 'phrase', reason: 'a noun phrase that names no one: a group or a role ("the monks")', value: (x) => kindIs(x, 'phrase') },
  { name: 'fullDate', reason: 'a day, month and year', value: (x) => kindIs(x, 'fullDate') },
  { name: 'monthYear', reason: 'a month and year', value: (x) => kindIs(x, 'monthYear') },
  { name: 'year', reason: 'a year', value: (x) => kindIs(x, 'year') },
  { name: 'era', reason: 'a decade, century or era', value: (x) => kindIs(x, 'era') },
  { name: 'otherTime', reason: 'a weekday, a relative time', value: (x) => kindIs(x, 'otherTime') },
  { name: 'period', reason: 'a period or event a time word anchors to ("during World War II")', value: (x) => kindIs(x, 'period') },
  { name: 'bigrams', reason: 'the sentence holds the question\'s words side by side, as the question does', value: (x) => x.sentence.bigrams },
  { name: 'termsBefore', reason: 'question words in the five words before the candidate', value: (x) => termsAround(x, -1) },
  { name: 'termsAfter', reason: 'question words in the five words after the candidate', value: (x) => termsAround(x, 1) },
  { name: 'granularityFits', reason: '"what year" wants a year, "what century" a century', value: (x) => granularity(x) },
  { name: 'passiveAgent', reason: '"X was founded by Y": Y is the actor', value: (_, at) => (at.before === 'by' ? 1 : 0) },
  { name: 'subject', reason: 'the subject before the question\'s verb in the same clause', value: (x, at) => (at.nearest !== undefined && x.candidate.end < at.nearest && !at.clauseBreakBetween ? 1 : 0) },
  { name: 'object', reason: 'right after the question\'s words in the same clause', value: (x, at) => (at.nearest !== undefined && x.candidate.start > at.nearest && !at.clauseBreakBetween && at.distance <= 4 ? 1 : 0) },
  { name: 'clauseBreak', reason: 'a clause between answer and question words dates or names something else', value: (_, at) => (at.clauseBreakBetween ? 1 : 0) },
  { name: 'appositive', reason: '"X, the founder of …": a name set off by a comma', value: (_, at) => (at.after === ',' ? 1 : 0) },
  { name: 'timePreposition', reason: '"in 1998", "on 4 May": a time, or for who a setting', value: (_, at) => (TIME_PREPOSITIONS.has(at.before) ? 1 : 0) },
  { name: 'sentenceStart', reason: 'the first words of a sentence', value: (x) => (x.candidate.start === 0 ? 1 : 0) },
  { name: 'inParentheses', reason: 'a bracketed aside ("(born 1950)")', value: (x) => inParentheses(x) },
  { name: 'dateline', reason: 'a dateline or credit names the outlet or the filing place, not an actor', value: (x) => dateline(x) },
  { name: 'corroboration', reason: 'other retrieved passages give the same answer', value: (x) => Math.log1p(x.corroboration) },
  { name: 'repeats', reason: 'the passage is about it', value: (x) => Math.log1p(x.repeats) },
  { name: 'pronoun', reason: '"She founded it": the sentence names the answer by a pronoun, which stands for the last name before it', value: (x) => (x.candidate.pronoun === true ? 1 : 0) },
  { name: 'describesOther', reason: '"Moreau, the leader of Vanta": Vanta only describes the answer', value: (x) => (x.candidate.describes ? 1 : 0) },
  { name: 'anchorClause', reason: 'the clause holds more of the anchoring event\'s words than of the event asked about', value: (x) => anchorClause(x) },
  { name: 'wordOrder', reason: '"when did Iran attack Israel" is not "when did Israel strike Iran": the sentence keeps the question\'s order', value: (x, at) => wordOrder(x, at) },
  { name: 'demonym', reason: 'an adjective of a people or country describes an actor, it does not name one', value: (x) => demonym(x) },
  { name: 'length', reason: 'long spans are rarely whole answers', value: (x) => Math.log1p(x.candidate.end - x.candidate.start + 1) },
  { name: 'actInSentence', reason: 'the sentence holds the act asked about, the question\'s first word that names no one ("when did Lee visit Oslo": visit); a sentence without it tells of something else', value: (x) => actInSentence(x) },
  { name: 'possessiveRole', reason: '"America\'s top diplomat", "Beyoncé\'s father": a role described through a name stands for someone the text names elsewhere', value: (x) => (x.candidate.kind === 'phrase' && /^\p{Lu}[\p{L}.-]*['’]s\s/u.test(x.candidate.text) ? 1 : 0) },
  { name: 'weightedCoverage', reason: 'the sentence holds the question\'s telling words (rare ones, not the article\'s subject): "released" of "when was the first iPod released" in the article on the iPod', value: (x) => sentenceWeighted(x) },
  { name: 'bestWeighted', reason: 'the sentence of its passage that holds most of the question\'s telling words', value: (x) => (sentenceWeighted(x) >= (x.passage.bestWeightedCoverage ?? x.passage.bestSentenceCoverage) && sentenceWeighted(x) > 0 ? 1 : 0) },
  { name: 'passageWeighted', reason: 'the passage holds the question\'s telling words, not only its article\'s subject', value: (x) => x.passage.weightedCoverage ?? x.passage.coverage },
  { name: 'actNear', reason: 'the act asked about stands near the candidate, in its clause ("founded by X", "X was born in 1950")', value: (x) => actNear(x) },
  { name: 'eventGap', reason: 'how far the sentence falls short of the best of the question\'s candidates in holding its words other than the names it gives (the act and event: "reentered the atmosphere" of "when did Skylab come back to Earth"): a sentence that holds only the names is about them, not the event. Relative (`RELATIVE_FEATURES`): where no passage writes the event, no time is the worse for it', value: (x) => eventShare(x) },
  { name: 'bestEvent', reason: 'the sentence of its passage that holds most of the question\'s event words', value: (x) => (eventShare(x) > 0 && eventShare(x) >= (x.passage.bestEventCoverage ?? 0) ? 1 : 0) },
  { name: 'eventNearGap', reason: 'how far the candidate falls short of the best of its rivals in standing beside the question\'s event words ("successfully tested on August 21, 1957"): a sentence with several times dates the event by the one beside its words. Relative, as `eventGap`', value: (x) => eventNear(x) },
];

export const FEATURE_NAMES: readonly string[] = FEATURES.map((feature) => feature.name);

/**
 * Features read against the question's other candidates: `featuredCandidates` subtracts the best
 * value any of them has, so the best scores 0 and the rest below. What they weigh says which
 * candidate dates the event, not whether any does: a question whose passages never write its event
 * ("when did X appear on Y" of "Tuesday on Y") loses nothing by them.
 */
export const RELATIVE_FEATURES: readonly number[] = ['eventGap', 'eventNearGap'].map((name) => FEATURE_NAMES.indexOf(name));

/** A candidate's feature values, in `FEATURE_NAMES` order. */
export function featuresOf(input: FeatureInput): number[] {
  const at = placement(input);
  return FEATURES.map((feature) => feature.value(input, at));
}

const CLAUSE_BREAK = /[,;:()–—]/;

/** Each sentence's clause numbers, by its tokens: they do not depend on the question, and every question reads them again. */
const clausesByTokens = new WeakMap<readonly Token[], { sentence: string; clauseAt: Uint16Array }>();

/** The clause of each token: a new one after a comma, semicolon, colon, parenthesis or dash, and at a clause word ("after", "which"). */
export function clausesOf(sentence: string, tokens: readonly Token[]): Uint16Array {
  const known = clausesByTokens.get(tokens);
  if (known !== undefined && known.sentence === sentence) return known.clauseAt;
  const clauseAt = new Uint16Array(tokens.length);
  let clause = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const previous = tokens[k - 1];
    const gap = previous === undefined ? '' : sentence.slice(previous.offset + previous.word.length, token.offset);
    if (CLAUSE_BREAK.test(gap) || (k > 0 && CLAUSE_WORDS.has(token.word.toLowerCase()))) clause++;
    clauseAt[k] = clause;
  }
  clausesByTokens.set(tokens, { sentence, clauseAt });
  return clauseAt;
}

/** Reads a sentence against the question: see `SentenceMatch`. */
export function matchSentence(question: QuestionView, sentence: string, tokens: readonly Token[]): SentenceMatch {
  const termAt = new Int16Array(tokens.length).fill(-1);
  const firstAt = new Int32Array(question.terms.length).fill(-1);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.term === null) continue;
    const term = question.termIndex(token.term);
    termAt[k] = term;
    if (term >= 0 && firstAt[term] === -1) firstAt[term] = k;
  }
  const clauseAt = clausesOf(sentence, tokens);
  let held = 0;
  for (const p of firstAt) if (p >= 0) held++;
  const coverage = question.terms.length === 0 ? 0 : held / question.terms.length;
  let pairs = 0;
  for (let k = 0; k + 1 < tokens.length; k++) if (termAt[k]! >= 0 && termAt[k + 1] === termAt[k]! + 1) pairs++;
  return { termAt, clauseAt, coverage, firstAt, bigrams: question.terms.length < 2 ? 0 : Math.min(1, pairs / (question.terms.length - 1)) };
}

/** The weighted share of the question's terms a sentence holds (see `PassageView.termWeights`). */
export function weightedShare(firstAt: Int32Array, weights: Float64Array | undefined, plain: number): number {
  if (weights === undefined) return plain;
  let held = 0;
  let total = 0;
  for (let t = 0; t < weights.length; t++) {
    total += weights[t]!;
    if (firstAt[t]! >= 0) held += weights[t]!;
  }
  return total > 0 ? held / total : plain;
}

/** Candidate kinds that answer "when": the event features are theirs (see `isTime`). */
const TIME_KINDS: ReadonlySet<SpanCandidate['kind']> = new Set(['fullDate', 'monthYear', 'year', 'era', 'otherTime', 'period']);

/**
 * Only a time's event features are read: for who, the act's words are weighed by `actInSentence`
 * and `actNear`, and these moved the who model's tune top-1 F1 48.9 → 47.0.
 */
function isTime({ candidate }: FeatureInput): boolean {
  return TIME_KINDS.has(candidate.kind);
}

/** The weighted share of the question's event words (`PassageView.eventWeights`) the candidate's sentence holds. */
function eventShare(x: FeatureInput): number {
  return x.passage.eventWeights === undefined || !isTime(x) ? 0 : weightedShare(x.sentence.firstAt, x.passage.eventWeights, 0);
}

/** How many words either side of a candidate `eventNear` reads. */
const EVENT_WINDOW = 8;

/** The weighted share of the question's event words within `EVENT_WINDOW` words of the candidate (outside it). */
function eventNear(x: FeatureInput): number {
  const { sentence, passage, candidate } = x;
  const weights = passage.eventWeights;
  if (weights === undefined || !isTime(x)) return 0;
  let total = 0;
  for (let t = 0; t < weights.length; t++) total += weights[t]!;
  if (total <= 0) return 0;
  const from = Math.max(0, candidate.start - EVENT_WINDOW);
  const to = Math.min(sentence.termAt.length, candidate.reach + 1 + EVENT_WINDOW);
  let held = 0;
  for (let p = from; p < to; p++) {
    if (p >= candidate.start && p <= candidate.reach) continue;
    const term = sentence.termAt[p]!;
    if (term < 0 || weights[term]! <= 0) continue;
    // Each term once: the first of its matches in the window.
    let earlier = from;
    while (earlier < p && (sentence.termAt[earlier] !== term || (earlier >= candidate.start && earlier <= candidate.reach))) earlier++;
    if (earlier === p) held += weights[term]!;
  }
  return held / total;
}

function sentenceWeighted({ sentence, passage }: FeatureInput): number {
  return weightedShare(sentence.firstAt, passage.termWeights, sentence.coverage);
}

/** The anchors of a question without an anchoring clause: most questions, read for every candidate. */
const NO_ANCHORS: ReadonlySet<number> = new Set();

function placement({ question, candidate, sentence }: FeatureInput): Placement {
  const { tokens, start } = candidate;
  const end = candidate.reach;
  const anchors = question.anchorTerms.length === 0 ? NO_ANCHORS : new Set(question.anchorTerms.map((term) => question.terms.indexOf(term)));
  const coreOnly = anchors.size < question.terms.length;
  const matches: number[] = [];
  let nearest: number | undefined;
  let distance = NO_MATCH_DISTANCE;
  sentence.termAt.forEach((term, p) => {
    if (term < 0 || (p >= start && p <= end) || (coreOnly && anchors.has(term))) return;
    matches.push(p);
    const d = p < start ? start - p : p - end;
    if (d < distance) {
      distance = d;
      nearest = p;
    }
  });
  return {
    matches,
    sentenceCoverage: sentence.coverage,
    distance,
    nearest,
    clauseBreakBetween: nearest !== undefined && sentence.clauseAt[nearest] !== sentence.clauseAt[nearest < start ? start : end],
    before: (tokens[start - 1]?.word ?? '').toLowerCase(),
    after: punctuationAfter(candidate),
  };
}

/** The first character after a candidate's last word and the spaces after it ('' at the sentence's end), found without slicing the rest of the sentence. */
function punctuationAfter({ passage, sentence, tokens, end }: SpanCandidate): string {
  const text = passage.sentences[sentence] ?? '';
  const last = tokens[end]!;
  let at = last.offset + last.word.length;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return text.charAt(at);
}

/** White space as `trimStart` and `\s` read it. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(String.fromCharCode(code)));
}

function anchorClause({ question, candidate, sentence }: FeatureInput): number {
  if (question.anchorTerms.length === 0) return 0;
  const own = sentence.clauseAt[candidate.start];
  const inClause = new Set<number>();
  sentence.termAt.forEach((term, p) => {
    if (term >= 0 && sentence.clauseAt[p] === own) inClause.add(term);
  });
  const anchors = [...inClause].filter((term) => question.anchorTerms.includes(question.terms[term]!)).length;
  return anchors > inClause.size - anchors ? 1 : 0;
}

/** Share of pairs of the question's words, both in the sentence, that the sentence keeps in the question's order. */
function wordOrder({ sentence }: FeatureInput, at: Placement): number {
  if (at.matches.length < 2) return 0;
  const placed = [...sentence.firstAt].filter((p) => p >= 0);
  let pairs = 0;
  let kept = 0;
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      if (placed[i] === placed[j]) continue;
      pairs++;
      if (placed[i]! < placed[j]!) kept++;
    }
  }
  return pairs === 0 ? 0 : (2 * kept) / pairs - 1;
}

/** Distinct question terms in the window of words before (`side` −1) or after (+1) the candidate. */
function termsAround({ candidate, sentence }: FeatureInput, side: -1 | 1): number {
  const from = side < 0 ? Math.max(0, candidate.start - WINDOW) : candidate.reach + 1;
  const to = side < 0 ? candidate.start : Math.min(sentence.termAt.length, candidate.reach + 1 + WINDOW);
  // Counted without a set: the window is a few words, and every candidate reads two.
  let distinct = 0;
  for (let p = from; p < to; p++) {
    const term = sentence.termAt[p]!;
    if (term < 0) continue;
    let earlier = from;
    while (earlier < p && sentence.termAt[earlier] !== term) earlier++;
    if (earlier === p) distinct++;
  }
  return distinct;
}

/** Buckets the lexical features hash into: enough to keep most pairs apart, few enough for a small weights file. */
export const LEXICAL_BUCKETS = 8192;
/** How many lexical features a candidate has (the keys `lexicalOf` hashes). */
export const LEXICAL_FEATURES = 7;

/**
 * Lexical features, hashed into `LEXICAL_BUCKETS`: the question's asking words against the
 * candidate's last word (or "Name" when it is capitalised), the words around it, its shape and kind. They let the model
 * learn that "who" is answered by "monks" or "government" and not by "century", that "by" comes
 * before an actor, "what year" wants four digits.
 */
export function lexicalOf({ question, candidate }: FeatureInput): number[] {
  const { tokens, start } = candidate;
  const end = candidate.reach;
  const word = (k: number) => tokens[k]?.word;
  const wh = question.wh;
  const next = punctuationAfter(candidate);
  const headWord = word(end);
  const key = new KeyHash();
  const shape = (hash: KeyHash) => {
    for (let k = start; k <= Math.min(end, start + 3, tokens.length - 1); k++) {
      const w = tokens[k]!.word;
      hash.add(/^\d/.test(w) ? 'd' : /^\p{Lu}/u.test(w) ? 'X' : 'x');
    }
    return hash.add(end - start > 3 ? '+' : '');
  };
  // A capitalised head is a name: which name answers is not learnt from a few thousand questions, its shape is.
  const head = /^\p{Lu}/u.test(headWord ?? '') ? key.start('head ').add(wh).add(' Name') : key.start('head ').add(wh).add(' ').addLower(headWord);
  return [
    head.bucket(),
    key.start('before ').add(wh).add(' ').addLower(word(start - 1)).bucket(),
    key.start('before2 ').add(wh).add(' ').addLower(word(start - 2)).add(' ').addLower(word(start - 1)).bucket(),
    (next === '' || /[\p{L}\p{N}]/u.test(next) ? key.start('after ').add(wh).add(' ').addLower(word(end + 1)) : key.start('after ').add(wh).add(' ').add(next)).bucket(),
    shape(key.start('shape ').add(wh).add(' ')).bucket(),
    key.start('kind ').add(wh).add(' ').add(candidate.kind).bucket(),
    key.start('kindBefore ').add(candidate.kind).add(' ').addLower(word(start - 1)).bucket(),
  ];
}

/**
 * FNV-1a, 32 bits, of a key given in pieces, as of the pieces joined: a fixed hash so the trained
 * buckets mean the same on every machine. Hashed piece by piece because every candidate of every
 * question hashes seven keys, and building them as strings was a tenth of what answering allocated.
 */
class KeyHash {
  private hash = 0x811c9dc5;

  /** Starts a new key with its first piece. */
  start(text: string): this {
    this.hash = 0x811c9dc5;
    return this.add(text);
  }

  add(text: string): this {
    let hash = this.hash;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    this.hash = hash;
    return this;
  }

  /** A word lower-cased, or "^" where there is none (before the sentence's start, after its end). */
  addLower(word: string | undefined): this {
    if (word === undefined) return this.add('^');
    let hash = this.hash;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      // Beyond ASCII, lower-casing may change a word's length: the string's own rule decides.
      if (code >= 128) return this.add(word.toLowerCase());
      hash ^= code >= 65 && code <= 90 ? code + 32 : code;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    this.hash = hash;
    return this;
  }

  bucket(): number {
    return this.hash % LEXICAL_BUCKETS;
  }
}

/** The index in `terms` of the question's act: its first term that is not a name it gives, or -1. */
function actOf(question: QuestionView): number {
  return question.terms.findIndex((term) => !question.names.includes(term));
}

function actInSentence({ question, sentence }: FeatureInput): number {
  const act = actOf(question);
  return act < 0 || sentence.firstAt[act]! >= 0 ? 1 : 0;
}

/** 1 when the act's nearest match is in the candidate's clause within a few words, falling off with distance; 0 without it. */
function actNear({ question, sentence, candidate }: FeatureInput): number {
  const act = actOf(question);
  if (act < 0) return 0;
  let best = Infinity;
  sentence.termAt.forEach((term, p) => {
    if (term !== act || (p >= candidate.start && p <= candidate.reach)) return;
    best = Math.min(best, p < candidate.start ? candidate.start - p : p - candidate.reach);
  });
  return best === Infinity ? 0 : 1 / (1 + best / 3);
}

function inQuestion({ question, candidate }: FeatureInput): number {
  return askedShare(question, candidate.text);
}

/**
 * Share of a candidate's words the question already holds, as written or in another form
 * ("Israeli" for "Israel"): the answer to "who met Quill" is not Quill.
 */
export function askedShare(question: QuestionView, text: string): number {
  let shares = sharesByQuestion.get(question);
  if (shares === undefined) sharesByQuestion.set(question, (shares = new Map()));
  let share = shares.get(text);
  if (share === undefined) shares.set(text, (share = shareOf(question, text)));
  return share;
}

/** Each question's shares by candidate text: a candidate is weighed when it is offered and again as a feature. */
const sharesByQuestion = new WeakMap<QuestionView, Map<string, number>>();

function shareOf(question: QuestionView, text: string): number {
  // Short words are joiners ('of', 'de'), except abbreviations: "US" in "the most senior US official".
  const parts = words(text).filter((w) => w.length > 2 || /^\p{Lu}{2}$/u.test(w));
  if (parts.length === 0) return 0;
  return parts.filter((w) => {
    const term = indexTerm(w);
    return question.words.has(foldTerm(w)) || (term !== null && question.termIndex(term) >= 0 && question.names.includes(question.terms[question.termIndex(term)]!));
  }).length / parts.length;
}

/** A people's or country's adjective ("Palestinian", "Iranian") describes an actor; it does not name one. */
function demonym({ candidate }: FeatureInput): number {
  const parts = words(candidate.text);
  return parts.length === 1 && wordClass(parts[0]!.toLowerCase()) === 'demonym' ? 1 : 0;
}

function kindIs({ candidate }: FeatureInput, kind: SpanCandidate['kind']): number {
  return candidate.kind === kind ? 1 : 0;
}

function granularity({ question, candidate }: FeatureInput): number {
  switch (question.granularity) {
    case undefined:
      return 0;
    case 'year':
      return candidate.kind === 'year' ? 1 : candidate.kind === 'era' ? -1 : 0;
    case 'era':
      return candidate.kind === 'era' ? 1 : -1;
    case 'date':
      return candidate.kind === 'fullDate' ? 1 : 0;
    case 'month':
      return candidate.kind === 'monthYear' || candidate.kind === 'fullDate' ? 1 : 0;
  }
}

function inParentheses({ candidate }: FeatureInput): number {
  const sentence = candidate.passage.sentences[candidate.sentence] ?? '';
  const offset = candidate.tokens[candidate.start]!.offset;
  // The brackets before the candidate, looked for without slicing them off.
  return offset > 0 && sentence.lastIndexOf('(', offset - 1) > sentence.lastIndexOf(')', offset - 1) ? 1 : 0;
}

function dateline({ candidate }: FeatureInput): number {
  if (candidate.sentence !== 0 || parseDateline(candidate.passage.text) === undefined) return 0;
  const dash = /\s[–—-]\s/.exec(candidate.passage.text);
  return dash !== null && candidate.tokens[candidate.start]!.offset < dash.index ? 1 : 0;
}
