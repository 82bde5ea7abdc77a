import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build.ts';
import { CorpusIndex } from '../../src/index/corpusIndex.ts';
import { INDEX_VERSION, loadSnapshot, saveSnapshot, snapshotPath } from '../../src/index/snapshot.ts';
import { corpusFolder } from './fixtures.ts';

async function savedIndex() {
  const { index } = await buildIndex(await corpusFolder());
  const cacheDir = await mkdtemp(join(tmpdir(), 'byline-snapshot-test-'));
  await saveSnapshot(cacheDir, index.toData());
  return { index, cacheDir };
}

describe('snapshot', () => {
  it('restores the same index it saved, search structures included', async () => {
    const { index, cacheDir } = await savedIndex();
    const loaded = await loadSnapshot(cacheDir);
    if (!('data' in loaded)) throw new Error(`snapshot not loaded: ${JSON.stringify(loaded)}`);
    const restored = CorpusIndex.fromData(loaded.data);

    expect(restored.builtAt).toBe(index.builtAt);
    expect(restored.files).toEqual(index.files);
    expect(restored.entityList).toEqual(index.entityList);
    expect([...restored.passages]).toEqual([...index.passages]);
    expect([...restored.quotes]).toEqual([...index.quotes]);
    expect([...restored.timesByPassage]).toEqual([...index.timesByPassage]);
    expect(restored.passageSearch.query('apricot frost')).toEqual(index.passageSearch.query('apricot frost'));
    expect(restored.quoteSearch.query('pier winter')).toEqual(index.quoteSearch.query('pier winter'));
  });

  it('writes a header with the checksum, a line per article, and each index as lines of terms closed by the rest', async () => {
    const { cacheDir } = await savedIndex();
    const lines = (await readFile(snapshotPath(cacheDir), 'utf8')).split('\n');
    // Header, 3 articles, entities, skipped files, and per index one line of terms and one of the rest.
    expect(lines).toHaveLength(1 + 3 + 2 + 2 + 2 + 1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ byline: 'snapshot', version: INDEX_VERSION, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('removes temporary files left by a writer that was killed, and keeps a running writer\'s', async () => {
    const { index, cacheDir } = await savedIndex();
    const dead = `${snapshotPath(cacheDir)}.999999999.1.tmp`;
    const alive = `${snapshotPath(cacheDir)}.${process.ppid}.1.tmp`;
    await writeFile(dead, 'half a snapshot');
    await writeFile(alive, 'being written');
    await saveSnapshot(cacheDir, index.toData());
    expect((await readdir(cacheDir)).sort()).toEqual(['index.snapshot.jsonl', `index.snapshot.jsonl.${process.ppid}.1.tmp`]);
  });

  it('reports a missing snapshot as missing', async () => {
    expect(await loadSnapshot(await mkdtemp(join(tmpdir(), 'byline-empty-')))).toEqual({ missing: true });
  });

  const damages: Array<[string, (text: string) => string, RegExp]> = [
    ['truncated mid-way', (text) => text.slice(0, Math.floor(text.length / 2)), /truncated|corrupt/],
    ['cut before its last line', (text) => text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1), /truncated/],
    ['garbage', () => 'not json at all\n', /corrupt|not a Byline snapshot/],
    ['another version', (text) => text.replace(`"version":${INDEX_VERSION}`, `"version":${INDEX_VERSION + 100}`), /version/],
    ['a corrupt line', (text) => text.replace('"hash":', '"hash":{'), /corrupt/],
    ['altered in place', (text) => text.replace('apricot', 'apricox'), /^checksum mismatch$/],
    ['with a line added at the end', (text) => `${text}{}\n`, /corrupt/],
  ];
  it.each(damages)('reports a snapshot %s as invalid, without throwing', async (_name, damage, reason) => {
    const { cacheDir } = await savedIndex();
    const path = snapshotPath(cacheDir);
    await writeFile(path, damage(await readFile(path, 'utf8')));
    const loaded = await loadSnapshot(cacheDir);
    expect('invalid' in loaded && loaded.invalid).toMatch(reason);
  });
});
