/**
 * Runs `fixtures/reindexChild.ts` in a child process (optionally as another user) and hands its
 * JSON lines to the test as they arrive, so the test can act mid-reindex or kill the child.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

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

/** Starts the child on `args` (`CORPUS_DIR [CACHE_DIR] [--wait]`); `uid` runs it as that user (root only). */
export function startReindexChild(args: string[], { uid }: { uid?: number } = {}): RunningChild {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    cwd: PROJECT,
    stdio: ['pipe', 'pipe', 'inherit'],
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
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
