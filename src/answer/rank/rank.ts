/**
 * The trained answer ranker for event questions ("who founded X?", "when did Y happen?"):
 * retrieval → candidates of the kind asked → features → a logistic regression → the best
 * candidate per answer, or no answer when even the best is unlikely.
 */
import type { Answer, Passage } from '../../types.ts';
import type { CorpusIndex } from '../../index/corpusIndex.ts';
import { foldTerm, indexTerm, words, wordsAt } from '../../text/terms.ts';
import { citationOf, matchedTerms, questionNames, questionTerms, sentenceTokens, termMatches, tokenize, tokensOf, type Token } from '../evidence.ts';
import { roleOf } from '../roles.ts';
import { asksNegatively, eventTermsOf, negatesEvent, supposesAct } from '../premise.ts';
import { asksAhead } from '../question.ts';
import { MAX_ANSWERS } from '../corroborate.ts';
import { isSpeech, speaksAt } from '../eventActors.ts';
import { round } from '../search.ts';
import { isAnchored } from '../../nlp/model/timeKinds.ts';
import { asksSaying, datesOtherEnd, endAsked, insideWhatWasSaid } from '../when.ts';
import { answerText, candidatesIn, resolved, sentenceStarts, type AskedFor, type CandidateKind, type SpanCandidate } from './candidates.ts';
import { FEATURE_NAMES, RELATIVE_FEATURES, askedShare, featuresOf, lexicalOf, matchSentence, weightedShare, type PassageView, type QuestionView, type SentenceMatch } from './features.ts';
import { kindModel, probability, type RankModel } from './model.ts';
import { WEIGHTS } from './weights.ts';

/** Passages retrieval hands the ranker: the answer is almost always in the first few. */
export const RANKED_PASSAGES = 8;

/** Passages whose best sentence offers noun phrases too: phrases are many, and their answers stand in the first few. */
const PHRASE_PASSAGES = 4;

/** A candidate with its feature values, as training and ranking both see it. */
export interface FeaturedCandidate {
  candidate: SpanCandidate;
  features: number[];
  /** Its lexical features' buckets. */
  lexical: number[];
}

/** The asking words: a wh-word, and the noun after "what"/"which" ("what year", "which group"). */
const WH = /\b(?:(what|which)\s+([a-z]+)|(whom|whose|who|when)|(how)\s+(long|many|much))\b/i;

/**
 * Words a time question uses to ask for the time rather than to name the event. Not "begin" or
 * "start": "what year did teaching start" names its act by them, and the answer's sentence says
 * so ("Teaching started in 1764", not "the academy, founded in 1735"). Kept as terms, measured on
 * the tune split (retrained): F1 54.4 → 55.1, when 58.9 → 60.0; the bundled sets unchanged.
 */
const TIME_ASKING = new Set(['time', 'date', 'year', 'month', 'century', 'decade', 'era', 'period', 'happen', 'occur', 'place', 'take', 'took'].map((w) => w));

const GRANULARITY: ReadonlyArray<[RegExp, QuestionView['granularity']]> = [
  [/\b(?:what|which)\s+(?:century|centuries|decade|era|period)\b/i, 'era'],
  [/\b(?:what|which)\s+years?\b/i, 'year'],
  [/\b(?:what|which)\s+(?:date|day)\b/i, 'date'],
  [/\b(?:what|which)\s+month\b/i, 'month'],
];

/** Where a clause that only locates the event begins: "when did X fly to Y | after the attack". */
const ANCHOR = /\b(after|before|since|during|following|amid|ahead\s+of|while|when)\b/i;

