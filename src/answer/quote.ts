import type { Answer, Passage } from '../types.ts';
import type { CorpusIndex, Found, IndexedQuote } from '../index/corpusIndex.ts';
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
  if (entity === undefined && terms.length === 0) return [];
  const hits = terms.length > 0 ? topicHits(index, terms) : undefined;
  // With a speaker asked, only their quotations can answer; without, only those the topic's search reached.
  const pool = entity !== undefined ? index.quotesBy(entity.id) : topicPool(index, hits!);
  const byTopic = hits === undefined ? undefined : topicScores(index, terms, pool, hits);
  const candidates: Candidate[] = [];
  for (const quote of pool) {
    const topicScore = byTopic === undefined ? 1 : byTopic.get(quote.id);
    if (topicScore === undefined) continue;
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
      source: quote,
      cite: () => {
        const passage = index.passage(quote.file, quote.paragraph);
        return passage === undefined ? undefined : citationOf(passage);
      },
    });
  }
  return mergeCorroborating(candidates);
}

/** Search hits read for a topic: enough that a speaker's quotation about it is among them. */
const TOPIC_HITS = 500;

/** The quotations and the paragraphs a topic's search finds. */
interface TopicHits {
  quotes: Array<Found<IndexedQuote>>;
  passages: Array<Found<Passage>>;
}

function topicHits(index: CorpusIndex, terms: readonly string[]): TopicHits {
  const query = [...terms, ...terms.flatMap(synonymsOf)].join(' ');
  return { quotes: index.searchQuotes(query, TOPIC_HITS), passages: index.searchPassages(query, TOPIC_HITS) };
}

/**
 * The quotations a topic's search reached, in reading order: found themselves, or in a paragraph
 * it found, or right after one (whose reporting may say what they are about).
 */
function topicPool(index: CorpusIndex, hits: TopicHits): IndexedQuote[] {
  const pool = new Map(hits.quotes.map(({ item }) => [item.id, item]));
  for (const { item: passage } of hits.passages) {
    for (const paragraph of [passage.paragraph, passage.paragraph + 1]) {
      for (const quote of index.quotesIn({ file: passage.file, paragraph })) pool.set(quote.id, quote);
    }
  }
  return [...pool.values()].sort(readingOrder);
}

function readingOrder(a: IndexedQuote, b: IndexedQuote): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : quoteNumber(a) - quoteNumber(b);
}

function quoteNumber(quote: IndexedQuote): number {
  return Number(quote.id.slice(quote.id.lastIndexOf('#q') + 2));
}

/**
 * Each quotation's relevance to the topic: its own words, and the reporting around it (its
 * paragraph, and half the paragraph before, which often says what a quote-only paragraph is
 * about: "Asked who was responsible, Austin said…" then “We're still investigating”).
 */
function topicScores(
  index: CorpusIndex,
  terms: string[],
  pool: readonly IndexedQuote[],
  hits: TopicHits,
): Map<string, number> {
  const own = new Map(hits.quotes.map(({ item, score }) => [item.id, score]));
  const paragraph = new Map(hits.passages.map(({ item, score }) => [passageId(item.file, item.paragraph), score]));
  const scores = new Map<string, number>();
  for (const quote of pool) {
    const ownScore = own.get(quote.id) ?? 0;
    const paragraphScore = (paragraph.get(passageId(quote.file, quote.paragraph)) ?? 0) + (paragraph.get(passageId(quote.file, quote.paragraph - 1)) ?? 0);
    // Neither the quotation nor its paragraphs were found: it scores nothing, whatever its words.
    if (ownScore === 0 && paragraphScore === 0) continue;
    const here = index.passage(quote.file, quote.paragraph);
    const before = index.passage(quote.file, quote.paragraph - 1);
    const reporting = `${here?.text ?? ''} ${before?.text ?? ''}`;
    const around = matchedTerms(terms, tokenize(`${quote.text} ${reporting}`)).length;
    if (around === 0) continue;
    // The paragraphs' relevance counts as far as it lies next to the quote, not elsewhere in them.
    const { introduction, prompt } = surroundings(quote, here, before);
    const nearby = matchedTerms(terms, tokenize(`${introduction} ${prompt}`)).length;
    const inReporting = Math.max(1, matchedTerms(terms, tokenize(reporting)).length);
    const score = ownScore + paragraphScore * (nearby / inReporting);
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
