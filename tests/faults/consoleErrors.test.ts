/**
 * What the console and a starting engine show when the corpus folder is missing: a plain
 * `Byline:` message naming the folder, never its absolute path; the console keeps its prompt.
 */
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console/console.ts';
import { BylineEngine } from '../../src/engine.ts';
import { article, tempCorpus, type TempCorpus } from './tempCorpus.ts';

let corpus: TempCorpus;
beforeEach(async () => {
  corpus = await tempCorpus();
  await corpus.put('good.txt', article('Port Zembla'));
});
afterEach(() => corpus.stop());

/** Runs the console on `lines` and returns everything it printed. */
async function consoleOutput(engine: BylineEngine, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const done = runConsole(engine, input, output);
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  return printed;
}

describe('a missing corpus folder', () => {
  it('is reported by the console /reindex without its absolute path, and the console keeps answering', async () => {
    const engine = await corpus.open();
    await corpus.remove('');
    const printed = await consoleOutput(engine, ['/reindex', '/search Zembla', '/quit']);
    expect(printed).toContain('Byline: the corpus folder "corpus" does not exist');
    expect(printed).not.toContain(corpus.root);
    expect(printed).toMatch(/good\.txt ¶\d/); // the search after the failure was answered from the old index
  });

  it('fails a starting engine with a message that names the folder without its absolute path', async () => {
    await corpus.remove('');
    const engine = BylineEngine.open({ corpusDir: corpus.corpusDir });
    const failure = await engine.whenReady().catch((error: unknown) => error as Error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^Byline: the corpus folder "corpus" does not exist/);
    expect((failure as Error).message).not.toContain(corpus.root);
  });
});
