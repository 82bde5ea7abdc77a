import type { Answer, Passage } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { KIND_ASKED, type Measure, type QuestionOf } from './question.ts';
import { indexTerm, keyTerms, words } from '../text/terms.ts';
import { IRREGULAR_VERBS } from '../text/wordForms.ts';
import { speakerEntity } from './quote.ts';
import { citationOf, findEvidence, isFigure, matchedTerms, matchPositions, questionNames, questionTerms, tokenize, tokensOf, type Evidence, type Token } from './evidence.ts';
import { wordClass } from '../nlp/model/lexicon.ts';

/** A figure this many words or fewer from a question word is taken to be the figure asked for. */
const FIGURE_REACH = 3;

/**
 * The passages that best match the query, one answer per paragraph, most relevant first. When the
 * question asks for a figure ("how many …"), passages with one by the question's words come first;
 * when it asks what someone did ("what did X seize"), passages that hold the act.
 * A question (not a /search request) is answered only by passages that name what it names (or
 * whose article's lead does) and hold what it asks about — its asked noun, and for "how many" a
 * figure; otherwise none, and the response's note says what the coverage does say.
 */
/** Words that ask what went on, not what about (index terms). */
const HAPPENING: ReadonlySet<string> = new Set(['happen', 'occur']);

export function searchAnswers(index: CorpusIndex, question: QuestionOf<'search'>): Answer[] {
  if (question.acronym !== undefined) return spelledOut(index, question.acronym);
  if (question.kindOf !== undefined) return kindsOf(index, question, question.kindOf);
  const { text: query, figure: asksForFigure } = question;
  // "What happened to X?" is about X: "happens" in a passage says nothing of it.
  // "how old is X": the passage gives an age ("X, 61,") without the word the question measures by.
  const terms = questionTerms(question.measure === undefined ? query : query.replace(MEASURE_WORDS, ' '), HAPPENING);
  const strict = question.required && (asksForFigure || question.asked.length > 0 || question.act !== undefined);
  let evidence = findEvidence(index, terms, {
    limit: 10,
    // A single-word query must match; a longer one must share at least a third of its words —
    // less when the passage must also hold the question's names and what it asks.
    minCoverage: terms.length <= 2 ? 0.5 : strict ? STRICT_COVERAGE : 0.34,
    ...(strict ? { names: questionNames(index, query), antecedents: true } : {}),
  });
  const counted = asksForFigure ? countedTerm(question) : undefined;
  const given = givenFigures(question.text);
  if (asksForFigure) evidence = evidence.map((e) => ({ ...e, score: e.score * figureFit(e, terms, counted, given, question.standing) })).sort((a, b) => b.score - a.score);
  // The passages that say the act was done answer "what did X do" before those that only name X.
  if (question.act !== undefined) evidence = [...evidence.filter((e) => holdsAct(e, question.act)), ...evidence.filter((e) => !holdsAct(e, question.act))];
  if (strict) evidence = evidence.filter((e) => holdsAsked(e, question, terms, counted));
  // "What did X say at …" is answered only where X is quoted or reported as saying something.
  const speaker = question.required ? askedSpeaker(index, query) : undefined;
  if (speaker !== undefined) evidence = speaker.id === undefined ? [] : evidence.filter((e) => speaks(index, e.passage, speaker.id!));
  const answers: Answer[] = evidence.map((e) => {
    // "What did X seize?" is answered by what the passage says was seized, as plainly as "who" by a name.
    const done = question.required && !asksForFigure ? actObject(e.passage, question.act) : undefined;
    return {
      text: done?.object ?? e.passage.text,
      score: round(e.score),
      matched: e.matched,
      citations: [citationOf(e.passage, done?.sentence ?? e.passage.text)],
    };
  });
  if (asksForFigure) flagOtherFigures(answers, evidence, terms, counted, given);
  return answers;
}

/** Verbs of saying a "what did X say" question asks with. */
const SAYING = String.raw`(?:say|said|says|tell|told|think|thinks|thought|add|added|warn|warned|stress|stressed|claim|claimed|caution|cautioned|announce|announced|declare|declared)`;

