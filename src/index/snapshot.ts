import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstat, open as openCallback, read as readCallback, readSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import type { ArticleMeta, Entity, RoleClaim } from '../types.ts';
import type { IndexParts, IndexTables } from './corpusIndex.ts';
import { SnapshotArticles, type FileIdentity, type LineTable } from './articleSource.ts';
import { FINDING_KINDS, compactArticle, compactFindings, compactPassage, compactQuote, type FindingKind } from './compactExtract.ts';
import { TextSearch } from './textSearch.ts';
import { saveFailure } from './writeErrors.ts';

/**
 * Bump when extraction or the snapshot layout changes: older snapshots are then rebuilt. 9: time
 * expressions carry type and value, and quotations pieces and partial fragments (8 had one or the
 * other). 10: the tables record the corpus (folder and file stamps) the index was built from.
 * 11: articles carry their reported statements. 12: reported speech read with more cue shapes
 * (11 was built from either change alone). 13: session 4's extraction: time values, quotation
 * shapes and speakers, reported speech. 14: session 5's speakers, quotation shapes and times.
 * 15: session 6's trained reported-speech tagger, bodies as quotation speakers, time values, sentences
 * split at a glued full stop, and reported speakers resolved at build (two more sections).
 * 16: session 7's tagger end features, a question and its answer kept as two quotations,
 *     weekdays after a saying verb read as past. 17: session 9's speakers (noun-phrase and
 *     verb-first attributions), quotation clauses and named works, forward weekdays and seasons.
 * 18: session 9's later speakers (subjects of a clause, colons, participles) and quotation shapes
 *     (apostrophes, no overlapping extents, joined quotations). 19: session 9's time values
 *     (clock times, "that night", "last decade", "a year ago", forward weekdays and seasons).
 * 30: mentions' entities resolved at build (two more sections).
 * 31: session 14's reported-speech tagger (lemma and frame features, averaged weights) and quotation fixes.
 * 32: session 15's time values (sentences past titles and initials, quotations, older years).
 * 33: session 15's speaker and quotation fixes.
 * 34: an article's mentions, statements and times each on a line of their own (six more sections).
 * 35: session 15's search terms (a pronoun with its auxiliary written on is no term), and 32–34 together.
 * 37: session 16's time values ("this past March", "2023's fourth quarter", the end of the year gone by,
 *     scheduled presents and "is in May" ahead, "the nineteen eighties").
 * 39: "already" is a stopword, and 37 with it.
 * 40: counts written with thousands separators ("10,000 years ago" whole, not "000 years ago").
 * 41: session 17's reported-speech tagger (cue words from 2 cue ends and 2 % of uses).
 * 42: 40 and 41 together.
 * 43: "at the last minute" read as a time.
 * 47: a count with a scale word ("1.5 million years ago"); years before 1000 written in four digits.
 * 49: session 20's time directions (plans told in the past, verbs of intent, "ahead of" an event,
 *     progressives across a clause, "agreed", "didn't" as past forms).
 * 50: a body that opens a sentence speaks its second verb; "…, the statement said" is the last speaker's.
 * 51: 49 and 50 together.
 * 52: shortened titles ("Def Sec", "SecDef") stripped when a name is resolved.
 * 53: session 21's quotations (a part taken up after a trailing cue that closes its sentence, fragment
 *     clauses past a speech verb after "to" or a relative word, words a noun names as said: "the phrase “…”").
 * 54: an article's site section (the labels above its headline); "…, X said on Tuesday, even as …" takes what precedes.
 * 55: 53 and 54 together.
 * 56: a speech verb after a dash nearer a fragment than its carrying paraphrase starts what was said.
 * 57: a paragraph opened by a quote mark it never closes is a quotation to its end, of its own when its
 *     mark differs from the quotation left open before it (the Daily Mail's one-paragraph ‘…); "'Tis" elides.
 * 58: session 22's reported speech: a quantity after a speech verb opens what was said ("said about half …");
 *     "One of his advisers, Tad Devine, told …" speaks for the name; "…, according to X, the crews left …"
 *     reads both sides; ", and" before a clause of its own ends what was said; "…, he said, becomes hopeless".
 * 60: an article's page lines (links to other stories, prompts) in its metadata.
 * 61: 58 and 60 together.
 * 62: all of 58 (its last two changes) with 60.
 * 63: time expressions: directions of months put first in a sentence, months after a scheduled present, quarters.
 * 64: reported speech: a phrase of time or place alone before a closing speaker and verb ("In a 1963
 *     speech, he declared:", "Then, last week, Lee called.") is no statement; a stance verb's object goes on
 *     past commas that list more of it ("attacked GOP voters, lawmakers, and thinkers for …"); the comma of
 *     "1,100" groups digits and sets off no speaker ("that 1,100 names weren’t disclosed"); a title after a
 *     hyphenated prefix ("then-Sen.") ends no sentence.
 * 66: 63 and 64 together.
 * 70: time expressions: "soon" in a clause told in the future (FUTURE_REF), "mid afternoon" spelled apart, "Now," opening
 *     a sentence (a discourse marker) left out.
 * 99: time expressions: a weekday in a past-tense clause that depends on a future-in-the-past ("were likely to buy as
 *     soon as trading opened Monday") points forward.
 * 100: quotations: a fragment's clause starts at a speech verb that opens a second predicate ("…, called her
 *     “third-rate”"); a quoted subject followed by a fragment in its sentence ("“Ferry riders” are “fed up,”") is one.
 */
