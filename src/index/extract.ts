import type { ArticleExtract } from '../types.ts';
import type { CorpusFile } from '../corpus/read.ts';
import { parseArticle } from '../corpus/passages.ts';
import { extractMentions } from '../nlp/people.ts';
import { extractQuotes } from '../nlp/quotes.ts';
import { extractTimes } from '../nlp/dates.ts';

/** Everything Byline extracts from one file: a pure function of its text, so it can run anywhere. */
export function extractArticle(file: CorpusFile): ArticleExtract {
  const article = parseArticle(file);
  const mentions = extractMentions(article);
  return { article, mentions, quotes: extractQuotes(article, mentions), times: extractTimes(article) };
}