/** Reads what a question asks: its key terms, the granularity of time it wants, its words. */
export function questionView(question: string, asked: AskedFor, names: readonly string[] = []): QuestionView {
  const terms = questionTerms(question).filter((term) => asked === 'who' || !TIME_ASKING.has(term));
  const body = question.replace(/^\s*(when|what\s+(day|date|time|year|month))\b/i, '');
  const anchor = ANCHOR.exec(body);
  const core = new Set(anchor === null ? terms : questionTerms(body.slice(0, anchor.index)));
  const wh = WH.exec(question);
  return {
    text: question,
    wh: wh === null ? asked : (wh.slice(1).filter((w) => w !== undefined).join(' ').toLowerCase()),
    terms,
    anchorTerms: anchor === null ? [] : terms.filter((term) => !core.has(term)),
    granularity: asked === 'when' ? GRANULARITY.find(([pattern]) => pattern.test(question))?.[1] : undefined,
    words: new Set(words(question).map(foldTerm)),
    names: names.filter((name) => terms.includes(name)),
    termIndex: memoised((term) => terms.findIndex((q) => termMatches(q, term))),
  };
}

/** The question's terms that are not names it writes with a capital (its event), when it writes any. */
function eventTerms(view: QuestionView, question: string): number[] {
  const written = writtenNames(question);
  return written.length === 0 ? [] : view.terms.flatMap((term, n) => (written.includes(term) ? [] : [n]));
}

/**
 * The question's first term that is not a name it gives: the act it asks about ("arrested",
 * "refused", "founded"). A passage without it is about the question's names, not its event.
 */
function headTerm(view: QuestionView): number | undefined {
  const names = new Set(view.names);
  const head = view.terms.findIndex((term) => !names.has(term));
  return head < 0 ? undefined : head;
}

/** Paragraphs that open an article (headline, standfirst, first paragraph): they name the story's subject. */
const LEAD_PARAGRAPHS = 3;

/** True when every name is in the passage, or in its article's title or lead. */
export function namedAround(index: CorpusIndex, names: readonly string[], passage: Passage): boolean {
  if (names.length === 0) return true;
  const title = tokenize(index.articles.get(passage.file)?.title ?? '');
  // The lead's passages are matched from their search documents' terms, without reading them.
  const docs = [passage.paragraph, ...Array.from({ length: LEAD_PARAGRAPHS }, (_, n) => n + 1)].flatMap((paragraph) => index.passageDoc(passage.file, paragraph) ?? []);
  return names.every((name) => matchedTerms([name], title).length > 0 || docs.some((doc) => index.matchedInPassage(doc, [name]).length > 0));
}

/** Terms of the capitalised words inside a question: the names it gives as written. */
function writtenNames(question: string): string[] {
  return wordsAt(question).flatMap(({ word }, i) => {
    const term = i > 0 && /^\p{Lu}/u.test(word) ? indexTerm(word) : null;
    return term === null ? [] : [term];
  });
}

function memoised(f: (term: string) => number): (term: string) => number {
  const seen = new Map<string, number>();
  return (term) => {
    let value = seen.get(term);
    if (value === undefined) seen.set(term, (value = f(term)));
    return value;
  };
}

/**
 * How much a word of the article's title tells of which of its sentences answers: nothing, as its
 * subject stands in most of them. Measured on the tune split (corpus mode, weights retrained each
 * time): 53.1 F1 without the weighted features, 53.3 at 0.25, 53.4 at 0 with a passage holding no
 * telling word weighed by every word (53.7 without that, but "who wrote X" of the article's own
 * work lost its answer).
 */
export const TITLE_TERM_WEIGHT = 0;

/**
 * How telling each question term is of which sentence of an article answers: its rarity among the
 * passages, none for a word of the article's title (`TITLE_TERM_WEIGHT`); every term its rarity
 * when the title holds them all.
 */
function telling(view: QuestionView, rarity: readonly number[], title: string): Float64Array {
  const topical = termsIn(view, tokenize(title));
  const weights = Float64Array.from(rarity, (r, t) => (topical.has(t) ? TITLE_TERM_WEIGHT * r : r));
  return weights.some((w) => w > 0) ? weights : Float64Array.from(rarity);
}

