/** "Who said …" questions: the speakers of the quotations that match what was said. */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { findEvidence, questionNames, matchedTerms, questionTerms, tokenize } from './evidence.ts';
import { roleOf } from './roles.ts';
import { citing, mergeCorroborating, type Candidate } from './corroborate.ts';
import { eventAnswers } from './eventActors.ts';
import type { QuestionOf } from './question.ts';

/**
 * "Who said …": the speakers of matching quotations, else whoever reported speech names as
 * saying it ("Brenner said the south pier would reopen").
 */
export function saidByAnswers(index: CorpusIndex, question: QuestionOf<'saidBy'>): Answer[] {
  const speakers = speakerAnswers(index, question);
  return speakers.length > 0 ? speakers : eventAnswers(index, { text: question.text, asks: 'agent' });
}

/**
 * The speakers of the quotations that best match what the question says was said. The words of
 * the quotation count most; the reporting around it counts too, since a question often
 * paraphrases ("Washington was told at the last minute" for “informed at the last minute”).
 */
export function speakerAnswers(index: CorpusIndex, question: Pick<QuestionOf<'saidBy'>, 'text' | 'statement'>): Answer[] {
  const terms = questionTerms(question.statement);
  if (terms.length === 0) return [];
  const candidates: Candidate[] = [];
  for (const evidence of findEvidence(index, terms, { limit: 20, minCoverage: 0.5, names: questionNames(index, question.text) })) {
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
