import type { Citation, Passage } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { wordClass } from '../nlp/model/lexicon.ts';
import { parseDateline } from '../corpus/metadata.ts';
import { eachWord, foldTerm, indexTerm, keyTerms, synonymsOf, wordEntry, words, wordsAt } from '../text/terms.ts';
import { isPeopleOf, termMatchesWith } from '../text/termMatch.ts';
import { LIGHT_VERBS } from './question.ts';

/** A word of a sentence with its index term (null for stopwords) and position. */
export interface Token {
  word: string;
  term: string | null;
  position: number;
  /** Character offset in the text. */
  offset: number;
}

/** A passage that may answer a question, and how well. */
export interface Evidence {
  passage: Passage;
  /** Search score weighted by how much of the question the passage covers. */
  score: number;
  /** The question's key terms found in the passage text. */
  matched: string[];
  /** Share of the question's key terms found in the passage text (0..1). */
  coverage: number;
  /** The passage goes on with the paragraph before (see `continuations`) and its matched terms include that one's. */
  continues?: true;
}

export { termMatches } from '../text/termMatch.ts';

/**
 * Recently tokenized texts: answering one question reads the same passages several times. Two
 * generations of at most `RECENT_TOKENS_LIMIT` each (the last that many texts are kept): a Map
 * whose oldest entry is deleted one at a time walks the holes deletion leaves again and again.
 */
let recentTokens = new Map<string, readonly Token[]>();
let olderTokens = new Map<string, readonly Token[]>();
const RECENT_TOKENS_LIMIT = 4_000;

/** The words of a text with their index terms (memoised for recently seen texts). */
export function tokenize(text: string): readonly Token[] {
  let tokens = recentTokens.get(text);
  if (tokens === undefined) {
    tokens = olderTokens.get(text) ?? tokensIn(text);
    if (recentTokens.size >= RECENT_TOKENS_LIMIT) {
      olderTokens = recentTokens;
      recentTokens = new Map();
    }
    recentTokens.set(text, tokens);
  }
  return tokens;
}

/** A passage's tokens, and its sentences' tokens once asked for (`undefined` where one is tokenized on its own). */
interface PassageTokens {
  all: readonly Token[];
  sentences?: ReadonlyArray<readonly Token[] | undefined>;
}

const passageTokens = new WeakMap<Passage, PassageTokens>();

function passageTokensOf(passage: Passage): PassageTokens {
  let tokens = passageTokens.get(passage);
  if (tokens === undefined) passageTokens.set(passage, (tokens = { all: tokensIn(passage.text) }));
  return tokens;
}

/**
 * A passage's tokens, kept as long as the index keeps the passage: the passages a question reads
 * are read again by the next questions, and a text's own cache would hash the whole text each time.
 */
export function tokensOf(passage: Passage): readonly Token[] {
  return passageTokensOf(passage).all;
}

/**
 * The tokens of a passage's sentence `s`, as `tokenize` gives them, cut from the passage's own
 * tokens and kept with them: the ranker reads every sentence of the passages it ranks, and
 * tokenizing each again cost as much as the passage.
 */
export function sentenceTokens(passage: Passage, s: number): readonly Token[] {
  const tokens = passageTokensOf(passage);
  tokens.sentences ??= cutSentences(passage, tokens.all);
  return tokens.sentences[s] ?? tokenize(passage.sentences[s] ?? '');
}

/**
 * Each sentence's tokens cut from its passage's, renumbered from the sentence's start. A word
 * found in a stretch of text is the word found in the whole text unless a word runs across the
 * stretch's edge (the word pattern looks at nothing before a word): such a sentence, or one not
 * found in the passage as written, is left `undefined`.
 */
function cutSentences(passage: Passage, tokens: readonly Token[]): Array<readonly Token[] | undefined> {
  let from = 0;
  let next = 0;
  return passage.sentences.map((sentence) => {
    const start = passage.text.indexOf(sentence, from);
    if (start < 0) return undefined;
    const end = start + sentence.length;
    from = end;
    while (next < tokens.length && tokens[next]!.offset < start) next++;
    const before = tokens[next - 1];
    if (before !== undefined && before.offset + before.word.length > start) return undefined;
    const cut: Token[] = [];
    // A sentence that opens the passage numbers its words as the passage does: it shares their tokens.
    const shared = start === 0 && next === 0;
    for (; next < tokens.length && tokens[next]!.offset < end; next++) {
      const token = tokens[next]!;
      const { word, term, offset } = token;
      if (offset + word.length > end) return undefined;
      cut.push(shared ? token : { word, term, position: cut.length, offset: offset - start });
    }
    return cut;
  });
}

