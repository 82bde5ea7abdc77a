/**
 * Byline's full-text index: BM25+ over passages or quotations, scored exactly as minisearch scored
 * them (prefix and fuzzy expansions included), but stored as a few typed arrays so that loading is
 * a handful of views and a query touches no per-document objects.
 */
import { BylineError } from '../errors.ts';
import { indexTerm, synonymsOf, words } from '../text/terms.ts';
import { matchForms, sameWord } from '../text/termMatch.ts';

/** One scored document for a query. */
export interface TextHit {
  /** The document's number: its position in the array given to `build`. */
  doc: number;
  score: number;
  /** The query's index terms (after `indexTerm`) that this document matched exactly, by prefix or fuzzily, in query order, without repeats. */
  matched: string[];
}

/**
 * How many distinct terms of one query are scored: a document's matched terms are a 32-bit mask.
 * Terms after the 32nd distinct one are ignored (a question that long has said what it is about).
 */
export const MAX_QUERY_TERMS = 32;

// minisearch's defaults, which Byline's scores have always used.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;
const FUZZY_RATIO = 0.2;
// Prefix and fuzzy matching only on longer words: short ones would match half the corpus.
const MIN_PREFIX_LENGTH = 5;
const MIN_FUZZY_LENGTH = 6;

type Frequencies = Uint8Array | Uint16Array | Uint32Array;

/** The index's data, as stored. Term numbers are positions in `terms`, which is sorted. */
interface Sections {
  /** Per document: its number of distinct raw words (minisearch's field length). */
  lengths: Uint32Array;
  /** The mean of `lengths`, accumulated in document order as minisearch does. */
  averageLength: number;
  terms: string[];
  /** Per term: where its postings start; one more entry marks the end of the last. */
  starts: Uint32Array;
  /** Postings: document numbers, ascending within each term. */
  docs: Uint32Array;
  /** Postings: how often the term occurs in the document. */
  frequencies: Frequencies;
}

/** One posting list to score for a query term, and its weight (1 exact, less when expanded). */
interface Expansion {
  term: number;
  weight: number;
}

/** Each document's distinct term numbers: document d's are `terms[starts[d]]` to `terms[starts[d + 1] - 1]`, ascending. */
interface DocumentTerms {
  starts: Uint32Array;
  terms: Uint32Array;
}

/** Where a query term's matches are: see `TextSearch.matchingTerms`. */
interface TermMatches {
  found: Uint32Array;
  edited: string[];
  /** Each of `edited`'s letters (`letterMask`). */
  editedMasks: Uint32Array;
}

/** Query terms whose expansions or matching terms are kept: a few questions' worth many times over. */
const MATCHING_LIMIT = 20_000;

/** Per-document scratch space for queries, allocated once per index. */
interface Accumulators {
  scores: Float64Array;
  /** Bit i set: the document matched the query's i-th distinct term. */
  masks: Uint32Array;
  /** The documents with a non-zero mask, so only they are read and reset. */
  touched: Uint32Array;
}

const MAGIC = 0x5354_4c42; // "BLTS" read little-endian
const VERSION = 1;
const HEADER_BYTES = 40;
/** Typed arrays are copied and viewed as they lie in memory, which is little-endian on every platform Node runs on. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function requireLittleEndian(): void {
  if (!LITTLE_ENDIAN) throw new BylineError('the text search index format needs a little-endian machine');
}

/**
 * BM25+ search over short texts. Document numbers are positions in the array given to `build`.
 *
 * @example
 * ```ts
 * const search = TextSearch.build(['Storm hits the harbour', 'Quiet harbour town']);
 * search.query('harbour storm');
 * // [{ doc: 0, score: 2.5358…, matched: ['harbour', 'storm'] }, { doc: 1, score: 0.2840…, matched: ['harbour'] }]
 * ```
 */
export class TextSearch {
  /** Per document: minisearch's length normalisation `k * (1 - b + b * len / avgLen)`. */
  private readonly norms: Float64Array;
  private accumulators: Accumulators | undefined;
  /** What fuzzy lookups read (see `FuzzyTables`); built on the first fuzzy query. */
  private fuzzyTerms: FuzzyTables | undefined;
  /** Each document's distinct terms (the postings read by document); built when first asked for. */
  private documents: DocumentTerms | undefined;
  /** Each term's length, contiguous (see `termLengths`); built with the document terms. */
  private termLength: Uint8Array | undefined;
  /** Per query term, its prefix and fuzzy expansions (see `expansions`); bounded as a whole. */
  private readonly expanded = new Map<string, Expansion[]>();
  /** Per query term, where its matches are (see `matchingTerms`); bounded as a whole. */
  private readonly matching = new Map<string, TermMatches>();

