/**
 * The SQuAD v1.1 train set in ../shared/qa (see its README): loading, the split by article, the
 * who/when questions, SQuAD's answer scoring, and the articles' extractions (cached outside the
 * repository, keyed by the article's hash and the extraction code's, so a rerun skips the NLP).
 * Read at run time only; nothing of it is copied into the repository.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleExtract } from '../../src/types.ts';
import { readCorpus, type CorpusFile } from '../../src/corpus/read.ts';
import { extractOnWorkers } from '../../src/index/extractPool.ts';
import type { FileExtract } from '../../src/index/corpusIndex.ts';

export const QA_DIR = fileURLToPath(new URL('../../../shared/qa/', import.meta.url));
export const ARTICLES_DIR = join(QA_DIR, 'squad-train-articles');

export interface SquadQuestion {
  id: string;
  /** The article's file name, e.g. `Zinc.txt`. */
  article: string;
  /** 1-based paragraph, the title being paragraph 1 (as Byline numbers passages). */
  paragraph: number;
  question: string;
  answers: Array<{ text: string; start: number }>;
}

export type AskedKind = 'who' | 'when';

/** A SQuAD question with the kind of answer it asks for. */
export interface KindQuestion extends SquadQuestion {
  kind: AskedKind;
}

/** True when the public data is there; scripts that need it skip when it is not. */
export function squadPresent(): boolean {
  return existsSync(join(QA_DIR, 'squad-train.jsonl')) && existsSync(ARTICLES_DIR);
}

export function loadSquad(): SquadQuestion[] {
  return readFileSync(join(QA_DIR, 'squad-train.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SquadQuestion);
}

/**
 * The split, by article: an article's bucket is a hash of its file name and the seed, so every
 * question of an article lands on the same side, and the split never changes with file order.
 * Buckets 0–9 of 100 are the eval dev split (≈10 %), 10–19 the tuning split carved from train
 * (for the abstention threshold), the rest train.
 */
export type Split = 'train' | 'tune' | 'dev';
export const SPLIT_SEED = 'byline-squad-1';

export function splitOf(article: string, seed = SPLIT_SEED): Split {
  const bucket = createHash('sha256').update(`${seed}\u0000${article}`).digest().readUInt32BE(0) % 100;
  return bucket < 10 ? 'dev' : bucket < 20 ? 'tune' : 'train';
}

/**
 * Which questions ask for a person or a time, by their wording: the earliest of a who-word
 * ("who", "whom", "whose") and a time phrase ("when", "what/which year|date|day|month|century|
 * decade|time|period", "how long ago") decides. Other questions are left out.
 */
const WHO = /\b(who|whom|whose)\b/i;
const WHEN = /\b(when|(?:what|which)\s+(?:year|years|date|day|month|century|decade|time|period|era)|how\s+long\s+ago)\b/i;

export function askedKind(question: string): AskedKind | undefined {
  const who = WHO.exec(question);
  const when = WHEN.exec(question);
  if (who === null) return when === null ? undefined : 'when';
  if (when === null) return 'who';
  return who.index <= when.index ? 'who' : 'when';
}

export function kindQuestions(questions: readonly SquadQuestion[]): KindQuestion[] {
  return questions.flatMap((q) => {
    const kind = askedKind(q.question);
    return kind === undefined ? [] : [{ ...q, kind }];
  });
}

/** Every n-th question so that at most `limit` remain, spread over all articles. */
export function spread<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)]!);
}

// ---------------------------------------------------------------------------------------
// SQuAD scoring (../shared/qa/README.md, "Scoring")

export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g, '')
    .replace(/\b(a|an|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function exactMatch(prediction: string, gold: string): number {
  return normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0;
}

export function f1Score(prediction: string, gold: string): number {
  const predicted = normalizeAnswer(prediction).split(' ');
  const wanted = normalizeAnswer(gold).split(' ');
  const counts = new Map<string, number>();
  for (const token of wanted) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of predicted) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common++;
      counts.set(token, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predicted.length;
  const recall = common / wanted.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The best score over a question's gold answers. */
export function bestOver(prediction: string, answers: ReadonlyArray<{ text: string }>, score: (p: string, g: string) => number): number {
  return Math.max(0, ...answers.map((answer) => score(prediction, answer.text)));
}

// ---------------------------------------------------------------------------------------
// Extraction, cached

const CODE_DIRS = ['src/corpus', 'src/nlp', 'src/text', 'src/index/extract.ts'];

/** A hash of the code that extraction runs: a change to it invalidates the cache. */
function extractionCodeHash(): string {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const hash = createHash('sha256');
  const visit = (path: string): void => {
    if (path.endsWith('.ts')) {
      hash.update(relative(root, path)).update(readFileSync(path));
      return;
    }
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.isDirectory() || entry.name.endsWith('.ts')) visit(join(path, entry.name));
    }
  };
  for (const dir of CODE_DIRS) visit(join(root, dir));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Every SQuAD article's extraction, by file name. Extracted on worker threads the first time,
 * then read from a cache in the temp folder.
 */
export async function squadExtracts(log: (message: string) => void): Promise<Map<string, FileExtract>> {
  const { files } = await readCorpus(ARTICLES_DIR);
  return cachedExtracts(files, 'byline-squad-extracts', log);
}

/**
 * The extraction of every file, by file name: from the cache folder `cacheName` in the temp folder
 * (keyed by each file's hash and the extraction code's), else extracted on worker threads and cached.
 */
export async function cachedExtracts(files: readonly CorpusFile[], cacheName: string, log: (message: string) => void): Promise<Map<string, FileExtract>> {
  const cacheDir = join(tmpdir(), cacheName, extractionCodeHash());
  mkdirSync(cacheDir, { recursive: true });
  const cached = new Map<string, FileExtract>();
  const missing = files.filter((file) => {
    const path = join(cacheDir, `${file.hash}.json`);
    if (!existsSync(path)) return true;
    cached.set(file.file, { hash: file.hash, extract: JSON.parse(readFileSync(path, 'utf8')) as ArticleExtract });
    return false;
  });
  if (missing.length > 0) {
    log(`extracting ${missing.length} of ${files.length} articles (cached in ${cacheDir})`);
    const extracts = await extractOnWorkers(missing, {
      onProgress: (done, total) => {
        if (done === total || done % 50 === 0) log(`  extracted ${done}/${total}`);
      },
    });
    missing.forEach((file, n) => {
      const extract = extracts[n]!;
      writeFileSync(join(cacheDir, `${file.hash}.json`), JSON.stringify(extract));
      cached.set(file.file, { hash: file.hash, extract });
    });
  }
  return cached;
}
