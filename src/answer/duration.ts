/** "How long" questions: a duration written next to the event's words ("for eleven days", "a 48-hour truce"). */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { indexTerm } from '../text/terms.ts';
import { findEvidence, matchPositions, matchedTerms, questionNames, questionTerms, tokenize } from './evidence.ts';
import { citing, mergeCorroborating, type Candidate } from './corroborate.ts';
import { asksNegatively, eventTermsOf, negatesEvent } from './premise.ts';
import type { QuestionOf } from './question.ts';

/** Words of a "how long" question that ask for the duration rather than name the event. */
const DURATION_QUESTION_WORDS = new Set(
  ['long', 'last', 'take', 'duration', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours'].map(indexTerm).filter((t): t is string => t !== null),
);

const COUNT = String.raw`\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a\s+few|several|a|an`;
const UNIT = String.raw`seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies)`;

/**
 * A duration as news writes it: "eleven days", "48-hour", "more than two years", "a decade". Not
 * "two years ago" (a time) nor "a 60-year-old" (an age), which the lookahead leaves out.
 */
const DURATION = new RegExp(String.raw`\b(?:(?:about|nearly|almost|more\s+than|over|some|at\s+least|less\s+than|roughly)\s+)?(?:${COUNT})[\s-](?:full\s+)?(?:${UNIT})\b(?![\s-]+(?:ago|old)\b)`, 'gi');

/** Words between a duration and the event's words at which a duration is taken to belong to another event. */
const DISTANCE_DECAY = 0.15;

/** The durations written closest to the event's words in the passages about it. */
export function durationAnswers(index: CorpusIndex, question: QuestionOf<'duration'>): Answer[] {
  const terms = questionTerms(question.text, DURATION_QUESTION_WORDS);
  const eventTerms = eventTermsOf(index, question.text, terms);
  const negationCounts = !asksNegatively(question.text);
  const candidates: Candidate[] = [];
  for (const evidence of findEvidence(index, terms, { limit: 15, minCoverage: terms.length <= 2 ? 1 : 0.6, names: questionNames(index, question.text) })) {
    for (const sentence of evidence.passage.sentences) {
      const tokens = tokenize(sentence);
      const matches = matchPositions(terms, tokens);
      if (matches.length === 0 || (negationCounts && negatesEvent(tokens, eventTerms))) continue;
      const coverage = matchedTerms(terms, tokens).length / terms.length;
      for (const found of sentence.matchAll(DURATION)) {
        const at = tokens.findIndex((t) => t.offset >= (found.index ?? 0));
        const distance = Math.min(...matches.map((p) => Math.abs(p - at)));
        const text = found[0].replace(/-/g, ' ');
        candidates.push({
          key: text.toLowerCase(),
          answer: { text: found[0], matched: evidence.matched },
          score: (evidence.score * coverage) / (1 + DISTANCE_DECAY * distance),
          ...citing(evidence.passage, sentence),
        });
      }
    }
  }
  return mergeCorroborating(candidates);
}