  private constructor(private readonly data: Sections) {
    const { lengths, averageLength } = data;
    this.norms = new Float64Array(lengths.length);
    for (let doc = 0; doc < lengths.length; doc++) {
      // Written as minisearch writes it, so scores agree to the last bit.
      this.norms[doc] = K * (1 - B + (B * (lengths[doc] as number)) / averageLength);
    }
  }

  /** Builds an index over the texts; document numbers are their positions. */
  static build(texts: readonly string[]): TextSearch {
    const termIds = new Map<string, number>();
    const lengths = new Uint32Array(texts.length);
    let averageLength = 0;
    const postingTerms: number[] = [];
    const postingDocs: number[] = [];
    const postingFrequencies: number[] = [];
    // Per term: the last document that used it, and that document's posting, to count repeats.
    const lastDoc: number[] = [];
    const lastPosting: number[] = [];
    for (let doc = 0; doc < texts.length; doc++) {
      const tokens = words(texts[doc] as string);
      const length = new Set(tokens).size;
      lengths[doc] = length;
      averageLength = (averageLength * doc + length) / (doc + 1);
      for (const token of tokens) {
        const term = indexTerm(token);
        if (term === null) continue;
        let id = termIds.get(term);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(term, id);
          lastDoc.push(-1);
          lastPosting.push(0);
        }
        if (lastDoc[id] === doc) {
          const posting = lastPosting[id] as number;
          postingFrequencies[posting] = (postingFrequencies[posting] as number) + 1;
        } else {
          lastDoc[id] = doc;
          lastPosting[id] = postingTerms.length;
          postingTerms.push(id);
          postingDocs.push(doc);
          postingFrequencies.push(1);
        }
      }
    }
    return new TextSearch(sortPostings(termIds, lengths, averageLength, postingTerms, postingDocs, postingFrequencies));
  }

  /** Restores an index from `toBytes`' output without re-tokenising anything; views into `bytes` where alignment allows. */
  static fromBytes(bytes: Uint8Array): TextSearch {
    requireLittleEndian();
    // Sections are aligned to 8 from the start; a misaligned start costs one copy.
    // (`new Uint8Array` copies even a Buffer, whose `slice` would not.)
    const aligned = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
    const view = new DataView(aligned.buffer, aligned.byteOffset, aligned.byteLength);
    if (aligned.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC) {
      throw new BylineError('these bytes are not a text search index');
    }
    const version = view.getUint32(4, true);
    if (version !== VERSION) throw new BylineError(`text search index version ${version} is not ${VERSION}; rebuild the index`);
    const docCount = view.getUint32(8, true);
    const termCount = view.getUint32(12, true);
    const postingCount = view.getUint32(16, true);
    const frequencyBytes = view.getUint32(20, true);
    const averageLength = view.getFloat64(24, true);
    const termBytes = view.getUint32(32, true);
    const layout = sectionLayout(docCount, termCount, postingCount, frequencyBytes, termBytes);
    if (layout.total !== aligned.byteLength) {
      throw new BylineError(`text search index is ${aligned.byteLength} bytes, expected ${layout.total}`);
    }
    const { buffer, byteOffset } = aligned;
    const termText = new TextDecoder().decode(aligned.subarray(layout.terms, layout.terms + termBytes));
    const terms = termCount === 0 ? [] : termText.split('\n');
    if (terms.length !== termCount) throw new BylineError(`text search index lists ${terms.length} terms, expected ${termCount}`);
    return new TextSearch({
      lengths: new Uint32Array(buffer, byteOffset + layout.lengths, docCount),
      averageLength,
      terms,
      starts: new Uint32Array(buffer, byteOffset + layout.starts, termCount + 1),
      docs: new Uint32Array(buffer, byteOffset + layout.docs, postingCount),
      frequencies: frequencyArray(frequencyBytes, buffer, byteOffset + layout.frequencies, postingCount),
    });
  }

  /** The whole index as one self-contained little-endian byte array (typed-array sections aligned to 8). */
  toBytes(): Uint8Array {
    requireLittleEndian();
    const { lengths, averageLength, terms, starts, docs, frequencies } = this.data;
    const termText = new TextEncoder().encode(terms.join('\n'));
    const layout = sectionLayout(lengths.length, terms.length, docs.length, frequencies.BYTES_PER_ELEMENT, termText.length);
    const bytes = new Uint8Array(layout.total);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, VERSION, true);
    view.setUint32(8, lengths.length, true);
    view.setUint32(12, terms.length, true);
    view.setUint32(16, docs.length, true);
    view.setUint32(20, frequencies.BYTES_PER_ELEMENT, true);
    view.setFloat64(24, averageLength, true);
    view.setUint32(32, termText.length, true);
    bytes.set(asBytes(lengths), layout.lengths);
    bytes.set(asBytes(starts), layout.starts);
    bytes.set(asBytes(docs), layout.docs);
    bytes.set(asBytes(frequencies), layout.frequencies);
    bytes.set(termText, layout.terms);
    return bytes;
  }

  /** How many documents. */
  get size(): number {
    return this.data.lengths.length;
  }

  /**
   * Documents matching any of the query's terms, best first, at most `limit` (default 50).
   * Exact terms are scored first; prefix and fuzzy expansions are added only when the exact terms
   * find fewer than `limit` documents, since every expansion's postings are scored too.
   * Equal scores go to the lower document number first. With `within`, only those documents
   * count (a speaker's quotations, say): they are scored as in the whole index, the rest dropped.
   */
  query(text: string, limit = 50, within?: ReadonlySet<number>): TextHit[] {
    const { distinct, occurrences } = queryTerms(text);
    if (distinct.length === 0 || !(limit >= 1)) return [];
    const accumulators = (this.accumulators ??= allocate(this.size));
    let touched = this.score(accumulators, distinct, occurrences, false);
    let matching = within === undefined ? touched : keepWithin(accumulators, touched, within);
    if (matching < limit) {
      reset(accumulators, touched);
      touched = this.score(accumulators, distinct, occurrences, true);
      matching = within === undefined ? touched : keepWithin(accumulators, touched, within);
    }
    const hits = topHits(accumulators, matching, Math.floor(limit), distinct);
    reset(accumulators, touched);
    return hits;
  }

  /** Adds every query term's postings into the accumulators; returns how many documents matched. */
  private score(accumulators: Accumulators, distinct: string[], occurrences: number[], expand: boolean): number {
    const expansions = distinct.map((term) => (expand ? this.expansions(term) : this.exact(term)));
    let touched = 0;
    for (const which of occurrences) {
      const bit = (1 << which) >>> 0;
      for (const { term, weight } of expansions[which] as Expansion[]) {
        touched = this.addPostings(accumulators, touched, term, weight, bit);
      }
    }
    return touched;
  }

  /** The hot loop: one posting list into the dense accumulators. */
  private addPostings(accumulators: Accumulators, touchedCount: number, term: number, weight: number, bit: number): number {
    const { starts, docs, frequencies } = this.data;
    const { scores, masks, touched } = accumulators;
    const norms = this.norms;
    const start = starts[term] as number;
    const end = starts[term + 1] as number;
    const documentCount = this.size;
    const matching = end - start;
    const idf = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
    let count = touchedCount;
    for (let p = start; p < end; p++) {
      const doc = docs[p] as number;
      const frequency = frequencies[p] as number;
      scores[doc] = (scores[doc] as number) + weight * (idf * (D + (frequency * (K + 1)) / (frequency + (norms[doc] as number))));
      const mask = masks[doc] as number;
      if (mask === 0) touched[count++] = doc;
      masks[doc] = mask | bit;
    }
    return count;
  }

  private exact(term: string): Expansion[] {
    const id = this.find(term);
    return id < 0 ? [] : [{ term: id, weight: 1 }];
  }

  /** The term itself, every longer term it begins, and every term within its fuzzy distance (kept: the fuzzy walk is most of a query's cost). */
  private expansions(term: string): Expansion[] {
    let found = this.expanded.get(term);
    if (found === undefined) {
      found = this.expand(term);
      if (this.expanded.size >= MATCHING_LIMIT) this.expanded.clear();
      this.expanded.set(term, found);
    }
    return found;
  }

  private expand(term: string): Expansion[] {
    const { terms } = this.data;
    const found = this.exact(term);
    if (term.length >= MIN_PREFIX_LENGTH) {
      for (let id = lowerBound(terms, term); id < terms.length && (terms[id] as string).startsWith(term); id++) {
        const length = (terms[id] as string).length;
        const distance = length - term.length;
        if (distance > 0) found.push({ term: id, weight: (PREFIX_WEIGHT * length) / (length + 0.3 * distance) });
      }
    }
    if (term.length >= MIN_FUZZY_LENGTH) {
      const maxDistance = Math.min(MAX_FUZZY, Math.round(term.length * FUZZY_RATIO));
      for (const [id, distance] of this.fuzzyMatches(term, maxDistance)) {
        const other = terms[id] as string;
        // A term the prefix already found is scored as a prefix match only.
        if (distance > 0 && !other.startsWith(term)) {
          found.push({ term: id, weight: (FUZZY_WEIGHT * other.length) / (other.length + distance) });
        }
      }
    }
    return found;
  }

  /** Builds now what the first query would otherwise build: the working arrays and the fuzzy lookup's tables. */
  prepare(): void {
    this.accumulators ??= allocate(this.size);
    this.fuzzyIndex();
  }

  /** Builds now what the first `matchedIn` would otherwise build: each document's terms (4 bytes a posting). */
  prepareMatching(): void {
    this.documentTerms();
    this.termLengths();
  }

  /**
   * The query terms (index terms, as `indexTerm` gives them) that a document holds in some form:
   * those for which some term of the document `termMatches`. What reading the document's words
   * one by one would find, without reading the document.
   */
  matchedIn(doc: number, queryTerms: readonly string[]): string[] {
    const { starts, terms } = this.documentTerms();
    // The document's terms are read in place (`from` to `to`): asked of dozens of documents a question, a view each would be garbage.
    const from = starts[doc] as number;
    const to = starts[doc + 1] as number;
    const matched: string[] = [];
    for (let n = 0; n < queryTerms.length; n++) {
      const query = queryTerms[n] as string;
      const matches = this.matchingTerms(query);
      if (intersects(terms, from, to, matches.found) || (matches.edited.length > 0 && this.someWithinOneEdit(terms, from, to, matches))) matched.push(query);
    }
    return matched;
  }

  /** Whether a document holds the index term itself (some word of it has that index term), without reading the document. */
  holds(doc: number, term: string): boolean {
    const id = this.find(term);
    if (id < 0) return false;
    const { starts, terms } = this.documentTerms();
    // A document's terms are ascending.
    let low = starts[doc] as number;
    let high = starts[doc + 1] as number;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((terms[middle] as number) < id) low = middle + 1;
      else high = middle;
    }
    return low < (starts[doc + 1] as number) && terms[low] === id;
  }

  /**
   * Where the terms `termMatches(query, term)` accepts are: every one but the one-edit matches
   * among `found` (ascending term numbers: found by lookups, `matchForms`, then checked), and the
   * seeds whose one-edit matches are looked for in each document's own terms (a fuzzy lookup in
   * the whole vocabulary costs more than reading the few of a document's terms of a near length).
   */
  private matchingTerms(query: string): TermMatches {
    let matches = this.matching.get(query);
    if (matches === undefined) {
      const { terms } = this.data;
      const accepted = new Set<number>();
      const edited: string[] = [];
      for (const seed of [query, ...synonymsOf(query)]) {
        const accept = (id: number): void => {
          if (sameWord(seed, terms[id] as string)) accepted.add(id);
        };
        const { forms, prefix, oneEdit } = matchForms(seed);
        for (const form of forms) {
          const id = this.find(form);
          if (id >= 0) accept(id);
        }
        if (prefix !== undefined) for (let id = lowerBound(terms, prefix); id < terms.length && (terms[id] as string).startsWith(prefix); id++) accept(id);
        if (oneEdit) edited.push(seed);
      }
      matches = { found: Uint32Array.from(accepted).sort(), edited, editedMasks: Uint32Array.from(edited, letterMask) };
      if (this.matching.size >= MATCHING_LIMIT) this.matching.clear();
      this.matching.set(query, matches);
    }
    return matches;
  }

  /**
   * Whether one of a document's terms (`own[from]` to `own[to - 1]`) is a one-edit form of one of
   * the seeds (`sameWord` on the terms of a near length). What `sameWord` accepts of a term at most
   * one letter longer or shorter is within one edit of it, so each has at most one letter the other
   * lacks: the letter masks rule out most terms before their strings are read.
   */
  private someWithinOneEdit(own: Uint32Array, from: number, to: number, { edited: seeds, editedMasks }: TermMatches): boolean {
    const { terms } = this.data;
    const lengths = this.termLengths();
    const { masks } = this.fuzzyIndex();
    for (let at = from; at < to; at++) {
      const id = own[at] as number;
      // The lengths and masks sit together; the strings do not, and reading each one costs a cache miss.
      const length = lengths[id] as number;
      const mask = masks[id] as number;
      for (let n = 0; n < seeds.length; n++) {
        const seed = seeds[n] as string;
        const seedMask = editedMasks[n] as number;
        if (Math.abs(length - seed.length) <= 1 && bitCount(seedMask & ~mask) <= 1 && bitCount(mask & ~seedMask) <= 1 && sameWord(seed, terms[id] as string)) return true;
      }
    }
    return false;
  }

  /** Each term's length (at most 255: no seed is that long). */
  private termLengths(): Uint8Array {
    if (this.termLength === undefined) this.termLength = Uint8Array.from(this.data.terms, (term) => Math.min(255, term.length));
    return this.termLength;
  }

  /** The postings turned around: each document's term numbers, ascending (terms are visited in order). */
  private documentTerms(): DocumentTerms {
    if (this.documents === undefined) {
      const { starts: termStarts, docs } = this.data;
      const starts = new Uint32Array(this.size + 1);
      for (let p = 0; p < docs.length; p++) {
        const slot = (docs[p] as number) + 1;
        starts[slot] = (starts[slot] as number) + 1;
      }
      for (let doc = 1; doc < starts.length; doc++) starts[doc] = (starts[doc] as number) + (starts[doc - 1] as number);
      const next = starts.slice(0, this.size);
      const terms = new Uint32Array(docs.length);
      for (let term = 0; term + 1 < termStarts.length; term++) {
        for (let p = termStarts[term] as number; p < (termStarts[term + 1] as number); p++) {
          const doc = docs[p] as number;
          const at = next[doc] as number;
          next[doc] = at + 1;
          terms[at] = term;
        }
      }
      this.documents = { starts, terms };
    }
    return this.documents;
  }

  /**
   * The terms within `maxDistance` edits (Levenshtein) of `term`, with their distances, in the
   * order minisearch's radix tree (`SearchableMap.fuzzyGet`) found them, which scores are summed
   * in: term order. (Its walk takes each node's children in insertion order; the terms were
   * inserted sorted, and a split edge, always the last one, was put last again, so children stay
   * sorted.) Only terms of a near length whose letters could be within reach are compared at all.
   */
  fuzzyMatches(term: string, maxDistance: number): Array<[id: number, distance: number]> {
    const { byLength, masks, pairMasks } = this.fuzzyIndex();
    const { terms } = this.data;
    const mask = letterMask(term);
    const pairs = pairMask(term);
    const found: Array<[number, number]> = [];
    const longest = Math.min(byLength.length - 1, term.length + maxDistance);
    for (let length = Math.max(0, term.length - maxDistance); length <= longest; length++) {
      const ids = byLength[length] as Uint32Array;
      for (let n = 0; n < ids.length; n++) {
        const id = ids[n] as number;
        const other = masks[id] as number;
        // Each edit takes away at most one letter of one word and brings at most one of the other,
        // and at most two of the letter pairs of one word and two of the other.
        if (bitCount(mask & ~other) > maxDistance || bitCount(other & ~mask) > maxDistance) continue;
        const otherPairs = pairMasks[id] as number;
        if (bitCount(pairs & ~otherPairs) > 2 * maxDistance || bitCount(otherPairs & ~pairs) > 2 * maxDistance) continue;
        const distance = editDistanceWithin(term, terms[id] as string, maxDistance);
        if (distance <= maxDistance) found.push([id, distance]);
      }
    }
    return found.sort((a, b) => a[0] - b[0]);
  }

  private fuzzyIndex(): FuzzyTables {
    if (this.fuzzyTerms === undefined) {
      const { terms } = this.data;
      const longest = terms.reduce((most, term) => Math.max(most, term.length), 0);
      const counts = new Uint32Array(longest + 1);
      for (const term of terms) counts[term.length] = (counts[term.length] as number) + 1;
      const byLength = Array.from(counts, (count) => new Uint32Array(count));
      const filled = new Uint32Array(longest + 1);
      const masks = new Uint32Array(terms.length);
      const pairMasks = new Uint32Array(terms.length);
      terms.forEach((term, id) => {
        const length = term.length;
        (byLength[length] as Uint32Array)[filled[length] as number] = id;
        filled[length] = (filled[length] as number) + 1;
        masks[id] = letterMask(term);
        pairMasks[id] = pairMask(term);
      });
      this.fuzzyTerms = { byLength, masks, pairMasks };
    }
    return this.fuzzyTerms;
  }

  /**
   * How rare a query term is here: BM25's idf over the documents that hold it in any form the
   * query would match (itself, longer words it begins, near spellings), at most the whole index.
   */
  rarity(term: string): number {
    const { starts } = this.data;
    let holding = 0;
    for (const { term: id } of this.expansions(term)) holding += starts[id + 1]! - starts[id]!;
    const matching = Math.min(holding, this.size);
    return Math.log(1 + (this.size - matching + 0.5) / (matching + 0.5));
  }

  /** The first `limit` documents (in document order) that hold the term exactly: no scoring, no fuzzy expansion. */
  documentsWith(term: string, limit: number): number[] {
    const id = this.find(term);
    if (id < 0) return [];
    const { starts, docs } = this.data;
    const end = Math.min(starts[id + 1]!, starts[id]! + limit);
    return Array.from(docs.subarray(starts[id]!, end));
  }

  /** The term's number, or -1. */
  private find(term: string): number {
    const { terms } = this.data;
    const id = lowerBound(terms, term);
    return terms[id] === term ? id : -1;
  }
}

