import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexData } from './corpusIndex.ts';

/** Bump when extraction or the snapshot layout changes: older snapshots are then rebuilt. */
export const INDEX_VERSION = 3;

const FILE_NAME = 'index.snapshot.jsonl';

/**
 * The snapshot is JSON lines: a header, then one line per part, so no single string has to
 * hold the whole index. It is written to a temporary file and renamed into place, so a crash
 * mid-write leaves the previous snapshot whole.
 */
interface Header {
  byline: 'snapshot';
  version: number;
  builtAt: string;
  files: number;
}

export function snapshotPath(cacheDir: string): string {
  return join(cacheDir, FILE_NAME);
}

export async function saveSnapshot(cacheDir: string, data: IndexData): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const target = snapshotPath(cacheDir);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    const header: Header = { byline: 'snapshot', version: INDEX_VERSION, builtAt: data.builtAt, files: data.files.length };
    await handle.write(`${JSON.stringify(header)}\n`);
    for (const file of data.files) await handle.write(`${JSON.stringify(file)}\n`);
    await handle.write(`${JSON.stringify(data.entities)}\n`);
    await handle.write(`${JSON.stringify({ skipped: data.skipped, notes: data.notes })}\n`);
    await handle.write(`${data.passageSearch}\n`);
    await handle.write(`${data.quoteSearch}\n`);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, target);
}

/** Why a snapshot could not be used. */
export type SnapshotResult = { data: IndexData } | { missing: true } | { invalid: string };

/** Reads the snapshot; a missing, truncated, corrupt or old one is reported, never thrown. */
export async function loadSnapshot(cacheDir: string): Promise<SnapshotResult> {
  let text: string;
  try {
    text = await readFile(snapshotPath(cacheDir), 'utf8');
  } catch {
    return { missing: true };
  }
  try {
    const lines = text.split('\n');
    const header = JSON.parse(lines[0] ?? '') as Partial<Header>;
    if (header.byline !== 'snapshot') return { invalid: 'not a Byline snapshot' };
    if (header.version !== INDEX_VERSION) return { invalid: `version ${header.version}, expected ${INDEX_VERSION}` };
    const count = header.files ?? -1;
    if (lines.length !== count + 6 || lines[count + 5] !== '') return { invalid: 'truncated' };
    const data: IndexData = {
      builtAt: String(header.builtAt),
      files: lines.slice(1, count + 1).map((line) => JSON.parse(line)),
      entities: JSON.parse(lines[count + 1] ?? ''),
      ...(JSON.parse(lines[count + 2] ?? '') as Pick<IndexData, 'skipped' | 'notes'>),
      passageSearch: lines[count + 3] ?? '',
      quoteSearch: lines[count + 4] ?? '',
    };
    return { data };
  } catch (error) {
    return { invalid: `corrupt (${error instanceof Error ? error.message : String(error)})` };
  }
}