/** The question's terms (by index) and names a passage holds, each once. */
function termsIn(view: QuestionView, tokens: readonly Token[]): Set<number> {
  const found = new Set<number>();
  for (const token of tokens) {
    if (token.term === null) continue;
    const term = view.termIndex(token.term);
    if (term >= 0) found.add(term);
  }
  return found;
}

/** Every candidate in the passages retrieval returns for the question, with its features. */
export function featuredCandidates(index: CorpusIndex, question: string, asked: AskedFor): FeaturedCandidate[] {
  const names = questionNames(index, question);
  const view = questionView(question, asked, names);
  if (view.terms.length === 0) return [];
  const hits = index.searchPassages(view.terms.join(' '), RANKED_PASSAGES);
  const best = hits[0]?.score ?? 1;
  const sentences = new Map<string, SentenceMatch>();
  // Every sentence is first matched for its passage's best sentence, with tokens cut from the passage's.
  const sentenceMatch = (sentence: string, tokens = () => tokenize(sentence)) => {
    let match = sentences.get(sentence);
    if (match === undefined) sentences.set(sentence, (match = matchSentence(view, sentence, tokens())));
    return match;
  };
  const written = writtenNames(question);
  const events = eventTerms(view, question);
  const head = headTerm(view);
  const rarity = view.terms.map((term) => index.passageTermRarity(term));
  // The question's terms that are names it gives: the rest are its act and event (`PassageView.eventWeights`).
  const nameTerm = view.terms.map((term) => view.names.includes(term));
  const weightsByFile = new Map<string, Float64Array>();
  const weightsOf = (file: string): Float64Array => {
    let weights = weightsByFile.get(file);
    if (weights === undefined) weightsByFile.set(file, (weights = telling(view, rarity, index.articles.get(file)?.title ?? '')));
    return weights;
  };
  const found = hits.flatMap(({ item: passage, score }, rank) => {
    const tokens = tokensOf(passage);
    const matched = termsIn(view, tokens);
    // A passage that holds none of the question's telling words (only its article's subject: "Who wrote The Salt Roads?" of
    // "Mira Tolland's Salt Roads …") is weighed by the rarity of every word: its sentences still differ in the subject's words.
    const ofArticle = weightsOf(passage.file);
    const termWeights = [...matched].some((t) => ofArticle[t]! > 0) ? ofArticle : Float64Array.from(rarity);
    const firstIn = (sentence: SentenceMatch) => weightedShare(sentence.firstAt, termWeights, sentence.coverage);
    const eventWeights = termWeights.map((w, t) => (nameTerm[t] ? 0 : w));
    const eventIn = (sentence: SentenceMatch) => weightedShare(sentence.firstAt, eventWeights, 0);
    const heldInPassage = Int32Array.from(view.terms, (_, t) => (matched.has(t) ? 0 : -1));
    const inPassage = names.filter((name) => matched.has(view.terms.indexOf(name)) || matchedTerms([name], tokens).length > 0);
    const inTitle = matchedTerms(names, tokenize(index.articles.get(passage.file)?.title ?? ''));
    const where: PassageView = {
      rank,
      scoreRatio: score / best,
      coverage: matched.size / view.terms.length,
      namesInPassage: names.length === 0 ? 1 : inPassage.length / names.length,
      namesInArticle: names.length === 0 ? 1 : new Set([...inPassage, ...inTitle]).size / names.length,
      bestSentenceCoverage: Math.max(0, ...passage.sentences.map((sentence, s) => sentenceMatch(sentence, () => sentenceTokens(passage, s)).coverage)),
      holdsAct: head === undefined || matched.has(head),
      holdsEvent: events.length === 0 || events.some((term) => matched.has(term)),
      namedAround: namedAround(index, written, passage),
      termWeights,
      bestWeightedCoverage: Math.max(0, ...passage.sentences.map((sentence, s) => firstIn(sentenceMatch(sentence, () => sentenceTokens(passage, s))))),
      weightedCoverage: weightedShare(heldInPassage, termWeights, matched.size / view.terms.length),
      eventWeights,
      bestEventCoverage: Math.max(0, ...passage.sentences.map((sentence, s) => eventIn(sentenceMatch(sentence, () => sentenceTokens(passage, s))))),
    };
    // A candidate wholly named by the question is what it asks about, never its answer.
    const offersPhrases = (sentence: string) => rank < PHRASE_PASSAGES && sentenceMatch(sentence).coverage >= Math.max(1e-9, where.bestSentenceCoverage);
    return candidatesIn(index, passage, asked, offersPhrases)
      .filter((candidate) => askedShare(view, candidate.text) < 1)
      .map((candidate) => ({ candidate, where }));
  });
  const passagesByKey = new Map<string, Set<number>>();
  const repeats = new Map<string, number>();
  const ownKeys = found.map(({ candidate, where }) => {
    const passages = passagesByKey.get(candidate.key) ?? new Set<number>();
    passages.add(where.rank);
    passagesByKey.set(candidate.key, passages);
    const own = `${where.rank}\u0000${candidate.key}`;
    repeats.set(own, (repeats.get(own) ?? 0) + 1);
    return own;
  });
  const anchorClause = FEATURE_NAMES.indexOf('anchorClause');
  const featured = found
    .map(({ candidate, where }, n) => {
      const sentence = sentenceMatch(candidate.passage.sentences[candidate.sentence] ?? '');
      const input = {
        question: view,
        candidate,
        sentence,
        passage: where,
        corroboration: (passagesByKey.get(candidate.key)?.size ?? 1) - 1,
        repeats: (repeats.get(ownKeys[n]!) ?? 1) - 1,
      };
      return { candidate, features: featuresOf(input), lexical: lexicalOf(input) };
    })
    // "since the October 7 attack" dates the anchoring event, not the one asked about.
    .filter(({ features }) => features[anchorClause] !== 1);
  for (const column of RELATIVE_FEATURES) {
    let best = 0;
    for (const { features } of featured) best = Math.max(best, features[column]!);
    if (best > 0) for (const { features } of featured) features[column] = features[column]! - best;
  }
  return featured;
}

