/**
 * Bench child: ingests a generated corpus from scratch (extraction on worker threads), saves the
 * snapshot, draws the questions, and times the naive scan. Prints one JSON line: `BuildResult`.
 */
import { stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildIndex } from '../../src/index/build.ts';
import { saveSnapshot, snapshotPath } from '../../src/index/snapshot.ts';
import { generateQuestions } from './questions.ts';
import { NaiveScan } from './naive.ts';
import { peakRssMb, summarise, type Latency } from './stats.ts';

export interface BuildResult {
  articles: number;
  passages: number;
  quotes: number;
  people: number;
  readMs: number;
  extractMs: number;
  indexMs: number;
  /** CPU time (all threads) of the same phases: on a shared machine, wall time also counts waiting for a core. */
  cpuMs: { read: number; extract: number; index: number };
  saveMs: number;
  snapshotBytes: number;
  naive: Latency;
  peakRssMb: number;
}

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, cache: { type: 'string' }, questions: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
});
const corpus = values.corpus ?? '';
const cache = values.cache ?? '';
const out = values.out ?? '';

const { index, report, timings } = await buildIndex(corpus, undefined);
const saving = performance.now();
await saveSnapshot(cache, index.toParts());
const saveMs = performance.now() - saving;
const questions = generateQuestions(index, Number(values.questions), Number(values.seed));
await writeFile(out, JSON.stringify(questions));

const naive = new NaiveScan(index.allPassages());
const naiveTimes = questions.search.map((request) => {
  const started = performance.now();
  naive.search(request.text ?? '');
  return performance.now() - started;
});

const result: BuildResult = {
  articles: report.articles,
  passages: report.passages,
  quotes: report.quotes,
  people: report.people,
  readMs: timings.read,
  extractMs: timings.extract,
  indexMs: timings.index,
  cpuMs: timings.cpu,
  saveMs,
  snapshotBytes: (await stat(snapshotPath(cache))).size,
  naive: summarise(naiveTimes),
  peakRssMb: peakRssMb(),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
