/**
 * A reindex that fails never empties the bot: the engine keeps answering from the index it had,
 * the failure reaches the caller as an error whose message is safe to show (no absolute path),
 * and the next reindex works once the cause is gone.
 */
import { rename, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BylineError } from '../../src/errors.ts';
import type { BylineEngine } from '../../src/engine.ts';
import type { Request } from '../../src/types.ts';
import { article, tempCorpus, type TempCorpus } from './tempCorpus.ts';

const QUESTIONS: Request[] = [
  { command: 'search', text: 'Zembla harbour' },
  { command: 'who', text: 'Who is the new harbour master of Port Zembla?' },
  { command: 'quote', speaker: 'Ivan Petrov' },
];

let corpus: TempCorpus;
let engine: BylineEngine;
let before: unknown[];

const answers = (e: BylineEngine) => Promise.all(QUESTIONS.map((q) => e.ask(q)));

beforeEach(async () => {
  corpus = await tempCorpus();
  await corpus.put('good.txt', article('Port Zembla'));
  await corpus.put('other.txt', article('Dunmore Quay', 'Olu Bankole'));
  engine = await corpus.open();
  before = await answers(engine);
  expect(before.every((r) => (r as { answers: unknown[] }).answers.length > 0)).toBe(true);
});
afterEach(() => corpus.stop());

/** The engine still holds and answers from the index it had before the failed reindex. */
async function expectOldIndexServing(): Promise<void> {
  expect(await answers(engine)).toEqual(before);
  expect(engine.sources().map((meta) => meta.file)).toEqual(['good.txt', 'other.txt']);
  expect(engine.status()).toMatchObject({ articles: 2, reindexing: false });
}

describe('a reindex that fails', () => {
  it.each([
    ['the corpus folder was removed', () => corpus.remove(''), /^Byline: the corpus folder "corpus" does not exist$/],
    [
      'the corpus folder was replaced by a file',
      async () => {
        await rename(corpus.corpusDir, `${corpus.corpusDir}.moved`);
        await writeFile(corpus.corpusDir, 'not a folder');
      },
      /^Byline: the corpus folder "corpus" is not a folder$/,
    ],
  ])('keeps the old index serving when %s, and reports why without the absolute path', async (_name, breakCorpus, message) => {
    await breakCorpus();
    const failure = await engine.reindex().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(BylineError);
    expect((failure as Error).message).toMatch(message);
    expect((failure as Error).message).not.toContain(corpus.root);
    await expectOldIndexServing();
  });

  it('keeps the old index serving when the build fails part-way through extraction', async () => {
    await corpus.put('good.txt', article('Port Zembla', 'Someone Else'));
    await corpus.put('new.txt', article('Kellwick'));
    let calls = 0;
    const failure = await engine
      .reindex(() => {
        calls++;
        throw new Error('progress display crashed');
      })
      .catch((error: unknown) => error);
    expect(calls).toBe(1); // one of two files was extracted when it failed
    expect((failure as Error).message).toBe('progress display crashed');
    await expectOldIndexServing();
  });

  it('lets the next reindex run once the cause is gone', async () => {
    await rename(corpus.corpusDir, `${corpus.corpusDir}.away`);
    await expect(engine.reindex()).rejects.toThrow(BylineError);
    await rename(`${corpus.corpusDir}.away`, corpus.corpusDir);
    await corpus.put('new.txt', article('Kellwick'));
    expect(await engine.reindex()).toMatchObject({ articles: 3, extracted: 1 });
  });
});
