import { realpath } from 'node:fs/promises';
import type { ArticleExtract, IndexReport, SkippedFile } from '../types.ts';
import { readCorpus, type CorpusFile, type CorpusRead, type FileStamp } from '../corpus/read.ts';
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
  /** The corpus as `checkCorpus` found it, so the build does not read it again. */
  check?: CorpusCheck;
}

/** The corpus folder as it is now, held against an index. */
export interface CorpusCheck {
  /** What was read: only files whose stamps changed, when the index's stamps could be trusted. */
  read: CorpusRead;
  /** What a build from the folder now would index: each article's content hash, and the files skipped or noted. */
  outcome: CorpusOutcome;
  /** True when the index was built from this folder and holds exactly what a build now would. */
  current: boolean;
  /** The index whose stamps were trusted: the files not read are its, unchanged. */
  against?: CorpusIndex;
}

export interface CorpusOutcome {
  hashes: Map<string, string>;
  skipped: SkippedFile[];
  notes: SkippedFile[];
}

/**
 * Checks the corpus folder against an index, as git checks its index: files whose stamp (size,
 * times, inode; the sidecar's too) is what the index recorded are taken as unchanged without
 * being read, the others are read and hashed. Stamps are trusted only for the index's own folder
 * and unless `rehash` is set; an index of another folder is never current.
 *
 * @throws BylineError when the folder cannot be read (see `readCorpus`).
 */
export async function checkCorpus(corpusDir: string, index?: CorpusIndex, { rehash = false }: { rehash?: boolean } = {}): Promise<CorpusCheck> {
  const root = await realpath(corpusDir).catch(() => undefined);
  const ownFolder = index !== undefined && root !== undefined && index.corpusRoot === root;
  const read = await readCorpus(corpusDir, ownFolder && !rehash ? { unchanged: (file, stamp) => sameStamp(index.stampOf(file), stamp) } : {});
  const outcome = outcomeOf(read, ownFolder ? index : undefined);
  return ownFolder ? { read, outcome, current: sameOutcome(outcome, index), against: index } : { read, outcome, current: false };
}

/** Files not read take their outcome (indexed with a hash, or skipped, and their notes) from the index that stamped them. */
function outcomeOf(read: CorpusRead, index?: CorpusIndex): CorpusOutcome {
  const unchanged = new Set(read.unchanged);
  const previous = index?.hashes() ?? new Map<string, string>();
  const hashes = new Map<string, string>();
  for (const file of read.unchanged) {
    const hash = previous.get(file);
    if (hash !== undefined) hashes.set(file, hash);
  }
  for (const file of read.files) hashes.set(file.file, file.hash);
  const carried = (list: readonly SkippedFile[] = []) => list.filter((entry) => unchanged.has(entry.file));
  return {
    hashes: new Map([...hashes].sort(([a], [b]) => compare(a, b))),
    skipped: [...read.skipped, ...carried(index?.skipped)].sort((a, b) => compare(a.file, b.file)),
    notes: [...read.notes, ...carried(index?.notes)].sort((a, b) => compare(a.file, b.file)),
  };
}

function sameOutcome(outcome: CorpusOutcome, index: CorpusIndex): boolean {
  const hashes = index.hashes();
  const sameList = (a: readonly SkippedFile[], b: readonly SkippedFile[]) =>
    a.length === b.length && a.every((entry, n) => entry.file === b[n]!.file && entry.reason === b[n]!.reason);
  return (
    outcome.hashes.size === hashes.size &&
    [...outcome.hashes].every(([file, hash]) => hashes.get(file) === hash) &&
    sameList(outcome.skipped, [...index.skipped].sort((a, b) => compare(a.file, b.file))) &&
    sameList(outcome.notes, [...index.notes].sort((a, b) => compare(a.file, b.file)))
  );
}

function sameStamp(recorded: FileStamp | undefined, now: FileStamp): boolean {
  if (recorded === undefined) return false;
  const same = (a: Omit<FileStamp, 'sidecar'>, b: Omit<FileStamp, 'sidecar'>) =>
    a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
  if (!same(recorded, now)) return false;
  if (recorded.sidecar === undefined || now.sidecar === undefined) return recorded.sidecar === now.sidecar;
  return same(recorded.sidecar, now.sidecar);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where a build's time went, in milliseconds: wall time, and CPU time of the process (all its threads). */
export interface BuildTimings {
  read: number;
  extract: number;
  index: number;
  cpu: { read: number; extract: number; index: number };
}

/** CPU time this process has used so far (every thread, workers included), in milliseconds. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Reads the corpus folder and builds an index. Files whose content hash is unchanged since
 * `previous` keep their extraction; only new and changed files are re-extracted (on worker
 * threads when there are many), and files no longer in the folder are dropped. With `check`, only
 * the files it read are read; the others are those of the index it was made against, unchanged.
 */
export async function buildIndex(
  corpusDir: string,
  previous?: CorpusIndex,
  { onProgress, threads, inlineLimit = INLINE_EXTRACTION_LIMIT, check }: BuildOptions = {},
): Promise<{ index: CorpusIndex; report: IndexReport; timings: BuildTimings }> {
  const started = performance.now();
  const cpuStarted = cpuMs();
  const { read: corpus, outcome, against } = check ?? (await checkCorpus(corpusDir, previous, { rehash: true }));
  const { files } = corpus;
  const read = performance.now();
  const cpuRead = cpuMs();
  const known = new Map(((against ?? previous)?.files ?? []).map((f) => [f.extract.article.meta.file, f]));
  const changed = files.filter((file) => known.get(file.file)?.hash !== file.hash);
  const extracted =
    threads === 0 || changed.length < inlineLimit
      ? await extractInline(changed, onProgress)
      : await extractOnWorkers(changed, { ...(threads === undefined ? {} : { threads }), ...(onProgress ? { onProgress } : {}) });
  const fresh = new Map(changed.map((file, n) => [file.file, { hash: file.hash, extract: extracted[n]! }]));
  const extracts: FileExtract[] = [...outcome.hashes.keys()].map((file) => fresh.get(file) ?? known.get(file)!);
  const extractDone = performance.now();
  const cpuExtracted = cpuMs();
  const index = CorpusIndex.build(extracts, outcome.skipped, outcome.notes, { root: corpus.root, stamps: [...corpus.stamps] });
  const finished = performance.now();
  const cpuFinished = cpuMs();
  return {
    index,
    report: reportOf(index, changed.length, finished - started),
    timings: {
      read: read - started,
      extract: extractDone - read,
      index: finished - extractDone,
      cpu: { read: cpuRead - cpuStarted, extract: cpuExtracted - cpuRead, index: cpuFinished - cpuExtracted },
    },
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
