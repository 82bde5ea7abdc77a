/**
 * The event answerers as the question stage calls them: the trained ranker answers when it is
 * confident; below its threshold the rules answer, each through its own evidence gates (or not).
 */
import type { Answer } from '../../types.ts';
import type { CorpusIndex } from '../../index/corpusIndex.ts';
import type { QuestionOf } from '../question.ts';
import { eventAnswers } from '../eventActors.ts';
import { whenAnswers } from '../when.ts';
import { rankCandidates } from './rank.ts';

/** "Who did X": the ranked actor, else the rules' nearest one. */
export function rankedActorAnswers(index: CorpusIndex, question: QuestionOf<'eventActor'>): Answer[] {
  // "Which group took …" asks for one entity kind, which the rules filter on and the ranker only weighs.
  if (question.wants !== undefined) return eventAnswers(index, question);
  const ranked = rankCandidates(index, question.text, 'who');
  return ranked.length > 0 ? ranked : eventAnswers(index, question);
}

/** "When did X": the ranked time, else the rules' nearest one (or the article's own day). */
export function rankedTimeAnswers(index: CorpusIndex, question: QuestionOf<'eventTime'>): Answer[] {
  const ranked = rankCandidates(index, question.text, 'when');
  return ranked.length > 0 ? ranked : whenAnswers(index, question);
}
