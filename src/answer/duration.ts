/**
 * "How long" questions: a duration written next to the event's words ("for eleven days", "a
 * 48-hour truce"), as the index's time expressions find it (type DURATION: not "two years ago",
 * a date, nor "a 60-year-old", an age); "how often" questions: a rate ("every day", type SET).
 */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { indexTerm } from '../text/terms.ts';
import { anchorWeights, findEvidence, matchPositions, matchedTerms, questionNames, questionTerms, sentenceTokens, sourceWeights } from './evidence.ts';
import { citing, mergeCorroborating, type Candidate } from './corroborate.ts';
import { asksNegatively, eventTermsOf, negatesEvent } from './premise.ts';
import type { QuestionOf } from './question.ts';

/** Words of a "how long" question that ask for the duration rather than name the event. */
const DURATION_QUESTION_WORDS = new Set(
  ['long', 'often', 'frequently', 'last', 'take', 'duration', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours'].map(indexTerm).filter((t): t is string => t !== null),
);

/** Words between a duration and the event's words at which a duration is taken to belong to another event. */
const DISTANCE_DECAY = 0.15;

/** The durations written closest to the event's words in the passages about it. */
export function durationAnswers(index: CorpusIndex, question: QuestionOf<'duration'>): Answer[] {
  const terms = questionTerms(question.text, DURATION_QUESTION_WORDS);
  const eventTerms = eventTermsOf(index, question.text, terms);
  const negationCounts = !asksNegatively(question.text);
  const candidates: Candidate[] = [];
  // "… by the time Blinken headed out": the clause that only anchors the span weighs less, as for "when".
  const weights = new Map([...sourceWeights(question.text), ...anchorWeights(question.text)]);
  const names = questionNames(index, question.text);
  for (const evidence of findEvidence(index, terms, { limit: 15, minCoverage: terms.length <= 2 ? 1 : 0.6, names, weights })) {
    const { passage } = evidence;
    const durations = index.timesIn(passage).filter((time) => time.type === (question.often ? 'SET' : 'DURATION'));
    passage.sentences.forEach((sentence, n) => {
      const inSentence = durations.filter((time) => time.sentence === n);
      if (inSentence.length === 0) return;
      const tokens = sentenceTokens(passage, n);
      const matches = matchPositions(terms, tokens);
      if (matches.length === 0 || (negationCounts && negatesEvent(tokens, eventTerms))) return;
      const coverage = matchedTerms(terms, tokens).length / terms.length;
      const sentenceStart = Math.max(0, passage.text.indexOf(sentence));
      for (const time of inSentence) {
        const at = tokens.findIndex((t) => t.offset >= time.offset - sentenceStart);
        const distance = Math.min(...matches.map((p) => Math.abs(p - at)));
        candidates.push({
          key: time.text.toLowerCase().replace(/-/g, ' '),
          answer: { text: time.text, matched: evidence.matched },
          score: (evidence.score * coverage) / (1 + DISTANCE_DECAY * distance),
          ...citing(passage, sentence),
        });
      }
    });
  }
  return mergeCorroborating(candidates);
}
