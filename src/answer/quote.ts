import type { Answer, Passage } from '../types.ts';
import type { CorpusIndex, IndexedQuote } from '../index/corpusIndex.ts';
import { passageId } from '../index/corpusIndex.ts';
import { citationOf, matchedTerms, questionTerms, tokenize } from './evidence.ts';
import { synonymsOf } from '../text/terms.ts';
import { mergeCorroborating, type Candidate } from './corroborate.ts';

/**
 * Quotations by a speaker and/or about a topic. The speaker is matched through the entity
 * table (aliases, surname alone, near spellings); the topic ranks the quotations by relevance of
 * the quotation itself and, less, of the paragraph around it. A speaker the corpus does not know,
 * or a topic no quotation speaks of, gives no answer.
 */
export function quoteAnswers(index: CorpusIndex, speaker?: string, topic?: string): Answer[] {
  const entity = speaker === undefined || speaker.trim() === '' ? undefined : index.entities.resolve(speaker);
  if (speaker?.trim() && entity === undefined) return [];
  const terms = questionTerms(topic ?? '');
  // With a speaker asked, only their quotations can answer: score those alone.
  const pool = entity === undefined ? [...index.quotes.values()] : index.quotesBy(entity.id);
  const byTopic = terms.length > 0 ? topicScores(index, terms, pool) : undefined;
  const candidates: Candidate[] = [];
  for (const quote of pool) {
    const topicScore = byTopic === undefined ? 1 : byTopic.get(quote.id);
    if (topicScore === undefined) continue;
    const passage = index.passage(quote.file, quote.paragraph);
    if (passage === undefined) continue;
    const speakerName = quote.speakerId === undefined ? undefined : index.entity(quote.speakerId)?.name;
    candidates.push({
      key: quote.text.toLowerCase().replace(/\W+/g, ' ').trim(),
      answer: {
        text: quote.text,
        ...(speakerName === undefined ? {} : { speaker: speakerName }),
        ...(quote.cue === undefined ? {} : { cue: quote.cue }),
        matched: terms.length > 0 ? matchedTerms(terms, tokenize(quote.text)) : [],
      },
      // Without a topic, whole statements before fragments, then in reading order.
      score: byTopic === undefined ? lengthScore(quote) : topicScore,
      citation: citationOf(passage),
    });
  }
  return mergeCorroborating(candidates);
}

/**
 * Each quotation's relevance to the topic: its own words, and the reporting around it (its
 * paragraph, and half the paragraph before, which often says what a quote-only paragraph is
 * about: "Asked who was responsible, Austin said…" then “We're still investigating”).
 */
function topicScores(index: CorpusIndex, terms: string[], pool: readonly IndexedQuote[]): Map<string, number> {
  const query = [...terms, ...terms.flatMap(synonymsOf)].join(' ');
  const own = new Map(index.quoteSearch.query(query, 500).map((hit) => [hit.id, hit.score]));
  const paragraph = new Map(index.passageSearch.query(query, 500).map((hit) => [hit.id, hit.score]));
  const scores = new Map<string, number>();
  for (const quote of pool) {
    const here = index.passage(quote.file, quote.paragraph);
    const before = index.passage(quote.file, quote.paragraph - 1);
    const reporting = `${here?.text ?? ''} ${before?.text ?? ''}`;
    const around = matchedTerms(terms, tokenize(`${quote.text} ${reporting}`)).length;
    if (around === 0) continue;
    // The paragraphs' relevance counts as far as it lies next to the quote, not elsewhere in them.
    const { introduction, prompt } = surroundings(quote, here, before);
    const nearby = matchedTerms(terms, tokenize(`${introduction} ${prompt}`)).length;
    const inReporting = Math.max(1, matchedTerms(terms, tokenize(reporting)).length);
    const context =
      ((paragraph.get(passageId(quote.file, quote.paragraph)) ?? 0) + (paragraph.get(passageId(quote.file, quote.paragraph - 1)) ?? 0)) *
      (nearby / inReporting);
    const score = (own.get(quote.id) ?? 0) + context;
    if (score === 0) continue;
    const inQuote = matchedTerms(terms, tokenize(quote.text)).length;
    // A reporter's question right before the quote ("Asked who was responsible, …") says what it answers.
    const prompted = /^\W*asked\b/i.test(prompt) ? matchedTerms(terms, tokenize(prompt)).length : 0;
    scores.set(quote.id, score * (0.5 + (inQuote + around + 2 * prompted) / (2 * terms.length)));
  }
  return scores;
}

/** The sentence that carries a quotation, and the sentence before it (possibly the previous paragraph's last). */
function surroundings(quote: IndexedQuote, here: Passage | undefined, before: Passage | undefined): { introduction: string; prompt: string } {
  const opening = quote.text.slice(0, 20);
  const earlier = before?.sentences ?? [];
  const sentences = [...earlier, ...(here?.sentences ?? [])];
  const at = sentences.findIndex((sentence, i) => i >= earlier.length && sentence.includes(opening));
  if (at < 0) return { introduction: here?.text ?? '', prompt: '' };
  return { introduction: sentences[at] ?? '', prompt: sentences[at - 1] ?? '' };
}

function lengthScore(quote: IndexedQuote): number {
  return (quote.partial ? 0.5 : 1) + Math.min(quote.text.length, 400) / 4000;
}
