/**
 * Reads the corpus folder: every `.txt` article below it, recursively, sorted by path, decoded,
 * with its optional `name.meta.json` sidecar. Files that cannot be indexed are reported with a
 * plain reason instead of failing the whole read.
 *
 * Ignored silently: dotfiles and dot-folders, and every file that is not `.txt` (sidecars are read
 * with their article). Symbolic links are followed only to files inside the corpus folder, for
 * articles and sidecars alike; linked folders are not walked (a folder inside the corpus is walked
 * under its own path anyway). Only regular files are ever opened: a FIFO named like an article or
 * a sidecar would block its reader until a writer came.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { BylineError } from '../errors.ts';
import type { SkippedFile } from '../types.ts';
import { decodeText } from './decode.ts';
import { readFrontMatter } from './frontMatter.ts';
import { checkOverrides, type MetaOverrides } from './overrides.ts';
import { describeReadError, NOT_REGULAR } from './readErrors.ts';

/** One article as read from disk, before cleaning. */
export interface CorpusFile {
  /** Path relative to the corpus folder, `/`-separated. */
  file: string;
  /** The decoded text (only its first `maxArticleBytes` bytes for a larger file). */
  text: string;
  /** sha256 of the bytes read and of the sidecar's bytes: equal hashes mean an equal parse. */
  hash: string;
  /** Validated values from `name.meta.json`, when present. */
  sidecar?: MetaOverrides;
}

/**
 * What identifies one version of an article without reading it, as git's index does: the article's
 * size, times and inode, and its sidecar's (absent when it has none). `ctimeMs` catches what the
 * others miss: a permission change, and an edit whose mtime was set back.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  sidecar?: Omit<FileStamp, 'sidecar'>;
}

/**
 * A file changed this soon before it was read may change again with the same times (file times
 * tick coarsely, and network shares keep their own clock): its stamp is not trusted, so it is
 * read again at the next check.
 */
export const RACY_MS = 1000;

export interface ReadOptions {
  /**
   * At most this many bytes of an article are read (default 2 MiB); a larger file is indexed from
   * its first part, cut at the last line break, and a note says so.
   */
  maxArticleBytes?: number;
  /**
   * Says whether an article is unchanged since it was last read, by its stamp: such an article is
   * not read again and is listed in `unchanged` (its outcome then is the caller's to carry over).
   */
  unchanged?: (file: string, stamp: FileStamp) => boolean;
}