/** A question's ranked answers, best first, without a threshold. */
export interface RankedAnswers {
  /** Every candidate's answer. */
  all: Answer[];
  /**
   * Only answers whose passage is grounded in the question: it holds the act a who-question asks
   * about, the event when the question writes names, and the names it writes (in the passage or
   * its article's lead), and the answer's sentence shares a word with it. The features weigh these; a
   * guess the rules could not back must meet them.
   */
  grounded: Answer[];
  /**
   * Grounded answers of a settled kind: a person or organisation extraction named, a time that
   * needs no article date to resolve (a year, a month, a full date, a decade or century). Only
   * these may stand before the rules, which resolve "Monday" and weigh places and bare names.
   */
  settled: Answer[];
  /**
   * Answers grounded in what the question names only: the names it writes are in the passage or
   * its article's lead, and the answer's sentence shares a word with it (not the act or the event,
   * which a question about a named work need not share: "who wrote X" of "Ruskin's X").
   */
  named: Answer[];
}

const SETTLED_KINDS: ReadonlySet<CandidateKind> = new Set(['person', 'organization', 'fullDate', 'monthYear', 'year', 'era']);

/** A time is settled by its own words ("1998", "the 1920s", "the 14th century"), not by a resolution ("Tuesday" → 2024-11-12). */
export const SETTLED_TIME = /\d{3,4}|centur|millenni/i;

function isSettled(candidate: SpanCandidate): boolean {
  if (!SETTLED_KINDS.has(candidate.kind)) return false;
  return candidate.kind === 'person' || candidate.kind === 'organization' || SETTLED_TIME.test(candidate.text);
}

