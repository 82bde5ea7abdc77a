import type { IndexReport } from '../types.ts';
import { readCorpus } from '../corpus/read.ts';
import { CorpusIndex, type FileExtract } from './corpusIndex.ts';
import { extractArticle } from './extract.ts';

/** Called as files are extracted: how many are done out of how many need extracting. */
export type Progress = (done: number, total: number) => void;

/**
 * Reads the corpus folder and builds an index. Files whose content hash is unchanged since
 * `previous` keep their extraction; only new and changed files are re-extracted, and files no
 * longer in the folder are dropped.
 */
export async function buildIndex(
  corpusDir: string,
  previous?: CorpusIndex,
  onProgress?: Progress,
): Promise<{ index: CorpusIndex; report: IndexReport }> {
  const started = performance.now();
  const { files, skipped, notes } = await readCorpus(corpusDir);
  const known = new Map((previous?.files ?? []).map((f) => [f.extract.article.meta.file, f]));
  const extracts: FileExtract[] = [];
  const changed = files.filter((file) => known.get(file.file)?.hash !== file.hash);
  let done = 0;
  for (const file of files) {
    const unchanged = known.get(file.file);
    if (unchanged !== undefined && unchanged.hash === file.hash) {
      extracts.push(unchanged);
      continue;
    }
    extracts.push({ hash: file.hash, extract: extractArticle(file) });
    onProgress?.(++done, changed.length);
    // Let the event loop answer questions between articles.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const index = CorpusIndex.build(extracts, skipped, notes);
  return { index, report: reportOf(index, changed.length, performance.now() - started) };
}

/** True when the corpus folder holds exactly the files (by content) that the index was built from. */
export async function isCurrent(corpusDir: string, index: CorpusIndex): Promise<boolean> {
  const { files, skipped } = await readCorpus(corpusDir);
  const indexed = new Map(index.files.map((f) => [f.extract.article.meta.file, f.hash]));
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
    passages: index.passages.size,
    quotes: index.quotes.size,
    people: index.entityList.filter((entity) => entity.kind === 'person').length,
    ms: Math.round(ms),
    extracted,
    skipped: [...index.skipped],
    notes: [...index.notes],
  };
}