export const INDEX_VERSION = 100;

const FILE_NAME = 'index.snapshot';

/** Version 5 and older were JSON lines under this name: only litter once a newer snapshot is written. */
const OLD_FILE_NAME = 'index.snapshot.jsonl';

/** The header's fixed size: it is rewritten in place once the body's length and digest are known. */
const HEADER_BYTES = 4096;

/** Sections start at multiples of this, so typed arrays can be read in place. */
const ALIGN = 8;

/** Writes are gathered up to this many bytes: one write per article would cost a syscall each. */
const WRITE_BATCH = 4 << 20;

/**
 * A snapshot is a fixed-size JSON header, then sections back to back (each padded to 8 bytes):
 * the index's small tables as JSON, typed arrays that place documents and reported statements in
 * articles and give quotations' and statements' speakers, the articles, passages and quotations as JSON lines (each with a table of line offsets), and the
 * two search indexes in their binary form (`TextSearch.toBytes`). Loading checks the whole file
 * against the header's sha256 but keeps only the tables and search indexes in memory: lines are
 * read from the file when a question needs them, so a start does not grow with the corpus's text.
 * The digest also covers the sections' lengths, so a truncated, altered or padded snapshot is
 * refused. It is written to a temporary file and renamed into place, so a crash mid-write leaves
 * the previous snapshot whole.
 */
interface Header {
  byline: 'snapshot';
  version: number;
  builtAt: string;
  files: number;
  sections: number[];
  sha256: string;
}

/** The small tables of the index, as the first section stores them. */
type TableArrays = 'passageStart' | 'quoteStart' | 'quoteSpeakers' | 'quoteParagraphs' | 'statementStart' | 'statementSpeakers' | 'mentionStart' | 'mentionEntities';

interface StoredTables extends Omit<IndexTables, TableArrays | 'entities'> {
  entities: StoredEntity[];
}

/**
 * An entity with its files as article numbers: a person in thousands of articles names thousands
 * of files, which as strings were half the tables' bytes and a string each to allocate at load.
 */
interface StoredEntity extends Omit<Entity, 'files' | 'roles'> {
  files: number[];
  roles: Array<Omit<RoleClaim, 'file'> & { file: number }>;
}

function storedEntity(entity: Entity, articleNumber: ReadonlyMap<string, number>): StoredEntity {
  const number = (file: string): number => articleNumber.get(file) ?? -1;
  return { ...entity, files: entity.files.map(number), roles: entity.roles.map((role) => ({ ...role, file: number(role.file) })) };
}

function entityOf(stored: StoredEntity, metas: readonly ArticleMeta[]): Entity {
  const file = (n: number): string => {
    const meta = metas[n];
    if (meta === undefined) throw new Error(`an entity names article ${n}, which is not in the snapshot`);
    return meta.file;
  };
  return { ...stored, files: stored.files.map(file), roles: stored.roles.map((role) => ({ ...role, file: file(role.file) })) };
}

/** Why a snapshot could not be written to `cacheDir` now (a file is created there and removed), or undefined when it could. */
export async function cacheUnwritable(cacheDir: string): Promise<string | undefined> {
  const probe = join(cacheDir, `${FILE_NAME}.${process.pid}.${Date.now()}.tmp`);
  try {
    await mkdir(cacheDir, { recursive: true });
    await (await open(probe, 'wx')).close();
    await rm(probe, { force: true });
    return undefined;
  } catch (error) {
    return saveFailure(cacheDir, error);
  }
}

