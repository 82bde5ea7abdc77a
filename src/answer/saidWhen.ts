/**
 * "When did Blinken say the US would keep answering attacks by Iran's proxies?": the day of the
 * speaker's own quotation that says it. A question about a saying paraphrases the words said
 * ("keep answering" of "continue to respond"), which the event search misses; the speaker's
 * quotations, searched by topic as `/quote` searches them, find it. The time is the one its
 * attribution gives ("said on Friday"), else, as news reports the day's sayings, the story's day.
 */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import type { QuestionOf } from './question.ts';
import { citationOf, matchedTerms, questionTerms, tokenize } from './evidence.ts';
import { quoteAnswers } from './quote.ts';
import { storyDay } from './when.ts';

/** "When did <speaker> say (that) <words>": the speaker and what was said. */
const SAID_WHEN = /^\s*when\s+(?:did|has|had)\s+(.+?)\s+(?:say|tell|warn|announce|declare|promise|vow|pledge|stress|insist)\b\s*(?:that\s+)?(.*?)\??\s*$/i;

/** Share of the words said the quotation must hold: a question about one saying names most of it. */
const SAID_SHARE = 0.5;

export function saidWhenAnswers(index: CorpusIndex, question: QuestionOf<'eventTime'>): Answer[] {
  const said = SAID_WHEN.exec(question.text);
  const [speaker, topic] = [said?.[1] ?? '', said?.[2] ?? ''];
  const terms = questionTerms(topic);
  if (speaker === '' || terms.length === 0) return [];
  const quote = quoteAnswers(index, { speaker, topic })[0];
  const cited = quote?.citations[0];
  const passage = cited === undefined ? undefined : index.passage(cited.file, cited.paragraph);
  if (quote === undefined || passage === undefined) return [];
  // The quotation with its attribution: "said on Friday" stands beside the words.
  const sentence = passage.sentences.findIndex((s) => s.includes(quote.text.slice(0, 40)));
  const matched = matchedTerms(terms, tokenize(sentence < 0 ? quote.text : passage.sentences[sentence]!));
  if (matched.length < SAID_SHARE * terms.length) return [];
  const evidence = { passage, score: quote.score ?? 1, matched, coverage: matched.length / terms.length };
  const attributed = index.timesIn(passage).find((time) => time.sentence === sentence && time.date !== undefined);
  if (attributed !== undefined) {
    return [{ text: attributed.text, date: attributed.date!, score: evidence.score, matched, citations: [citationOf(passage)] }];
  }
  const day = storyDay(index, evidence, question.granularity);
  return day === undefined ? [] : [{ ...day, note: `${quote.speaker ?? 'The speaker'} said it in a story of that day; the passage gives no other time.` }];
}
