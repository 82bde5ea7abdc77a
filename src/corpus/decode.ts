/**
 * Encoding detection for corpus files: pure functions on Buffers, no I/O.
 *
 * Order of evidence: a byte-order mark, then the magic numbers of common binary formats,
 * then NUL and control bytes, then strict UTF-8, and windows-1252 as the fallback (it maps
 * every byte, so a Latin-1 or Windows file never fails to decode). A file that is UTF-8 but for a
 * few stray bytes keeps its UTF-8 and only those bytes are read as windows-1252.
 */

/** How a buffer was decoded, or why it is not text. */
export type Decoded =
  | { kind: 'text'; text: string; encoding: TextEncoding; strayBytes?: StrayBytes }
  | { kind: 'binary'; reason: string };

/** Bytes of a UTF-8 file that are not valid UTF-8 and were read as windows-1252 one by one. */
export interface StrayBytes {
  count: number;
  /** 1-based line of the first one. */
  firstLine: number;
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Signatures of binary formats that end up renamed to .txt (images, archives, documents, executables). */
const MAGIC_NUMBERS: ReadonlyArray<{ format: string; bytes: readonly number[] }> = [
  { format: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { format: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { format: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'gzip', bytes: [0x1f, 0x8b] },
  { format: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { format: 'WebP/RIFF', bytes: [0x52, 0x49, 0x46, 0x46] },
];

/** How many leading bytes are inspected for NUL and control bytes. */
const SNIFF_BYTES = 8192;
/** Share of control bytes (other than tab, newline, carriage return, form feed) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * windows-1252's 0x80–0x9F block. Node 20's `TextDecoder('windows-1252')` decodes these bytes as
 * ISO-8859-1 control characters, which turns curly quotes into mojibake, so the table is ours.
 */
const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes a corpus file's bytes.
 *
 * @param bytes the file's bytes (or its first part).
 * @param truncated true when `bytes` is a prefix of a longer file: a character cut in half at the
 *   end is then dropped rather than taken as evidence of a non-UTF-8 encoding.
 * @example
 * decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69])) // → { kind: 'text', text: 'hi', encoding: 'utf-8' }
 */
export function decodeText(bytes: Uint8Array, truncated = false): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8OrFallback(bytes.subarray(3), truncated);
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), 'utf-16le', truncated);
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), 'utf-16be', truncated);

  const magic = MAGIC_NUMBERS.find((m) => startsWith(bytes, m.bytes));
  if (magic) return { kind: 'binary', reason: `not text (binary: ${magic.format})` };
  if (looksBinary(bytes.subarray(0, SNIFF_BYTES))) return { kind: 'binary', reason: 'not text (binary)' };
  // The same rule past the sniffed head: text never holds a NUL, so its place is worth saying.
  const nul = bytes.indexOf(0, SNIFF_BYTES);
  if (nul >= 0) return { kind: 'binary', reason: `not text (binary: NUL byte at byte ${nul.toLocaleString('en-US')})` };

  return utf8OrFallback(bytes, truncated);
}

function utf8OrFallback(bytes: Uint8Array, truncated: boolean): Decoded {
  const body = truncated ? withoutCutUtf8Tail(bytes) : bytes;
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    const scan = scanUtf8(body);
    // More valid multi-byte characters than stray bytes: a UTF-8 file with a few bad bytes, not a
    // windows-1252 file (whose accented letters are almost never valid UTF-8 sequences).
    if (scan.multiByte > scan.stray.length) {
      const strayBytes = { count: scan.stray.length, firstLine: lineAt(body, scan.stray[0]!) };
      return { kind: 'text', text: decodeUtf8WithStrays(body, scan.stray), encoding: 'utf-8', strayBytes };
    }
    return { kind: 'text', text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Offsets of the bytes that start no valid UTF-8 sequence, and how many valid multi-byte characters there are. */
function scanUtf8(bytes: Uint8Array): { stray: number[]; multiByte: number } {
  const stray: number[] = [];
  let multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceAt(bytes, i);
    if (length === 0) {
      stray.push(i);
      i++;
    } else {
      multiByte++;
      i += length;
    }
  }
  return { stray, multiByte };
}

/**
 * The length of the valid multi-byte UTF-8 sequence starting at `i`, or 0. The second byte's range
 * excludes overlong forms and surrogates, as a strict decoder does (RFC 3629, table 3-7 of Unicode).
 */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const [length, low, high] =
    lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
    : lead === 0xe0 ? [3, 0xa0, 0xbf]
    : lead === 0xed ? [3, 0x80, 0x9f]
    : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
    : lead === 0xf0 ? [4, 0x90, 0xbf]
    : lead === 0xf4 ? [4, 0x80, 0x8f]
    : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
    : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

/** Decodes UTF-8 between the stray bytes, and each stray byte as windows-1252. */
function decodeUtf8WithStrays(bytes: Uint8Array, stray: readonly number[]): string {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  let out = '';
  let from = 0;
  for (const at of stray) {
    out += utf8.decode(bytes.subarray(from, at)) + decodeWindows1252(bytes.subarray(at, at + 1));
    from = at + 1;
  }
  return out + utf8.decode(bytes.subarray(from));
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', truncated: boolean): Decoded {
  const even = bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1);
  let text = new TextDecoder(encoding, { ignoreBOM: true }).decode(even);
  // A surrogate pair cut by truncation decodes to U+FFFD at the very end.
  if (truncated && text.endsWith('\ufffd')) text = text.slice(0, -1);
  return { kind: 'text', text, encoding };
}

/** Decodes windows-1252 (a superset of Latin-1's printable range): every byte maps to one character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk = bytes.subarray(i, i + 4096);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : b)));
  }
  return out;
}

/** NUL bytes never occur in text without a UTF-16 BOM; many other control bytes mean a binary format. */
function looksBinary(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / head.length > MAX_CONTROL_SHARE;
}

/** Drops an incomplete UTF-8 sequence at the end of a prefix (at most 3 bytes). */
function withoutCutUtf8Tail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needed > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}
