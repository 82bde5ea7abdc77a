/**
 * An article's extraction as the snapshot stores it: without what it repeats, in three kinds of
 * line (the article with its statements, each passage, each quotation) so that a question reads only what it needs.
 * Every passage, mention, quotation and time expression names its article's file, and a
 * passage's sentences repeat its text; at 10,000 articles these were half the snapshot. The file
 * is stored once and a sentence as its span in the text.
 */
import type { Mention, Passage, Quote, Statement, TimeExpression } from '../types.ts';
import type { FileExtract } from './corpusIndex.ts';

/** A sentence as `[start, end]` in its passage's text, or as itself when it is not a plain slice. */
type CompactSentence = [number, number] | string;

type WithoutFile<T extends { file: string }> = Omit<T, 'file'> & { file?: string };

/** A passage's line. */
export interface CompactPassage extends Omit<WithoutFile<Passage>, 'sentences'> {
  sentences: CompactSentence[];
}

/** An article's line: everything but its passages and quotations, which have lines of their own. */
export interface CompactArticle {
  hash: string;
  meta: FileExtract['extract']['article']['meta'];
  mentions: Array<WithoutFile<Mention>>;
  statements: Array<WithoutFile<Statement>>;
  times: Array<WithoutFile<TimeExpression>>;
}

function without<T extends { file: string }>(file: string, item: T): WithoutFile<T> {
  if (item.file !== file) return item;
  const { file: _file, ...rest } = item;
  return rest;
}

function within<T extends { file: string }>(file: string, item: WithoutFile<T>): T {
  return { file, ...item } as T;
}

/** An article's own line; `expandArticle` restores the extraction from it and its passages and quotations. */
export function compactArticle({ hash, extract }: FileExtract): CompactArticle {
  const { file } = extract.article.meta;
  return {
    hash,
    meta: extract.article.meta,
    mentions: extract.mentions.map((mention) => without(file, mention)),
    statements: extract.statements.map((statement) => without(file, statement)),
    times: extract.times.map((time) => without(file, time)),
  };
}

export function expandArticle({ hash, meta, mentions, statements, times }: CompactArticle, passages: Passage[], quotes: Quote[]): FileExtract {
  return {
    hash,
    extract: {
      article: { meta, passages },
      mentions: mentions.map((mention) => within<Mention>(meta.file, mention)),
      quotes,
      statements: statements.map((statement) => within<Statement>(meta.file, statement)),
      times: times.map((time) => within<TimeExpression>(meta.file, time)),
    },
  };
}

export function compactPassage(passage: Passage): CompactPassage {
  let cursor = 0;
  const sentences = passage.sentences.map((sentence): CompactSentence => {
    const start = passage.text.indexOf(sentence, cursor);
    if (start < 0) return sentence;
    cursor = start + sentence.length;
    return [start, cursor];
  });
  return { ...without(passage.file, passage), sentences };
}

export function expandPassage({ sentences, ...passage }: CompactPassage, file: string): Passage {
  return {
    ...within<Omit<Passage, 'sentences'>>(file, passage),
    sentences: sentences.map((sentence) => (typeof sentence === 'string' ? sentence : passage.text.slice(sentence[0], sentence[1]))),
  };
}

/** A quotation's line. */
export type StoredQuote = WithoutFile<Quote>;

export function compactQuote(quote: Quote): StoredQuote {
  return without(quote.file, quote);
}

export function expandQuote(quote: StoredQuote, file: string): Quote {
  return within<Quote>(file, quote);
}
