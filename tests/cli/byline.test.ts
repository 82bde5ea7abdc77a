import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../src/cli/byline.ts', import.meta.url));
let corpus: string;

beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), 'byline-cli-'));
  await writeFile(join(corpus, 'bridge.txt'), 'Bridge opens in Tarvo\n\nMayor Lena Holt opened the Tarvo bridge on Saturday.\n');
});
afterAll(() => rm(corpus, { recursive: true, force: true }));

/** Runs the CLI on the temporary corpus (no snapshot) with the given standard input. */
function byline(args: string[], input = '', cacheDir = join(corpus, '.cache')): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', CLI, ...args, '--corpus', corpus], { env: { ...process.env, CACHE_DIR: cacheDir } }, (error, stdout, stderr) =>
      resolve({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 }),
    );
    child.stdin?.end(input);
  });
}

describe('byline ask --jsonl', () => {
  it('writes exactly one Response line per request line, in order, and nothing else on stdout', async () => {
    const requests = [
      '{"command":"who","text":"Who is the mayor?"}',
      'this is not json',
      '{"command":"quote"}',
      '{"command":"search","text":"Tarvo bridge"}',
      '{"command":"when","text":"When did the bridge in Tarvo open?"}',
    ];
    const { stdout, code } = await byline(['ask', '--jsonl'], `${requests.join('\n')}\n`);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ command: 'who', answers: [{ text: 'Lena Holt', citations: [{ file: 'bridge.txt', paragraph: 2 }] }] });
    expect(lines[1]).toEqual({ error: 'Byline: request is not valid JSON' });
    expect(lines[2]).toEqual({ error: 'Byline: give a speaker, a topic, or both' });
    expect(lines[3]).toMatchObject({ command: 'search', answers: expect.arrayContaining([expect.objectContaining({ citations: [expect.objectContaining({ file: 'bridge.txt' })] })]) });
    expect(lines[4]).toMatchObject({ command: 'when', answers: [{ text: 'Saturday' }] });
  });
});

describe('byline ask', () => {
  it('prints a readable answer with its citation', async () => {
    const { stdout } = await byline(['ask', 'who', 'Who', 'is', 'the', 'mayor?']);
    expect(stdout).toContain('1. Lena Holt [Mayor]');
    expect(stdout).toContain('bridge.txt ¶2');
  });

  it('prints the Response with --json', async () => {
    const { stdout } = await byline(['ask', 'search', 'bridge', '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ command: 'search', query: 'bridge' });
  });

  it('explains a wrong command and exits 2', async () => {
    const { stderr, code } = await byline(['ask', 'why', 'not']);
    expect(code).toBe(2);
    expect(stderr).toContain('byline: ask needs one of who, when, quote, search, auto');
  });
});

describe('byline reindex', () => {
  it('on an empty cache builds once, and reports that build', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'byline-cli-cache-'));
    const { stdout, code } = await byline(['reindex'], '', cacheDir);
    await rm(cacheDir, { recursive: true, force: true });
    expect(code).toBe(0);
    // A second build would find nothing to re-extract: "(0 re-extracted)".
    expect(stdout).toMatch(/^Indexed 1 articles: .* \(1 re-extracted\)\.$/m);
  });
});

describe('a cache folder that cannot be written', () => {
  it('is a warning on stderr with the answer, and byline reindex does not say it saved', async () => {
    const notAFolder = join(corpus, 'not-a-folder.json');
    await writeFile(notAFolder, '{}');
    const asked = await byline(['ask', 'search', 'bridge'], '', notAFolder);
    expect(asked.stdout).toContain('bridge.txt ¶');
    expect(asked.stderr).toContain('cannot save the snapshot in \\"not-a-folder.json\\": a file is in the way');
    const reindexed = await byline(['reindex'], '', notAFolder);
    expect(reindexed.stdout).toMatch(/^Indexed \(in memory only, not saved\) 1 articles/);
    expect(reindexed.stdout).toContain('warning: cannot save the snapshot in "not-a-folder.json": a file is in the way');
  });
});
