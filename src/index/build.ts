import type { ArticleExtract, IndexReport } from '../types.ts';
import { readCorpus, type CorpusFile } from '../corpus/read.ts';
import { CorpusIndex, type FileExtract } from './corpusIndex.ts';
import { extractOnWorkers } from './extractPool.ts';

/** Called as files are extracted: how many are done out of how many need extracting. */
export type Progress = (done: number, total: number) => void;

/** Below this many changed files, extraction runs inline: starting workers would cost more. */
export const INLINE_EXTRACTION_LIMIT = 50;

export interface BuildOptions {
  onProgress?: Progress;
  /** Worker threads for extraction (default: one per core); 0 extracts inline whatever the size. */
  threads?: number;
  /** Fewer changed files than this are extracted inline (default `INLINE_EXTRACTION_LIMIT`). */
  inlineLimit?: number;
}

/** Where a build's time went, in milliseconds. */
export interface BuildTimings {
  read: number;
  extract: number;
  index: number;
}

/**
 * Reads the corpus folder and builds an index. Files whose content hash is unchanged since
 * `previous` keep their extraction; only new and changed files are re-extracted (on worker
 * threads when there are many), and files no longer in the folder are dropped.
 */
export async function buildIndex(
  corpusDir: string,
  previous?: CorpusIndex,
  { onProgress, threads, inlineLimit = INLINE_EXTRACTION_LIMIT }: BuildOptions = {},
): Promise<{ index: CorpusIndex; report: IndexReport; timings: BuildTimings }> {
  const started = performance.now();
  const { files, skipped, notes } = await readCorpus(corpusDir);
  const read = performance.now();
  const known = new Map((previous?.files ?? []).map((f) => [f.extract.article.meta.file, f]));
  const changed = files.filter((file) => known.get(file.file)?.hash !== file.hash);
  const extracted =
    threads === 0 || changed.length < inlineLimit
      ? await extractInline(changed, onProgress)
      : await extractOnWorkers(changed, { ...(threads === undefined ? {} : { threads }), ...(onProgress ? { onProgress } : {}) });
  const fresh = new Map(changed.map((file, n) => [file.file, { hash: file.hash, extract: extracted[n]! }]));
  const extracts: FileExtract[] = files.map((file) => fresh.get(file.file) ?? known.get(file.file)!);
  const extractDone = performance.now();
  const index = CorpusIndex.build(extracts, skipped, notes);
  const finished = performance.now();
  return {
    index,
    report: reportOf(index, changed.length, finished - started),
    timings: { read: read - started, extract: extractDone - read, index: finished - extractDone },
  };
}

async function extractInline(files: readonly CorpusFile[], onProgress?: Progress): Promise<ArticleExtract[]> {
  const extracts: ArticleExtract[] = [];
  if (files.length === 0) return extracts;
  // Imported here, not at the top: extraction loads chrono-node (~0.25 s), which a process serving
  // from a current snapshot never needs.
  const { extractArticle } = await import('./extract.ts');
  for (const file of files) {
    extracts.push(extractArticle(file));
    onProgress?.(extracts.length, files.length);
    // Let the event loop answer questions between articles.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return extracts;
}

/** True when the corpus folder holds exactly the files (by content) that the index was built from. */
export async function isCurrent(corpusDir: string, index: CorpusIndex): Promise<boolean> {
  const { files, skipped } = await readCorpus(corpusDir);
  const indexed = index.hashes();
  return (
    files.length === indexed.size &&
    files.every((file) => indexed.get(file.file) === file.hash) &&
    skipped.length === index.skipped.length
  );
}

/** Counts an index's contents for /reindex and the console. */
export function reportOf(index: CorpusIndex, extracted: number, ms: number): IndexReport {
  return {
    articles: index.articles.size,
    passages: index.passageCount,
    quotes: index.quoteCount,
    people: index.entityList.filter((entity) => entity.kind === 'person').length,
    ms: Math.round(ms),
    extracted,
    skipped: [...index.skipped],
    notes: [...index.notes],
  };
}