/** Where a candidate starts in its passage's text. */
function offsetOf(candidate: SpanCandidate): number {
  return (sentenceStarts(candidate.passage)[candidate.sentence] ?? 0) + (candidate.tokens[candidate.start]?.offset ?? 0);
}

/** A speaker before its speech verb ("Ann Lee said"), or a phrase that ends in one ("Ann Lee reports"). */
function tellsOf(candidate: SpanCandidate): boolean {
  return speaksAt(candidate.tokens, [candidate.start, candidate.end]) || isSpeech(candidate.tokens[candidate.end]!.word.toLowerCase());
}

/** Ranks an event question's candidates (see `RankedAnswers`): each answer once, its best occurrence cited first. */
export function rankAnswers(index: CorpusIndex, question: string, asked: AskedFor, model: RankModel = WEIGHTS): RankedAnswers {
  // One question's answerers may ask for the same ranking twice ("when" where the rules keep nothing): the last one is kept.
  const last = lastRanked.get(index);
  if (last !== undefined && last.question === question && last.asked === asked && last.model === model) return last.ranked;
  const ranked = rankNow(index, question, asked, model);
  // Shared between callers, so read-only.
  for (const list of [ranked.all, ranked.grounded, ranked.settled, ranked.named]) {
    for (const answer of list) Object.freeze(answer);
    Object.freeze(list);
  }
  lastRanked.set(index, { question, asked, model, ranked });
  return ranked;
}

/** The last ranking made on each index, by its question. */
const lastRanked = new WeakMap<CorpusIndex, { question: string; asked: AskedFor; model: RankModel; ranked: RankedAnswers }>();

function rankNow(index: CorpusIndex, question: string, asked: AskedFor, model: RankModel): RankedAnswers {
  const weights = kindModel(model, asked);
  const view = questionView(question, asked, questionNames(index, question));
  const negated = asksNegatively(question) ? [] : eventTermsOf(index, question, view.terms);
  const asksSpeech = words(question).some((word) => isSpeech(word.toLowerCase()));
  const saying = asked === 'when' && asksSaying(question);
  const end = asked === 'when' ? endAsked(question) : undefined;
  // "Anyone thinking of opening a second front" opened none; a question about what is to come may be answered by a plan.
  const act = asksAhead(question) ? undefined : negated[0];
  // "Israel has not said when it struck" answers nothing; the question stage says what the coverage does say.
  // Read once per sentence: a sentence's candidates share its tokens.
  const unsaid = new Map<readonly Token[], boolean>();
  const deniesOrSupposes = (tokens: readonly Token[]): boolean => {
    let found = unsaid.get(tokens);
    if (found === undefined) unsaid.set(tokens, (found = (negated.length > 0 && negatesEvent(tokens, negated)) || (act !== undefined && supposesAct(tokens, act))));
    return found;
  };
  const scored = featuredCandidates(index, question, asked)
    .filter(({ candidate }) => !deniesOrSupposes(candidate.tokens) && (asked !== 'when' || isAnchored(candidate.text, candidate.date)))
    // Both read only for questions that ask about a saying, or about one end of an event.
    .filter(({ candidate }) => !saying || !insideWhatWasSaid(index, candidate.passage, candidate.sentence, offsetOf(candidate)))
    .filter(({ candidate }) => end === undefined || !datesOtherEnd(end, candidate.passage.text, offsetOf(candidate) + candidate.text.length, offsetOf(candidate)))
    // "…, Ann Lee reports": who tells of an act did not do it, unless the question asks who said it.
    .filter(({ candidate }) => asked !== 'who' || asksSpeech || !tellsOf(candidate))
    .map(({ candidate, features, lexical }) => ({ candidate, p: probability(weights, features, lexical), grounded: isGrounded(features, asked), named: isNamed(features) }));
  // A stable sort: among equals, the earlier passage and position first.
  scored.sort((a, b) => b.p - a.p);
  const grounded = scored.filter((s) => s.grounded);
  // The four lists mostly cite the same passages: each passage's matched terms are read once.
  const matchedIn = new Map<Passage, string[]>();
  const matched = (passage: Passage) => {
    let terms = matchedIn.get(passage);
    if (terms === undefined) matchedIn.set(passage, (terms = matchedTerms(view.terms, tokensOf(passage))));
    return [...terms];
  };
  return {
    all: answersOf(index, scored, matched),
    grounded: answersOf(index, grounded, matched),
    settled: answersOf(index, grounded.filter((s) => isSettled(s.candidate)), matched),
    named: answersOf(index, scored.filter((s) => s.named), matched),
  };
}

