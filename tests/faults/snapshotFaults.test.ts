/**
 * A snapshot that cannot be trusted at start (truncated, corrupt, from another version, or not a
 * snapshot at all) is reported and rebuilt from the corpus: never fatal, and the answers are the
 * ones a fresh build gives.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../src/engine.ts';
import { snapshotPath } from '../../src/index/snapshot.ts';
import type { Request, Response } from '../../src/types.ts';
import { article, tempCorpus, type TempCorpus } from './tempCorpus.ts';

const QUESTIONS: Request[] = [
  { command: 'search', text: 'Zembla harbour' },
  { command: 'who', text: 'Who is the new harbour master of Port Zembla?' },
  { command: 'quote', speaker: 'Ivan Petrov' },
];

let corpus: TempCorpus;
let good: string;
let reference: Response[];

beforeAll(async () => {
  corpus = await tempCorpus();
  await corpus.put('good.txt', article('Port Zembla'));
  await corpus.put('other.txt', article('Dunmore Quay', 'Olu Bankole'));
  const engine = await corpus.open();
  reference = await Promise.all(QUESTIONS.map((q) => engine.ask(q)));
  good = await readFile(snapshotPath(corpus.cacheDir), 'utf8');
});
afterAll(() => corpus.stop());

const lines = () => good.split('\n');
/** The snapshot with its first line (the header) changed by `edit`. */
const withHeader = (edit: (header: Record<string, unknown>) => Record<string, unknown>) =>
  [JSON.stringify(edit(JSON.parse(lines()[0]!) as Record<string, unknown>)), ...lines().slice(1)].join('\n');

describe('an unusable snapshot at start', () => {
  it.each<[string, () => string | Buffer]>([
    ['cut in the middle', () => good.slice(0, Math.floor(good.length / 2))],
    ['missing its last line', () => lines().slice(0, -2).join('\n') + '\n'],
    ['empty', () => ''],
    ['random bytes', () => Buffer.from(Array.from({ length: 4096 }, (_, n) => (n * 7919) % 256))],
    ['from another version', () => withHeader((header) => ({ ...header, version: Number(header.version) + 1 }))],
    ['not a Byline snapshot', () => withHeader(({ byline: _byline, ...header }) => header)],
    ['a line of broken JSON', () => lines().map((line, n) => (n === 1 ? line.slice(0, -5) : line)).join('\n')],
    ['a file entry of the wrong shape', () => lines().map((line, n) => (n === 1 ? '{"hash":1}' : line)).join('\n')],
    ['a search index that is not minisearch JSON', () => lines().map((line, n, all) => (n === all.length - 3 ? '{"nope":true}' : line)).join('\n')],
  ])('is rebuilt from the corpus when %s', async (_name, damaged) => {
    await writeFile(snapshotPath(corpus.cacheDir), damaged());
    const events: EngineEvent[] = [];
    const engine = await corpus.open({ events });

    expect(events.map((event) => event.type)).toEqual(['snapshot-unusable', 'index-built']);
    expect(await Promise.all(QUESTIONS.map((q) => engine.ask(q)))).toEqual(reference);
    // The rebuilt index was saved whole: the next start loads it.
    const next: EngineEvent[] = [];
    await corpus.open({ events: next });
    expect(next.map((event) => event.type)).toEqual(['snapshot-loaded']);
  });

  it('is rebuilt when a passage text was altered in place (the checksum no longer matches)', async () => {
    await writeFile(snapshotPath(corpus.cacheDir), good.replaceAll('harbour board of Port Zembla', 'harbour board of Port Zemblx'));
    const events: EngineEvent[] = [];
    const engine = await corpus.open({ events });
    expect(events.map((event) => event.type)).toContain('snapshot-unusable');
    await engine.whenCurrent();
    expect(await Promise.all(QUESTIONS.map((q) => engine.ask(q)))).toEqual(reference);
  });
});
