/**
 * The snapshot file an engine reads its passages from, rewritten in place under it (a backup
 * restored with `cp`, which keeps the inode): the engine never reads the new bytes at the old
 * offsets; it starts over from the file as from a new snapshot (used once its checksum passes and
 * it matches the corpus), or rebuilds from the corpus (issue 13, item 7).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BylineEngine, EngineEvent } from '../../src/engine.ts';
import { snapshotPath } from '../../src/index/snapshot.ts';
import type { Response } from '../../src/types.ts';
import { article, tempCorpus, type TempCorpus } from './tempCorpus.ts';

let corpus: TempCorpus;
let events: EngineEvent[];
let engine: BylineEngine;
beforeEach(async () => {
  corpus = await tempCorpus();
  await corpus.put('zembla.txt', article('Port Zembla'));
  await corpus.put('dunmore.txt', article('Dunmore Quay', 'Olu Bankole'));
  events = [];
  engine = await corpus.open({ events });
  await engine.whenCurrent();
});
afterEach(() => corpus.stop());

const cited = (response: Response): string[] => response.answers.flatMap((answer) => answer.citations.map((citation) => citation.file));
const types = () => events.map((event) => event.type);

describe('a snapshot file rewritten in place while in use', () => {
  it('with an older, smaller snapshot of the corpus: answers from the files as they are, never from the old bytes', async () => {
    const backup = await readFile(snapshotPath(corpus.cacheDir));
    await corpus.put('vostra.txt', article('Lake Vostra', 'Ada Mensah'));
    await engine.reindex();
    await writeFile(snapshotPath(corpus.cacheDir), backup);
    expect(cited(await engine.ask({ command: 'search', text: 'Vostra' }))).toContain('vostra.txt');
    expect(cited(await engine.ask({ command: 'search', text: 'Dunmore' }))).toContain('dunmore.txt');
    expect(types()).toContain('snapshot-changed');
  });

  it('with a copy of itself: adopts it once its checksum passes, without rebuilding', async () => {
    const copy = await readFile(snapshotPath(corpus.cacheDir));
    events.length = 0;
    await writeFile(snapshotPath(corpus.cacheDir), copy);
    expect(cited(await engine.ask({ command: 'search', text: 'Zembla' }))).toContain('zembla.txt');
    expect(types()).toEqual(['snapshot-changed', 'snapshot-loaded']);
  });

  it('with bytes that are not a snapshot: rebuilds from the corpus and answers', async () => {
    await writeFile(snapshotPath(corpus.cacheDir), Buffer.alloc(200_000, 'x'));
    expect(cited(await engine.ask({ command: 'search', text: 'Dunmore' }))).toContain('dunmore.txt');
    expect(types()).toContain('snapshot-unusable');
    expect(types().at(-1)).toBe('index-built');
  });
});