/**
 * Answers an event question with the candidates the model finds likely, best first, each once
 * (its best occurrence cited first); none when the best is below the model's threshold.
 */
export function rankCandidates(index: CorpusIndex, question: string, asked: AskedFor, model: RankModel = WEIGHTS): Answer[] {
  const { all } = rankAnswers(index, question, asked, model);
  return (all[0]?.score ?? 0) < kindModel(model, asked).threshold ? [] : all;
}

const GROUNDING = {
  act: FEATURE_NAMES.indexOf('holdsAct'),
  event: FEATURE_NAMES.indexOf('holdsEvent'),
  names: FEATURE_NAMES.indexOf('namedAround'),
  sentence: FEATURE_NAMES.indexOf('noMatchInSentence'),
};

/**
 * "Who was arrested over the attack?" is not answered by a passage about the attack that arrests
 * no one (who only: a when-question's first word is often its event's object); "When was Brandt
 * born?" not by one that names Brandt but no birth; "who met Quill in Riyadh" not by one that
 * names neither; and not by a name in a sentence that shares no word with the question.
 */
function isGrounded(features: readonly number[], asked: AskedFor): boolean {
  return (asked !== 'who' || features[GROUNDING.act] === 1) && features[GROUNDING.event] === 1 && isNamed(features);
}

/** Grounded in the names the question writes, and in a sentence that shares a word with it (see `RankedAnswers.named`). */
function isNamed(features: readonly number[]): boolean {
  return features[GROUNDING.names] === 1 && features[GROUNDING.sentence] === 0;
}

function answersOf(index: CorpusIndex, scored: ReadonlyArray<{ candidate: SpanCandidate; p: number }>, matched: (passage: Passage) => string[]): Answer[] {
  const byKey = new Map<string, { candidate: SpanCandidate; p: number; others: SpanCandidate[] }>();
  for (const { candidate, p } of scored) {
    const group = byKey.get(candidate.key);
    if (group === undefined) byKey.set(candidate.key, { candidate, p, others: [] });
    else if (group.others.length < MAX_ANSWERS && group.candidate.passage !== candidate.passage && !group.others.some((c) => c.passage === candidate.passage)) group.others.push(candidate);
  }
  return [...byKey.values()].slice(0, MAX_ANSWERS).map(({ candidate, p, others }) => answerOf(index, candidate, p, others, matched));
}

function answerOf(index: CorpusIndex, candidate: SpanCandidate, p: number, others: readonly SpanCandidate[], matched: (passage: Passage) => string[]): Answer {
  const entity = candidate.kind === 'person' || candidate.kind === 'organization' ? resolved(index, candidate.text) : undefined;
  return {
    text: entity?.name ?? answerText(candidate),
    ...(entity === undefined ? {} : roleOf(entity, candidate.passage.file)),
    ...(candidate.date === undefined ? {} : { date: candidate.date }),
    score: round(p),
    matched: matched(candidate.passage),
    citations: [candidate, ...others].map((c) => citationOf(c.passage)),
  };
}

/** The features the committed weights must have been trained on. */
export function checkModel(model: RankModel): void {
  if (model.features.join(',') !== FEATURE_NAMES.join(',')) {
    throw new Error(`Byline: the ranker's weights were trained on other features (${model.features.join(',')}); run npm run train`);
  }
}
