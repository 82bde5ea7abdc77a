/**
 * The compiled build (`tsconfig.build.json`, what `npm start` and the bench run): it must run
 * without tsx, start its extraction workers as JavaScript, and keep the NLP packages that only
 * extraction needs off a serving process's start-up.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFolder } from '../index/fixtures.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Reports every module a process (or its workers) loads: one `module: <url>` line on stderr each. */
const MODULE_SPY = `data:text/javascript,${encodeURIComponent(`
  import { register } from 'node:module';
  register('data:text/javascript,' + encodeURIComponent(\`
    import { writeSync } from 'node:fs';
    export async function resolve(specifier, context, next) {
      const resolved = await next(specifier, context);
      // Written to the descriptor at once: the hooks' thread's process.stderr may not flush before the process exits.
      // A busy pipe refuses a write for a moment (EAGAIN): the line is written again until all of it is out.
      const line = Buffer.from('module: ' + resolved.url + '\\\\n');
      for (let written = 0; written < line.length; ) {
        try { written += writeSync(2, line, written); } catch (error) { if (error.code !== 'EAGAIN') throw error; }
      }
      return resolved;
    }\`));
`)}`;

/** The modules a spied process loaded that a compiled serving process should not need. */
function unwanted(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('module: '))
    .filter((line) => /\/node_modules\/(tsx|compromise|chrono-node)\/|\.ts$/.test(line));
}

describe('the compiled build', () => {
  let dist: string;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'byline-dist-'));
    // The emitted code finds its packages as dist/ does: in the project's node_modules, up the tree.
    await symlink(join(ROOT, 'node_modules'), join(dist, 'node_modules'), 'dir');
    // Other files may have type errors mid-edit: the build still emits, and this test checks the emitted code runs.
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', dist], { cwd: ROOT }).catch(() => {});
  }, 60_000);

  afterAll(async () => {
    await rm(dist, { recursive: true, force: true });
  });

  const moduleUrl = (path: string): string => pathToFileURL(join(dist, path)).href;

  /** Runs a script with plain node (no tsx) beside the build, returning what it wrote. */
  async function node(script: string, ...args: string[]): Promise<{ stdout: string; stderr: string }> {
    const file = join(dist, `probe-${Math.random().toString(36).slice(2)}.mjs`);
    await writeFile(file, script);
    return run(process.execPath, ['--import', MODULE_SPY, file, ...args], { cwd: ROOT });
  }

  it('imports the engine without tsx, compromise or chrono-node', async () => {
    const { stderr } = await node(`await import(${JSON.stringify(moduleUrl('src/engine.js'))});`);
    // The spy sees what the engine loads (it no longer loads a package: minisearch is for the tests only).
    expect(stderr).toContain('/src/index/textSearch.js');
    expect(unwanted(stderr)).toEqual([]);
  });

  it('extracts on JavaScript workers, giving what inline extraction gives', async () => {
    const script = `
      const { readCorpus } = await import(${JSON.stringify(moduleUrl('src/corpus/read.js'))});
      const { extractOnWorkers } = await import(${JSON.stringify(moduleUrl('src/index/extractPool.js'))});
      const { extractArticle } = await import(${JSON.stringify(moduleUrl('src/index/extract.js'))});
      const { files } = await readCorpus(process.argv[2]);
      const onWorkers = await extractOnWorkers(files, { threads: 2, batchSize: 1 });
      process.stdout.write(JSON.stringify({ same: JSON.stringify(onWorkers) === JSON.stringify(files.map(extractArticle)), count: onWorkers.length }));`;
    const { stdout, stderr } = await node(script, await corpusFolder());
    expect(JSON.parse(stdout)).toEqual({ same: true, count: 3 });
    expect(unwanted(stderr).filter((line) => !/chrono-node/.test(line))).toEqual([]);
    // Workers load the NLP models: seconds when the machine's cores are busy.
  }, 60_000);
});
