/**
 * The event answerers as the question stage calls them. The rules answer first: they carry the
 * news conventions the ranker has not learnt from encyclopedic training data (datelines, the
 * article's date, disagreement between sources, the one an act was done to). Where the rules find
 * no answer, the trained ranker answers if it is confident.
 */
import type { Answer } from '../../types.ts';
import type { CorpusIndex } from '../../index/corpusIndex.ts';
import type { QuestionOf } from '../question.ts';
import { eventAnswers } from '../eventActors.ts';
import { whenAnswers } from '../when.ts';
import { rankCandidates } from './rank.ts';

/** "Who did X": the rules' actor, else the ranked one. */
export function rankedActorAnswers(index: CorpusIndex, question: QuestionOf<'eventActor'>): Answer[] {
  const rules = eventAnswers(index, question);
  // "Which group took …" asks for one entity kind, which the rules filter on and the ranker only weighs.
  if (rules.length > 0 || question.wants !== undefined) return rules;
  return rankCandidates(index, question.text, 'who');
}

/** "When did X": the rules' time (or the article's own day), else the ranked one. */
export function rankedTimeAnswers(index: CorpusIndex, question: QuestionOf<'eventTime'>): Answer[] {
  const rules = whenAnswers(index, question);
  return rules.length > 0 ? rules : rankCandidates(index, question.text, 'when');
}
