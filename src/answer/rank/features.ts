/**
 * What the ranker knows about a candidate: a fixed list of numeric features, each with a reason.
 * The list is data: the weights file names the features it was trained on, and loading checks
 * that they are these, in this order.
 */
import { foldTerm, words } from '../../text/terms.ts';
import { parseDateline } from '../../corpus/metadata.ts';
import { termMatches, type Token } from '../evidence.ts';
import type { SpanCandidate } from './candidates.ts';

/** What the question asks, read once for all its candidates. */
export interface QuestionView {
  text: string;
  /** Key terms the answer's sentence should share. */
  terms: readonly string[];
  /** Terms of a clause that only anchors the event ("… after the Hamas attack"): they date or name that event instead. */
  anchorTerms: readonly string[];
  /** The time granularity the wording asks for, if any ("what year" → year). */
  granularity: 'year' | 'era' | 'date' | 'month' | undefined;
  /** Folded words of the question, for "the answer is not in the question". */
  words: ReadonlySet<string>;
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
}

/** Everything features are computed from. */
export interface FeatureInput {
  question: QuestionView;
  candidate: SpanCandidate;
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

const FEATURES: readonly Feature[] = [
  { name: 'passageScore', reason: 'retrieval agrees the passage is about the question', value: (x) => x.passage.scoreRatio },
  { name: 'firstPassage', reason: 'the best passage holds the answer more often than the rest', value: (x) => (x.passage.rank === 0 ? 1 : 0) },
  { name: 'passageRank', reason: 'lower-ranked passages less often', value: (x) => Math.log1p(x.passage.rank) },
  { name: 'passageCoverage', reason: 'the passage holds the question\'s words', value: (x) => x.passage.coverage },
  { name: 'namesInPassage', reason: 'a question that names someone is about them: the passage must name them', value: (x) => x.passage.namesInPassage },
  { name: 'namesInArticle', reason: 'or the article be about them', value: (x) => x.passage.namesInArticle },
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
  { name: 'fullDate', reason: 'a day, month and year', value: (x) => kindIs(x, 'fullDate') },
  { name: 'monthYear', reason: 'a month and year', value: (x) => kindIs(x, 'monthYear') },
  { name: 'year', reason: 'a year', value: (x) => kindIs(x, 'year') },
  { name: 'era', reason: 'a decade, century or era', value: (x) => kindIs(x, 'era') },
  { name: 'otherTime', reason: 'a weekday, a relative time', value: (x) => kindIs(x, 'otherTime') },
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
  { name: 'describesOther', reason: '"Haniyeh, the leader of Hamas": Hamas only describes the answer', value: (x) => (x.candidate.describes ? 1 : 0) },
  { name: 'anchorClause', reason: 'the clause holds more of the anchoring event\'s words than of the event asked about', value: (x) => anchorClause(x) },
  { name: 'wordOrder', reason: '"when did Iran attack Israel" is not "when did Israel strike Iran": the sentence keeps the question\'s order', value: (x, at) => wordOrder(x, at) },
  { name: 'length', reason: 'long spans are rarely whole answers', value: (x) => Math.log1p(x.candidate.end - x.candidate.start + 1) },
];

export const FEATURE_NAMES: readonly string[] = FEATURES.map((feature) => feature.name);

/** A candidate's feature values, in `FEATURE_NAMES` order. */
export function featuresOf(input: FeatureInput): number[] {
  const at = placement(input);
  return FEATURES.map((feature) => feature.value(input, at));
}

function placement({ question, candidate }: FeatureInput): Placement {
  const { tokens, start } = candidate;
  const end = candidate.reach;
  const core = question.terms.filter((term) => !question.anchorTerms.includes(term));
  const near = core.length > 0 ? core : question.terms;
  const matches = tokens
    .filter((t, k) => (k < start || k > end) && t.term !== null && near.some((q) => termMatches(q, t.term!)))
    .map((t) => t.position);
  const matched = question.terms.filter((q) => tokens.some((t) => t.term !== null && termMatches(q, t.term)));
  let nearest: number | undefined;
  let distance = NO_MATCH_DISTANCE;
  for (const p of matches) {
    const d = p < start ? start - p : p - end;
    if (d < distance) {
      distance = d;
      nearest = p;
    }
  }
  return {
    matches,
    sentenceCoverage: question.terms.length === 0 ? 0 : matched.length / question.terms.length,
    distance,
    nearest,
    clauseBreakBetween: nearest !== undefined && clauseBreak(candidate, tokens, nearest),
    before: (tokens[start - 1]?.word ?? '').toLowerCase(),
    after: punctuationAfter(candidate),
  };
}

/** A comma, semicolon or clause word between the candidate and a token. */
function clauseBreak(candidate: SpanCandidate, tokens: readonly Token[], other: number): boolean {
  const sentence = candidate.passage.sentences[candidate.sentence] ?? '';
  const [from, to] = other < candidate.start ? [other, candidate.start] : [candidate.reach, other];
  const between = sentence.slice(tokens[from]!.offset + tokens[from]!.word.length, tokens[to]!.offset);
  if (/[,;:()–—]/.test(between)) return true;
  return tokens.slice(from + 1, to).some((t) => CLAUSE_WORDS.has(t.word.toLowerCase()));
}

function punctuationAfter({ passage, sentence, tokens, end }: SpanCandidate): string {
  const text = passage.sentences[sentence] ?? '';
  const last = tokens[end]!;
  return text.slice(last.offset + last.word.length).trimStart().charAt(0);
}

function anchorClause({ question, candidate }: FeatureInput): number {
  if (question.anchorTerms.length === 0) return 0;
  const sentence = candidate.passage.sentences[candidate.sentence] ?? '';
  const { tokens } = candidate;
  const breaks = [...sentence.matchAll(/[,;:()–—]|\s(?:after|before|since|while|when|as|because|although|but|until|following|amid)\s/gi)].map((m) => m.index);
  const clauseOf = (offset: number) => breaks.filter((b) => b < offset).length;
  const own = clauseOf(tokens[candidate.start]!.offset);
  const clause = tokens.filter((t) => clauseOf(t.offset) === own && t.term !== null);
  const count = (terms: readonly string[]) => terms.filter((q) => clause.some((t) => termMatches(q, t.term!))).length;
  const core = question.terms.filter((term) => !question.anchorTerms.includes(term));
  return count(question.anchorTerms) > count(core) ? 1 : 0;
}

/** Share of pairs of the question's words, both in the sentence, that the sentence keeps in the question's order. */
function wordOrder({ question, candidate }: FeatureInput, at: Placement): number {
  if (at.matches.length < 2) return 0;
  const firstAt = question.terms.map((q) => candidate.tokens.find((t) => t.term !== null && termMatches(q, t.term))?.position);
  const placed = firstAt.filter((p): p is number => p !== undefined);
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

function inQuestion({ question, candidate }: FeatureInput): number {
  const parts = words(candidate.text).map(foldTerm).filter((w) => w.length > 2);
  if (parts.length === 0) return 0;
  return parts.filter((w) => question.words.has(w)).length / parts.length;
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
  const before = sentence.slice(0, candidate.tokens[candidate.start]!.offset);
  return before.lastIndexOf('(') > before.lastIndexOf(')') ? 1 : 0;
}

function dateline({ candidate }: FeatureInput): number {
  if (candidate.sentence !== 0 || parseDateline(candidate.passage.text) === undefined) return 0;
  const dash = /\s[–—-]\s/.exec(candidate.passage.text);
  return dash !== null && candidate.tokens[candidate.start]!.offset < dash.index ? 1 : 0;
}