export function snapshotPath(cacheDir: string): string {
  return join(cacheDir, FILE_NAME);
}

export async function saveSnapshot(cacheDir: string, { tables, articles, passageSearch, quoteSearch }: IndexParts): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await removeStaleTemporaries(cacheDir);
  const target = snapshotPath(cacheDir);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    const writer = new SectionWriter(async (bytes, position) => void (await handle.write(bytes, 0, bytes.length, position)));
    const { passageStart, quoteStart, quoteSpeakers, quoteParagraphs, statementStart, statementSpeakers, mentionStart, mentionEntities, entities, ...small } = tables;
    const articleNumber = new Map(tables.metas.map((meta, n) => [meta.file, n]));
    const stored: StoredTables = { ...small, entities: entities.map((entity) => storedEntity(entity, articleNumber)) };
    await writer.section([Buffer.from(JSON.stringify(stored))]);
    for (const array of [passageStart, quoteStart, quoteSpeakers, quoteParagraphs, statementStart, statementSpeakers, mentionStart, mentionEntities]) await writer.section([bytesOf(array)]);
    // Findings, passages and quotations get lines of their own, gathered while the articles are written.
    const findingLines: Record<FindingKind, Buffer[]> = { mentions: [], statements: [], times: [] };
    const passageLines: Buffer[] = [];
    const quoteLines: Buffer[] = [];
    const articleLines = (function* () {
      for (let n = 0; n < articles.size; n++) {
        const file = articles.extract(n);
        for (const kind of FINDING_KINDS) findingLines[kind].push(lineOf(compactFindings(file.extract, kind)));
        for (const passage of file.extract.article.passages) passageLines.push(lineOf(compactPassage(passage)));
        for (const quote of file.extract.quotes) quoteLines.push(lineOf(compactQuote(quote)));
        yield lineOf(compactArticle(file));
      }
    })();
    for (const lines of [articleLines, ...FINDING_KINDS.map((kind) => findingLines[kind]), passageLines, quoteLines]) {
      const offsets = [0];
      await writer.section((function* () {
        for (const line of lines) {
          offsets.push(offsets.at(-1)! + line.length);
          yield line;
        }
      })());
      await writer.section([bytesOf(Uint32Array.from(offsets))]);
    }
    await writer.section([passageSearch.toBytes()]);
    await writer.section([quoteSearch.toBytes()]);
    const sha256 = writer.digest();
    const header: Header = { byline: 'snapshot', version: INDEX_VERSION, builtAt: tables.builtAt, files: articles.size, sections: writer.lengths, sha256 };
    await handle.write(headerBytes(header), 0, HEADER_BYTES, 0);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, target);
  await rm(join(cacheDir, OLD_FILE_NAME), { force: true });
}

/** Writes sections after the header, batching small pieces, hashing what it writes. */
class SectionWriter {
  readonly lengths: number[] = [];
  private readonly hash: Hash = createHash('sha256');
  private position = HEADER_BYTES;
  private batch: Uint8Array[] = [];
  private batched = 0;

  constructor(private readonly write: (bytes: Uint8Array, position: number) => Promise<void>) {}

  async section(pieces: Iterable<Uint8Array>): Promise<void> {
    let length = 0;
    for (const piece of pieces) {
      length += piece.length;
      await this.add(piece);
    }
    const padding = (ALIGN - (length % ALIGN)) % ALIGN;
    if (padding > 0) await this.add(new Uint8Array(padding));
    await this.flush();
    this.lengths.push(length);
  }

  digest(): string {
    return this.hash.update(JSON.stringify(this.lengths)).digest('hex');
  }

  private async add(piece: Uint8Array): Promise<void> {
    this.hash.update(piece);
    this.batch.push(piece);
    this.batched += piece.length;
    if (this.batched >= WRITE_BATCH) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.batched === 0) return;
    const bytes = Buffer.concat(this.batch, this.batched);
    this.batch = [];
    this.batched = 0;
    await this.write(bytes, this.position);
    this.position += bytes.length;
  }
}