function tokensIn(text: string): readonly Token[] {
  const tokens: Token[] = [];
  eachWord(text, (sliced, offset) => {
    const { word, term } = wordEntry(sliced);
    tokens.push({ word, term, position: tokens.length, offset });
  });
  return tokens;
}

/** The query terms that occur (in some form) among the tokens. */
export function matchedTerms(queryTerms: readonly string[], tokens: readonly Token[]): string[] {
  return queryTerms.filter((q) => {
    const synonyms = synonymsOf(q);
    return tokens.some((t) => t.term !== null && termMatchesWith(q, synonyms, t.term));
  });
}

/** Positions of tokens that match any of the query terms. */
export function matchPositions(queryTerms: readonly string[], tokens: readonly Token[]): number[] {
  const synonyms = queryTerms.map(synonymsOf);
  return tokens.filter((t) => t.term !== null && queryTerms.some((q, n) => termMatchesWith(q, synonyms[n]!, t.term!))).map((t) => t.position);
}

/**
 * Passages that share the question's key terms, best first. A passage must contain at least
 * `minCoverage` of the key terms in its own text (the headline alone does not count), which is
 * what lets Byline abstain when the coverage does not speak of the question's subject.
 */
export function findEvidence(
  index: CorpusIndex,
  queryTerms: readonly string[],
  options: {
    limit?: number;
    minCoverage?: number;
    weights?: ReadonlyMap<string, number>;
    names?: readonly string[];
    /** A passage that refers back with "It"/"Its" ("It hosts 2,500 troops") also holds the names of the paragraph before it. */
    antecedents?: boolean;
    /** A paragraph that goes on with the one before, as this pattern tells, also holds that one's terms (see `Evidence.continues`). */
    continuations?: RegExp;
    /** Names the passage's story holds in its lead count toward coverage at `LEAD_NAME_SHARE` (what someone said refers back to the story's subject). */
    ledNames?: boolean;
  } = {},
): Evidence[] {
  if (queryTerms.length === 0) return [];
  const { limit = 30, minCoverage = 0.5, weights } = options;
  const weight = (term: string) => weights?.get(term) ?? 1;
  // Names in a clause that only anchors the event ("after the Vanta attack") need not be there.
  const names = (options.names ?? []).filter((term) => weight(term) === 1);
  // With names to find, what is said of them must be there too: "when was Brandt born?" is not "when was Brandt killed?".
  const said = options.names === undefined ? [] : queryTerms.filter((term) => weight(term) === 1 && !options.names!.includes(term) && !SPEAKING.has(term));
  const total = queryTerms.reduce((sum, term) => sum + weight(term), 0);
  // Synonyms widen the search only when the question's own words find too little: each one adds postings to score.
  let hits = index.scorePassages(queryTerms.join(' '), limit * 3);
  if (hits.length < limit * 3) hits = index.scorePassages([...queryTerms, ...queryTerms.flatMap(synonymsOf)].join(' '), limit * 3);
  // Which of the names each story's lead holds, read once per story (many hits share a story).
  const ledByFile = new Map<string, string[]>();
  const ledNames = (file: string): string[] => {
    let led = ledByFile.get(file);
    if (led === undefined) ledByFile.set(file, (led = names.filter((name) => namesIn([name], [], index, file))));
    return led;
  };
  // Matched from the search documents' terms: only the passages kept are read.
  const found: Array<Omit<Evidence, 'passage'> & { doc: number }> = [];
  for (const { doc, score } of hits) {
    const matched = index.matchedInPassage(doc, queryTerms);
    if (options.antecedents) matched.push(...namesReferredTo(index, doc, names.filter((name) => !matched.includes(name))));
    const continues = options.continuations !== undefined && options.continuations.test(index.passageAt(doc).text);
    if (continues) matched.push(...borrowedTerms(index, doc, queryTerms.filter((term) => !matched.includes(term))));
    let coverage = matched.reduce((sum, term) => sum + weight(term), 0) / total;
    // "Tajani said the U.S. was informed at the last minute about the reported attack", in a story whose
    // lead names Iran: for what was said, the names its lead holds count at half weight.
    if (coverage < minCoverage && options.ledNames && names.length > 0) {
      const led = ledNames(index.placeOf(doc).file).filter((name) => !matched.includes(name));
      coverage += (LEAD_NAME_SHARE * led.reduce((sum, term) => sum + weight(term), 0)) / total;
    }
    if (coverage < minCoverage) continue;
    if (said.length > 0 && !said.some((term) => matched.includes(term))) continue;
    // A question that names someone or somewhere is about them: the passage (or its article's lead) must name them too.
    if (names.some((name) => !matched.includes(name)) && !namesIn(names, matched, index, index.placeOf(doc).file)) continue;
    found.push({ doc, score: score * coverage * coverage, matched, coverage, ...(continues ? { continues } : {}) });
  }
  return found
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ doc, ...rest }) => ({ passage: index.passageAt(doc), ...rest }));
}

