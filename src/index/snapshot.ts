import { createHash } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import type { IndexData } from './corpusIndex.ts';
import { compact, expand, type CompactExtract } from './compactExtract.ts';
import type { SearchData } from './textSearch.ts';

/** Bump when extraction or the snapshot layout changes: older snapshots are then rebuilt. */
export const INDEX_VERSION = 5;

const FILE_NAME = 'index.snapshot.jsonl';

/**
 * A search index's terms are written in lines of about this many characters, however large the
 * corpus: each line is parsed in a few tens of milliseconds, and no string nears V8's limit.
 */
const TERM_LINE_CHARS = 4 << 20;

/** Writes are gathered up to this many characters: one write per line would cost a syscall each. */
const WRITE_BATCH = 4 << 20;

/**
 * The snapshot is JSON lines: a header, one line per article (`compactExtract.ts`), the entities, the skipped files,
 * then each search index as its terms in lines of about `TERM_LINE_CHARS` (JSON arrays), closed
 * by a line with the rest of the index (a JSON object). No line
 * (and no string) has to hold the whole index, so it is written and read as a stream. The
 * header carries the sha256 of everything after it, so a snapshot altered in place is refused.
 * It is written to a temporary file and renamed into place, so a crash mid-write leaves the
 * previous snapshot whole.
 */
interface Header {
  byline: 'snapshot';
  version: number;
  builtAt: string;
  files: number;
  sha256: string;
}

/** The line that closes a search index: everything but its terms. */
type SearchRest = Omit<SearchData, 'index'>;

/** A digest's stand-in while the body is written: as long as a sha256 in hex. */
const NO_DIGEST = '0'.repeat(64);

export function snapshotPath(cacheDir: string): string {
  return join(cacheDir, FILE_NAME);
}

export async function saveSnapshot(cacheDir: string, data: IndexData): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await removeStaleTemporaries(cacheDir);
  const target = snapshotPath(cacheDir);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temporary, 'w');
  const header = (sha256: string): string =>
    JSON.stringify({ byline: 'snapshot', version: INDEX_VERSION, builtAt: data.builtAt, files: data.files.length, sha256 } satisfies Header);
  try {
    const hash = createHash('sha256');
    let batch: string[] = [];
    let batched = 0;
    const flush = async (): Promise<void> => {
      await handle.write(batch.join(''));
      batch = [];
      batched = 0;
    };
    await handle.write(`${header(NO_DIGEST)}\n`);
    for (const line of bodyLines(data)) {
      const text = `${line}\n`;
      hash.update(text);
      batch.push(text);
      batched += text.length;
      if (batched >= WRITE_BATCH) await flush();
    }
    await flush();
    // The digest is as long as its stand-in, so the header is rewritten in place.
    await handle.write(header(hash.digest('hex')), 0);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, target);
}

function* bodyLines(data: IndexData): Generator<string> {
  for (const file of data.files) yield JSON.stringify(compact(file));
  yield JSON.stringify(data.entities);
  yield JSON.stringify({ skipped: data.skipped, notes: data.notes });
  yield* searchLines(data.passageSearch);
  yield* searchLines(data.quoteSearch);
}

function* searchLines({ index, ...rest }: SearchData): Generator<string> {
  let terms: string[] = [];
  let length = 0;
  for (const entry of index) {
    const term = JSON.stringify(entry);
    terms.push(term);
    length += term.length;
    if (length >= TERM_LINE_CHARS) {
      yield `[${terms.join(',')}]`;
      terms = [];
      length = 0;
    }
  }
  if (terms.length > 0) yield `[${terms.join(',')}]`;
  yield JSON.stringify(rest satisfies SearchRest);
}

/** Temporary files of writers that are no longer running (killed mid-write) are only litter. */
async function removeStaleTemporaries(cacheDir: string): Promise<void> {
  for (const name of await readdir(cacheDir)) {
    const writer = new RegExp(`^${FILE_NAME.replaceAll('.', '\\.')}\\.(\\d+)\\.\\d+\\.tmp$`).exec(name)?.[1];
    if (writer !== undefined && !isRunning(Number(writer))) await rm(join(cacheDir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why a snapshot could not be used. */
export type SnapshotResult = { data: IndexData } | { missing: true } | { invalid: string };

class Truncated extends Error {}

/** Reads the snapshot as a stream; a missing, truncated, corrupt, altered or old one is reported, never thrown. */
export async function loadSnapshot(cacheDir: string): Promise<SnapshotResult> {
  const stream = createReadStream(snapshotPath(cacheDir), { highWaterMark: 1 << 20 });
  try {
    await once(stream, 'open');
  } catch {
    return { missing: true };
  }
  const lines = linesOf(stream);
  const hash = createHash('sha256');
  const nextLine = async (): Promise<Buffer> => {
    const { value, done } = await lines.next();
    if (done) throw new Truncated();
    return value;
  };
  /** The next body line, parsed, and counted into the checksum. */
  const next = async <T>(): Promise<T> => {
    const line = await nextLine();
    hash.update(line).update('\n');
    return JSON.parse(line.toString('utf8')) as T;
  };
  const nextSearch = async (): Promise<SearchData> => {
    const index: SearchData['index'] = [];
    for (;;) {
      const line = await next<SearchData['index'] | SearchRest>();
      if (!Array.isArray(line)) return { ...line, index };
      for (const entry of line) index.push(entry);
    }
  };
  try {
    const header = JSON.parse((await nextLine()).toString('utf8')) as Partial<Header>;
    if (header.byline !== 'snapshot') return { invalid: 'not a Byline snapshot' };
    if (header.version !== INDEX_VERSION) return { invalid: `version ${header.version}, expected ${INDEX_VERSION}` };
    const files: IndexData['files'] = [];
    for (let n = 0; n < (header.files ?? 0); n++) files.push(expand(await next<CompactExtract>()));
    const entities = await next<IndexData['entities']>();
    const { skipped, notes } = await next<Pick<IndexData, 'skipped' | 'notes'>>();
    const passageSearch = await nextSearch();
    const quoteSearch = await nextSearch();
    if (!(await lines.next()).done) return { invalid: 'corrupt (data after the last part)' };
    if (hash.digest('hex') !== header.sha256) return { invalid: 'checksum mismatch' };
    return { data: { builtAt: String(header.builtAt), files, entities, skipped, notes, passageSearch, quoteSearch } };
  } catch (error) {
    if (error instanceof Truncated) return { invalid: 'truncated' };
    return { invalid: `corrupt (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    await lines.return(undefined);
    stream.destroy();
  }
}

/**
 * The stream's lines as bytes, without their `\n`. Bytes rather than strings so the checksum
 * covers exactly what was written; a last line without its `\n` means the file was cut short.
 */
async function* linesOf(stream: ReadStream): AsyncGenerator<Buffer, void, undefined> {
  let parts: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    let end: number;
    while ((end = chunk.indexOf(0x0a, start)) >= 0) {
      parts.push(chunk.subarray(start, end));
      yield parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      parts = [];
      start = end + 1;
    }
    if (start < chunk.length) parts.push(chunk.subarray(start));
  }
  if (parts.length > 0) throw new Truncated();
}