function lineOf(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value)}\n`);
}

function headerBytes(header: Header): Buffer {
  const json = JSON.stringify(header);
  if (json.length >= HEADER_BYTES) throw new Error('Byline: snapshot header too long');
  return Buffer.from(json.padEnd(HEADER_BYTES - 1, ' ') + '\n');
}

function bytesOf(array: Uint32Array | Int32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
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
export type SnapshotResult = { parts: IndexParts } | { missing: true } | { invalid: string };

/** The sections, in the order they are written (exported for the fault tests, which corrupt one by name). */
export const SECTIONS = [
  'tables', 'passageStart', 'quoteStart', 'quoteSpeakers', 'quoteParagraphs', 'statementStart', 'statementSpeakers', 'mentionStart', 'mentionEntities',
  'articles', 'articleOffsets', 'mentions', 'mentionOffsets', 'statements', 'statementOffsets', 'times', 'timeOffsets',
  'passages', 'passageOffsets', 'quotes', 'quoteOffsets',
  'passageSearch', 'quoteSearch',
] as const;

/** Sections left in the file and read a line at a time when a question needs them: most of a snapshot's bytes. */
const ON_DISK: ReadonlySet<(typeof SECTIONS)[number]> = new Set(['articles', ...FINDING_KINDS, 'passages', 'quotes']);

/** Sections left on disk are read through one buffer of this size, to be hashed. */
const READ_CHUNK = 1 << 20;

const openFile = promisify(openCallback);
const readFrom = promisify(readCallback);

/**
 * Reads the snapshot; a missing, truncated, corrupt, altered or old one is reported, never thrown.
 * The whole file is checked against its digest, but only the tables and search indexes are kept
 * in memory; the index reads articles and quotations from the still-open file when it needs them.
 */
export async function loadSnapshot(cacheDir: string): Promise<SnapshotResult> {
  let fd: number;
  try {
    fd = await openFile(snapshotPath(cacheDir), 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { missing: true } : { invalid: `unreadable (${code ?? String(error)})` };
  }
  let handedOver = false;
  try {
    const identity = await promisify(fstat)(fd);
    const { size } = identity;
    const head = Buffer.alloc(Math.min(HEADER_BYTES, size));
    await readFrom(fd, head, 0, head.length, 0);
    const header = parseHeader(head);
    if (typeof header === 'string') return { invalid: header };
    const starts: number[] = [];
    let end = HEADER_BYTES;
    for (const length of header.sections) {
      starts.push(end);
      end += padded(length);
    }
    if (size < end) return { invalid: 'truncated' };
    if (size > end) return { invalid: 'corrupt (data after the last part)' };
    // Kept sections are read straight into their own buffers; the others pass through one chunk, for the digest only.
    const hash = createHash('sha256');
    const chunk = Buffer.allocUnsafe(READ_CHUNK);
    const kept: Array<Buffer | undefined> = [];
    for (const [i, length] of header.sections.entries()) {
      const onDisk = ON_DISK.has(SECTIONS[i]!);
      const target = onDisk ? undefined : Buffer.allocUnsafe(padded(length));
      for (let done = 0; done < padded(length); ) {
        const into = target ?? chunk;
        const offset = target === undefined ? 0 : done;
        // Synchronous reads of the page cache, a chunk at a time with a turn of the event loop between:
        // awaiting a thread-pool read per chunk cost more in round trips than the reading itself.
        const bytesRead = readSync(fd, into, offset, Math.min(into.length - offset, READ_CHUNK, padded(length) - done), starts[i]! + done);
        if (bytesRead === 0) return { invalid: 'truncated' };
        hash.update(into.subarray(offset, offset + bytesRead));
        done += bytesRead;
        await new Promise((resolve) => setImmediate(resolve));
      }
      kept.push(target?.subarray(0, length));
    }
    if (hash.update(JSON.stringify(header.sections)).digest('hex') !== header.sha256) return { invalid: 'checksum mismatch' };
    // What was hashed must be what is read later: a file rewritten while it was being checked is not used.
    const after = await promisify(fstat)(fd);
    if (after.size !== size || after.ctimeMs !== identity.ctimeMs || after.mtimeMs !== identity.mtimeMs) return { invalid: 'changed while being checked' };
    const parts = partsOf(fd, kept, starts, header.sections, { size, ctimeMs: identity.ctimeMs, mtimeMs: identity.mtimeMs });
    handedOver = true;
    return { parts };
  } catch (error) {
    return { invalid: `corrupt (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    if (!handedOver) closeSync(fd);
  }
}

