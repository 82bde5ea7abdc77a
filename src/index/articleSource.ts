import type { FileExtract } from './corpusIndex.ts';
import { expand, type CompactExtract } from './compactExtract.ts';

/** Articles' extractions by position in file order: held in memory after a build, read from a snapshot after a start. */
export interface ArticleSource {
  readonly size: number;
  extract(n: number): FileExtract;
}

const utf8 = new TextDecoder();

/**
 * A snapshot's articles, one JSON line each, parsed only when asked for: a start from a snapshot
 * then costs nothing per article, and memory holds the bytes rather than every article's objects.
 */
export class SnapshotArticles implements ArticleSource {
  /**
   * @param lines the articles' lines, back to back
   * @param offsets where article n's line starts in `lines` (`size + 1` entries, the last one the end)
   */
  constructor(
    private readonly lines: Uint8Array,
    private readonly offsets: Uint32Array,
  ) {}

  get size(): number {
    return this.offsets.length - 1;
  }

  extract(n: number): FileExtract {
    const line = this.lines.subarray(this.offsets[n], this.offsets[n + 1]);
    return expand(JSON.parse(utf8.decode(line)) as CompactExtract);
  }
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
