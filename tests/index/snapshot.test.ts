import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build.ts';
import { CorpusIndex } from '../../src/index/corpusIndex.ts';
import { INDEX_VERSION, loadSnapshot, saveSnapshot, snapshotPath } from '../../src/index/snapshot.ts';
import { tempFolder } from '../helpers/tempFolder.ts';
import { corpusFolder } from './fixtures.ts';

async function savedIndex() {
  const { index } = await buildIndex(await corpusFolder());
  const cacheDir = await tempFolder('snapshot-test');
  await saveSnapshot(cacheDir, index.toParts());
  return { index, cacheDir };
}

async function restored(cacheDir: string): Promise<CorpusIndex> {
  const loaded = await loadSnapshot(cacheDir);
  if (!('parts' in loaded)) throw new Error(`snapshot not loaded: ${JSON.stringify(loaded)}`);
  return CorpusIndex.fromParts(loaded.parts);
}

const found = (hits: ReadonlyArray<{ item: { file: string; paragraph: number }; score: number; matched: string[] }>) =>
  hits.map(({ item, score, matched }) => ({ at: `${item.file}#${item.paragraph}`, score, matched }));

describe('snapshot', () => {
  it('restores the same index it saved, search structures included', async () => {
    const { index, cacheDir } = await savedIndex();
    const loaded = await restored(cacheDir);

    expect(loaded.builtAt).toBe(index.builtAt);
    expect(loaded.files).toEqual(index.files);
    expect(loaded.entityList).toEqual(index.entityList);
    expect([...loaded.allPassages()]).toEqual([...index.allPassages()]);
    expect([...loaded.allQuotes()]).toEqual([...index.allQuotes()]);
    for (const passage of index.allPassages()) expect(loaded.timesIn(passage)).toEqual(index.timesIn(passage));
    expect(found(loaded.searchPassages('apricot frost', 10))).toEqual(found(index.searchPassages('apricot frost', 10)));
    expect(loaded.scoreQuotes('pier winter', 10)).toEqual(index.scoreQuotes('pier winter', 10));
    expect(loaded.scoreQuotes('pier winter', 10)).not.toEqual([]);
  });

  it('restores reported statements with the speakers the build resolved', async () => {
    const { index, cacheDir } = await savedIndex();
    const loaded = await restored(cacheDir);
    const [reported] = index.statementsIn({ file: 'orchard.txt', paragraph: 3 });

    expect(reported).toMatchObject({ speaker: 'Ines Varga', speakerId: index.entities.resolve('Ines Varga')?.id });
    expect([...loaded.toParts().tables.statementSpeakers].every((speaker) => speaker >= 0)).toBe(true);
    for (const passage of index.allPassages()) expect(loaded.statementsIn(passage)).toEqual(index.statementsIn(passage));
  });

  it('keeps each mention with the entity the build resolved its name to', async () => {
    const { index, cacheDir } = await savedIndex();
    const { tables } = (await restored(cacheDir)).toParts();
    const mentions = index.files.flatMap((file) => file.extract.mentions);

    expect(tables.mentionEntities.length).toBe(mentions.length);
    mentions.forEach((mention, m) => expect(tables.entities[tables.mentionEntities[m]!]?.id).toBe(index.entities.resolve(mention.name)?.id));
  });

  it('writes a fixed-size header with the version, the sections and the checksum', async () => {
    const { cacheDir } = await savedIndex();
    const bytes = await readFile(snapshotPath(cacheDir));
    const header = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8'));
    expect(bytes.indexOf(0x0a)).toBe(4095);
    expect(header).toMatchObject({ byline: 'snapshot', version: INDEX_VERSION, files: 3, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(4096 + header.sections.reduce((sum: number, length: number) => sum + Math.ceil(length / 8) * 8, 0)).toBe(bytes.length);
  });

  it('replaces a snapshot of the older JSON-lines layout', async () => {
    const { index, cacheDir } = await savedIndex();
    await writeFile(join(cacheDir, 'index.snapshot.jsonl'), '{"byline":"snapshot","version":5}\n');
    await saveSnapshot(cacheDir, index.toParts());
    expect(await readdir(cacheDir)).toEqual(['index.snapshot']);
  });

  it('removes temporary files left by a writer that was killed, and keeps a running writer\'s', async () => {
    const { index, cacheDir } = await savedIndex();
    const dead = `${snapshotPath(cacheDir)}.999999999.1.tmp`;
    const alive = `${snapshotPath(cacheDir)}.${process.ppid}.1.tmp`;
    await writeFile(dead, 'half a snapshot');
    await writeFile(alive, 'being written');
    await saveSnapshot(cacheDir, index.toParts());
    expect((await readdir(cacheDir)).sort()).toEqual(['index.snapshot', `index.snapshot.${process.ppid}.1.tmp`]);
  });

  it('reports a missing snapshot as missing', async () => {
    expect(await loadSnapshot(await tempFolder('empty'))).toEqual({ missing: true });
  });

  const replaced = (bytes: Buffer, from: string, to: string): Buffer => {
    const at = bytes.indexOf(from);
    if (at < 0) throw new Error(`${from} not in the snapshot`);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from(to), bytes.subarray(at + from.length)]);
  };
  const withHeader = (bytes: Buffer, change: (header: { sections: number[] }) => object): Buffer => {
    const header = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8'));
    return Buffer.concat([Buffer.from(`${JSON.stringify(change(header)).padEnd(4095)}\n`), bytes.subarray(4096)]);
  };
  const damages: Array<[string, (bytes: Buffer) => Buffer, RegExp]> = [
    ['truncated mid-way', (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2)), /^truncated$/],
    ['cut inside its header', (bytes) => bytes.subarray(0, 100), /^truncated$/],
    ['cut by one byte', (bytes) => bytes.subarray(0, bytes.length - 1), /^truncated$/],
    ['garbage', () => Buffer.from('not json at all\n'), /not a Byline snapshot/],
    ['of another version', (bytes) => withHeader(bytes, (header) => ({ ...header, version: INDEX_VERSION + 100 })), /version/],
    ['with the bounds of its sections moved', (bytes) => withHeader(bytes, (header) => ({ ...header, sections: [header.sections[0]! + 8, header.sections[1]! - 8, ...header.sections.slice(2)] })), /^checksum mismatch$/],
    ['altered in an article', (bytes) => replaced(bytes, 'apricot', 'apricox'), /^checksum mismatch$/],
    ['altered in the tables', (bytes) => replaced(bytes, 'Lena Ortiz', 'Lena Ortix'), /^checksum mismatch$/],
    ['with bytes added at the end', (bytes) => Buffer.concat([bytes, Buffer.from('{}\n')]), /corrupt/],
  ];
  it.each(damages)('reports a snapshot %s as invalid, without throwing', async (_name, damage, reason) => {
    const { cacheDir } = await savedIndex();
    const path = snapshotPath(cacheDir);
    await writeFile(path, damage(await readFile(path)));
    const loaded = await loadSnapshot(cacheDir);
    expect('invalid' in loaded && loaded.invalid).toMatch(reason);
  });
});