/** What fuzzy lookups read: term numbers by term length, and each term's letters (`letterMask`). */
interface FuzzyTables {
  byLength: Uint32Array[];
  masks: Uint32Array;
  /** Each term's letter pairs (`pairMask`). */
  pairMasks: Uint32Array;
}

/**
 * The pairs of adjacent letters a word has, as bits (hashed onto 32): an edit removes at most two
 * pairs of a word and brings at most two, so words within k edits differ in at most 2k pairs each way.
 */
function pairMask(word: string): number {
  let mask = 0;
  for (let n = 1; n < word.length; n++) mask |= 1 << (Math.imul((word.charCodeAt(n - 1) << 8) | word.charCodeAt(n), 0x9e3779b1) >>> 27);
  return mask >>> 0;
}

/** The letters a word has, as bits: a–z one each, any other character one of six more by its code. */
function letterMask(word: string): number {
  let mask = 0;
  for (let n = 0; n < word.length; n++) {
    const code = word.charCodeAt(n);
    mask |= code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << (26 + (code % 6));
  }
  return mask >>> 0;
}

/** Two rows of the edit-distance table, grown as words need. */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** The Levenshtein distance of two words when it is at most `limit`; otherwise some number above `limit`. */
function editDistanceWithin(a: string, b: string, limit: number): number {
  const n = a.length;
  if (previousRow.length <= n) {
    previousRow = new Int32Array(n + 1);
    currentRow = new Int32Array(n + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= b.length; i++) {
    const code = b.charCodeAt(i - 1);
    current[0] = i;
    let least = i;
    for (let j = 1; j <= n; j++) {
      const replace = (previous[j - 1] as number) + (a.charCodeAt(j - 1) === code ? 0 : 1);
      const remove = (previous[j] as number) + 1;
      const insert = (current[j - 1] as number) + 1;
      const distance = replace < remove ? (replace < insert ? replace : insert) : remove < insert ? remove : insert;
      current[j] = distance;
      if (distance < least) least = distance;
    }
    if (least > limit) return limit + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[n] as number;
}

/** Whether `a[from]` to `a[to - 1]` and all of `b`, two ascending lists of term numbers, share one: each of the shorter looked up in the longer. */
function intersects(a: Uint32Array, from: number, to: number, b: Uint32Array): boolean {
  return to - from <= b.length ? within(a, from, to, b, 0, b.length) : within(b, 0, b.length, a, from, to);
}

/** Whether some of `short[shortFrom..shortTo)` is in `long[longFrom..longTo)` (both ascending), by binary searches that only move forward. */
function within(short: Uint32Array, shortFrom: number, shortTo: number, long: Uint32Array, longFrom: number, longTo: number): boolean {
  let low = longFrom;
  for (let at = shortFrom; at < shortTo; at++) {
    const id = short[at] as number;
    let high = longTo;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((long[middle] as number) < id) low = middle + 1;
      else high = middle;
    }
    if (low === longTo) return false;
    if (long[low] === id) return true;
  }
  return false;
}

/** A query's distinct index terms in order (at most `MAX_QUERY_TERMS`), and each occurrence as a position among them. */
function queryTerms(text: string): { distinct: string[]; occurrences: number[] } {
  const distinct: string[] = [];
  const occurrences: number[] = [];
  for (const word of words(text)) {
    const term = indexTerm(word);
    if (term === null) continue;
    let which = distinct.indexOf(term);
    if (which < 0) {
      if (distinct.length === MAX_QUERY_TERMS) continue;
      which = distinct.push(term) - 1;
    }
    // Every occurrence scores again, as in minisearch: a repeated word weighs more.
    occurrences.push(which);
  }
  return { distinct, occurrences };
}

/** Moves the touched documents that are `within` to the front of the touched list; returns how many there are. */
function keepWithin({ touched }: Accumulators, touchedCount: number, within: ReadonlySet<number>): number {
  let kept = 0;
  for (let i = 0; i < touchedCount; i++) {
    const doc = touched[i] as number;
    if (!within.has(doc)) continue;
    touched[i] = touched[kept] as number;
    touched[kept++] = doc;
  }
  return kept;
}

/** The best `limit` touched documents by a min-heap, then as hits, best first. */
function topHits(accumulators: Accumulators, touchedCount: number, limit: number, distinct: string[]): TextHit[] {
  const { scores, masks, touched } = accumulators;
  const size = Math.min(limit, touchedCount);
  const heapDocs = new Uint32Array(size);
  const heapScores = new Float64Array(size);
  let filled = 0;
  for (let i = 0; i < touchedCount; i++) {
    const doc = touched[i] as number;
    const score = (scores[doc] as number) * bitCount(masks[doc] as number);
    if (filled < size) {
      heapDocs[filled] = doc;
      heapScores[filled] = score;
      siftUp(heapDocs, heapScores, filled++);
    } else if (worse(heapScores[0] as number, heapDocs[0] as number, score, doc)) {
      heapDocs[0] = doc;
      heapScores[0] = score;
      siftDown(heapDocs, heapScores, size);
    }
  }
  const hits: TextHit[] = [];
  for (let i = 0; i < size; i++) {
    const doc = heapDocs[i] as number;
    const mask = masks[doc] as number;
    hits.push({ doc, score: heapScores[i] as number, matched: distinct.filter((_, which) => (mask >>> which) & 1) });
  }
  return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/** Whether (scoreA, docA) ranks below (scoreB, docB): lower score, or equal score and later document. */
function worse(scoreA: number, docA: number, scoreB: number, docB: number): boolean {
  return scoreA < scoreB || (scoreA === scoreB && docA > docB);
}

function siftUp(docs: Uint32Array, scores: Float64Array, at: number): void {
  let child = at;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if (!worse(scores[child] as number, docs[child] as number, scores[parent] as number, docs[parent] as number)) return;
    swap(docs, scores, child, parent);
    child = parent;
  }
}

function siftDown(docs: Uint32Array, scores: Float64Array, size: number): void {
  let parent = 0;
  for (;;) {
    let worst = parent;
    const left = 2 * parent + 1;
    const right = left + 1;
    if (left < size && worse(scores[left] as number, docs[left] as number, scores[worst] as number, docs[worst] as number)) worst = left;
    if (right < size && worse(scores[right] as number, docs[right] as number, scores[worst] as number, docs[worst] as number)) worst = right;
    if (worst === parent) return;
    swap(docs, scores, parent, worst);
    parent = worst;
  }
}

function swap(docs: Uint32Array, scores: Float64Array, i: number, j: number): void {
  const doc = docs[i] as number;
  docs[i] = docs[j] as number;
  docs[j] = doc;
  const score = scores[i] as number;
  scores[i] = scores[j] as number;
  scores[j] = score;
}

function bitCount(mask: number): number {
  let bits = mask - ((mask >>> 1) & 0x5555_5555);
  bits = (bits & 0x3333_3333) + ((bits >>> 2) & 0x3333_3333);
  return (((bits + (bits >>> 4)) & 0x0f0f_0f0f) * 0x0101_0101) >>> 24;
}

function allocate(documentCount: number): Accumulators {
  return {
    scores: new Float64Array(documentCount),
    masks: new Uint32Array(documentCount),
    touched: new Uint32Array(documentCount),
  };
}

/** Clears only the entries a query wrote. */
function reset({ scores, masks, touched }: Accumulators, touchedCount: number): void {
  for (let i = 0; i < touchedCount; i++) {
    const doc = touched[i] as number;
    scores[doc] = 0;
    masks[doc] = 0;
  }
}

/** The first position in sorted `terms` whose term is not less than `term`. */
function lowerBound(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms[middle] as string) < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Orders the terms and groups the postings (in document order) by term, by counting sort. */
function sortPostings(
  termIds: Map<string, number>,
  lengths: Uint32Array,
  averageLength: number,
  postingTerms: number[],
  postingDocs: number[],
  postingFrequencies: number[],
): Sections {
  const terms = [...termIds.keys()].sort((a, b) => (a < b ? -1 : 1));
  for (const term of terms) {
    // The stored term list is joined by newlines; `words` never yields one, but say so if it did.
    if (term.includes('\n')) throw new BylineError(`an index term contains a newline: ${JSON.stringify(term)}`);
  }
  const rank = new Uint32Array(terms.length);
  terms.forEach((term, position) => (rank[termIds.get(term) as number] = position));
  const starts = new Uint32Array(terms.length + 1);
  for (const id of postingTerms) {
    const slot = (rank[id] as number) + 1;
    starts[slot] = (starts[slot] as number) + 1;
  }
  for (let i = 1; i < starts.length; i++) starts[i] = (starts[i] as number) + (starts[i - 1] as number);
  const next = starts.slice(0, terms.length);
  const docs = new Uint32Array(postingDocs.length);
  const maxFrequency = postingFrequencies.reduce((max, frequency) => Math.max(max, frequency), 0);
  const frequencies = maxFrequency <= 0xff ? new Uint8Array(docs.length) : maxFrequency <= 0xffff ? new Uint16Array(docs.length) : new Uint32Array(docs.length);
  for (let i = 0; i < postingTerms.length; i++) {
    const position = rank[postingTerms[i] as number] as number;
    const at = next[position] as number;
    next[position] = at + 1;
    docs[at] = postingDocs[i] as number;
    frequencies[at] = postingFrequencies[i] as number;
  }
  return { lengths, averageLength, terms, starts, docs, frequencies };
}

/** Byte offsets of each section after the header, each aligned to 8, and the total size. */
function sectionLayout(docCount: number, termCount: number, postingCount: number, frequencyBytes: number, termBytes: number) {
  if (frequencyBytes !== 1 && frequencyBytes !== 2 && frequencyBytes !== 4) {
    throw new BylineError(`text search index has ${frequencyBytes}-byte frequencies; expected 1, 2 or 4`);
  }
  const lengths = HEADER_BYTES;
  const starts = align8(lengths + docCount * 4);
  const docs = align8(starts + (termCount + 1) * 4);
  const frequencies = align8(docs + postingCount * 4);
  const terms = align8(frequencies + postingCount * frequencyBytes);
  return { lengths, starts, docs, frequencies, terms, total: align8(terms + termBytes) };
}

function align8(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

function frequencyArray(bytesPerElement: number, buffer: ArrayBufferLike, offset: number, count: number): Frequencies {
  if (bytesPerElement === 1) return new Uint8Array(buffer, offset, count);
  if (bytesPerElement === 2) return new Uint16Array(buffer, offset, count);
  return new Uint32Array(buffer, offset, count);
}

function asBytes(array: Uint32Array | Frequencies): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
