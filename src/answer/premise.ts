/**
 * Negation and false premises: "Norland has not admitted the raid" does not say who struck or
 * when, and "the ministry declined to comment" is not a comment. A sentence that negates the
 * question's event gives no answer; when nothing else answers, the reply says what the coverage
 * does say.
 */
import { asksWhoIsQuoted } from './quotedIn.ts';
import type { Answer, Passage } from '../types.ts';
import { wordClass } from '../nlp/model/lexicon.ts';
import { nationalities as nationalitiesOf } from '../nlp/roles.ts';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../nlp/model/roleWords.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import type { Question } from './question.ts';
import { HEDGING_ADJECTIVES, IRREGULAR_VERBS } from '../text/wordForms.ts';
import { indexTerm, words } from '../text/terms.ts';
import { anchorWeights, citationOf, findEvidence, matchPositions, matchedTerms, questionNames, questionTerms, sentenceTokens, termMatches, tokenize, tokensOf, type Token } from './evidence.ts';

/**
 * Words that, just before an event's verb, say it did not happen ("has not", "never", "declined
 * to", "denied"). Verbal negations only: "no" and "without" negate nouns ("no room for doubt").
 */
const NEGATIONS = new Set(['not', 'never', 'decline', 'declined', 'declines', 'declining', 'refuse', 'refused', 'refuses', 'refusing', 'denied', 'denies', 'deny', 'denying', 'yet']);

/** How many words before the verb a negation may stand ("has not yet publicly admitted"). */
const NEGATION_REACH = 4;

function isNegation(token: Token): boolean {
  const lower = token.word.toLowerCase();
  return NEGATIONS.has(lower) || /n't$|n’t$/.test(lower);
}

/** True when the question itself is negative ("who did not attend?"): its negated sentences are its answers. */
export function asksNegatively(text: string): boolean {
  return RULED_OUT.test(text) || tokenize(text).some(isNegation);
}

/** "when did X rule out limiting …": what was ruled out is told as not done ("he would not limit …"). */
const RULED_OUT = /\brul(?:e|es|ed|ing)\s+out\b/i;

/**
 * True when a verbal negation stands just before one of the event's words in a sentence ("Norland
 * has not admitted carrying out the raid" negates "admit"), and the sentence has not already
 * affirmed the event with a verb of it before the negation ("the ministry warned it would not
 * tolerate attacks" still says the ministry warned).
 */
export function negatesEvent(tokens: readonly Token[], eventTerms: readonly string[]): boolean {
  const positions = matchPositions(eventTerms, tokens);
  const negated = positions.find((p) => tokens.slice(Math.max(0, p - NEGATION_REACH), p).some(isNegation));
  if (negated === undefined || saysWhenAfter(tokens, negated)) return false;
  const negation = tokens.slice(0, negated).findLastIndex(isNegation);
  if (onlyUnconfirmed(tokens, negation, negated, eventTerms)) return false;
  return !positions.some((p) => p < negation && isPastVerb(tokens[p]!.word));
}

/** The index terms of the words that give an act as only alleged (`HEDGING_ADJECTIVES`): a question that uses one takes no more for granted. */
const HEDGED_TERMS: ReadonlySet<string> = new Set([...HEDGING_ADJECTIVES].map((word) => indexTerm(word)!));
/** Verbs whose negation leaves what they are about as it was told: "did not confirm", "declined to comment on". */
const CONFIRMING = /^(?:confirm|verif|acknowledg|comment)/i;

/**
 * "When did the alleged strike happen?" over "he did not confirm an alleged strike overnight": what was
 * not confirmed (a confirming verb between the negation at `negation` and the act at `act`) is still
 * alleged, which is all a question that calls it alleged takes for granted.
 */
function onlyUnconfirmed(tokens: readonly Token[], negation: number, act: number, questionTerms: readonly string[]): boolean {
  return questionTerms.some((term) => HEDGED_TERMS.has(term)) && tokens.slice(negation + 1, act).some((t) => CONFIRMING.test(t.word));
}

/**
 * Words that, just before an act, say it is only supposed: "anyone thinking of opening a second
 * front", "threatened to escalate", "threats of revenge", "vowed to retaliate", "if it strikes",
 * "whether to retaliate". A time or a name
 * beside a supposed act dates or names the saying, not the act. "Would" and "plans to" are left
 * out: news reports what was done and what is set to be done with them.
 */
