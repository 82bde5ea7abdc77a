/** Plain reasons for errors writing the cache, without the machine's paths (log lines get shared). */
import path from 'node:path';

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'part of its path is a file, not a folder',
  EEXIST: 'a file is in the way',
  EIO: 'input/output error',
};

/**
 * Why a snapshot could not be saved, naming the cache folder by its last segment only.
 *
 * @example
 * saveFailure('/srv/byline/.cache', Object.assign(new Error("EROFS: …, open '/srv/byline/.cache/x'"), { code: 'EROFS' }))
 * // → 'cannot save the snapshot in ".cache": read-only file system'
 */
export function saveFailure(cacheDir: string, error: unknown): string {
  const cacheFolderName = path.basename(path.resolve(cacheDir));
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  const reason = (code !== undefined ? REASONS[code] : undefined) ?? code ?? (error instanceof Error ? error.message : String(error));
  return `cannot save the snapshot in "${cacheFolderName}": ${reason}`;
}
