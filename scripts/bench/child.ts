import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);
/** Where `tsconfig.build.json` puts the compiled bench children. */
const COMPILED_CHILDREN = new URL('dist/scripts/bench/', ROOT);

/** What a bench child printed (one JSON value per line) and when each line arrived after spawn. */
export interface ChildOutput {
  lines: Array<{ value: unknown; atMs: number }>;
}

/**
 * Compiles Byline and the bench children to JavaScript (`tsconfig.build.json` → `dist/`), as
 * `npm start` runs it, so a child's cold start carries no TypeScript loader.
 *
 * @throws Error when the build reports errors (its messages are on stderr).
 */
export function buildChildren(): Promise<void> {
  const tsc = fileURLToPath(new URL('node_modules/typescript/bin/tsc', ROOT));
  const build = spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: fileURLToPath(ROOT), stdio: ['ignore', process.stderr, 'inherit'] });
  return new Promise((resolve, reject) => {
    build.on('error', reject);
    build.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`Byline: the bench build (tsc -p tsconfig.build.json) failed with code ${code}`))));
  });
}

/**
 * Runs a bench child script (`./serveChild.ts`, compiled by {@link buildChildren}) in a fresh
 * Node process, so each phase has its own heap, its own peak RSS and a true cold start.
 */
export function runChild(script: string, args: string[]): Promise<ChildOutput> {
  const compiled = new URL(script.replace(/\.ts$/, '.js'), COMPILED_CHILDREN);
  const started = performance.now();
  const child = spawn(process.execPath, [fileURLToPath(compiled), ...args], {
    cwd: fileURLToPath(ROOT),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: ChildOutput['lines'] = [];
  let buffered = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const atMs = performance.now() - started;
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\n')) >= 0) {
      lines.push({ value: JSON.parse(buffered.slice(0, end)), atMs });
      buffered = buffered.slice(end + 1);
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ lines });
      else reject(new Error(`Byline: bench child ${script} exited with code ${code}`));
    });
  });
}