const SUPPOSING = new Set([
  'if', 'whether', 'unless', 'anyone', 'anybody', 'whoever', 'thinking', 'considering', 'contemplating', 'threaten', 'threatens', 'threatened', 'threatening',
  'threat', 'threats', 'vow', 'vows', 'vowed', 'vowing', 'could', 'might',
]);

/** How many words before the act a supposing word may stand ("threatened to further escalate"). */
const SUPPOSING_REACH = 3;

/** True when a sentence names the act (an index term) and every mention of it is supposed, not done. */
export function supposesAct(tokens: readonly Token[], act: string): boolean {
  const positions = actPositions(tokens, act);
  return positions.length > 0 && positions.every((p) => tokens.slice(Math.max(0, p - SUPPOSING_REACH), p).some((t) => SUPPOSING.has(t.word.toLowerCase())));
}

/** "did not change its name until 1991" says when it did. */
function saysWhenAfter(tokens: readonly Token[], position: number): boolean {
  return tokens.some((t) => t.position > position && /^(?:until|till)$/i.test(t.word));
}

/** A verb in the past, as news reports events: "warned", "struck". */
function isPastVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return /[a-z]ed$/.test(lower) || IRREGULAR_VERBS.has(lower);
}

/** The question's key terms that are not names: the words of its event ("admit", "strike"). */
export function eventTermsOf(index: CorpusIndex, text: string, terms: readonly string[], act?: string): string[] {
  const names = new Set(questionNames(index, text));
  const event = terms.filter((term) => !names.has(term));
  // The parsed act first: "iran's big attack" is about an attack, not about something big.
  const acted = act === undefined ? null : indexTerm(act);
  if (acted !== null && event.includes(acted)) return [acted, ...event.filter((term) => term !== acted)];
  return event.length > 0 ? event : [...terms];
}

/** Kinds whose answer is a fact the question takes for granted: that someone did, said or lasted something. */
const PREMISED: ReadonlySet<Question['kind']> = new Set(['eventActor', 'eventTime', 'saidBy', 'duration']);

/**
 * When a question got no answer, the sentence of the coverage that denies its event, as a note
 * ("The coverage says otherwise: …"), or `undefined` when no passage about the question negates it.
 */
export function deniedPremise(index: CorpusIndex, question: Question): string | undefined {
  if (!PREMISED.has(question.kind) || asksNegatively(question.text)) return undefined;
  const terms = questionTerms(question.text);
  if (terms.length === 0) return undefined;
  const eventTerms = eventTermsOf(index, question.text, terms);
  for (const evidence of findEvidence(index, terms, { limit: 10, minCoverage: 0.6 })) {
    const sentence = negatingSentence(evidence.passage, terms, eventTerms);
    if (sentence !== undefined) return noteOf({ sentence, passage: evidence.passage });
  }
  const denial = question.kind === 'eventActor' || question.kind === 'eventTime' ? deniedAct(index, question) : undefined;
  return denial === undefined ? undefined : noteOf(denial);
}

/**
 * When a question that asks for something in particular ("what sanctions …", "how many people
 * died …") got no answer, what the coverage nearest to it does say, as a note; `undefined` when
 * nothing in the coverage speaks of its words at all.
 */
export function unheldAsk(index: CorpusIndex, question: Question): string | undefined {
  if (question.kind !== 'search' || !question.required || (question.asked.length === 0 && !question.figure)) return undefined;
  const [nearest] = findEvidence(index, questionTerms(question.text), { limit: 1, minCoverage: 0.34 });
  if (nearest === undefined) return undefined;
  const counted = [question.asked[0], question.act].filter(Boolean).join(' … ');
  const missing = question.measure !== undefined ? `gives no ${question.measure}` : question.figure ? `gives no figure${counted === '' ? '' : ` for “${counted}”`}` : question.named ? `gives no name for “${question.asked.join(' ')}”` : `says nothing of “${question.asked.join(' ')}”`;
  const sentence = nearest.passage.sentences.find((s) => matchedTerms(nearest.matched, tokenize(s)).length > 0) ?? nearest.passage.text;
  return `The coverage ${missing}; the nearest it comes: “${sentence.trim()}” (${nearest.passage.file} ¶${nearest.passage.paragraph}).`;
}

/** Kinds whose answer is someone or something the question describes, or the time of what it describes. */
const DESCRIBED: ReadonlySet<Question['kind']> = new Set(['eventActor', 'eventTime', 'role', 'saidBy', 'duration']);

/** How many words after a nationality its role may stand ("the Chinese deputy foreign minister"). */
const ROLE_REACH = 3;

