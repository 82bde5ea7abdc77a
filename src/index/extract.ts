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

/**
 * The article's reported speech that names its speaker: only that can answer "who said …". A
 * paraphrase that carries a quoted fragment ("saying the US “will not tolerate” attacks") is one
 * too, since the fragment alone says less than the speaker is reported to have said.
 */
function extractStatements(article: ParsedArticle, mentions: readonly Mention[]): Statement[] {
  // A second reading of the speech (extractQuotes makes the first): about a tenth of extraction's time,
  // until quotes.ts gives quotations and statements from one pass.
  const speech = readSpeech(article, mentions);
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