/** "what did X say …", "how has X told …": what someone said, whatever follows the verb ("at the summit", "after the strike"). */
const SAID_BY = new RegExp(String.raw`^\s*(?:what|how)\s+(?:did|does|has|had|do)\s+(.+?)\s+${SAYING}\b`, 'i');

/**
 * The one a "what did X say" question asks about, with the entity the coverage knows them as
 * (by name or role); `id` undefined when it knows none. Undefined for any other question.
 */
export function askedSpeaker(index: CorpusIndex, text: string): { phrase: string; id?: string } | undefined {
  const phrase = SAID_BY.exec(text)?.[1]?.trim();
  if (phrase === undefined || phrase === '') return undefined;
  const entity = speakerEntity(index, phrase);
  return entity === undefined ? { phrase } : { phrase, id: entity.id };
}

/** Whether a passage quotes or reports the entity as saying something. */
function speaks(index: CorpusIndex, passage: Passage, id: string): boolean {
  return index.quotesIn(passage).some((quote) => quote.speakerId === id) || index.statementsIn(passage).some((statement) => statement.speakerId === id);
}

/** When a "what did X say" question found nothing, that the coverage reports nothing said by X (or knows no X). */
export function unsaidBy(index: CorpusIndex, question: { kind: string; text: string; required?: boolean }): string | undefined {
  if (question.kind !== 'search' || question.required !== true) return undefined;
  const speaker = askedSpeaker(index, question.text);
  if (speaker === undefined) return undefined;
  const name = speaker.id === undefined ? undefined : index.entity(speaker.id)?.name;
  return name === undefined ? `The coverage does not say who “${speaker.phrase}” is.` : `The coverage quotes or reports nothing ${name} said about this.`;
}

/** Share of a question's words a passage needs when it must also hold the question's names and asked words. */
const STRICT_COVERAGE = 0.25;

/** Whether a passage holds what a question asks about: its asked noun, and for "how many" a figure that counts it or stands by the question's words. */
export function holdsAsked(evidence: Evidence, question: QuestionOf<'search'>, terms: readonly string[], counted: string | undefined): boolean {
  const given = givenFigures(question.text);
  if (question.measure !== undefined) return MEASURE_GIVEN[question.measure].test(evidence.passage.text) && figureFit(evidence, terms, counted, given) >= FIGURE_BY_WORDS;
  if (question.figure) return figureFit(evidence, terms, counted, given) >= FIGURE_BY_WORDS && namesCounted(evidence, question.text) && (question.act === undefined || holdsFate(evidence, question.act));
  const asked = question.asked.flatMap(keyTerms);
  // "the air base": written closed ("airbase") as often as open.
  const closed = question.named && question.asked.length === 2 ? keyTerms(question.asked.join('')) : [];
  const holds = (terms: readonly string[]) => matchedTerms(terms, tokensOf(evidence.passage)).length === terms.length;
  if (!holds(asked) && !(closed.length > 0 && holds(closed))) return false;
  return question.named === undefined || namesNoun(evidence, question, holds(asked) ? asked : closed);
}

/** How far from the noun a name of it may stand: "the al Asad airbase", "the island of Capri", "the carrier USS Ford". */
const NAME_REACH = 3;

/**
 * Whether a passage writes a name by the noun a "what is the name of the X" question asks about: a
 * capitalised word near it that is not a sentence's first word, not a people ("US carrier
 * group", "Navy warships" name no carrier), and not a word of the question ("the Navy warship").
 */
