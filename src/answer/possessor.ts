/** "Whose …" questions: the possessor a passage gives the asked noun ("Iran's attack", "the resurgence of ISIS"). */
import type { Answer, Passage } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { indexTerm, words } from '../text/terms.ts';
import { placeNamed } from './capitals.ts';
import { citing, mergeCorroborating, type Candidate } from './corroborate.ts';
import { findEvidence, matchedTerms, matchPositions, namedInQuestion, questionNames, questionTerms, sentenceTokens, type Token } from './evidence.ts';

/** Lowercase words that may stand between a possessor and its noun ("Iran's recent attack", "the Iranian drone attack"). */
const MODIFIERS = 2;
const DETERMINERS = new Set(['the', 'a', 'an']);
/** A question's name weighs this share of one of its other words in a sentence's match. */
const NAME_WEIGHT = 0.5;
/** The share of a sentence's score the passage's own search score adds: it only breaks ties. */
const TIE_SHARE = 0.1;
/** The question's words a sentence must hold, the asked noun among them. */
const SENTENCE_TERMS = 2;
const POSSESSIVE = /['’]s?$/;

/**
 * "Whose attack did the summit condemn?": whom the passages about the question give the asked
 * noun to — "Norland's attack", "the attack of Norland", "the Norlandian attack" (a demonym names
 * its country). Only the noun's own possessor answers, never another name near it.
 */
export function possessorAnswers(index: CorpusIndex, question: { text: string; possessed: string }): Answer[] {
  // "whose very strong message", "whose resurgence troops prevent": the noun is the last word of the phrase a passage gives a possessor.
  for (const word of words(question.possessed).reverse()) {
    const noun = indexTerm(word);
    const found = noun === null ? [] : possessorsOf(index, question.text, noun);
    if (found.length > 0) return found;
  }
  return [];
}

function possessorsOf(index: CorpusIndex, text: string, noun: string): Answer[] {
  const terms = questionTerms(text);
  if (!terms.includes(noun)) terms.push(noun);
  // A name weighs half a word of the act: "Capri" is in every passage about the summit, "condemn" only in the one asked about.
  const names = new Set(questionNames(index, text));
  const weight = (term: string) => (names.has(term) ? NAME_WEIGHT : 1);
  const total = terms.reduce((sum, term) => sum + weight(term), 0);
  const candidates: Candidate[] = [];
  // The passage may name the occasion otherwise, without the question's names ("the event, which produced
  // a condemnation of the attack"): the noun and one more of the question's words in one sentence are what it needs.
  const evidences = findEvidence(index, terms, { limit: 15, minCoverage: Math.min(1, SENTENCE_TERMS / terms.length) });
  const best = Math.max(...evidences.map((evidence) => evidence.score));
  for (const evidence of evidences) {
    const { passage } = evidence;
    passage.sentences.forEach((_, s) => {
      const tokens = sentenceTokens(passage, s);
      const matched = matchedTerms(terms, tokens);
      if (matched.length < Math.min(SENTENCE_TERMS, terms.length)) return;
      // What the sentence says of the question decides; the passage's own match only breaks ties.
      const score = matched.reduce((sum, term) => sum + weight(term), 0) / total + (TIE_SHARE * evidence.score) / best;
      for (const at of matchPositions([noun], tokens)) {
        const owner = ownerOf(index, tokens, at);
        if (owner === undefined || namedInQuestion(owner, text)) continue;
        candidates.push(vote(index, owner, passage, score, evidence.matched));
      }
    });
  }
  return mergeCorroborating(candidates);
}

function vote(index: CorpusIndex, owner: string, passage: Passage, score: number, matched: string[]): Candidate {
  const entity = index.entities.resolve(owner);
  return { key: entity?.id ?? owner, answer: { text: entity?.name ?? owner, matched }, score, ...citing(passage) };
}

/** Prepositions after a noun that name whose it is: "the attack of Norland", "the silence from Israel" (not "by": "the attack by Hamas" a speaker recalls is not the one asked about). */
const OWNER_AFTER: ReadonlySet<string> = new Set(['of', 'from']);

/** The possessor of the noun at `at`: a name after its "of" (or "from"), a name with "'s" or a demonym before it. */
function ownerOf(index: CorpusIndex, tokens: readonly Token[], at: number): string | undefined {
  // "the silence from Israel": the noun's own source, as "of" gives its owner.
  if (OWNER_AFTER.has(tokens[at + 1]?.word.toLowerCase() ?? '')) {
    const from = DETERMINERS.has(tokens[at + 2]?.word.toLowerCase() ?? '') ? at + 3 : at + 2;
    return nameFrom(index, tokens, from);
  }
  let before = at - 1;
  for (let skipped = 0; skipped < MODIFIERS && isModifier(tokens[before]); skipped++) before--;
  const word = tokens[before];
  if (word === undefined || !isCapitalised(word.word)) return undefined;
  if (POSSESSIVE.test(word.word)) return nameBefore(tokens, before);
  const place = placeNamed(index, word.word);
  return place !== undefined && place !== word.word ? place : undefined;
}

/** Words one space apart: a comma or a dash between them ends a name. */
const nextTo = (token: Token, next: Token | undefined): boolean => next !== undefined && next.offset === token.offset + token.word.length + 1;
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const isModifier = (token: Token | undefined): boolean => token !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(token.word) && !DETERMINERS.has(token.word) && token.word !== 'of';

/** Words a possessor's description may put before its name ("of Norlandian physiologist Ada Brandt"). */
const DESCRIBED_REACH = 4;

/**
 * The name after "of": its first run of capitalised words, or, when that run is a word the corpus
 * knows no entity by and a description goes on ("of Norlandian physiologist Ada Brandt"), the run after it.
 */
function nameFrom(index: CorpusIndex, tokens: readonly Token[], from: number): string | undefined {
  for (let at = from; at < Math.min(tokens.length, from + DESCRIBED_REACH); at++) {
    if (!isCapitalised(tokens[at]!.word)) continue;
    let end = at;
    while (!POSSESSIVE.test(tokens[end]!.word) && nextTo(tokens[end]!, tokens[end + 1]) && isCapitalised(tokens[end + 1]!.word)) end++;
    const name = tokens.slice(at, end + 1).map((token) => token.word.replace(POSSESSIVE, '')).join(' ');
    const next = tokens[end + 1];
    const described = index.entities.resolve(name) === undefined && nextTo(tokens[end]!, next) && !isCapitalised(next!.word);
    if (!described) return name;
    at = end;
  }
  return undefined;
}

/** The capitalised words that end at `end`, its "'s" dropped ("Prime Minister Netanyahu's"). */
function nameBefore(tokens: readonly Token[], end: number): string {
  let from = end;
  while (from > 0 && isCapitalised(tokens[from - 1]!.word) && !POSSESSIVE.test(tokens[from - 1]!.word) && nextTo(tokens[from - 1]!, tokens[from]!)) from--;
  return tokens.slice(from, end + 1).map((token) => token.word.replace(POSSESSIVE, '')).join(' ');
}
