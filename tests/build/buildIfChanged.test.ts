/**
 * `scripts/buildIfChanged.mjs`, which `npm start` and `npm run byline` run first: it compiles only
 * when an input changed since the last build, and a removed source leaves no compiled file behind.
 * Run on a small project of its own (the script works from its own folder's parent).
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let project: string;
const build = () => run(process.execPath, [join(project, 'scripts/buildIfChanged.mjs')], { cwd: project });
const compiledAt = async (file: string) => (await stat(join(project, 'dist', file))).mtimeMs;

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'byline-build-'));
  await mkdir(join(project, 'scripts'));
  await mkdir(join(project, 'src'));
  await copyFile(join(ROOT, 'scripts/buildIfChanged.mjs'), join(project, 'scripts/buildIfChanged.mjs'));
  await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  await writeFile(join(project, 'package.json'), '{"type":"module"}');
  await writeFile(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', target: 'ES2022', strict: true, types: [] } }));
  await writeFile(join(project, 'tsconfig.build.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { outDir: 'dist', rootDir: '.' }, include: ['src'] }));
  await writeFile(join(project, 'src/a.ts'), 'export const a: number = 1;\n');
  await writeFile(join(project, 'src/b.ts'), 'export const b: number = 2;\n');
}, 30_000);
afterAll(() => rm(project, { recursive: true, force: true }));

describe('buildIfChanged', () => {
  it('compiles the first time, then not again while nothing changed', async () => {
    await build();
    const first = await compiledAt('src/a.js');
    await build();
    expect(await compiledAt('src/a.js')).toBe(first);
  }, 60_000);

  it('compiles again when a source changed, and drops the output of a removed one', async () => {
    const before = await compiledAt('src/a.js');
    await writeFile(join(project, 'src/a.ts'), 'export const a: number = 3;\n');
    // Even when the editor (or a checkout) leaves its modification time in the past, a changed set of files rebuilds.
    await rm(join(project, 'src/b.ts'));
    await utimes(join(project, 'src/a.ts'), new Date(0), new Date(0));
    await build();
    expect(await compiledAt('src/a.js')).toBeGreaterThan(before);
    await expect(stat(join(project, 'dist/src/b.js'))).rejects.toMatchObject({ code: 'ENOENT' });
  }, 60_000);

  it('compiles again when a source was modified after the last build started', async () => {
    const before = await compiledAt('src/a.js');
    await new Promise((tick) => setTimeout(tick, 20));
    await writeFile(join(project, 'src/a.ts'), 'export const a: number = 4;\n');
    await build();
    expect(await compiledAt('src/a.js')).toBeGreaterThan(before);
  }, 60_000);
});

describe('npm start, npm run byline and the other compiled entries', () => {
  it('compile through buildIfChanged, not tsc every time', async () => {
    const { scripts } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const name of ['start', 'start:sharded', 'byline', 'deploy-commands']) {
      expect(scripts[name]).toMatch(/^node scripts\/buildIfChanged\.mjs && node dist\//);
    }
  });
});
