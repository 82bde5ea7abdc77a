import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../src/corpus/decode.ts';

const text = (bytes: Uint8Array, truncated = false): string => {
  const decoded = decodeText(bytes, truncated);
  if (decoded.kind !== 'text') throw new Error(`expected text, got ${decoded.reason}`);
  return decoded.text;
};

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', Buffer.from('Blinken’s “focus” – café', 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Blinken’s “focus” – café', 'utf8')]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Blinken’s “focus” – café', 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Blinken’s “focus” – café', 'utf16le').swap16()]), 'utf-16be'],
    // windows-1252: ’ = 0x92, “ = 0x93, ” = 0x94, – = 0x96, é = 0xE9.
    ['windows-1252', Buffer.from([...Buffer.from('Blinken'), 0x92, 0x73, 0x20, 0x93, ...Buffer.from('focus'), 0x94, 0x20, 0x96, 0x20, ...Buffer.from('caf'), 0xe9]), 'windows-1252'],
  ])('decodes %s without mojibake', (_name, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({ kind: 'text', text: 'Blinken’s “focus” – café', encoding });
  });

  it('decodes Latin-1 accented letters as themselves', () => {
    expect(text(Buffer.from([0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f]))).toBe('São Paulo');
  });

  it('maps every windows-1252 byte in 0x80–0x9F to its character, not to a control character', () => {
    const decoded = decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(decoded[0]).toBe('€');
    expect(decoded[0x13]).toBe('“');
    expect(decoded[0x17]).toBe('—');
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not text (binary: PNG)'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'not text (binary: JPEG)'],
    ['PDF', [...Buffer.from('%PDF-1.7\n')], 'not text (binary: PDF)'],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'not text (binary: ZIP)'],
    ['NUL bytes', [...Buffer.from('looks like text'), 0x00, ...Buffer.from('but is not')], 'not text (binary)'],
    ['control bytes', Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), 'not text (binary)'],
  ])('recognises %s as binary', (_name, bytes, reason) => {
    expect(decodeText(Uint8Array.from(bytes))).toEqual({ kind: 'binary', reason });
  });

  it('drops a UTF-8 character cut in half at the end of a truncated read instead of falling back to windows-1252', () => {
    const full = Buffer.from('Tel Aviv – Friday', 'utf8');
    const cut = full.subarray(0, full.indexOf(Buffer.from('–', 'utf8')) + 1); // the dash's first byte only
    expect(decodeText(cut, true)).toEqual({ kind: 'text', text: 'Tel Aviv ', encoding: 'utf-8' });
  });

  it('treats a cut character in a complete file as evidence of another encoding', () => {
    expect(decodeText(Buffer.from([0x41, 0xe2]))).toMatchObject({ encoding: 'windows-1252', text: 'Aâ' });
  });

  it('reads the stray bytes of an otherwise UTF-8 file as windows-1252, one by one, and says where the first is', () => {
    const bytes = Buffer.concat([Buffer.from('“Ready,” she said – café\nline two\n5', 'utf8'), Buffer.from([0x80, 0xa3]), Buffer.from(' each', 'utf8')]);
    expect(decodeText(bytes)).toEqual({
      kind: 'text',
      text: '“Ready,” she said – café\nline two\n5€£ each',
      encoding: 'utf-8',
      strayBytes: { count: 2, firstLine: 3 },
    });
  });

  it('keeps windows-1252 for a file whose non-ASCII bytes are mostly not UTF-8, even if one pair happens to be', () => {
    // "Ã©" (0xC3 0xA9) is valid UTF-8 for "é", but three windows-1252 letters outweigh it.
    const bytes = Buffer.from([0xc3, 0xa9, 0x20, 0xe9, 0x20, 0xe8, 0x20, 0xe0]);
    expect(decodeText(bytes)).toEqual({ kind: 'text', text: 'Ã© é è à', encoding: 'windows-1252' });
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf], 'À¯'],
    ['a surrogate', [0xed, 0xa0, 0x80], 'í\u00a0€'],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'ô\u0090€€'],
  ])('treats %s as stray bytes, as a strict decoder does', (_name, bad, asWindows1252) => {
    const bytes = Buffer.concat([Buffer.from('é ü ö ä ß ', 'utf8'), Buffer.from(bad)]);
    expect(decodeText(bytes)).toMatchObject({ text: `é ü ö ä ß ${asWindows1252}`, strayBytes: { count: bad.length } });
  });

  it('treats a NUL byte past the sniffed head as binary too, and says where it is', () => {
    const bytes = Buffer.concat([Buffer.from('a'.repeat(10_000)), Buffer.from([0]), Buffer.from('b')]);
    expect(decodeText(bytes)).toEqual({ kind: 'binary', reason: 'not text (binary: NUL byte at byte 10,000)' });
  });

  it('drops an odd trailing byte of truncated UTF-16', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Gaza', 'utf16le'), Buffer.from([0x41])]);
    expect(text(bytes, true)).toBe('Gaza');
  });
});
