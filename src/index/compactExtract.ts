/**
 * An article's extraction as the snapshot stores it: without what it repeats. Every passage,
 * mention, quotation and time expression names its article's file, and a passage's sentences
 * repeat its text; at 10,000 articles these were half the snapshot (100 of 136 MB) and so half
 * of the cold start's parsing. The file is stored once and a sentence as its span in the text.
 */
import type { Mention, Passage, Quote, TimeExpression } from '../types.ts';
import type { FileExtract } from './corpusIndex.ts';

/** A sentence as `[start, end]` in its passage's text, or as itself when it is not a plain slice. */
type CompactSentence = [number, number] | string;

type WithoutFile<T extends { file: string }> = Omit<T, 'file'> & { file?: string };

interface CompactPassage extends Omit<WithoutFile<Passage>, 'sentences'> {
  sentences: CompactSentence[];
}

/** One line of the snapshot's article part. */
export interface CompactExtract {
  hash: string;
  meta: FileExtract['extract']['article']['meta'];
  passages: CompactPassage[];
  mentions: Array<WithoutFile<Mention>>;
  quotes: Array<WithoutFile<Quote>>;
  times: Array<WithoutFile<TimeExpression>>;
}

/** Drops the fields an article's extraction repeats; `expand` restores them exactly. */
export function compact({ hash, extract }: FileExtract): CompactExtract {
  const { meta, passages } = extract.article;
  const own = <T extends { file: string }>(item: T): WithoutFile<T> => {
    if (item.file !== meta.file) return item;
    const { file: _file, ...rest } = item;
    return rest;
  };
  return {
    hash,
    meta,
    passages: passages.map((passage) => ({ ...own(passage), sentences: spans(passage.text, passage.sentences) })),
    mentions: extract.mentions.map(own),
    quotes: extract.quotes.map(own),
    times: extract.times.map(own),
  };
}

/** The extraction `compact` was given. */
export function expand({ hash, meta, passages, mentions, quotes, times }: CompactExtract): FileExtract {
  const own = <T extends { file: string }>(item: WithoutFile<T>): T => ({ file: meta.file, ...item }) as T;
  return {
    hash,
    extract: {
      article: {
        meta,
        passages: passages.map(({ sentences, ...passage }) => ({
          ...own<Omit<Passage, 'sentences'>>(passage),
          sentences: sentences.map((sentence) => (typeof sentence === 'string' ? sentence : passage.text.slice(sentence[0], sentence[1]))),
        })),
      },
      mentions: mentions.map(own<Mention>),
      quotes: quotes.map(own<Quote>),
      times: times.map(own<TimeExpression>),
    },
  };
}

function spans(text: string, sentences: readonly string[]): CompactSentence[] {
  let cursor = 0;
  return sentences.map((sentence) => {
    const start = text.indexOf(sentence, cursor);
    if (start < 0) return sentence;
    cursor = start + sentence.length;
    return [start, cursor];
  });
}