function namesNoun(evidence: Evidence, question: QuestionOf<'search'>, noun: readonly string[]): boolean {
  const tokens = tokensOf(evidence.passage);
  const text = evidence.passage.text;
  const asked = new Set(words(question.text).map((word) => word.toLowerCase()));
  const nouns = matchPositions([...noun], tokens);
  const isNameOf = (t: Token) =>
    /^\p{Lu}/u.test(t.word) &&
    !/[.!?“”"]\s*$|^\s*$/u.test(text.slice(Math.max(0, t.offset - 3), t.offset)) &&
    !asked.has(t.word.toLowerCase()) &&
    !['demonym', 'place', 'calendar'].includes(wordClass(t.word.toLowerCase()) ?? '') &&
    !/^(?:U\.?S\.?|UK|EU|UN)$/.test(t.word);
  return tokens.some((t) => isNameOf(t) && nouns.some((p) => p !== t.position && Math.abs(p - t.position) <= NAME_REACH));
}

/** The words a measure question asks by, which the passage's figure stands for. */
const MEASURE_WORDS = /\b(?:how\s+(?:old|tall|big|large|far|high|heavy|expensive)|age|population|size|height|distance|weight|price|cost)\b/gi;

/** How a passage gives each measure: an age ("61-year-old", "Lee, 61,", "aged 61"), or the measure's word by a figure. */
const MEASURE_GIVEN: Readonly<Record<Measure, RegExp>> = {
  age: /\b\d{1,3}-year-old\b|\b\d{1,3}\s+years\s+old\b|\baged?\s+\d{1,3}\b|\p{Lu}\p{Ll}+,\s+\d{2},/u,
  population: /\bpopulation\s+(?:is\s+|was\s+|of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+)?\d|\d[\d,.]*\s*(?:million|billion|thousand)?\s+(?:residents|inhabitants|population)\b|\d[\d,.]*\s*(?:million|billion|thousand)?\s+people\s+(?:live|living)\b|\bhome\s+to\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?\d/i,
  size: /\d[\d,.]*\s*(?:square|sq\.?)\s*(?:kilometers|kilometres|km|miles|meters|metres)|\b(?:hectares|acres)\b/i,
  height: /\d[\d,.]*\s*(?:meters|metres|m|feet|ft|foot|inches)\s+(?:tall|high)\b/i,
  distance: /\d[\d,.]*\s*(?:kilometers|kilometres|km|miles|meters|metres)\b/i,
  weight: /\d[\d,.]*\s*(?:kilograms|kg|tonnes|tons|pounds|lbs)\b/i,
  price: /[$€£¥]\s?\d|\d[\d,.]*\s*(?:dollars|euros|pounds|yen|yuan)\b/i,
};

/**
 * The words news counts casualties with, by fate: the dead are "killed", "died", "dead", a "death
 * toll"; the hurt "wounded", "injured", "hurt". A count of one fate does not answer the other.
 */
const FATES: ReadonlyArray<ReadonlySet<string>> = [
  ['kill', 'killed', 'die', 'died', 'dead', 'death', 'deaths', 'toll', 'slain', 'fatal', 'fatalities', 'perished'],
  ['wound', 'wounded', 'injure', 'injured', 'injury', 'injuries', 'hurt'],
].map((fate) => new Set(fate.map((word) => indexTerm(word)).filter((term): term is string => term !== null)));

/** How far from a figure the word of what befell those counted may stand ("1,200 villagers dead", "killed some 300 people"). */
const FATE_REACH = 6;

/** Whether a passage says, by a figure, what befell those a "how many" question counts: the act itself or a word of the same fate. */
function holdsFate(evidence: Evidence, act: string): boolean {
  const term = indexTerm(act);
  if (term === null) return true;
  const fate = FATES.find((words) => words.has(term));
  const tokens = tokensOf(evidence.passage);
  // "to pressure Hamas to release 150 hostages": an aim, not what befell them ("how many have been released").
  const aimed = (p: number) => tokens[p - 1]?.word.toLowerCase() === 'to' && !/(?:ed|en|ing|s)$/i.test(tokens[p]?.word ?? '');
  const said = matchPositions(fate === undefined ? [term] : [...fate], tokens).filter((p) => !aimed(p));
  return tokens.some((t) => isFigure(t.word) && said.some((p) => Math.abs(p - t.position) <= FATE_REACH));
}

function holdsAct(evidence: Evidence, act: string | undefined): boolean {
  const term = act === undefined ? null : indexTerm(act);
  return term !== null && matchedTerms([term], tokensOf(evidence.passage)).length > 0;
}

/** Words that end the object of an act: a clause's punctuation is the other end. */
const OBJECT_END = new Set(['to', 'in', 'at', 'on', 'for', 'with', 'by', 'from', 'into', 'after', 'before', 'during', 'as', 'which', 'who', 'that', 'while', 'because', 'but', 'since', 'until', 'amid', 'off', 'near', 'over', 'across', 'toward', 'towards', 'through', 'under', 'against', 'outside', 'inside', 'around']);

/** How many words an object may run ("more buses and Coast Guard boats" stops at "and" after one noun phrase). */
const OBJECT_WORDS = 8;

/**
 * What a passage says the act was done to: the words after the act's verb ("send more
 * buses") or its noun ("a ban on night fishing", "a condemnation of the closure"), to the end of
 * their phrase; with the sentence it stands in. None when the passage does not hold the act.
 */
export function actObject(passage: Passage, act: string | undefined): { object: string; sentence: string } | undefined {
  const term = act === undefined ? null : indexTerm(act);
  if (term === null) return undefined;
  for (const sentence of passage.sentences) {
    const tokens = tokenize(sentence);
    const [at] = matchPositions([term], tokens);
    if (at === undefined) continue;
    let first = at + 1;
    // The act's noun takes its object with "of" or "on" ("a condemnation of …", "a ban on …").
    if (/^(?:of|on)$/i.test(tokens[first]?.word ?? '') && !/(?:ed|s)$/i.test(tokens[at]!.word)) first++;
    let last = first - 1;
    // "a truck with a rocket launcher": after an indefinite noun, "with" tells what kind it is.
    const describes = (i: number) => /^with$/i.test(tokens[i]!.word) && /^an?$/i.test(tokens[first]?.word ?? '') && i - first <= 3;
    const ends = (i: number) => (OBJECT_END.has(tokens[i]!.word.toLowerCase()) && !describes(i)) || (/^and$/i.test(tokens[i]!.word) && isVerbForm(tokens[i + 1]?.word ?? ''));
    while (last + 1 < tokens.length && last + 1 - first < OBJECT_WORDS && !ends(last + 1)) {
      const gap = sentence.slice(tokens[last]!.offset + tokens[last]!.word.length, tokens[last + 1]!.offset);
      // A figure's own comma or point ("2,500", "1.5") goes on with it.
      const inFigure = /^[,.]$/.test(gap) && /\d$/.test(tokens[last]!.word) && /^\d/.test(tokens[last + 1]!.word);
      if (last >= first && /[,;:.!?()“”"]/.test(gap) && !/^\.\s+$/.test(gap) && !inFigure) break;
      last++;
    }
    if (last < first) continue;
    const object = sentence.slice(tokens[first]!.offset, tokens[last]!.offset + tokens[last]!.word.length);
    return { object, sentence };
  }
  return undefined;
}

/** "and said", "and seized": "and" then opens another act, not more of the object. */
function isVerbForm(word: string): boolean {
  const lower = word.toLowerCase();
  return /[a-z]ed$/.test(lower) || (IRREGULAR_VERBS.has(lower) && IRREGULAR_VERBS.get(lower) !== lower);
}

/** What "how many X …" counts, as an index term ("troop" in "how many US troops are stationed …"). */
function countedTerm(question: QuestionOf<'search'>): string | undefined {
  const noun = question.asked[0];
  return noun === undefined ? undefined : (indexTerm(noun) ?? undefined);
}

/** "people" as chat and plain speech write it. */
const PEOPLE_SPELLINGS: ReadonlySet<string> = new Set(['ppl', 'persons', 'folks']);
/** What "how many" counts, in lower case, up to its verb: "aid trucks" of "how many aid trucks are …", "fighters" of "how many fighters took …". */
const HOW_MANY_COUNTED = /\bhow\s+many\s+((?:\p{Ll}[\p{Ll}'’-]*\s+){0,2}?\p{Ll}[\p{Ll}'’-]*)\s+(?:are|were|is|was|had|have|has|did|do|does|will|would|could|can|\p{Ll}+ed|took|got|went|came|fled|left|lost|died)\b/u;

/**
 * Whether a passage names what a "how many" question counts: "how many children died" is not
 * answered by a death toll by the place's name. People are counted under many words ("the death
 * toll", "1,200 dead", "Israelis"), so a count of people, or of a people, needs none of them.
 */
function namesCounted(evidence: Evidence, question: string): boolean {
  const head = HOW_MANY_COUNTED.exec(question)?.[1]?.split(/\s+/).pop();
  const counted = head === undefined || wordClass(head) === 'demonym' ? null : indexTerm(head);
  if (counted === null || counted === PEOPLE || PEOPLE_SPELLINGS.has(counted)) return true;
  return matchPositions([counted], tokensOf(evidence.passage)).length > 0;
}

/** The fit of a passage with a figure by the question's words (a counting figure fits better). */
const FIGURE_BY_WORDS = 2;

/**
 * How well a passage's figures fit a "how many" question: a figure that counts what is asked
 * ("2,500 U.S. troops" for "how many troops") best, a figure by the question's words less, a
 * passage with no figure least — it cannot say how many.
 */
function figureFit(evidence: Evidence, terms: readonly string[], counted: string | undefined, given: ReadonlySet<string>, standing = false): number {
  const counting = countingToken(evidence, counted, given);
  // "wounded seven troops" counts those an event touched, not how many there are.
  if (counting !== undefined) return standing && countsAnEvent(tokensOf(evidence.passage), counting) ? 1 : 4;
  return figureNear(evidence, terms, given) !== undefined ? FIGURE_BY_WORDS : tokensOf(evidence.passage).some((t) => isFigure(t.word)) ? 1 : 0.5;
}

/** The figure that counts what is asked, written just before it ("2,500" in "2,500 U.S. troops"). */
function countingFigure(evidence: Evidence, counted: string | undefined, given: ReadonlySet<string>): string | undefined {
  const figure = countingToken(evidence, counted, given);
  return figure === undefined ? undefined : figureAt(evidence, figure.offset);
}

/** "How many people …" counts people under any of the words news counts them by. */
const PEOPLE = indexTerm('people');
export const PEOPLE_COUNTED_WORDS: readonly string[] = ['people', 'troops', 'soldiers', 'personnel', 'contractors', 'civilians', 'residents', 'workers', 'children', 'women', 'men', 'hostages', 'prisoners', 'officials', 'staff', 'members', 'fighters', 'militants', 'police', 'officers', 'sailors', 'passengers', 'patients', 'students', 'journalists', 'migrants', 'refugees', 'protesters', 'victims', 'guards'];
const PEOPLE_COUNTED = PEOPLE_COUNTED_WORDS.map((word) => indexTerm(word)).filter((term): term is string => term !== null);

function countingToken(evidence: Evidence, counted: string | undefined, given: ReadonlySet<string>): Token | undefined {
  if (counted === undefined) return undefined;
  const tokens = tokensOf(evidence.passage);
  const nouns = matchPositions(counted === PEOPLE ? PEOPLE_COUNTED : [counted], tokens);
  return tokens.find((t) => isFigure(t.word) && !isGiven(t, given) && nouns.some((p) => p > t.position && p - t.position <= FIGURE_REACH));
}

/** A figure right after a verb in the past ("injured five", "killed 1,200"): it counts what an event did. */
function countsAnEvent(tokens: readonly Token[], figure: Token): boolean {
  const verb = tokens[figure.position - 1]?.word ?? '';
  return isVerbForm(verb);
}

/** The figure written next to the question's words in a passage ("2,500" in "hosting 2,500 U.S. troops"). */
function figureNear(evidence: Evidence, terms: readonly string[], given: ReadonlySet<string>): string | undefined {
  const tokens = tokensOf(evidence.passage);
  const matches = matchPositions(terms, tokens);
  const figure = tokens.find((t) => /^\d/.test(t.word) && !isGiven(t, given) && matches.some((p) => p !== t.position && Math.abs(p - t.position) <= FIGURE_REACH));
  return figure === undefined ? undefined : figureAt(evidence, figure.offset);
}

/** The words after "how many", which say what it counts. */
const HOW_MANY_WORDS = /\bhow\s+(?:many|much)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/iu;

/**
 * The figures a question writes itself: "how many Americans are among the roughly 150 hostages"
 * is not answered by "about 150 hostages", which only restates what the asker gave.
 */
function givenFigures(question: string): ReadonlySet<string> {
  // "before the 100-plus trucks a day, how many aid trucks …" counts what its own figure counts: a passage with both answers.
  const counted = new Set(words(HOW_MANY_WORDS.exec(question)?.[1] ?? '').map((word) => indexTerm(word)));
  const countsAsked = (after: string): boolean => words(after).slice(0, 3).some((word) => counted.has(indexTerm(word)));
  return new Set([...question.matchAll(/\d[\d,.]*\d|\d/g)].filter((m) => !countsAsked(question.slice(m.index + m[0].length))).map((m) => m[0].replace(/,/g, '')));
}

function isGiven(token: Token, given: ReadonlySet<string>): boolean {
  return given.has(token.word.replace(/,/g, '').replace(/\.$/, ''));
}

function figureAt(evidence: Evidence, offset: number): string | undefined {
  return /^(?:[\d,.]+|\p{L}+)/u.exec(evidence.passage.text.slice(offset))?.[0].replace(/[,.]$/, '');
}

/**
 * When another article gives a different figure for what the top passage counts (or for
 * everything it matched), the top answer says so and cites it: readers should see both sides,
 * not Byline's pick.
 */
function flagOtherFigures(answers: Answer[], evidence: readonly Evidence[], terms: readonly string[], counted: string | undefined, given: ReadonlySet<string>): void {
  const [top] = evidence;
  const countedInTop = top === undefined ? undefined : countingFigure(top, counted, given);
  const figureOf = (e: Evidence) => (countedInTop !== undefined ? countingFigure(e, counted, given) : figureNear(e, terms, given));
  const figure = top === undefined ? undefined : figureOf(top);
  if (top === undefined || figure === undefined || answers[0] === undefined) return;
  const rivals = evidence.slice(1).flatMap((other) => {
    const otherFigure = figureOf(other);
    const sameQuestion = countedInTop !== undefined || top.matched.every((term) => other.matched.includes(term));
    return otherFigure !== undefined && otherFigure !== figure && sameQuestion && other.passage.file !== top.passage.file ? [{ other, otherFigure }] : [];
  });
  if (rivals.length === 0) return;
  answers[0].note = `Sources differ: ${[`${figure} (${top.passage.file})`, ...rivals.map((r) => `${r.otherFigure} (${r.other.passage.file})`)].join(' vs ')}.`;
  answers[0].alternatives = rivals.map((r) => ({ text: r.other.passage.text, citations: [citationOf(r.other.passage)] }));
}

export function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Passages read for a short form's spelling out. */
const SPELLED_PASSAGES = 20;

/** Small words a spelt-out name holds between its capitalised ones ("Group of Seven"); "the" before it ends it. */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'on', 'in']);

/**
 * "What does G7 stand for": the capitalised words the coverage writes right before the short form
 * in brackets ("the Group of Seven (G7)") or inside brackets right after it ("G7 (Group of Seven)"), cited.
 */
function spelledOut(index: CorpusIndex, acronym: string): Answer[] {
  const term = indexTerm(acronym);
  if (term === null) return [];
  const short = acronym.toLowerCase();
  for (const { doc } of index.scorePassages(term, SPELLED_PASSAGES)) {
    const passage = index.passageAt(doc);
    const found = spelledBefore(passage.text, short) ?? spelledAfter(passage.text, short);
    if (found !== undefined && found.replace(/\s+/g, '').length > acronym.length) {
      return [{ text: found, score: 1, matched: [term], citations: [citationOf(passage, passage.sentences.find((s) => s.includes(found)) ?? passage.text)] }];
    }
  }
  return [];
}

/** "… the Group of Seven (G7)": the capitalised run (with its small joining words) before the bracketed short form. */
function spelledBefore(text: string, short: string): string | undefined {
  const at = text.toLowerCase().indexOf(`(${short})`);
  if (at < 0) return undefined;
  const written = text.slice(0, at).trimEnd().split(/\s+/);
  const name: string[] = [];
  for (let n = written.length - 1; n >= 0; n--) {
    const word = written[n]!;
    if (/^\p{Lu}/u.test(word)) name.unshift(word);
    else if (NAME_JOINERS.has(word) && name.length > 0) name.unshift(word);
    else break;
  }
  while (name.length > 0 && NAME_JOINERS.has(name[0]!)) name.shift();
  return name.length > 0 ? name.join(' ') : undefined;
}

/** "G7 (Group of Seven)": the capitalised words in the brackets after the short form. */
function spelledAfter(text: string, short: string): string | undefined {
  const at = text.toLowerCase().indexOf(`${short} (`);
  if (at < 0) return undefined;
  const inside = text.slice(at + short.length + 2, text.indexOf(')', at));
  return /^\p{Lu}/u.test(inside) ? inside.trim() : undefined;
}

/** Words that end a noun's modifiers on its left: a determiner, a preposition, a verb, a conjunction. */
const BEFORE_MODIFIERS = /^(?:a|an|the|any|some|this|that|these|those|its|his|her|their|our|of|on|in|at|to|for|with|by|from|and|or|but|as|is|was|were|are|has|had|have|be|been|down|up|out|off|over|\p{Ll}+(?:ed|ing|ly))$/u;
/** How many passages' kinds are kept. */
const KINDS_KEPT = 5;
/** How many modifiers a kind may have ("a senior military commander"). */
const KIND_MODIFIERS = 3;

/**
 * "What kind of attack wounded the troops?": the words the best passages give the noun — its
 * modifiers ("a rocket attack", "a region-wide war"), else what follows its "of" ("a government of
 * national unity"). A noun the passage writes bare answers nothing.
 */
/** What a category's kinds are called: "what kind of vehicle" is answered by "a truck", which never says "vehicle". */
const CATEGORY_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  vehicle: ['truck', 'car', 'van', 'bus', 'jeep', 'lorry', 'tank', 'motorcycle', 'pickup', 'tractor', 'ambulance', 'trailer'],
  weapon: ['rocket', 'missile', 'drone', 'gun', 'rifle', 'bomb', 'grenade', 'mortar', 'launcher', 'artillery', 'knife', 'pistol'],
  vessel: ['ship', 'boat', 'frigate', 'destroyer', 'carrier', 'warship', 'submarine', 'ferry', 'tanker', 'trawler', 'yacht'],
  aircraft: ['jet', 'plane', 'helicopter', 'drone', 'bomber', 'fighter', 'airliner'],
};

function kindsOf(index: CorpusIndex, question: QuestionOf<'search'>, noun: string): Answer[] {
  const asked = indexTerm(noun);
  const members = new Set((CATEGORY_MEMBERS[noun.toLowerCase().replace(/s$/, '')] ?? []).map((word) => indexTerm(word)).filter((term): term is string => term !== null));
  const terms = questionTerms(question.text.replace(KIND_ASKED, ''));
  if (asked === null || terms.length === 0) return [];
  const answers: Answer[] = [];
  for (const e of findEvidence(index, terms, { limit: 10, minCoverage: terms.length <= 2 ? 0.5 : 0.34 })) {
    for (const sentence of e.passage.sentences) {
      const tokens = [...sentence.matchAll(/[\p{L}\d][\p{L}\d'’.-]*/gu)].map((m) => m[0].replace(/[.]$/, ''));
      const member = (word: string) => members.has(indexTerm(word.toLowerCase()) ?? '');
      const at = tokens.findIndex((word) => indexTerm(word.toLowerCase()) === asked || member(word));
      // The sentence tells of what the question does, besides naming the noun.
      if (at < 0 || (terms.length > 1 && matchedTerms(terms, tokenize(sentence)).length < 2)) continue;
      let start = at;
      while (start > 0 && at - start < KIND_MODIFIERS && !BEFORE_MODIFIERS.test(tokens[start - 1]!.toLowerCase())) start--;
      // "a government of national unity": what its "of" says, to the next function word.
      const ofWords = /^of$/i.test(tokens[at + 1] ?? '') ? tokens.slice(at + 2, at + 2 + KIND_MODIFIERS) : [];
      const ofEnd = ofWords.findIndex((word) => BEFORE_MODIFIERS.test(word.toLowerCase()));
      const ofPhrase = (ofEnd < 0 ? ofWords : ofWords.slice(0, ofEnd)).join(' ');
      // A member of the category is its kind by itself ("a truck" for "what kind of vehicle").
      if (start === at && ofPhrase === '' && !member(tokens[at]!)) continue;
      const kind = `${tokens.slice(start, at + 1).join(' ')}${ofPhrase === '' ? '' : ` of ${ofPhrase}`}`;
      if (kind === undefined) continue;
      answers.push({ text: kind, score: round(e.score), matched: e.matched, citations: [citationOf(e.passage, sentence)] });
      break;
    }
  }
  // One per passage, best first: a story the question names keeps its own.
  return answers.slice(0, KINDS_KEPT);
}