/** How much a name the passage's story names in its lead, not the passage itself, counts toward coverage. */
const LEAD_NAME_SHARE = 0.5;

/** A paragraph that opens on a subject pronoun goes on with the one before: "He has spoken with leaders in …". */
export const OPENS_ON_PRONOUN = /^\W*(?:He|She|They)\s/;

/** A paragraph that refers to the occasion the one before told: "…, Blinken added at the event". */
export const AT_THAT_OCCASION = /\bat\s+the\s+(?:event|meeting|summit|conference|talks|ceremony|gathering|session)\b/;

/** The terms the paragraph before a continuing one holds. */
function borrowedTerms(index: CorpusIndex, doc: number, terms: readonly string[]): string[] {
  if (terms.length === 0) return [];
  const { file, paragraph } = index.placeOf(doc);
  const before = index.passageDoc(file, paragraph - 1);
  return before === undefined ? [] : index.matchedInPassage(before, terms);
}

/** A sentence that opens on "It"/"Its"/"It's": it speaks of what the text named before (a country, a company). */
const REFERS_BACK = /(?:^|[.!?]["”’]?\s+)It(?:s|['’]s)?\b/;

/**
 * The names a passage speaks of only through "It"/"Its", or through "at the event": those of the
 * given names that the paragraph before it holds ("Iraq's military condemned …" then "It's a rare
 * ally …, hosting …").
 */
function namesReferredTo(index: CorpusIndex, doc: number, names: readonly string[]): string[] {
  const text = index.passageAt(doc).text;
  // "…, Blinken added at the event": the occasion, and the names it was told with, are the paragraph before's.
  if (names.length === 0 || !(REFERS_BACK.test(text) || AT_THAT_OCCASION.test(text))) return [];
  const { file, paragraph } = index.placeOf(doc);
  const before = index.passageDoc(file, paragraph - 1);
  return before === undefined ? [] : index.matchedInPassage(before, names);
}

/** How an article matches terms: the sum of its passages' scores, and which of the terms its passages hold. */
export interface ArticleRelevance {
  score: number;
  covered: Set<string>;
}

/** Articles by how much their passages match the terms, in order of finding. */
export function articleRelevance(index: CorpusIndex, terms: readonly string[], minCoverage: number): Map<string, ArticleRelevance> {
  const relevance = new Map<string, ArticleRelevance>();
  for (const evidence of findEvidence(index, terms, { minCoverage })) {
    const article = relevance.get(evidence.passage.file) ?? { score: 0, covered: new Set<string>() };
    article.score += evidence.score;
    for (const term of evidence.matched) article.covered.add(term);
    relevance.set(evidence.passage.file, article);
  }
  return relevance;
}

/**
 * Where a clause that only locates or identifies the event begins: "when did X fly to Y | after the
 * attack", "who threatened X | on the day Y spoke", "when was the attack | , the one the G7 condemned".
 */
const ANCHOR = /\b(after|before|since|during|following|amid|ahead\s+of|while|when|on\s+the\s+(?:same\s+)?day|at\s+the\s+time\s+of|by\s+the\s+time|at\s+the\s+moment|relative\s+to|in\s+relation\s+to)\b|,\s*(?:the\s+one|which)\b|\b(?:that|which)\s+(?:made|led|prompted|caused|sent|drove|forced|triggered|spurred)\b|(?<=\b(?:attacks?|strikes?|raids?|bombings?|killings?|assassinations?|war|explosions?|blasts?)\s+)[\p{L}'’-]+\s+(?:calls?|called|describes?|described|refers?\s+to|referred\s+to|blames?|blamed)\b|(?<!\b(?:said|says|say|told|tell|claimed|claim|warned|stated|insisted|argued|noted|added|announced|confirmed|denied|deny|believes?|believed|think|thinks|thought|know|knew|so)\s+)\bthat\s+(?:the\s+)?[\p{L}\d]+\s+(?:had\s+)?\p{Ll}+ed\b/iu;

/** Share of a term's weight when it only names what the event came after or before. */
export const ANCHOR_WEIGHT = 0.3;

/**
 * Lower weights for the words of a clause that only anchors the event ("… before his press
 * conference in Tel Aviv"), so they do not outweigh the event itself: a passage must be about the
 * event, and may leave the anchor to its neighbours.
 */
export function anchorWeights(question: string): Map<string, number> {
  const body = question.replace(/^\s*(when|who|whom|what\s+(day|date|time|year|month))\b/i, '');
  const split = ANCHOR.exec(body);
  if (split === null) return new Map();
  // ", relative to the meeting, did Iran …": an aside between commas anchors only its own words.
  const aside = /,\s*$/.test(body.slice(0, split.index)) ? body.indexOf(',', split.index) : -1;
  const anchor = aside > 0 ? body.slice(split.index, aside) : body.slice(split.index);
  const core = new Set(keyTerms(aside > 0 ? `${body.slice(0, split.index)} ${body.slice(aside)}` : body.slice(0, split.index)));
  return new Map(keyTerms(anchor).filter((term) => !core.has(term)).map((term) => [term, ANCHOR_WEIGHT]));
}

/** Share of a term's weight for a given name the question writes before the surname ("Antony" in "Antony Quill"). */
const GIVEN_NAME_WEIGHT = 0.25;

/**
 * Lower weights for the given names of people the question names in full: news names a person in
 * full once and by surname after, so "when did Ann Lee speak" is about "Lee said on Friday …" as
 * much as "when did Lee speak". Only words that spell a person the corpus knows, in order.
 */
export function givenNameWeights(index: CorpusIndex, question: string): Map<string, number> {
  const weights = new Map<string, number>();
  const asked = words(question);
  const pairs = personNamePairs(index);
  asked.forEach((word, at) => {
    const surname = asked[at + 1];
    if (surname === undefined) return;
    // What follows needs a person whose name holds the two words in turn: without one, the (fuzzy) lookup is not run.
    if (!pairs.has(`${foldTerm(word)} ${foldTerm(surname)}`)) return;
    const entity = index.entities.resolve(`${word} ${surname}`);
    if (entity?.kind !== 'person') return;
    const named = words(entity.name).map(foldTerm);
    const given = named.indexOf(foldTerm(word));
    if (given < 0 || named[given + 1] !== foldTerm(surname)) return;
    const term = indexTerm(word);
    if (term !== null) weights.set(term, GIVEN_NAME_WEIGHT);
  });
  return weights;
}

const namePairCache = new WeakMap<CorpusIndex, Set<string>>();

/** Each two words that stand in turn in a person's name, folded ("ann lee"): built once per index (~50 ms over the SQuAD articles' 18,000 people). */
export function personNamePairs(index: CorpusIndex): ReadonlySet<string> {
  let pairs = namePairCache.get(index);
  if (pairs === undefined) {
    pairs = new Set();
    for (const entity of index.entityList) {
      if (entity.kind !== 'person') continue;
      const named = words(entity.name);
      for (let n = 0; n + 1 < named.length; n++) pairs.add(`${foldTerm(named[n]!)} ${foldTerm(named[n + 1]!)}`);
    }
    namePairCache.set(index, pairs);
  }
  return pairs;
}

/** Where a clause that only names a claim's source begins: "…, according to the minister", "…, as the envoy put it". */
const ATTRIBUTION = /\b(?:according\s+to|as\s+\S+\s+(?:said|put\s+it))\b/i;

/**
 * Lower weights for what does not name the event: the words of a clause that only names who says
 * so ("…, according to Lopez"), whose name the passage may leave to its quotation's neighbours,
 * and light verbs ("giving aid" is "aid"), which news words many ways.
 */
export function sourceWeights(question: string): Map<string, number> {
  const split = ATTRIBUTION.exec(question);
  const source = split === null ? [] : keyTerms(question.slice(split.index));
  const light = words(question).filter((word) => LIGHT_VERBS.has(word.toLowerCase().replace(/(?:ing|s)$/, '')) || LIGHT_VERBS.has(word.toLowerCase().replace(/ing$/, 'e')));
  return new Map([...source, ...light.flatMap(keyTerms)].map((term) => [term, ANCHOR_WEIGHT]));
}

/** The key terms of a question once its question words and the given extra words are set aside. */
export function questionTerms(question: string, ignore: ReadonlySet<string> = new Set()): string[] {
  return keyTerms(question).filter((term) => !ignore.has(term));
}

export function citationOf(passage: Passage, excerpt = passage.text): Citation {
  return { file: passage.file, paragraph: passage.paragraph, excerpt };
}

/** True if `name` is one of the question's own words (the answer to "who met Quill" is not Quill). */
export function namedInQuestion(name: string, question: string): boolean {
  // "U.S." and "US" are one name: an acronym is compared without its points.
  const folded = (word: string) => foldTerm(word).replace(/\./g, '');
  const asked = new Set(words(question).map(folded));
  // A description's place ("everyone in the region" for "who in the region should …") only says which: its head is what it names.
  const parts = words(/^\p{Ll}/u.test(name) ? name.split(/\s+(?:in|on|across)\s+/)[0]! : name);
  // Short words of a longer name ("al", "of") say nothing, nor its generic words ("which company …"
  // does not name the Veloria Shipping Company); a short name on its own ("G7", "UN") is the name.
  const telling = parts.length === 1 ? parts : parts.filter((part) => part.length > 2 && !GENERIC_NAME_WORDS.has(indexTerm(part) ?? ''));
  // "the Lebanese border" names Lebanon.
  return telling.some((part) => asked.has(folded(part))) || (parts.length === 1 && [...asked].some((word) => isPeopleOf(word, folded(name))));
}

/** True when an answer's words stand together in the question ("port authority" for "who leads the port authority"): it repeats what was asked. */
export function restatesQuestion(answer: string, question: string): boolean {
  // "U.S." and "US" are one word: an acronym is compared without its points.
  const fold = (word: string) => foldTerm(word).replace(/\./g, '');
  const said = ` ${words(question).map(fold).join(' ')} `;
  const answered = words(answer.replace(/^the\s+/i, '')).map(fold).join(' ');
  return answered.length > 0 && said.includes(` ${answered} `);
}

/** A run of capitalised words in a question: a name it writes ("Netanyahu", "Benjamin Netanyahu"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}/gu;

/**
 * True when an answer is a person the question itself names, however either writes them: "Benjamin
 * Netanyahu" for a question that says "Netanyahu", when the corpus resolves both to one person.
 */
export function isNamedByQuestion(index: CorpusIndex, answer: string, question: string): boolean {
  const entity = index.entities.resolve(answer);
  // A country the question names may answer as its government or forces ("Iraqi bases" … "Iraq's military").
  if (entity?.kind !== 'person') return false;
  for (const match of question.matchAll(CAPITALISED_RUN)) {
    if (index.entities.resolve(match[0].replace(/['’]s$/, ''))?.id === entity.id) return true;
  }
  // Typed in lower case ("who replaced netanyahu as …"): the person's surname among the names the question writes.
  const surname = words(entity.name).at(-1);
  const term = surname === undefined ? null : indexTerm(surname);
  return term !== null && wordClass(surname!.toLowerCase()) !== 'common' && questionNames(index, question.toLowerCase()).includes(term);
}

/** Words of multi-word names too common to stand for the name ("United States", "Middle East"). */
const GENERIC_NAME_WORDS = new Set(
  ['united', 'states', 'state', 'kingdom', 'middle', 'east', 'west', 'north', 'south', 'new', 'group', 'department', 'institute', 'ministry', 'party', 'company', 'republic', 'city', 'island', 'strip', 'house', 'council', 'union', 'national', 'arab', 'emirates'].map((w) => indexTerm(w)),
);

/**
 * Verbs of speaking: news reports all speech with "said", a stopword, so these say nothing of the
 * event; nor do light verbs, which news words otherwise ("hold talks" is "in talks with").
 */
const SPEAKING = new Set(['speak', 'talk', 'comment', 'remark', 'address', 'state', ...LIGHT_VERBS].map((word) => indexTerm(word)));

/** Word classes that make a question word a name, whether or not the corpus knows it ("Oslo", "Macron"). */
const NAME_CLASSES = new Set(['place', 'organization', 'person', 'lastName']);

/**
 * The index terms of a question that name someone or somewhere: names the corpus knows, words
 * the lexicon knows as names, and capitalised words inside the question.
 */
export function questionNames(index: CorpusIndex, question: string): string[] {
  const known = nameTerms(index);
  const names = new Set<string>();
  wordsAt(question).forEach(({ word }, i) => {
    const term = indexTerm(word);
    if (term === null || GENERIC_NAME_WORDS.has(term)) return;
    const cls = wordClass(word.toLowerCase());
    // A demonym ("Palestinians") names people in general, not someone the passage must name.
    const capitalised = i > 0 && /^\p{Lu}/u.test(word) && cls !== 'common' && cls !== 'demonym';
    if (known.has(term) || capitalised || NAME_CLASSES.has(cls ?? '')) names.add(term);
  });
  return [...names];
}

const nameTermCache = new WeakMap<CorpusIndex, Set<string>>();

/** Index terms of the corpus's names of people, organisations and places (built once per index). */
export function nameTerms(index: CorpusIndex): ReadonlySet<string> {
  let terms = nameTermCache.get(index);
  if (terms === undefined) {
    terms = new Set();
    for (const entity of index.entityList) {
      for (const word of [entity.name, ...entity.aliases].flatMap(words)) {
        // A body named by its owner ("Iraq’s military") holds common nouns, which name nothing.
        if (!/^\p{Lu}/u.test(word)) continue;
        const term = indexTerm(word);
        if (term !== null && term.length >= 3 && !GENERIC_NAME_WORDS.has(term)) terms.add(term);
      }
    }
    nameTermCache.set(index, terms);
  }
  return terms;
}

/** Paragraphs that open an article (headline, standfirst, first paragraph): they name the story's subject. */
const LEAD_PARAGRAPHS = 3;

function namesIn(names: readonly string[], matched: readonly string[], index: CorpusIndex, file: string): boolean {
  const title = tokenize(index.articles.get(file)?.title ?? '');
  const lead: number[] = [];
  for (let paragraph = 1; paragraph <= LEAD_PARAGRAPHS; paragraph++) {
    const doc = index.passageDoc(file, paragraph);
    if (doc !== undefined) lead.push(doc);
  }
  return names.every((name) => matched.includes(name) || matchedTerms([name], title).length > 0 || lead.some((doc) => index.matchedInPassage(doc, [name]).length > 0));
}

/** Number words news writes out ("seven U.S. personnel"): figures as much as digits are. */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions']);

/** A figure, in digits or in words. */
export function isFigure(word: string): boolean {
  return /^\d/.test(word) || NUMBER_WORDS.has(word.toLowerCase());
}

/** Length of a dateline opening the passage ("ANNAPOLIS, Md., Aug 6 (Reuters) –"), else 0. */
export function datelineLength(text: string): number {
  if (parseDateline(text) === undefined) return 0;
  const dash = /\s[–—-]\s/.exec(text);
  return dash === null ? 0 : dash.index;
}

/** The first sentence of a passage that contains `text` (the whole passage if none does). */
export function sentenceWith(passage: Passage, text: string): string {
  const last = words(text).pop();
  return (last && passage.sentences.find((sentence) => sentence.includes(last))) || passage.text;
}
