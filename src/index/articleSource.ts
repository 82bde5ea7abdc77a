import { closeSync, readSync } from 'node:fs';
import type { Quote } from '../types.ts';
import type { FileExtract } from './corpusIndex.ts';
import { expand, type CompactExtract } from './compactExtract.ts';

/**
 * Articles' extractions by position in file order, and quotations by their number across the
 * corpus: held in memory after a build, read from the snapshot file after a start from one.
 */
export interface ArticleSource {
  readonly size: number;
  extract(n: number): FileExtract;
  quote(doc: number): Quote;
  /** Releases what the source holds open (the snapshot file); reading afterwards fails. */
  close(): void;
}

/** Where a run of JSON lines lies in the snapshot file. */
export interface LineTable {
  /** File position of the first line. */
  start: number;
  /** Line n spans `offsets[n]` to `offsets[n + 1]` from `start`. */
  offsets: Uint32Array;
}

/** Extractions held in memory, as a build makes them. */
export class MemoryArticles implements ArticleSource {
  constructor(
    private readonly files: readonly FileExtract[],
    private readonly quoteStart: Uint32Array,
  ) {}

  get size(): number {
    return this.files.length;
  }

  extract(n: number): FileExtract {
    return this.files[n]!;
  }

  quote(doc: number): Quote {
    const n = articleOf(this.quoteStart, doc);
    return this.files[n]!.extract.quotes[doc - this.quoteStart[n]!]!;
  }

  close(): void {}
}

const utf8 = new TextDecoder();

/** Closes the file of a source that was dropped without `close()`. */
const unclosed = new FinalizationRegistry<number>((fd) => closeSync(fd));

/**
 * A snapshot's articles and quotations, one JSON line each, read from the file when asked for:
 * a start from a snapshot then reads nothing per article, and memory holds neither the text nor
 * the objects of articles no question has read. The snapshot is replaced by renaming, so the open
 * file stays the one that was checked, whatever is written later.
 */
export class SnapshotArticles implements ArticleSource {
  private open = true;

  constructor(
    private readonly fd: number,
    private readonly articles: LineTable,
    private readonly quotes: LineTable,
  ) {
    unclosed.register(this, fd, this);
  }

  get size(): number {
    return this.articles.offsets.length - 1;
  }

  extract(n: number): FileExtract {
    return expand(JSON.parse(this.line(this.articles, n)) as CompactExtract);
  }

  quote(doc: number): Quote {
    return JSON.parse(this.line(this.quotes, doc)) as Quote;
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    unclosed.unregister(this);
    closeSync(this.fd);
  }

  private line({ start, offsets }: LineTable, n: number): string {
    const from = offsets[n];
    const to = offsets[n + 1];
    if (from === undefined || to === undefined) throw new RangeError(`Byline: no line ${n} in the snapshot`);
    const bytes = Buffer.allocUnsafe(to - from);
    if (readSync(this.fd, bytes, 0, bytes.length, start + from) !== bytes.length) throw new Error('Byline: the snapshot file was cut short');
    return utf8.decode(bytes);
  }
}

/** The article whose documents include `doc`, given where each article's documents start: the last start at or before it. */
export function articleOf(starts: Uint32Array, doc: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= doc) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Values derived from articles, kept for the most recently used `capacity` of them. */
export class ArticleCache<T> {
  private readonly entries = new Map<number, T>();

  constructor(
    private readonly capacity: number,
    private readonly derive: (n: number) => T,
  ) {}

  get(n: number): T {
    let value = this.entries.get(n);
    if (value === undefined) {
      value = this.derive(n);
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as number);
    } else {
      // Re-inserted so the Map's order is least recently used first.
      this.entries.delete(n);
    }
    this.entries.set(n, value);
    return value;
  }
}
