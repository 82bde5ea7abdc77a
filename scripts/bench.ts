/**
 * `npm run bench`: Byline at newsroom scale. For each corpus size it generates articles from the
 * corpus folder's real paragraphs, ingests them from scratch, saves the snapshot, starts a fresh
 * process from the snapshot (cold start to first answer), times every command over generated
 * questions, and times a naive linear scan over the same search questions for comparison.
 *
 *   npm run bench -- [--sizes 1000,10000] [--questions 1000] [--corpus seeds] [--seed 1] [--json] [--keep] [--cpu-prof DIR]
 *
 * `--cpu-prof DIR` saves each size's profiled serving pass as DIR/serve-SIZE.cpuprofile (open it in
 * Chrome DevTools or any .cpuprofile viewer).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSources, writeCorpus } from './bench/generate.ts';
import { buildChildren, runChild } from './bench/child.ts';
import { renderTable } from './bench/table.ts';
import type { BuildResult } from './bench/buildChild.ts';
import type { ServeResult } from './bench/serveChild.ts';

export interface SizeResult {
  size: number;
  corpusBytes: number;
  generateMs: number;
  /** Articles read and extracted per second (reading, hashing and NLP; not the index build). */
  ingestRate: number;
  /** Wall time from spawning a fresh process to its first answer. */
  coldStartMs: number;
  speedup: { median: number; p99: number };
  build: BuildResult;
  serve: ServeResult;
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    questions: { type: 'string', default: '1000' },
    corpus: { type: 'string', default: 'seeds' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error(`Byline: bad --sizes ${values.sizes}`);
const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);

log('compiling the children (tsc -p tsconfig.build.json)');
await buildChildren();
const model = await loadSources(values.corpus);
const results: SizeResult[] = [];
for (const size of sizes) {
  const work = await mkdtemp(join(tmpdir(), `byline-bench-${size}-`));
  const corpusDir = join(work, 'corpus');
  const cacheDir = join(work, 'cache');
  const questionsFile = join(work, 'questions.json');
  try {
    log(`${size} articles: generating in ${work}`);
    const generating = performance.now();
    const corpusBytes = await writeCorpus(model, corpusDir, size, Number(values.seed) + size);
    const generateMs = performance.now() - generating;
    log(`${size} articles: ingesting`);
    const built = await runChild('./buildChild.ts', ['--corpus', corpusDir, '--cache', cacheDir, '--questions', values.questions, '--seed', values.seed, '--out', questionsFile]);
    const build = built.lines.at(-1)?.value as BuildResult;
    log(`${size} articles: cold start and ${values.questions} questions per command`);
    const profileFile = values['cpu-prof'] === undefined ? undefined : resolve(values['cpu-prof'], `serve-${size}.cpuprofile`);
    if (profileFile !== undefined) await mkdir(dirname(profileFile), { recursive: true });
    const served = await runChild('./serveChild.ts', ['--corpus', corpusDir, '--cache', cacheDir, '--questions', questionsFile, ...(profileFile === undefined ? [] : ['--cpu-prof', profileFile])]);
    if (profileFile !== undefined) log(`${size} articles: serving profile in ${profileFile}`);
    const serve = served.lines.at(-1)?.value as ServeResult;
    results.push({
      size,
      corpusBytes,
      generateMs,
      ingestRate: build.articles / ((build.readMs + build.extractMs) / 1000),
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
