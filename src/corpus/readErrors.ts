/** Plain reasons for file-system errors, without paths (a reason is shown to users as it is). */

/** Why a FIFO, socket or device named like an article or sidecar is not read. */
export const NOT_REGULAR = 'not a regular file';

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'unreadable (permission denied)',
  EPERM: 'unreadable (permission denied)',
  ENOENT: 'unreadable (file disappeared while reading)',
  ELOOP: 'unreadable (symbolic link loop)',
  EISDIR: 'unreadable (is a folder)',
  EIO: 'unreadable (input/output error)',
  EMFILE: 'unreadable (too many open files)',
  ENFILE: 'unreadable (too many open files)',
  // Not a system code on Linux: what the reader throws for anything but a regular file (BSD's name for it).
  EFTYPE: NOT_REGULAR,
};

/** The reason to report for an error thrown while opening or reading a corpus file. */
export function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  return (code !== undefined ? REASONS[code] : undefined) ?? `unreadable (${code ?? 'unknown error'})`;
}
