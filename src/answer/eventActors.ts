/** Event questions: the person a passage about the question's event names closest to its words. */
import type { Answer, Mention } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { foldTerm, words } from '../text/terms.ts';
import {
  findEvidence,
  questionNames,
  matchPositions,
  matchedTerms,
  namedInQuestion,
  questionTerms,
  termMatches,
  tokenize,
  type Evidence,
  type Token,
} from './evidence.ts';
import { roleOf } from './roles.ts';
import { citing, mergeCorroborating, type Candidate } from './corroborate.ts';

/** How much a "who" question prefers each kind of entity: people first, organisations if need be. */
const KIND_WEIGHT: Record<Mention['kind'], number> = { person: 1, organization: 0.5, place: 0.15 };

/**
 * The entities named closest to the question's key terms in the passages about its event:
 * "Who was assassinated in Tehran?" finds the sentence with "assassinated" and "Tehran" and the
 * person that sentence is about.
 */
export function eventAnswers(index: CorpusIndex, question: string): Answer[] {
  const terms = questionTerms(question);
  const found: Array<Candidate & { kind: Mention['kind'] }> = [];
  for (const evidence of findEvidence(index, terms, { limit: 15, minCoverage: terms.length <= 2 ? 1 : 0.6, names: questionNames(index, question) })) {
    found.push(...candidatesIn(index, evidence, terms, question));
  }
  // A place answers "who" only as a stand-in for its government ("Tehran downplayed …"), when nobody else fits.
  const actors = found.filter((candidate) => candidate.kind !== 'place');
  return mergeCorroborating(actors.length > 0 ? actors : found);
}

function candidatesIn(index: CorpusIndex, evidence: Evidence, terms: string[], question: string): Array<Candidate & { kind: Mention['kind'] }> {
  const { passage } = evidence;
  const mentions = index.mentionsIn(passage);
  // A name that is part of another mention's stated role ("leader of … Hamas") only describes it.
  const modifiers = mentions.filter((m) => mentions.some((other) => other !== m && other.role?.includes(m.name)));
  const candidates: Array<Candidate & { kind: Mention['kind'] }> = [];
  for (const sentence of passage.sentences) {
    const tokens = tokenize(sentence);
    const matches = matchPositions(terms, tokens);
    if (matches.length === 0) continue;
    const sentenceCoverage = matchedTerms(terms, tokens).length / terms.length;
    // The answer is named in a sentence about the question, not in a neighbour that shares one word.
    if (sentenceCoverage < 0.5) continue;
    for (const mention of mentions) {
      if (modifiers.includes(mention) || namedInQuestion(mention.name, question)) continue;
      const span = spanOf(mention, tokens);
      if (span === undefined || (mention.kind !== 'person' && isLocative(tokens, span[0]))) continue;
      const distance = Math.min(...matches.map((p) => (p < span[0] ? span[0] - p : p > span[1] ? p - span[1] : 0)));
      const entity = index.entities.resolve(mention.name);
      candidates.push({
        kind: mention.kind,
        key: entity?.id ?? mention.name,
        answer: { text: entity?.name ?? mention.name, ...(entity ? roleOf(entity, passage.file) : {}), matched: evidence.matched },
        score: (evidence.score * sentenceCoverage * KIND_WEIGHT[mention.kind]) / (1 + 0.15 * distance),
        ...citing(passage),
      });
    }
  }
  return candidates;
}

/** Prepositions that make a place or organisation a setting ("in western Iraq"), not an actor; "by" marks an actor. */
const SETTING = new Set(['in', 'at', 'from', 'of', 'to', 'near', 'into', 'across', 'on', 'over', 'toward', 'towards', 'throughout', 'inside', 'outside', 'around', 'within']);

function isLocative(tokens: readonly Token[], start: number): boolean {
  return [tokens[start - 1], tokens[start - 2]].some((t) => t !== undefined && SETTING.has(t.word.toLowerCase()));
}

/** Token span of a mention in a sentence, extended over its role when the role follows the name. */
function spanOf(mention: Mention, tokens: readonly Token[]): [number, number] | undefined {
  const nameWords = words(mention.name);
  const last = nameWords[nameWords.length - 1];
  const end = tokens.findIndex((t) => last !== undefined && foldTerm(t.word) === foldTerm(last));
  if (end < 0) return undefined;
  const start = end - nameWords.length + 1;
  const roleHead = tokenize(mention.role ?? '').map((t) => t.term).find((term): term is string => term !== null);
  if (roleHead === undefined) return [start, end];
  // "Name, the political leader of …": the appositive belongs to the name.
  const roleAt = tokens.slice(end + 1, end + 4).findIndex((t) => t.term !== null && termMatches(roleHead, t.term));
  return [start, roleAt < 0 ? end : end + words(mention.role ?? '').length + roleAt];
}
