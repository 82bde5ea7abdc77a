/**
 * Unreadable files and folders. Tests usually run as root, who can read anything, so the engine
 * runs in a child process as the unprivileged user `nobody` (uid 65534), from a bundle in a
 * temporary folder (see `reindexChild.ts`), so it works from a clone in a private folder too; as
 * another user, the test's own process is already unprivileged and the engine runs in it directly.
 */
import { chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/text.ts';
import type { IndexReport } from '../../src/types.ts';
import { closedToOthers, startReindexChild } from './reindexChild.ts';
import { article, tempCorpus, type TempCorpus } from './tempCorpus.ts';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
/**
 * The temporary folder holds the corpus and the child's bundle, and the child runs on this test's
 * own Node binary: `nobody` must be able to enter both folders.
 */
const cannotRun = isRoot ? (closedToOthers(tmpdir()) ?? closedToOthers(path.dirname(process.execPath))) : undefined;
if (cannotRun !== undefined) console.warn(`unreadable.test.ts skipped: the child runs as nobody, and ${cannotRun} (set TMPDIR to a folder it can)`);

let corpus: TempCorpus;
beforeEach(async () => {
  corpus = await tempCorpus();
  await corpus.put('good.txt', article('Port Zembla'));
});
afterEach(() => corpus.stop());

/** Reindexes the corpus as an unprivileged user and returns the report. */
async function reindexUnprivileged(): Promise<Pick<IndexReport, 'articles' | 'skipped'>> {
  if (!isRoot) return (await corpus.open({ cache: false })).reindex();
  const child = startReindexChild([corpus.corpusDir], { uid: NOBODY });
  const line = await child.next((l) => 'report' in l || 'error' in l);
  if (!('report' in line)) throw new Error(`reindex failed: ${JSON.stringify(line)}`);
  return line.report;
}

describe.skipIf(cannotRun !== undefined)('unreadable corpus entries', () => {
  it('skips a file without read permission, with the reason, and indexes the rest', async () => {
    await corpus.put('locked.txt', article('Dunmore Quay'));
    await chmod(path.join(corpus.corpusDir, 'locked.txt'), 0o000);
    const report = await reindexUnprivileged();
    expect(report.articles).toBe(1);
    expect(report.skipped).toEqual([{ file: 'locked.txt', reason: 'unreadable (permission denied)' }]);
  });

  it('skips a sub-folder that cannot be listed, reported as the folder', async () => {
    await corpus.put('private/a.txt', article('Dunmore Quay'));
    await chmod(path.join(corpus.corpusDir, 'private'), 0o000);
    const report = await reindexUnprivileged();
    expect(report.articles).toBe(1);
    expect(report.skipped).toEqual([{ file: 'private/', reason: 'unreadable (permission denied)' }]);
    expect(renderReport({ ...report, passages: 0, quotes: 0, people: 0, ms: 0, extracted: 0, notes: [] })).toContain(
      'skipped private/: unreadable (permission denied)',
    );
  });
});