function parseHeader(head: Buffer): Header | string {
  const end = head.indexOf(0x0a);
  if (end < 0) return head.length < HEADER_BYTES ? 'truncated' : 'not a Byline snapshot';
  let header: Partial<Header>;
  try {
    header = JSON.parse(head.subarray(0, end).toString('utf8')) as Partial<Header>;
  } catch {
    return 'not a Byline snapshot';
  }
  if (header.byline !== 'snapshot') return 'not a Byline snapshot';
  if (header.version !== INDEX_VERSION) return `version ${header.version}, expected ${INDEX_VERSION}`;
  if (end !== HEADER_BYTES - 1 || !Array.isArray(header.sections) || header.sections.length !== SECTIONS.length) return 'corrupt (header)';
  if (!header.sections.every((length) => Number.isSafeInteger(length) && length >= 0)) return 'corrupt (header)';
  return header as Header;
}

function partsOf(fd: number, kept: ReadonlyArray<Buffer | undefined>, starts: readonly number[], lengths: readonly number[], identity: FileIdentity): IndexParts {
  const section = (name: (typeof SECTIONS)[number]): Buffer => kept[SECTIONS.indexOf(name)]!;
  const start = (name: (typeof SECTIONS)[number]): number => starts[SECTIONS.indexOf(name)]!;
  const { entities, ...stored } = JSON.parse(section('tables').toString('utf8')) as StoredTables;
  const lines = (name: 'articles' | FindingKind | 'passages' | 'quotes'): LineTable => {
    const offsets = integers(section(`${name.slice(0, -1)}Offsets` as (typeof SECTIONS)[number]), Uint32Array);
    // Lines are read long after loading: offsets that do not tile their section must be refused now.
    const length = lengths[SECTIONS.indexOf(name)];
    if (offsets[0] !== 0 || offsets.at(-1) !== length || offsets.some((offset, n) => n > 0 && offset < offsets[n - 1]!)) {
      throw new Error(`the ${name}' line offsets do not fit their lines`);
    }
    return { start: start(name), offsets };
  };
  const tables: IndexTables = {
    ...stored,
    entities: entities.map((entity) => entityOf(entity, stored.metas)),
    passageStart: integers(section('passageStart'), Uint32Array),
    quoteStart: integers(section('quoteStart'), Uint32Array),
    quoteSpeakers: integers(section('quoteSpeakers'), Int32Array),
    quoteParagraphs: integers(section('quoteParagraphs'), Uint32Array),
    statementStart: integers(section('statementStart'), Uint32Array),
    statementSpeakers: integers(section('statementSpeakers'), Int32Array),
    mentionStart: integers(section('mentionStart'), Uint32Array),
    mentionEntities: integers(section('mentionEntities'), Int32Array),
  };
  const [articles, mentions, statements, times, passages, quotes] = [lines('articles'), lines('mentions'), lines('statements'), lines('times'), lines('passages'), lines('quotes')];
  if (
    [articles, mentions, statements, times].some((table) => table.offsets.length !== stored.metas.length + 1) ||
    tables.passageStart.length !== stored.metas.length + 1 ||
    passages.offsets.length !== tables.passageStart.at(-1)! + 1 ||
    quotes.offsets.length !== tables.quoteSpeakers.length + 1 ||
    tables.quoteParagraphs.length !== tables.quoteSpeakers.length ||
    tables.statementStart.length !== stored.metas.length + 1 ||
    tables.statementSpeakers.length !== tables.statementStart.at(-1)! ||
    tables.mentionStart.length !== stored.metas.length + 1 ||
    tables.mentionEntities.length !== tables.mentionStart.at(-1)!
  ) {
    throw new Error('the line tables do not match the articles');
  }
  const passageSearch = TextSearch.fromBytes(section('passageSearch'));
  const quoteSearch = TextSearch.fromBytes(section('quoteSearch'));
  // The article source takes the file last, after everything that may refuse the snapshot: once made it
  // closes the file when collected, and a refused snapshot's file is closed by the caller at once (made
  // first, a collected source closed that number again later, by then perhaps another file's).
  const source = new SnapshotArticles(fd, { articles, mentions, statements, times, passages, quotes }, tables, stored.metas.map((meta) => meta.file), identity);
  return { tables, articles: source, passageSearch, quoteSearch };
}

/** A section as 32-bit integers, read in place (sections are aligned; a copy otherwise). */
function integers<T extends Uint32Array | Int32Array>(section: Uint8Array, Type: new (buffer: ArrayBufferLike, offset: number, length: number) => T): T {
  if (section.length % 4 !== 0) throw new Error('a table section is not whole 32-bit numbers');
  const aligned = section.byteOffset % 4 === 0 ? section : section.slice();
  return new Type(aligned.buffer, aligned.byteOffset, aligned.length / 4);
}

function padded(length: number): number {
  return Math.ceil(length / ALIGN) * ALIGN;
}
