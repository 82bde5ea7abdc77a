/**
 * Micro-benchmark of TextSearch against minisearch (as Byline used it) on the same documents:
 * the seed paragraphs repeated with varied numbers, and queries of common words.
 * Usage: node --expose-gc --import tsx scripts/bench/searchMicro.ts [documents=120000] [--no-minisearch]
 * (with --expose-gc the build's garbage is collected before queries are timed).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch, { type Options } from 'minisearch';
import { TextSearch } from '../../src/index/textSearch.ts';
import { indexTerm, words } from '../../src/text/terms.ts';
import { Random } from './random.ts';
import { summarise } from './stats.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const LIMITS = [30, 90, 500];
const QUERIES = 400;

async function paragraphs(): Promise<string[]> {
  const files = (await readdir(SEEDS)).filter((name) => name.endsWith('.txt')).sort();
  const texts = await Promise.all(files.map((name) => readFile(join(SEEDS, name), 'utf8')));
  return texts.flatMap((text) => text.split(/\n\s*\n/)).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph.length > 0);
}

/** `count` documents: seed paragraphs in turn, every number replaced by a random one. */
function documents(sources: string[], count: number, random: Random): string[] {
  return Array.from({ length: count }, (_, i) => (sources[i % sources.length] as string).replace(/\d+/g, () => String(random.int(1, 99_999))));
}

/** The most frequent indexable words of the documents, as written. */
function commonWords(texts: string[], how: number): string[] {
  const counts = new Map<string, number>();
  for (const text of texts.slice(0, 5_000)) for (const word of words(text)) if (indexTerm(word) !== null && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, how).map(([word]) => word);
}

/** A word with one letter changed, so its exact term is missing and prefix/fuzzy expansion runs. */
function typo(word: string, random: Random): string {
  const at = random.int(1, word.length - 1);
  return `${word.slice(0, at)}q${word.slice(at + 1)}`;
}

function time<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function latency(queries: string[], run: (query: string) => unknown): string {
  for (const query of queries.slice(0, 20)) run(query); // warm-up
  const samples = queries.map((query) => time(() => run(query)).ms);
  const { median, p99, max } = summarise(samples);
  return `p50 ${median.toFixed(3)} ms  p99 ${p99.toFixed(3)} ms  max ${max.toFixed(3)} ms`;
}

const MINISEARCH_OPTIONS: Options<{ id: number; text: string }> = {
  fields: ['text'],
  tokenize: (text) => words(text),
  processTerm: (term) => indexTerm(term),
  searchOptions: { prefix: (term) => term.length >= 5, fuzzy: (term) => (term.length >= 6 ? 0.2 : false), combineWith: 'OR' },
};

/** Byline's old query: exact terms first, expansions only when they find fewer than `limit`. */
function miniSearchQuery(index: MiniSearch, query: string, limit: number): unknown[] {
  const exact = index.search(query, { prefix: false, fuzzy: false });
  return (exact.length >= limit ? exact : index.search(query)).slice(0, limit);
}

const count = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 120_000);
const random = new Random(6);
const texts = documents(await paragraphs(), count, random);
const common = commonWords(texts, 200);
const queries = Array.from({ length: QUERIES }, () => Array.from({ length: random.int(2, 6) }, () => random.pick(common)).join(' '));
const typoQueries = Array.from({ length: QUERIES }, () => typo(random.pick(common.filter((word) => word.length >= 6)), random));
console.log(`${count} documents, ${common.length} common words, ${QUERIES} queries of 2-6 of them, ${QUERIES} one-word typo queries`);

const built = time(() => TextSearch.build(texts));
const bytes = built.result.toBytes();
const loaded = time(() => TextSearch.fromBytes(bytes));
const search = loaded.result;
globalThis.gc?.();
console.log(`\nTextSearch: build ${built.ms.toFixed(0)} ms, ${(bytes.length / 1e6).toFixed(1)} MB, fromBytes ${loaded.ms.toFixed(1)} ms`);
console.log(`  first typo query (builds the fuzzy term tree): ${time(() => search.query(typoQueries[0] as string, 90)).ms.toFixed(1)} ms`);
for (const limit of LIMITS) console.log(`  limit ${limit}: ${latency(queries, (query) => search.query(query, limit))}`);
console.log(`  typo, limit 90: ${latency(typoQueries, (query) => search.query(query, 90))}`);

if (!process.argv.includes('--no-minisearch')) {
  const miniBuilt = time(() => {
    const index = new MiniSearch(MINISEARCH_OPTIONS);
    index.addAll(texts.map((text, id) => ({ id, text })));
    return index;
  });
  const json = miniBuilt.result.toJSON();
  const miniLoaded = time(() => MiniSearch.loadJS(json, MINISEARCH_OPTIONS));
  const mini = miniLoaded.result;
  globalThis.gc?.();
  console.log(`\nminisearch: build ${miniBuilt.ms.toFixed(0)} ms, loadJS ${miniLoaded.ms.toFixed(0)} ms`);
  for (const limit of LIMITS) console.log(`  limit ${limit}: ${latency(queries, (query) => miniSearchQuery(mini, query, limit))}`);
  console.log(`  typo, limit 90: ${latency(typoQueries, (query) => miniSearchQuery(mini, query, 90))}`);
}
