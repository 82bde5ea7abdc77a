import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BylineEngine } from '../../src/engine.ts';
import { runConsole, SEPARATOR } from '../../src/console/console.ts';

let corpus: string;
let engine: BylineEngine;

beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), 'byline-console-'));
  await writeFile(
    join(corpus, 'harbour.txt'),
    `---\noutlet: Harbour Gazette\ndate: 2024-03-04\nurl: https://example.com/harbour\n---\nVeloria harbour reopens\n\nHarbour Minister Clara Duvall reopened the port on Monday.\n\n"Every ferry is running again," Duvall said.\n`,
  );
  engine = BylineEngine.open({ corpusDir: corpus });
  await engine.whenReady();
});
afterAll(() => rm(corpus, { recursive: true, force: true }));

/** Types the lines at the console, as piped input, and returns what it printed. */
async function session(...lines: string[]): Promise<string> {
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  await runConsole(engine, Readable.from(lines.map((line) => `${line}\n`)), output);
  return printed;
}

describe('console face', () => {
  it('answers slash commands and plain questions with their citations', async () => {
    const printed = await session('/who is the harbour minister?', 'what did Duvall say?');
    expect(printed).toContain('1. Clara Duvall [Harbour Minister]');
    expect(printed).toMatch(/“Every ferry is running again,?” — Clara Duvall \(said\)/);
    expect(printed).toContain('harbour.txt ¶');
  });

  it('echoes each piped question and ends each answer with a rule', async () => {
    const printed = await session('/who is the harbour minister?', '', 'what did Duvall say?');
    const blocks = printed.split(`${SEPARATOR}\n`);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]?.startsWith('> /who is the harbour minister?\n1. Clara Duvall')).toBe(true);
    expect(blocks[1]?.startsWith('> what did Duvall say?\n1. ')).toBe(true);
    expect(blocks[2]).toBe('');
  });

  it('gives each cited article\'s title, outlet, date and url', async () => {
    const printed = await session('/who is the harbour minister?');
    expect(printed).toMatch(/↳ harbour\.txt ¶\d+: .*\n {5}Veloria harbour reopens — Harbour Gazette, 2024-03-04 <https:\/\/example\.com\/harbour>\n/);
  });

  it('says plainly when the coverage does not answer', async () => {
    expect(await session('/who is the finance minister?')).toContain("The coverage doesn't answer that.");
  });

  it('lists sources, reindexes and reports, and explains a bad command without stopping', async () => {
    const printed = await session('/frobnicate', '/sources', '/reindex', '/when');
    expect(printed).toContain('unknown command /frobnicate; type /help');
    expect(printed).toContain('harbour.txt: Veloria harbour reopens — Harbour Gazette, 2024-03-04 <https://example.com/harbour>');
    expect(printed).toMatch(/Indexed 1 articles: \d+ passages/);
    expect(printed).toContain('/when: ask a question');
  });

  it('prints no banner or prompt for piped input, and ends at the end of input', async () => {
    const printed = await session();
    expect(printed).toBe('');
  });
});
