/**
 * `npm start` and `npm run byline` compile first, but only when something changed: a run of tsc
 * costs 1.5–3 s even with nothing to do, this check ~0.1 s. Plain JavaScript, since it runs before
 * anything is compiled.
 *
 * Up to date means: the last build succeeded, the input files are the same set as then, and none
 * was modified after that build started. A file added or removed (a deleted command must not stay
 * in `dist/commands/`, where the loader would still find it) makes a clean build.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROJECT = 'tsconfig.build.json';
const OUT_DIR = path.join(ROOT, 'dist');
const STAMP = path.join(OUT_DIR, '.build-stamp.json');
/** Files besides the sources whose change can change the output. */
const CONFIG_FILES = ['tsconfig.json', PROJECT, 'package.json', 'package-lock.json'];

/** Every TypeScript file under the project's `include` folders, and the config files, relative to the root. */
function inputs() {
  const { include } = JSON.parse(readFileSync(path.join(ROOT, PROJECT), 'utf8'));
  const found = CONFIG_FILES.filter((file) => statSync(path.join(ROOT, file), { throwIfNoEntry: false }) !== undefined);
  const walk = (folder) => {
    for (const entry of readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
      const relative = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (/\.(ts|json)$/.test(entry.name)) found.push(relative);
    }
  };
  for (const folder of include) walk(folder);
  return found.sort();
}

function upToDate(files) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return false;
  }
  if (JSON.stringify(stamp.inputs) !== JSON.stringify(files)) return false;
  return files.every((file) => statSync(path.join(ROOT, file)).mtimeMs < stamp.startedAt);
}

const files = inputs();
if (!upToDate(files)) {
  const startedAt = Date.now();
  rmSync(OUT_DIR, { recursive: true, force: true });
  const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', PROJECT], { cwd: ROOT, stdio: 'inherit' });
  writeFileSync(STAMP, JSON.stringify({ startedAt, inputs: files }));
}
