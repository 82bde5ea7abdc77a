/**
 * `npm run bench`: Byline at newsroom scale. For each corpus size it generates articles from the
 * source folder's real paragraphs, ingests them from scratch, saves the snapshot, starts a fresh
 * process from the snapshot (cold start to first answer), times every command over generated
 * questions, and times a naive linear scan over the same search questions for comparison.
 * `--corpus DIR` does the same for a folder of real articles as it is (no generating): e.g. the
 * SQuAD train articles in ../shared/qa, about 19,000 passages of real text; it skips, saying so,
 * when DIR is absent.
 *
 *   npm run bench -- [--sizes 1000,10000] [--questions 1000] [--source seeds] [--corpus DIR] [--seed 1] [--json] [--keep] [--cpu-prof DIR] [--answers DIR]
 *
 * With `--corpus`, `--sizes` defaults to none. `--cpu-prof DIR` saves each corpus's profiled
 * serving pass as DIR/serve-SIZE.cpuprofile (open it in Chrome DevTools or any .cpuprofile viewer).
 * `--answers DIR` writes every timed response as DIR/answers-SIZE.jsonl (diff two builds' answers).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSources, writeCorpus } from './bench/generate.ts';
import { buildChildren, runChild } from './bench/child.ts';
import { renderTable } from './bench/table.ts';
import type { BuildResult } from './bench/buildChild.ts';
import type { ServeResult } from './bench/serveChild.ts';

export interface SizeResult {
  size: number;
  /** The real folder benched as it is (`--corpus`); undefined for a generated corpus. */
  corpus?: string;
  corpusBytes: number;
  generateMs: number;
  /** Articles read and extracted per second (reading, hashing and NLP; not the index build). */
  ingestRate: number;
  /** The same per CPU-second (all threads): on 2 idle cores the wall rate is up to twice this. */
  ingestCpuRate: number;
  /** The machine's 1-minute load average when the corpus's run started and when it ended. */
  load: [number, number];
  /** Wall time from spawning a fresh process to its first answer. */
  coldStartMs: number;
  speedup: { median: number; p99: number };
  build: BuildResult;
  serve: ServeResult;
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    questions: { type: 'string', default: '1000' },
    source: { type: 'string', default: 'seeds' },
    corpus: { type: 'string' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    answers: { type: 'string' },
  },
});
const sizeList = values.sizes ?? (values.corpus === undefined ? '1000,10000' : '');
const sizes = sizeList === '' ? [] : sizeList.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error(`Byline: bad --sizes ${sizeList}`);
const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);

/** Bytes of the `.txt` files under a folder. */
async function folderBytes(dir: string): Promise<number> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.txt'));
  const sizes = await Promise.all(files.map(async (file) => (await stat(join(dir, file))).size));
  return sizes.reduce((sum, bytes) => sum + bytes, 0);
}

const realCorpus = values.corpus === undefined ? undefined : resolve(values.corpus);
if (realCorpus !== undefined && !existsSync(realCorpus)) {
  log(`--corpus ${values.corpus} is absent: skipped`);
  if (sizes.length === 0) process.exit(0);
}
log('compiling the children (tsc -p tsconfig.build.json)');
await buildChildren();
/** The corpora to bench: the real folder as it is, then each generated size. */
const runs: Array<{ size: number; real?: string }> = [
  ...(realCorpus !== undefined && existsSync(realCorpus) ? [{ size: 0, real: realCorpus }] : []),
  ...sizes.map((size) => ({ size })),
];
const model = sizes.length === 0 ? undefined : await loadSources(values.source);
const results: SizeResult[] = [];
for (const { size: generated, real } of runs) {
  const work = await mkdtemp(join(tmpdir(), `byline-bench-${generated}-`));
  const corpusDir = real ?? join(work, 'corpus');
  const cacheDir = join(work, 'cache');
  const questionsFile = join(work, 'questions.json');
  const name = real ?? `${generated} articles`;
  const loadBefore = loadavg()[0]!;
  try {
    let corpusBytes = 0;
    let generateMs = 0;
    if (real === undefined) {
      log(`${name}: generating in ${work}`);
      const generating = performance.now();
      corpusBytes = await writeCorpus(model!, corpusDir, generated, Number(values.seed) + generated);
      generateMs = performance.now() - generating;
    }
    log(`${name}: ingesting`);
    const built = await runChild('./buildChild.ts', ['--corpus', corpusDir, '--cache', cacheDir, '--questions', values.questions, '--seed', values.seed, '--out', questionsFile]);
    const build = built.lines.at(-1)?.value as BuildResult;
    const size = real === undefined ? generated : build.articles;
    log(`${name}: cold start and ${values.questions} questions per command`);
    const profileFile = values['cpu-prof'] === undefined ? undefined : resolve(values['cpu-prof'], `serve-${real === undefined ? size : 'corpus'}.cpuprofile`);
    if (profileFile !== undefined) await mkdir(dirname(profileFile), { recursive: true });
    const answersFile = values.answers === undefined ? undefined : resolve(values.answers, `answers-${real === undefined ? size : 'corpus'}.jsonl`);
    if (answersFile !== undefined) await mkdir(dirname(answersFile), { recursive: true });
    const served = await runChild('./serveChild.ts', [
      ...['--corpus', corpusDir, '--cache', cacheDir, '--questions', questionsFile],
      ...(profileFile === undefined ? [] : ['--cpu-prof', profileFile]),
      ...(answersFile === undefined ? [] : ['--answers', answersFile]),
    ]);
    if (profileFile !== undefined) log(`${name}: serving profile in ${profileFile}`);
    const serve = served.lines.at(-1)?.value as ServeResult;
    results.push({
      size,
      ...(real === undefined ? {} : { corpus: real }),
      corpusBytes: real === undefined ? corpusBytes : await folderBytes(real),
      generateMs,
      ingestRate: build.articles / ((build.readMs + build.extractMs) / 1000),
      load: [loadBefore, loadavg()[0]!],
      ingestCpuRate: build.articles / ((build.cpuMs.read + build.cpuMs.extract) / 1000),
      coldStartMs: served.lines[0]?.atMs ?? Number.NaN,
      speedup: { median: build.naive.median / serve.latency.search.median, p99: build.naive.p99 / serve.latency.search.p99 },
      build,
      serve,
    });
  } finally {
    if (!values.keep) await rm(work, { recursive: true, force: true });
  }
}
process.stdout.write(values.json ? `${JSON.stringify(results, null, 2)}\n` : `${renderTable(results)}\n`);
