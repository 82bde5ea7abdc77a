/**
 * A snapshot that cannot be trusted at start (truncated, corrupt, from another version, or not a
 * snapshot at all) is reported and rebuilt from the corpus: never fatal, and the answers are the
 * ones a fresh build gives.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../src/engine.ts';
import { SECTIONS, snapshotPath } from '../../src/index/snapshot.ts';
import type { Request, Response } from '../../src/types.ts';
import { article, tempCorpus, type TempCorpus } from './tempCorpus.ts';

const QUESTIONS: Request[] = [
  { command: 'search', text: 'Zembla harbour' },
  { command: 'who', text: 'Who is the new harbour master of Port Zembla?' },
  { command: 'quote', speaker: 'Ivan Petrov' },
];

let corpus: TempCorpus;
let good: Buffer;
let reference: Response[];

beforeAll(async () => {
  corpus = await tempCorpus();
  await corpus.put('good.txt', article('Port Zembla'));
  await corpus.put('other.txt', article('Dunmore Quay', 'Olu Bankole'));
  const engine = await corpus.open();
  reference = await Promise.all(QUESTIONS.map((q) => engine.ask(q)));
  good = await readFile(snapshotPath(corpus.cacheDir));
});
afterAll(() => corpus.stop());

/** The snapshot's layout: a 4,096-byte JSON header, then sections padded to 8 bytes. */
const HEADER_BYTES = 4096;
type Header = Record<string, unknown> & { sections: number[] };
const headerOf = (bytes: Buffer): Header => JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8')) as Header;
const headerBytes = (header: object): Buffer => Buffer.from(`${JSON.stringify(header).padEnd(HEADER_BYTES - 1)}\n`);
const padded = (length: number): number => Math.ceil(length / 8) * 8;

/** The snapshot with its header changed by `edit`, rewritten in place as the writer does. */
const withHeader = (edit: (header: Header) => object): Buffer => Buffer.concat([headerBytes(edit(headerOf(good))), good.subarray(HEADER_BYTES)]);

/**
 * The snapshot with section `n` overwritten by `edit` (same length), and its digest recomputed:
 * damage a checksum cannot catch, as a faulty writer would leave it.
 */
const withSection = (n: number, edit: (section: Buffer) => void): Buffer => {
  const bytes = Buffer.from(good);
  const { sections } = headerOf(bytes);
  const start = HEADER_BYTES + sections.slice(0, n).reduce((sum, length) => sum + padded(length), 0);
  edit(bytes.subarray(start, start + sections[n]!));
  const sha256 = createHash('sha256').update(bytes.subarray(HEADER_BYTES)).update(JSON.stringify(sections)).digest('hex');
  return Buffer.concat([headerBytes({ ...headerOf(bytes), sha256 }), bytes.subarray(HEADER_BYTES)]);
};

/** Section numbers, in the order the writer writes them. */
const TABLES = SECTIONS.indexOf('tables');
const ARTICLE_OFFSETS = SECTIONS.indexOf('articleOffsets');
const PASSAGE_SEARCH = SECTIONS.indexOf('passageSearch');

describe('an unusable snapshot at start', () => {
  it.each<[string, () => Buffer, RegExp]>([
    ['cut in the middle', () => good.subarray(0, Math.floor(good.length / 2)), /^truncated$/],
    ['cut by its last byte', () => good.subarray(0, good.length - 1), /^truncated$/],
    ['cut inside its header', () => good.subarray(0, 100), /^truncated$/],
    ['empty', () => Buffer.alloc(0), /^truncated$/],
    ['random bytes', () => Buffer.from(Array.from({ length: 4096 }, (_, n) => (n * 7919) % 256)), /^not a Byline snapshot$/],
    ['from another version', () => withHeader((header) => ({ ...header, version: Number(header.version) + 1 })), /^version \d+, expected \d+$/],
    ['not a Byline snapshot', () => withHeader(({ byline: _byline, ...header }) => header), /^not a Byline snapshot$/],
    ['with bytes added at the end', () => Buffer.concat([good, Buffer.from('{}\n')]), /^corrupt \(data after the last part\)$/],
    ['with tables of broken JSON, checksum and all', () => withSection(TABLES, (tables) => tables.fill(0x20, 0, 8)), /^corrupt \(.*JSON/],
    ['with line offsets past their lines, checksum and all', () => withSection(ARTICLE_OFFSETS, (offsets) => offsets.writeUInt32LE(0xffffff, offsets.length - 4)), /^corrupt \(.*line offsets do not fit/],
    ['with a search index that is not one, checksum and all', () => withSection(PASSAGE_SEARCH, (search) => search.fill(0)), /^corrupt \(Byline: /],
  ])('is rebuilt from the corpus when %s', async (_name, damaged, reason) => {
    await writeFile(snapshotPath(corpus.cacheDir), damaged());
    const events: EngineEvent[] = [];
    const engine = await corpus.open({ events });

    expect(events.map((event) => event.type)).toEqual(['snapshot-unusable', 'index-built']);
    expect(events[0]?.type === 'snapshot-unusable' && events[0].reason).toMatch(reason);
    expect(await Promise.all(QUESTIONS.map((q) => engine.ask(q)))).toEqual(reference);
    // The rebuilt index was saved whole: the next start loads it.
    const next: EngineEvent[] = [];
    await corpus.open({ events: next });
    expect(next.map((event) => event.type)).toEqual(['snapshot-loaded']);
  });

  it('is rebuilt when a passage text was altered in place (the checksum no longer matches)', async () => {
    const altered = good.toString('latin1').replaceAll('harbour board of Port Zembla', 'harbour board of Port Zemblx');
    expect(altered).not.toBe(good.toString('latin1'));
    await writeFile(snapshotPath(corpus.cacheDir), Buffer.from(altered, 'latin1'));
    const events: EngineEvent[] = [];
    const engine = await corpus.open({ events });
    expect(events.map((event) => event.type)).toContain('snapshot-unusable');
    await engine.whenCurrent();
    expect(await Promise.all(QUESTIONS.map((q) => engine.ask(q)))).toEqual(reference);
  });
});

describe('a snapshot that cannot be saved', () => {
  it('is reported without the absolute path of the cache folder, and the engine answers anyway', async () => {
    const blocked = await tempCorpus();
    try {
      await blocked.put('good.txt', article('Port Zembla'));
      // A file where the cache folder should be: every write under it fails.
      await writeFile(blocked.cacheDir, 'not a folder');
      const events: EngineEvent[] = [];
      const engine = await blocked.open({ events });
      expect(events).toContainEqual({ type: 'snapshot-save-failed', reason: 'cannot save the snapshot in "cache": a file is in the way' });
      expect(JSON.stringify(events)).not.toContain(blocked.root);
      expect((await engine.ask(QUESTIONS[0]!)).answers.length).toBeGreaterThan(0);
    } finally {
      await blocked.stop();
    }
  });
});
