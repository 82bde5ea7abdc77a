import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import { indexTerm, words } from '../text/terms.ts';

/** A searchable unit: a passage or a quotation. */
export interface TextDocument {
  id: string;
  text: string;
}

/** A search index in plain form (minisearch's), for the snapshot. */
export type SearchData = AsPlainObject;

/** One scored document for a query. */
export interface TextHit {
  id: string;
  score: number;
  /** The query's index terms that this document matched (exactly, by prefix or fuzzily). */
  matched: string[];
}

/** Index terms of the words seen so far: a corpus repeats its vocabulary, and `indexTerm` is pure. */
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 500_000;

function cachedIndexTerm(word: string): string | null {
  let term = termCache.get(word);
  if (term === undefined) {
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    term = indexTerm(word);
    termCache.set(word, term);
  }
  return term;
}

const OPTIONS: Options<TextDocument> = {
  fields: ['text'],
  storeFields: [],
  tokenize: (text) => words(text),
  processTerm: (term) => cachedIndexTerm(term),
  searchOptions: {
    // Prefix and fuzzy matching only on longer words: short ones would match half the corpus.
    prefix: (term) => term.length >= 5,
    fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    combineWith: 'OR',
  },
};

/** Exact terms only: no prefix or fuzzy expansions, each of which adds a posting list to score. */
const EXACT: SearchOptions = { prefix: false, fuzzy: false };

/**
 * BM25 search (minisearch) over passages or quotations. A document is its own text only: the
 * headline is an article's first passage, and copying it into every paragraph would repeat
 * its terms in every posting list of the article.
 */
export class TextSearch {
  private constructor(private readonly index: MiniSearch<TextDocument>) {}

  static build(documents: TextDocument[]): TextSearch {
    const index = new MiniSearch<TextDocument>(OPTIONS);
    index.addAll(documents);
    return new TextSearch(index);
  }

  /** Restores an index from `toData`'s plain form. */
  static fromData(data: SearchData): TextSearch {
    return new TextSearch(MiniSearch.loadJS<TextDocument>(data, OPTIONS));
  }

  /** The index in plain form: JSON-serialisable, and never one string however large. */
  toData(): SearchData {
    return this.index.toJSON();
  }

  /**
   * Documents matching any of the query's terms, best first. Exact terms are searched first;
   * prefix and fuzzy matches are added only when the exact terms find fewer than `limit`
   * documents, since every expansion's documents are scored too.
   */
  query(text: string, limit = 50): TextHit[] {
    const exact = this.index.search(text, EXACT);
    const results = exact.length >= limit ? exact : this.index.search(text);
    return results
      .slice(0, limit)
      .map((result) => ({ id: String(result.id), score: result.score, matched: [...new Set(result.queryTerms)] }));
  }
}
