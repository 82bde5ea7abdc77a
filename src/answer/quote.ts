import type { Answer, Passage } from '../types.ts';
import type { CorpusIndex, IndexedQuote } from '../index/corpusIndex.ts';
import type { TextHit } from '../index/textSearch.ts';
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
  // With a speaker asked, only their quotations can answer; without, only those the topic's search reached.
  const spoken = entity === undefined ? undefined : index.quotesBy(entity.id);
  const hits = terms.length > 0 ? topicHits(index, terms, spoken) : undefined;
  const pool = spoken ?? topicPool(index, hits!);
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

/** Search hits read for a topic asked without a speaker: enough for the best few answers. */
const TOPIC_HITS = 100;

/** What a topic's search scored: quotations and paragraphs, by document. */
interface TopicHits {
  quotes: Map<number, number>;
  passages: Map<number, number>;
}

/** The topic's search over the corpus, or, for a speaker's quotations, over them and the paragraphs they stand in and follow. */
function topicHits(index: CorpusIndex, terms: readonly string[], spoken?: readonly IndexedQuote[]): TopicHits {
  const query = [...terms, ...terms.flatMap(synonymsOf)].join(' ');
  const scores = (hits: readonly TextHit[]) => new Map(hits.map(({ doc, score }) => [doc, score]));
  if (spoken === undefined) return { quotes: scores(index.scoreQuotes(query, TOPIC_HITS)), passages: scores(index.scorePassages(query, TOPIC_HITS)) };
  const quotes = new Set(spoken.map((quote) => quote.doc));
  const passages = new Set<number>();
  for (const quote of spoken) {
    for (const paragraph of [quote.paragraph, quote.paragraph - 1]) {
      const doc = index.passageDoc(quote.file, paragraph);
      if (doc !== undefined) passages.add(doc);
    }
  }
  return { quotes: scores(index.scoreQuotes(query, quotes.size, quotes)), passages: scores(index.scorePassages(query, passages.size, passages)) };
}

/**
 * The quotations a topic's search reached, in reading order: found themselves, or in a paragraph
 * it found, or right after one (whose reporting may say what they are about).
 */
function topicPool(index: CorpusIndex, hits: TopicHits): IndexedQuote[] {
  const pool = new Map([...hits.quotes.keys()].map((doc) => [doc, index.quote(doc)]));
  for (const doc of hits.passages.keys()) {
    const { file, paragraph } = index.placeOf(doc);
    for (const at of [paragraph, paragraph + 1]) {
      for (const quote of index.quotesIn({ file, paragraph: at })) pool.set(quote.doc, quote);
    }
  }
  return [...pool.values()].sort((a, b) => a.doc - b.doc);
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
  const paragraphScore = (quote: IndexedQuote, paragraph: number): number => hits.passages.get(index.passageDoc(quote.file, paragraph) ?? -1) ?? 0;
  const scores = new Map<string, number>();
  for (const quote of pool) {
    const ownScore = hits.quotes.get(quote.doc) ?? 0;
    const aroundScore = paragraphScore(quote, quote.paragraph) + paragraphScore(quote, quote.paragraph - 1);
    // Neither the quotation nor its paragraphs were found: it scores nothing, whatever its words.
    if (ownScore === 0 && aroundScore === 0) continue;
    const here = index.passage(quote.file, quote.paragraph);
    const before = index.passage(quote.file, quote.paragraph - 1);
    const reporting = `${here?.text ?? ''} ${before?.text ?? ''}`;
    const around = matchedTerms(terms, tokenize(`${quote.text} ${reporting}`)).length;
    if (around === 0) continue;
    // The paragraphs' relevance counts as far as it lies next to the quote, not elsewhere in them.
    const { introduction, prompt } = surroundings(quote, here, before);
    const nearby = matchedTerms(terms, tokenize(`${introduction} ${prompt}`)).length;
    const inReporting = Math.max(1, matchedTerms(terms, tokenize(reporting)).length);
    const score = ownScore + aroundScore * (nearby / inReporting);
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
