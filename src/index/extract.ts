import type { ArticleExtract, Mention, ParsedArticle, Statement } from '../types.ts';
import type { CorpusFile } from '../corpus/read.ts';
import { parseArticle } from '../corpus/passages.ts';
import { extractMentions } from '../nlp/people.ts';
import { extractQuotes, readSpeech } from '../nlp/quotes.ts';
import { extractTimes } from '../nlp/dates.ts';

/** Everything Byline extracts from one file: a pure function of its text, so it can run anywhere. */
export function extractArticle(file: CorpusFile): ArticleExtract {
  const article = parseArticle(file);
  const mentions = extractMentions(article);
  return {
    article,
    mentions,
    quotes: extractQuotes(article, mentions),
    statements: extractStatements(article, mentions),
    times: extractTimes(article),
  };
}

/** The article's reported speech that names its speaker: only that can answer "who said …". */
function extractStatements(article: ParsedArticle, mentions: readonly Mention[]): Statement[] {
  const statements: Statement[] = [];
  for (const { passage, start, end, cue, speaker } of readSpeech(article, mentions).statements) {
    const { file, paragraph, text } = article.passages[passage]!;
    if (speaker) statements.push({ text: text.slice(start, end), speaker, cue, file, paragraph });
  }
  return statements;
}
