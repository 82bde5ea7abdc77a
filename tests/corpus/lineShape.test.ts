import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordCount } from '../../src/corpus/lineShape.ts';

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Port Ellis reopens', 3],
    ['  Port\tEllis\u00a0 reopens\u2009today  ', 4],
    ['\ufeffNo.', 1],
  ])('%j has %i words', (line, expected) => {
    expect(wordCount(line)).toBe(expected);
  });

  it('counts as splitting the trimmed line at whitespace does', () => {
    const pieces = fc.constantFrom('a', 'Lee', '.', '—', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u0085');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const line = parts.join('');
        const trimmed = line.trim();
        expect(wordCount(line)).toBe(trimmed === '' ? 0 : trimmed.split(/\s+/).length);
      }),
    );
  });
});
