/**
 * Negation and false premises: "Israel has not admitted the strike" does not say who struck or
 * when, and "the ministry declined to comment" is not a comment. A sentence that negates the
 * question's event gives no answer; when nothing else answers, the reply says what the coverage
 * does say.
 */
import type { Passage } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import type { Question } from './question.ts';
import { IRREGULAR_VERBS } from '../text/wordForms.ts';
import { findEvidence, matchPositions, matchedTerms, questionNames, questionTerms, tokenize, type Token } from './evidence.ts';

/**
 * Words that, just before an event's verb, say it did not happen ("has not", "never", "declined
 * to", "denied"). Verbal negations only: "no" and "without" negate nouns ("no partners for peace").
 */
const NEGATIONS = new Set(['not', 'never', 'declined', 'declines', 'refused', 'refuses', 'denied', 'denies', 'deny', 'yet']);

/** How many words before the verb a negation may stand ("has not yet publicly admitted"). */
const NEGATION_REACH = 4;

function isNegation(token: Token): boolean {
  const lower = token.word.toLowerCase();
  return NEGATIONS.has(lower) || /n't$|n’t$/.test(lower);
}

/** True when the question itself is negative ("who did not attend?"): its negated sentences are its answers. */
export function asksNegatively(text: string): boolean {
  return tokenize(text).some(isNegation);
}

/**
 * True when a verbal negation stands just before one of the event's words in a sentence ("Israel
 * has not admitted carrying out the strike" negates "admit"), and the sentence has not already
 * affirmed the event with a verb of it before the negation ("the Pentagon warned it would not
 * tolerate attacks" still says the Pentagon warned).
 */
export function negatesEvent(tokens: readonly Token[], eventTerms: readonly string[]): boolean {
  const positions = matchPositions(eventTerms, tokens);
  const negated = positions.find((p) => tokens.slice(Math.max(0, p - NEGATION_REACH), p).some(isNegation));
  if (negated === undefined) return false;
  const negation = tokens.slice(0, negated).findLastIndex(isNegation);
  return !positions.some((p) => p < negation && isPastVerb(tokens[p]!.word));
}

/** A verb in the past, as news reports events: "warned", "struck". */
function isPastVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return /[a-z]ed$/.test(lower) || IRREGULAR_VERBS.has(lower);
}

/** The question's key terms that are not names: the words of its event ("admit", "strike"). */
export function eventTermsOf(index: CorpusIndex, text: string, terms: readonly string[]): string[] {
  const names = new Set(questionNames(index, text));
  const event = terms.filter((term) => !names.has(term));
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
    if (sentence !== undefined) return `The coverage says otherwise: “${sentence.trim()}” (${evidence.passage.file} ¶${evidence.passage.paragraph}).`;
  }
  return undefined;
}

function negatingSentence(passage: Passage, terms: readonly string[], eventTerms: readonly string[]): string | undefined {
  return passage.sentences.find((sentence) => {
    const tokens = tokenize(sentence);
    return matchedTerms(terms, tokens).length / terms.length >= 0.5 && negatesEvent(tokens, eventTerms);
  });
}
