import { closeSync, fstatSync, readSync } from 'node:fs';
import type { ArticleExtract, Passage, Quote } from '../types.ts';
import type { FileExtract } from './corpusIndex.ts';
import {
  FINDING_KINDS,
  expandArticle,
  expandFindings,
  expandPassage,
  expandQuote,
  type CompactArticle,
  type CompactFindings,
  type CompactPassage,
  type FindingKind,
  type Findings,
  type StoredQuote,
} from './compactExtract.ts';

/**
 * Articles' extractions by position in file order, and passages and quotations by their number
 * across the corpus (their search documents): held in memory after a build, read from the
 * snapshot file after a start from one.
 */
export interface ArticleSource {
  readonly size: number;
  extract(n: number): FileExtract;
  /** What extraction found of one kind in article n, without reading its passages or its other findings. */
  findings<K extends FindingKind>(n: number, kind: K): ArticleExtract[K];
  /** Article n's quotations. */
  quotesOf(n: number): Quote[];
  passage(doc: number): Passage;
  quote(doc: number): Quote;
  /** Releases what the source holds open (the snapshot file); reading afterwards fails. */
  close(): void;
}

/** Where each article's passages and quotations start among all of them (`size + 1` entries). */
export interface DocumentStarts {
  passageStart: Uint32Array;
  quoteStart: Uint32Array;
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
    private readonly starts: DocumentStarts,
  ) {}

  get size(): number {
    return this.files.length;
  }

  extract(n: number): FileExtract {
    return this.files[n]!;
  }

  findings<K extends FindingKind>(n: number, kind: K): ArticleExtract[K] {
    return this.files[n]!.extract[kind];
  }

  quotesOf(n: number): Quote[] {
    return this.files[n]!.extract.quotes;
  }

  passage(doc: number): Passage {
    const n = articleOf(this.starts.passageStart, doc);
    return this.files[n]!.extract.article.passages[doc - this.starts.passageStart[n]!]!;
  }

  quote(doc: number): Quote {
    const n = articleOf(this.starts.quoteStart, doc);
    return this.files[n]!.extract.quotes[doc - this.starts.quoteStart[n]!]!;
  }

  close(): void {}
}

const utf8 = new TextDecoder();

/** Closes the file of a source that was dropped without `close()`. */
const unclosed = new FinalizationRegistry<number>((fd) => closeSync(fd));

/**
 * What the snapshot file was when it was checked: a file rewritten in place (a backup restored
 * with `cp`) keeps its inode but changes its change time, and usually its size.
 */
export interface FileIdentity {
  size: number;
  ctimeMs: number;
  mtimeMs: number;
}

/** Thrown when the snapshot file an index reads from was changed in place after it was checked. */
export class SnapshotChangedError extends Error {
  constructor() {
    super('Byline: the snapshot file was changed while in use');
    this.name = 'SnapshotChangedError';
  }
}

/** A snapshot's kinds of line: articles, each kind of their findings, passages and quotations. */
export interface SnapshotLines extends Record<FindingKind, LineTable> {
  articles: LineTable;
  passages: LineTable;
  quotes: LineTable;
}

/**
 * A snapshot's articles, passages and quotations, one JSON line each, read from the file when
 * asked for: a start from a snapshot then reads nothing per article, and memory holds neither the
 * text nor the objects of what no question has read. Byline replaces the snapshot by renaming, so
 * the open file stays the one that was checked; a file rewritten in place by someone else is
 * found by its identity after every read, and `SnapshotChangedError` thrown instead of its bytes.
 */
export class SnapshotArticles implements ArticleSource {
  private open = true;

  constructor(
    private readonly fd: number,
    private readonly lines: SnapshotLines,
    private readonly starts: DocumentStarts,
    /** Each article's file, in order: passage and quotation lines leave it out. */
    private readonly files: readonly string[],
    private readonly identity: FileIdentity,
  ) {
    unclosed.register(this, fd, this);
  }

  get size(): number {
    return this.files.length;
  }

  extract(n: number): FileExtract {
    const file = this.files[n]!;
    const { passageStart } = this.starts;
    const passages = this.read(this.lines.passages, passageStart[n]!, passageStart[n + 1]!).map((line) => expandPassage(JSON.parse(line) as CompactPassage, file));
    const findings = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, this.findings(n, kind)])) as Findings;
    return expandArticle(JSON.parse(this.read(this.lines.articles, n, n + 1)[0]!) as CompactArticle, passages, this.quotesOf(n), findings);
  }

  findings<K extends FindingKind>(n: number, kind: K): ArticleExtract[K] {
    return expandFindings(this.files[n]!, JSON.parse(this.read(this.lines[kind], n, n + 1)[0]!) as CompactFindings<K>);
  }

  passage(doc: number): Passage {
    const file = this.files[articleOf(this.starts.passageStart, doc)]!;
    return expandPassage(JSON.parse(this.read(this.lines.passages, doc, doc + 1)[0]!) as CompactPassage, file);
  }

  quote(doc: number): Quote {
    const file = this.files[articleOf(this.starts.quoteStart, doc)]!;
    return expandQuote(JSON.parse(this.read(this.lines.quotes, doc, doc + 1)[0]!) as StoredQuote, file);
  }

  quotesOf(n: number): Quote[] {
    const { quoteStart } = this.starts;
    return this.read(this.lines.quotes, quoteStart[n]!, quoteStart[n + 1]!).map((line) => expandQuote(JSON.parse(line) as StoredQuote, this.files[n]!));
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    unclosed.unregister(this);
    closeSync(this.fd);
  }

  /** Lines `from` to `to - 1` of a table, in one read (they are contiguous). */
  private read({ start, offsets }: LineTable, from: number, to: number): string[] {
    if (from === to) return [];
    const begin = offsets[from];
    const end = offsets[to];
    if (begin === undefined || end === undefined) throw new RangeError(`Byline: no lines ${from}–${to} in the snapshot`);
    const bytes = Buffer.allocUnsafe(end - begin);
    const bytesRead = readSync(this.fd, bytes, 0, bytes.length, start + begin);
    // Checked after reading: a change before or during the read shows in the change time.
    const now = fstatSync(this.fd);
    if (now.size !== this.identity.size || now.ctimeMs !== this.identity.ctimeMs || now.mtimeMs !== this.identity.mtimeMs) throw new SnapshotChangedError();
    if (bytesRead !== bytes.length) throw new Error('Byline: the snapshot file was cut short');
    const text = utf8.decode(bytes);
    // Each line ends with a newline; JSON escapes any inside a line.
    return text.slice(0, -1).split('\n');
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

/**
 * Values derived by number (an article's, a passage's, a quotation's), kept for at least the most
 * recently used `capacity` of them (at most twice that many). Two generations, not one Map in
 * use order: a hit in the newer one touches nothing, and nothing is deleted one by one (a Map
 * whose oldest entries are deleted one at a time leaves holes its iteration walks over again).
 */
export class RecentCache<T> {
  /** Values used since the older generation was retired. */
  private newer = new Map<number, T>();
  /** Values used in the generation before; each moves to the newer one when used again. */
  private older = new Map<number, T>();

  constructor(
    private readonly capacity: number,
    private readonly derive: (n: number) => T,
  ) {}

  get(n: number): T {
    let value = this.newer.get(n);
    if (value !== undefined) return value;
    value = this.older.get(n);
    if (value === undefined) value = this.derive(n);
    if (this.newer.size >= this.capacity) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(n, value);
    return value;
  }
}