/**
 * The nationalities a question gives the people it describes by role ("Which German minister …",
 * "the Chinese foreign minister"): a demonym before a role word. An answer whose passage names no
 * such nationality answers someone else's question. ("the Danish raid" describes no one.)
 */
export function askedNationalities(text: string): string[] {
  const parts = words(text);
  // "Iran's foreign minister" gives a nationality as "the Iranian foreign minister" does.
  const country = (word: string) => /['’]s$/.test(word) && wordClass(word.slice(0, -2).toLowerCase()) === 'place';
  return parts
    .filter((word, i) => (wordClass(word.toLowerCase()) === 'demonym' || country(word)) && describesRole(parts.slice(i + 1, i + 1 + ROLE_REACH)))
    .map((word) => indexTerm(word.replace(/['’]s$/, '')))
    .filter((term): term is string => term !== null);
}

/**
 * Whether the words after a nationality name a role ("deputy foreign minister", "Defense Secretary"):
 * a role head after only the words of titles; "an American absence he's director of …" describes no one.
 */
function describesRole(after: readonly string[]): boolean {
  for (const word of after) {
    const lower = word.toLowerCase();
    if (ROLE_HEADS.has(lower)) return true;
    if (!ROLE_MODIFIERS.has(lower) && !/^\p{Lu}/u.test(word)) return false;
  }
  return false;
}

/**
 * The answers whose cited passages hold every nationality the question gives ("German" or
 * "Germany"); when none does, none, with a note that says the coverage names no such one.
 */
export function withNationalities(index: CorpusIndex, question: Question, answers: Answer[]): { answers: Answer[]; note?: string } {
  // Who a story quotes is read with its description already ("which American official is quoted …").
  if ((question.kind === 'role' || question.kind === 'eventActor') && asksWhoIsQuoted(question)) return { answers };
  const nationalities = DESCRIBED.has(question.kind) && answers.length > 0 ? askedNationalities(question.text) : [];
  if (nationalities.length === 0) return { answers };
  // A role's holder whose titles name a nationality ("Italy's Foreign Minister Antonio Tajani", "US Secretary of
  // State", wherever the corpus gives them) holds the role for that country only, whatever else the passage names;
  // so does a described speaker or doer ("which American official said …" is the US Secretary of State).
  const wanted = nationalitiesOf(nationalities.join(' '));
  const holds = (answer: Answer) =>
    answer.citations.some(({ file, paragraph }) => {
      const passage = index.passage(file, paragraph);
      if (passage === undefined) return false;
      const tokens = tokensOf(passage);
      const entity = index.entities.resolve(answer.text);
      const roles = entity?.roles.map((claim) => claim.title) ?? [];
      const titled = question.kind === 'role' || entity?.kind === 'person' ? nationalitiesOf(`${answer.role ?? ''} ${roles.join(' ')} ${titleBefore(tokens, answer.text).map((t) => t.word).join(' ')}`.toLowerCase()) : new Set<number>();
      if (titled.size > 0) return [...wanted].some((n) => titled.has(n));
      return matchedTerms(nationalities, tokens).length === nationalities.length;
    });
  const kept = answers.filter(holds);
  if (kept.length > 0) return { answers: kept };
  const [first] = answers;
  const cited = first?.citations[0];
  return { answers: [], note: `The coverage names nobody or nothing ${nationalities.map((n) => `“${n}”`).join(', ')} for this; the nearest answer, ${first?.text ?? ''}${cited === undefined ? '' : ` (${cited.file} ¶${cited.paragraph})`}, is not.` };
}

/** How many words before a name its title may run ("Italy’s Deputy Foreign Minister Ana Lind"). */
const TITLE_REACH = 6;

/** The words before each mention of the name's last word, a title's length back; all the tokens when the name is not written. */
function titleBefore(tokens: readonly Token[], name: string): Token[] {
  const last = words(name).at(-1);
  const at = tokens.flatMap((token, k) => (token.word === last ? [k] : []));
  if (at.length === 0) return [...tokens];
  return at.flatMap((k) => tokens.slice(Math.max(0, k - TITLE_REACH - words(name).length + 1), k));
}

/** The one a sentence says did not do the act: "Israel, which has not claimed …", "Norland has not admitted …". */
const DENIER = /((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,3})\s*(?:,\s*(?:which|who)\s+|\s+)(?:has|have|had|did|does|do|is|was|were|are|would|will|could|can)(?:\s+not|n['’]t|\s+never)\b/gu;
/** A question of who did not do something: its own auxiliary negated ("who has not …", "who didn't …", "who never …"). */
const WHO_NOT = /^\s*(?:who|which\s+[\p{L}-]+)\s+(?:(?:has|have|had|did|does|do|is|was|were|are|will|would|could|can)(?:\s+not|n['’]t|\s+never)|never|ca\s*n['’]?t|won['’]t)\b/iu;
/** Capitalised words that open a sentence without naming anyone. */
const NO_NAME = new Set(['It', 'It’s', "It's", 'The', 'He', 'She', 'They', 'We', 'This', 'That', 'There', 'But', 'And', 'A', 'An']);

/**
 * "Who has not claimed responsibility for the attack?": the one the coverage says did not do the
 * act, named just before the negation ("… Israel, which has not claimed responsibility …").
 */
export function negatedActorAnswers(index: CorpusIndex, question: Question): Answer[] {
  if (question.kind !== 'eventActor' || question.asks !== 'agent' || !WHO_NOT.test(question.text)) return [];
  const terms = questionTerms(question.text);
  if (terms.length === 0) return [];
  const eventTerms = eventTermsOf(index, question.text, terms, question.act);
  const answers: Answer[] = [];
  for (const evidence of findEvidence(index, terms, { limit: 10, minCoverage: 0.6 })) {
    const sentence = negatingSentence(evidence.passage, terms, eventTerms);
    // The negation of the act itself ("He did not confirm …"), not another in the sentence ("… said the US was not involved").
    const negating = sentence === undefined ? [] : [...sentence.matchAll(DENIER)].filter((m) => matchedTerms(eventTerms.slice(0, 1), tokenize(sentence.slice(m.index + m[0].length).split(/\s+/).slice(0, ACT_AFTER_NEGATION).join(' '))).length > 0);
    const written = negating.at(-1)?.[1];
    // "He did not confirm …": the person the passage or the one before last named.
    const denier = written === undefined ? undefined : PERSON_PRONOUNS.has(written) ? lastPersonBefore(index, evidence.passage, sentence!) : NO_NAME.has(written) ? undefined : written;
    if (sentence === undefined || denier === undefined || answers.some((a) => a.text === denier)) continue;
    answers.push({ text: denier, score: evidence.score, citations: [citationOf(evidence.passage, sentence)] });
  }
  return answers;
}

/** How many words after a negation the act it negates may stand ("did not publicly confirm"). */
const ACT_AFTER_NEGATION = 3;
/** Pronouns that stand for a person named before. */
const PERSON_PRONOUNS = new Set(['He', 'She']);

/** The last person named before a sentence, in its passage or the passage before: whom "He" stands for. */
function lastPersonBefore(index: CorpusIndex, passage: Passage, sentence: string): string | undefined {
  const before = passage.text.slice(0, passage.text.indexOf(sentence));
  const previous = index.passage(passage.file, passage.paragraph - 1)?.text ?? '';
  for (const text of [before, previous]) {
    const names = [...text.matchAll(/\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}/gu)].map((m) => m[0]);
    const person = names.reverse().map((name) => index.entities.resolve(name)).find((entity) => entity?.kind === 'person');
    if (person !== undefined) return person.name;
  }
  return undefined;
}

function negatingSentence(passage: Passage, terms: readonly string[], eventTerms: readonly string[]): string | undefined {
  return passage.sentences.find((_, s) => {
    const tokens = sentenceTokens(passage, s);
    return matchedTerms(terms, tokens).length / terms.length >= 0.5 && negatesEvent(tokens, eventTerms);
  });
}

/** Nouns after "no" that deny the act that follows them: "no plans for repairs", "no sign of a leak". */
const DENYING_NOUNS = new Set(['plan', 'plans', 'intention', 'intentions', 'sign', 'signs', 'evidence', 'indication', 'word']);

/** The act's word in a sentence, in any form: the verb ("confirmed") or its noun ("retaliation" for "retaliate"). */
function actPositions(tokens: readonly Token[], act: string): number[] {
  return tokens.filter((t) => t.term !== null && termMatches(act, t.term)).map((t) => t.position);
}

/** True when every mention of the act in a sentence is denied: a verbal negation, or "no (plans for)" before its noun. */
function deniesAct(tokens: readonly Token[], positions: readonly number[], questionTerms: readonly string[]): boolean {
  if (saysWhenAfter(tokens, positions[0]!)) return false;
  return positions.every((p) => {
    const before = tokens.slice(Math.max(0, p - NEGATION_REACH), p);
    const negation = before.findLastIndex(isNegation);
    if (negation >= 0) return !onlyUnconfirmed(tokens, before[negation]!.position, p, questionTerms);
    const lower = before.map((t) => t.word.toLowerCase());
    const no = lower.lastIndexOf('no');
    // "no repairs", "no immediate repairs", "no plans for repairs"; not "no room for doubt".
    return no >= 0 && (lower.length - no <= 2 || DENYING_NOUNS.has(lower[no + 1] ?? ''));
  });
}

/**
 * True when the coverage speaks of a question's act only to deny it or suppose it: "When did the
 * ministry confirm the closure?" over coverage where it "declined to confirm" and "did not confirm"
 * it; "when did Norland take its revenge?" where Norland only "vowed revenge". The question
 * takes for granted what did not happen; its answer is none, with a note. A denial counts from any
 * passage about the question's words; an affirmation from one that also names its names (the
 * Danish "plans to retaliate against Norland" do not say Norland retaliated for the Marlow raid).
 */
export function deniedAct(index: CorpusIndex, question: { text: string; act?: string; ahead?: true }): Denial | undefined {
  const act = question.act === undefined ? null : indexTerm(question.act);
  if (act === null || asksNegatively(question.text)) return undefined;
  const names = questionNames(index, question.text);
  if (names.includes(act)) return undefined;
  const terms = questionTerms(question.text);
  const denials: Array<Denial & { naming: boolean }> = [];
  const affirming = new Set<Passage>();
  // Half the question's words and the act itself ("had no plans for repairs") are enough to deny it.
  // "Blinken denies U.S. involvement in any offensive operations" denies whatever act the question puts in them.
  const object = terms.filter((term) => term !== act && !names.includes(term));
  // What the denial says one took no part in is what follows it: "not involved in any offensive operations".
  const deniesInvolvement = (sentence: string) => {
    const denied = object.length === 0 ? null : DENIED_INVOLVEMENT.exec(sentence);
    return denied !== null && matchedTerms(object, tokenize(sentence.slice(denied.index + denied[0].length))).length * 2 >= object.length;
  };
  for (const { passage } of findEvidence(index, terms, { limit: 10, minCoverage: 0.5 })) {
    // A passage without the act (its search document's terms say so) is not read, unless it denies involvement.
    const doc = index.passageDoc(passage.file, passage.paragraph);
    if (doc !== undefined && index.matchedInPassage(doc, [act]).length === 0 && !DENIED_INVOLVEMENT.test(passage.text)) continue;
    for (const [s, sentence] of passage.sentences.entries()) {
      const tokens = sentenceTokens(passage, s);
      const positions = actPositions(tokens, act);
      if (deniesInvolvement(sentence)) {
        denials.push({ sentence, passage, naming: names.length === 0 || matchedTerms(names, tokens).length > 0 });
        continue;
      }
      if (positions.length === 0) continue;
      // "It drew threats of revenge" says no revenge was taken, unless the question asks what is to come.
      if (deniesAct(tokens, positions, terms) || (question.ahead !== true && supposesAct(tokens, act))) denials.push({ sentence, passage, naming: names.length === 0 || matchedTerms(names, tokens).length > 0 });
      else affirming.add(passage);
    }
  }
  // Most questions meet no denial: the passages that name all the question's names are looked up only for those that do.
  if (denials.length === 0) return undefined;
  // A clause that only locates or identifies the act ("…, the one the G7 condemned") weighs less, and its names need not stand beside it.
  const named = new Set(findEvidence(index, terms, { limit: 10, minCoverage: 0.6, names, weights: anchorWeights(question.text) }).map((e) => e.passage));
  if ([...affirming].some((passage) => named.has(passage))) return undefined;
  // A denial is about the question when it names one of its names, or stands where they are all named.
  const denial = denials.find(({ naming, passage }) => naming || named.has(passage));
  return denial === undefined ? undefined : { sentence: denial.sentence, passage: denial.passage };
}

/** A denial of taking part: "denies U.S. involvement in …", "denied any role in …", "was not involved in …". */
const DENIED_INVOLVEMENT = /\bden(?:y|ies|ied|ying)\b[^;:!?]{0,40}?\b(?:involvement|role|part|participation|hand)\s+in\b|\b(?:not|never)\s+(?:been\s+)?(?:involved|taken\s+part|took\s+part|taking\s+part|participat\w*)\s+in\b/i;

/** A sentence that denies what a question asks about, and its passage. */
export interface Denial {
  sentence: string;
  passage: Passage;
}

function noteOf({ sentence, passage }: Denial): string {
  return `The coverage says otherwise: “${sentence.trim()}” (${passage.file} ¶${passage.paragraph}).`;
}
