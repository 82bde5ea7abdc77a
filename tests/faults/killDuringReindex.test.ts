/**
 * Shutdown during a reindex (the process killed with SIGKILL, no chance to clean up) leaves the
 * previous snapshot intact: the next start loads it as it was. The reindex runs in a child
 * process on a corpus large enough to be caught mid-way: once during extraction, once while the
 * new snapshot is being written.
 */
import { watch } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../src/engine.ts';
import { snapshotPath } from '../../src/index/snapshot.ts';
import { startReindexChild } from './reindexChild.ts';
import { article, tempCorpus, type TempCorpus } from './tempCorpus.ts';

/** Enough articles for extraction to run on worker threads and the snapshot to take a while to write. */
const ARTICLES = 300;

let corpus: TempCorpus;
let original: Buffer;

/** Rewrites every article, so that a reindex re-extracts them all. */
async function changeEveryArticle(round: number): Promise<void> {
  for (let n = 0; n < ARTICLES; n++) await writeFile(path.join(corpus.corpusDir, `a${n}.txt`), article(`Port Zembla ${n}`, `Person${round} Number${n}`));
}

/** Starts the engine on the cache, as the bot would after the kill, and checks it loads the snapshot `original`. */
async function expectOriginalSnapshotLoads(): Promise<void> {
  expect((await readFile(snapshotPath(corpus.cacheDir))).equals(original)).toBe(true);
  const events: EngineEvent[] = [];
  const engine = await corpus.open({ events });
  // It loads, then finds the corpus changed since and brings the index up to date from it.
  await engine.whenCurrent();
  expect(events.map((event) => event.type)).toEqual(['snapshot-loaded', 'index-built']);
  expect(engine.status().articles).toBe(ARTICLES);
}

beforeAll(async () => {
  corpus = await tempCorpus();
  await changeEveryArticle(0);
  await corpus.open();
  original = await readFile(snapshotPath(corpus.cacheDir));
}, 60_000);
afterAll(() => corpus.stop());

describe('the process killed during a reindex', () => {
  it('mid-extraction leaves the previous snapshot intact', async () => {
    const child = startReindexChild([corpus.corpusDir, corpus.cacheDir, '--wait']);
    await child.next((line) => 'waiting' in line);
    await changeEveryArticle(1);
    child.process.stdin!.write('go\n');
    await child.next((line) => 'progress' in line);
    child.process.kill('SIGKILL');
    expect(await child.exited).toBe('SIGKILL');

    await expectOriginalSnapshotLoads();
  }, 60_000);

  it('while writing the new snapshot leaves the previous snapshot intact', async () => {
    // Undo the refresh the previous test's check made, so the snapshot is `original` again.
    await changeEveryArticle(0);
    await writeFile(snapshotPath(corpus.cacheDir), original);

    const child = startReindexChild([corpus.corpusDir, corpus.cacheDir, '--wait']);
    await child.next((line) => 'waiting' in line);
    await changeEveryArticle(2);
    let sawTemporary = false;
    // Kill the moment the temporary snapshot file appears, i.e. while it is being written.
    const watcher = watch(corpus.cacheDir, (_event, name) => {
      if (name?.endsWith('.tmp') && !sawTemporary) {
        sawTemporary = true;
        child.process.kill('SIGKILL');
      }
    });
    child.process.stdin!.write('go\n');
    const ended = await child.exited;
    watcher.close();

    expect(sawTemporary).toBe(true);
    expect(ended).toBe('SIGKILL');
    const leftovers = (await readdir(corpus.cacheDir)).filter((name) => name.endsWith('.tmp'));
    expect(leftovers.length).toBeLessThanOrEqual(1); // the half-written file, at most
    await expectOriginalSnapshotLoads();
  }, 60_000);
});
