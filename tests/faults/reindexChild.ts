/**
 * Runs `fixtures/reindexChild.ts` in a child process (optionally as another user) and hands its
 * JSON lines to the test as they arrive, so the test can act mid-reindex or kill the child.
 *
 * A child run as another user cannot read this checkout when it lives in a private folder (a
 * `mktemp -d` clone is mode 700): it could not load tsx, the sources or their packages. So that
 * child runs from one JavaScript file bundled with esbuild into a temporary folder every user can
 * read, and the temporary folder is removed when the child exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const SCRIPT = fileURLToPath(new URL('./fixtures/reindexChild.ts', import.meta.url));
const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** One line the child wrote. */
export type ChildLine =
  | { ready: number }
  | { waiting: true }
  | { progress: [number, number] }
  | { report: { articles: number; skipped: Array<{ file: string; reason: string }> } }
  | { error: string };

export interface RunningChild {
  process: ChildProcess;
  /** Resolves with the first line that `matches`; rejects if the child exits first. */
  next(matches: (line: ChildLine) => boolean): Promise<ChildLine>;
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals>;
}

/**
 * Why a child run as another user could not read files under `dir` (a folder on the way that
 * others may not enter), or undefined when it can. Mode bits only: ACLs are not consulted.
 */
export function closedToOthers(dir: string): string | undefined {
  for (let folder = path.resolve(dir); ; folder = path.dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) return `${folder} cannot be entered by other users`;
    if (folder === path.dirname(folder)) return undefined;
  }
}

/** The child bundled into one file that any user can read and run: its folder and script. */
function bundleForAnyUser(): { dir: string; script: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'byline-child-'));
  chmodSync(dir, 0o755);
  const script = path.join(dir, 'reindexChild.mjs');
  buildSync({
    entryPoints: [SCRIPT],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Packages written as CommonJS call require(); give the bundle one.
    banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
    logLevel: 'error',
  });
  chmodSync(script, 0o644);
  return { dir, script };
}

/** Starts the child on `args` (`CORPUS_DIR [CACHE_DIR] [--wait]`); `uid` runs it as that user (root only). */
export function startReindexChild(args: string[], { uid }: { uid?: number } = {}): RunningChild {
  const bundle = uid === undefined ? undefined : bundleForAnyUser();
  const child = spawn(process.execPath, bundle === undefined ? ['--import', 'tsx', SCRIPT, ...args] : [bundle.script, ...args], {
    cwd: bundle?.dir ?? PROJECT,
    stdio: ['pipe', 'pipe', 'inherit'],
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  if (bundle !== undefined) child.on('exit', () => rmSync(bundle.dir, { recursive: true, force: true }));
  const lines: ChildLine[] = [];
  const waiters: Array<() => void> = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(JSON.parse(line) as ChildLine);
    for (const wake of waiters.splice(0)) wake();
  });
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code ?? -1)));
  let done = false;
  void exited.then(() => {
    done = true;
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    process: child,
    exited,
    async next(matches) {
      for (;;) {
        const found = lines.find(matches);
        if (found !== undefined) return found;
        if (done) throw new Error(`child exited without the expected line; it wrote ${JSON.stringify(lines)}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}
