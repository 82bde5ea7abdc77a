/**
 * An article's extraction as the snapshot stores it: without what it repeats, in kinds of line
 * (the article, each kind of its findings, each passage, each quotation) so that a question reads only what it needs.
 * Every passage, mention, quotation and time expression names its article's file, and a
 * passage's sentences repeat its text; at 10,000 articles these were half the snapshot. The file
 * is stored once and a sentence as its span in the text.
 */
import type { ArticleExtract, Passage, Quote } from '../types.ts';
import type { FileExtract } from './corpusIndex.ts';

/** A sentence as `[start, end]` in its passage's text, or as itself when it is not a plain slice. */
type CompactSentence = [number, number] | string;

type WithoutFile<T extends { file: string }> = Omit<T, 'file'> & { file?: string };

/** A passage's line. */
export interface CompactPassage extends Omit<WithoutFile<Passage>, 'sentences'> {
  sentences: CompactSentence[];
}

/** An article's line: its hash and metadata. Its findings, passages and quotations have lines of their own. */
export interface CompactArticle {
  hash: string;
  meta: FileExtract['extract']['article']['meta'];
}

/**
 * The kinds of an article's findings, each kept as one line per article: a question reads the
 * kinds it needs ("who said" the statements, "when" the times), and an article's mentions alone
 * are nearly half its findings' bytes.
 */
export const FINDING_KINDS = ['mentions', 'statements', 'times'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** An article's findings of each kind. */
export type Findings = Pick<ArticleExtract, FindingKind>;

/** An article's findings of one kind, as their line stores them. */
export type CompactFindings<K extends FindingKind> = Array<WithoutFile<ArticleExtract[K][number]>>;

function without<T extends { file: string }>(file: string, item: T): WithoutFile<T> {
  if (item.file !== file) return item;
  const { file: _file, ...rest } = item;
  return rest;
}

function within<T extends { file: string }>(file: string, item: WithoutFile<T>): T {
  return { file, ...item } as T;
}

/** An article's own line; `expandArticle` restores the extraction from it, its findings, passages and quotations. */
export function compactArticle({ hash, extract }: FileExtract): CompactArticle {
  return { hash, meta: extract.article.meta };
}

/** An article's findings of one kind as their line stores them; `expandFindings` restores them. */
export function compactFindings<K extends FindingKind>(extract: ArticleExtract, kind: K): CompactFindings<K> {
  const { file } = extract.article.meta;
  return (extract[kind] as Array<ArticleExtract[K][number]>).map((finding) => without(file, finding));
}

export function expandFindings<K extends FindingKind>(file: string, findings: CompactFindings<K>): ArticleExtract[K] {
  return findings.map((finding) => within(file, finding)) as ArticleExtract[K];
}

export function expandArticle({ hash, meta }: CompactArticle, passages: Passage[], quotes: Quote[], { mentions, statements, times }: Findings): FileExtract {
  return { hash, extract: { article: { meta, passages }, mentions, quotes, statements, times } };
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
