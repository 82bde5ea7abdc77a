import type { ArticleExtract, ParsedArticle, Statement } from '../types.ts';
import type { CorpusFile } from '../corpus/read.ts';
import { parseArticle } from '../corpus/passages.ts';
import { extractMentions } from '../nlp/people.ts';
import { quotesOf, readSpeech, type ArticleSpeech } from '../nlp/quotes.ts';
import { extractTimes } from '../nlp/dates.ts';

/** Everything Byline extracts from one file: a pure function of its text, so it can run anywhere. */
export function extractArticle(file: CorpusFile): ArticleExtract {
  const article = parseArticle(file);
  const mentions = extractMentions(article);
  // One reading of the speech gives both the quotations and the statements.
  const speech = readSpeech(article, mentions);
  return {
    article,
    mentions,
    quotes: quotesOf(speech),
    statements: statementsOf(article, speech),
    times: extractTimes(article),
  };
}

/**
 * The article's reported speech that names its speaker: only that can answer "who said …". A
 * paraphrase that carries a quoted fragment ("saying the US “will not tolerate” attacks") is one
 * too, since the fragment alone says less than the speaker is reported to have said.
 */
function statementsOf(article: ParsedArticle, speech: ArticleSpeech): Statement[] {
  const reported = [
    ...speech.statements,
    ...speech.quotations.flatMap(({ quote, clause }) => (clause ? [{ ...clause, speaker: quote.speaker, cue: quote.cue }] : [])),
  ];
  const statements: Statement[] = [];
  for (const { passage, start, end, cue, speaker } of reported) {
    const { file, paragraph, text } = article.passages[passage]!;
    if (speaker) statements.push({ text: text.slice(start, end), speaker, ...(cue ? { cue } : {}), file, paragraph });
  }
  return statements.sort((a, b) => a.paragraph - b.paragraph);
}
