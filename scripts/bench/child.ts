import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a bench child printed (one JSON value per line) and when each line arrived after spawn. */
export interface ChildOutput {
  lines: Array<{ value: unknown; atMs: number }>;
}

/**
 * Runs a bench child script in a fresh Node process (TypeScript through tsx), so each phase has
 * its own heap, its own peak RSS and a true cold start.
 */
export function runChild(script: string, args: string[]): Promise<ChildOutput> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args], {
    cwd: ROOT,
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
