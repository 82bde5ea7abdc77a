/** "Who said …" questions: the speakers of the quotations that match what was said. */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { findEvidence, questionNames, matchedTerms, questionTerms, tokenize } from './evidence.ts';
import { roleOf } from './roles.ts';
import { citing, mergeCorroborating, type Candidate } from './corroborate.ts';

/** "who said …", "who warned …": the answer is a quotation's speaker. */
export const SAID = /^\s*who\s+(said|says|told|warned|cautioned|stressed|insisted|vowed|declared|stated|added|claimed|promised)\b/i;

/**
 * The speakers of the quotations that best match what the question says was said. The words of
 * the quotation count most; the reporting around it counts too, since a question often
 * paraphrases ("Washington was told at the last minute" for “informed at the last minute”).
 */
export function speakerAnswers(index: CorpusIndex, question: string): Answer[] {
  const terms = questionTerms(question.replace(SAID, ''));
  if (terms.length === 0) return [];
  const candidates: Candidate[] = [];
  for (const evidence of findEvidence(index, terms, { limit: 20, minCoverage: 0.5, names: questionNames(index, question) })) {
    for (const quote of index.quotesIn(evidence.passage)) {
      const entity = quote.speakerId === undefined ? undefined : index.entity(quote.speakerId);
      if (entity === undefined) continue;
      const inQuote = matchedTerms(terms, tokenize(quote.text)).length / terms.length;
      if (inQuote === 0) continue;
      candidates.push({
        key: entity.id,
        answer: { text: entity.name, ...roleOf(entity, quote.file), matched: evidence.matched, ...(quote.cue ? { cue: quote.cue } : {}) },
        score: evidence.score * inQuote,
        ...citing(evidence.passage),
      });
    }
  }
  return mergeCorroborating(candidates);
}