export interface CorpusRead {
  /** Articles read, sorted by `file`. */
  files: CorpusFile[];
  /** Files not indexed, and why (empty, binary, unreadable, a link out of the corpus). */
  skipped: SkippedFile[];
  /**
   * Files indexed with a caveat: "truncated to 2 MiB (file is 50 MiB)", a sidecar that is not valid
   * JSON or has a bad value, front matter not understood. Kept apart from `skipped` because these
   * articles are indexed.
   */
  notes: SkippedFile[];
  /** The corpus folder, resolved (links followed): what identifies the corpus. */
  root: string;
  /** Articles found but not read, because `unchanged` said so. */
  unchanged: string[];
  /** The stamp of every article found whose content is known to match it (read or unchanged; not racy). */
  stamps: Map<string, FileStamp>;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** Sidecars are small JSON objects; anything larger is not one. */
const MAX_SIDECAR_BYTES = 64 * 1024;
const ARTICLE = /\.txt$/i;
const SIDECAR = '.meta.json';
const LINK_OUT = 'symbolic link points outside the corpus folder; not followed';
/**
 * Non-blocking, so that a file swapped for a FIFO after its `stat` still opens at once (and is then
 * refused by `fstat`); no-follow, so that one swapped for a symbolic link is not followed unchecked.
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

/**
 * Reads every `.txt` article under `dir`.
 *
 * @throws BylineError when `dir` does not exist or is not a folder; the message names the folder
 *   by its last path segment only.
 */
export async function readCorpus(dir: string, options: ReadOptions = {}): Promise<CorpusRead> {
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const root = await corpusRoot(dir);
  const result: CorpusRead = { files: [], skipped: [], notes: [], root, unchanged: [], stamps: new Map() };
  const sidecars = new Set<string>();
  const articles = await findArticles(root, result.skipped, sidecars);
  articles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const stamps = await stampsOf(articles, sidecars);
  let turn = performance.now();
  for (const [n, article] of articles.entries()) {
    // Reads are synchronous (see `readPrefix`); the event loop gets a turn every few milliseconds.
    if (performance.now() - turn > READ_TURN_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      turn = performance.now();
    }
    // Stamped before reading: a change after the stamp shows as a different stamp at the next check.
    const stamp = stamps[n];
    if (stamp !== undefined && options.unchanged?.(article.file, stamp)) {
      result.unchanged.push(article.file);
      result.stamps.set(article.file, stamp);
      continue;
    }
    if (stamp !== undefined && !isRacy(stamp, Date.now())) result.stamps.set(article.file, stamp);
    const outcome = readArticle(root, article, sidecars, maxBytes);
    for (const reason of outcome.notes) result.notes.push({ file: article.file, reason });
    if ('skip' in outcome) result.skipped.push({ file: article.file, reason: outcome.skip });
    else result.files.push(outcome.corpusFile);
  }
  result.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return result;
}

async function corpusRoot(dir: string): Promise<string> {
  // Named by its last segment only: these messages reach /reindex replies, which must not show the machine's paths.
  const name = path.basename(path.resolve(dir));
  try {
    const real = await realpath(dir);
    if (!(await stat(real)).isDirectory()) throw new BylineError(`the corpus folder "${name}" is not a folder`);
    return real;
  } catch (error) {
    if (error instanceof BylineError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BylineError(`the corpus folder "${name}" does not exist`);
    throw new BylineError(`the corpus folder "${name}" cannot be read (${describeReadError(error)})`);
  }
}

/** Articles are read for at most this long before the event loop gets a turn (a question may be waiting). */
const READ_TURN_MS = 10;

/** Stamps are taken this many files at a time, with a turn of the event loop between batches. */
const STAMP_BATCH = 512;

/**
 * Each article's stamp; undefined where it cannot be stamped (reading it will say why). The stats
 * are synchronous: through the thread pool each would cost a round trip, which on a busy machine
 * made a check of 2,000 files take most of a second instead of tens of milliseconds.
 */
async function stampsOf(articles: readonly ArticlePath[], sidecars: ReadonlySet<string>): Promise<Array<FileStamp | undefined>> {
  const stamps: Array<FileStamp | undefined> = [];
  for (const [n, article] of articles.entries()) {
    if (n > 0 && n % STAMP_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    stamps.push(stampOf(article, sidecars));
  }
  return stamps;
}

/**
 * An article's stamp. Its sidecar is stat'ed only when it may have one ({@link hasSidecar}): most
 * articles have none, and a stat that finds nothing costs as much as one that does.
 */
function stampOf(article: ArticlePath, sidecars: ReadonlySet<string>): FileStamp | undefined {
  const fields = ({ size, mtimeMs, ctimeMs, ino }: Stats) => ({ size, mtimeMs, ctimeMs, ino });
  try {
    const own = statSync(article.absolute);
    const sidecar = hasSidecar(article, sidecars) ? statSync(sidecarPathOf(article), { throwIfNoEntry: false }) : undefined;
    return sidecar === undefined ? fields(own) : { ...fields(own), sidecar: fields(sidecar) };
  } catch {
    return undefined;
  }
}

/**
 * Whether an article may have a sidecar: the walk listed one beside it, or the article was reached
 * through a link, whose target's folder the walk may not have listed. Its stamp and its reading
 * both ask, so a sidecar added after the walk is in neither and is read at the next check.
 */
function hasSidecar(article: ArticlePath, sidecars: ReadonlySet<string>): boolean {
  return article.linked === true || sidecars.has(sidecarPathOf(article));
}

function isRacy(stamp: FileStamp, readAt: number): boolean {
  const times = [stamp.mtimeMs, stamp.ctimeMs, stamp.sidecar?.mtimeMs ?? 0, stamp.sidecar?.ctimeMs ?? 0];
  return Math.max(...times) >= readAt - RACY_MS;
}

function sidecarPathOf(article: ArticlePath): string {
  return article.absolute.replace(ARTICLE, SIDECAR);
}

interface ArticlePath {
  /** Relative, `/`-separated. */
  file: string;
  absolute: string;
  /** Found through a symbolic link: `absolute` is its target. */
  linked?: boolean;
}

/** Walks the folder, collecting `.txt` files (and, in `sidecars`, the sidecars it lists) and reporting links that cannot be followed. */
async function findArticles(root: string, skipped: SkippedFile[], sidecars: Set<string>): Promise<ArticlePath[]> {
  const found: ArticlePath[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      skipped.push({ file: relative(root, folder) + '/', reason: describeReadError(error) });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolute = path.join(folder, entry.name);
      if (entry.name.endsWith(SIDECAR)) sidecars.add(absolute);
      const file = relative(root, absolute);
      if (entry.isDirectory()) await walk(absolute);
      else if (entry.isSymbolicLink()) {
        const target = await linkTarget(root, absolute);
        if ('reason' in target) {
          if (ARTICLE.test(entry.name) || target.folder) skipped.push({ file, reason: target.reason });
        } else if (ARTICLE.test(entry.name) && !target.isFolder) {
          if (target.isFile) found.push({ file, absolute: target.real, linked: true });
          else skipped.push({ file, reason: NOT_REGULAR });
        }
      } else if (ARTICLE.test(entry.name)) {
        if (entry.isFile()) found.push({ file, absolute });
        else skipped.push({ file, reason: NOT_REGULAR });
      }
    }
  };
  await walk(root);
  return found;
}

type LinkTarget = { real: string; isFile: boolean; isFolder: boolean } | { reason: string; folder: boolean };

async function linkTarget(root: string, link: string): Promise<LinkTarget> {
  let real: string;
  try {
    real = await realpath(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { reason: 'unreadable (broken symbolic link)', folder: false };
    return { reason: describeReadError(error), folder: false };
  }
  const info = await stat(real);
  if (!isInside(root, real)) return { reason: LINK_OUT, folder: info.isDirectory() };
  return { real, isFile: info.isFile(), isFolder: info.isDirectory() };
}

function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root + path.sep);
}

type ArticleOutcome = { corpusFile: CorpusFile; notes: string[] } | { skip: string; notes: string[] };

function readArticle(root: string, article: ArticlePath, sidecars: ReadonlySet<string>, maxBytes: number): ArticleOutcome {
  const notes: string[] = [];
  let bytes: Buffer;
  let size: number;
  try {
    ({ bytes, size } = readPrefix(article.absolute, maxBytes));
  } catch (error) {
    return { skip: describeReadError(error), notes };
  }
  if (size === 0) return { skip: 'empty file', notes };
  const truncated = size > bytes.length;
  const decoded = decodeText(bytes, truncated);
  if (decoded.kind === 'binary') return { skip: decoded.reason, notes };
  if (decoded.strayBytes !== undefined) {
    const { count, firstLine } = decoded.strayBytes;
    notes.push(`not valid UTF-8 at ${count} byte${count === 1 ? '' : 's'} (first on line ${firstLine}), read as Windows-1252`);
  }
  let text = decoded.text;
  if (truncated) {
    // Cut at the last line break so that no half sentence is indexed.
    const lastBreak = text.lastIndexOf('\n');
    if (lastBreak > 0) text = text.slice(0, lastBreak);
    notes.push(`truncated to ${formatBytes(maxBytes)} (file is ${formatBytes(size)})`);
  }
  if (text.trim() === '') return { skip: 'empty file', notes };
  notes.push(...readFrontMatter(text).problems);

  const hash = createHash('sha256').update(bytes);
  const corpusFile: CorpusFile = { file: article.file, text, hash: '' };
  // As for the stamp, a sidecar is looked for only where the walk listed one: looking for the
  // sidecar most articles do not have cost a failed call (and its error) each.
  const sidecar = hasSidecar(article, sidecars) ? readSidecar(root, article) : undefined;
  if (sidecar !== undefined) {
    hash.update('\0sidecar\0').update(sidecar.bytes);
    notes.push(...sidecar.problems);
    if (Object.keys(sidecar.values).length > 0) corpusFile.sidecar = sidecar.values;
  }
  corpusFile.hash = hash.digest('hex');
  return { corpusFile, notes };
}

/**
 * Reads at most `maxBytes` from the start of a file known to be regular (by the walk, or a `stat`),
 * in bounded memory, and the file's full size. Checked again once open, in case something else (a
 * FIFO, socket, device or folder) was swapped in since. Synchronous, like the stamps: through the
 * thread pool its four calls cost four round trips, which made reading 10,000 articles cost more
 * CPU time than their bytes (and most of its wall time waiting) on a busy machine.
 */
function readPrefix(absolute: string, maxBytes: number): { bytes: Buffer; size: number } {
  const fd = openSync(absolute, OPEN_FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw notRegular();
    const bytes = Buffer.alloc(Math.min(info.size, maxBytes));
    let filled = 0;
    while (filled < bytes.length) {
      const bytesRead = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: bytes.subarray(0, filled), size: info.size };
  } finally {
    closeSync(fd);
  }
}

function notRegular(): Error {
  return Object.assign(new Error(NOT_REGULAR), { code: 'EFTYPE' });
}

/**
 * The `name.meta.json` beside `name.txt`: its bytes (for the hash), values and problems; undefined
 * when absent. Like an article, it must resolve inside the corpus folder: an outside file's bytes
 * are never read, so nothing of it can show as a title or in a note.
 */
function readSidecar(root: string, article: ArticlePath): { bytes: Buffer; values: MetaOverrides; problems: string[] } | undefined {
  const name = path.posix.basename(article.file).replace(ARTICLE, '.meta.json');
  const ignored = (reason: string) => ({ bytes: Buffer.alloc(0), values: {}, problems: [`sidecar ${name} ignored: ${reason}`] });
  let bytes: Buffer;
  try {
    const real = realpathSync.native(sidecarPathOf(article));
    if (!isInside(root, real)) return ignored(LINK_OUT);
    if (!statSync(real).isFile()) return ignored(NOT_REGULAR);
    bytes = readPrefix(real, MAX_SIDECAR_BYTES + 1).bytes;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return ignored(describeReadError(error));
  }
  if (bytes.length > MAX_SIDECAR_BYTES) {
    return { bytes, values: {}, problems: [`sidecar ${name} ignored: larger than ${formatBytes(MAX_SIDECAR_BYTES)}`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\ufeff/, ''));
  } catch {
    return { bytes, values: {}, problems: [`sidecar ${name} ignored: not valid JSON`] };
  }
  const checked = checkOverrides(raw);
  return { bytes, values: checked.values, problems: checked.problems.map((p) => `sidecar ${name}: ${p}`) };
}

function relative(root: string, absolute: string): string {
  // The walk joins names onto the root, so slicing is exact; path.relative resolves both paths on
  // every call, which was a third of a start's check of 2,000 files.
  const inside = absolute.startsWith(root + path.sep) ? absolute.slice(root.length + 1) : path.relative(root, absolute);
  return path.sep === '/' ? inside : inside.split(path.sep).join('/');
}

/** "2 MiB", "50 MiB", "512 KiB", "900 bytes". */
function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} bytes`;
}
