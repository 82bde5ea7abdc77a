import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../src/nlp/timex.ts';

describe('extractTimexes', () => {
  it('gives each expression with offsets into the whole text and its resolved date', () => {
    const text = 'Port talks\n\nThe port closed on Friday.\nIt reopens in 2025.';
    const found = extractTimexes(text, '2024-04-20');
    for (const timex of found) expect(text.slice(timex.start, timex.end)).toBe(timex.text);
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([['Friday', 'DATE', '2024-04-19'], ['2025', 'DATE', '2025']]);
  });

  it('keeps an expression it cannot resolve without a value', () => {
    expect(extractTimexes('The port closed on Friday.')).toEqual([{ text: 'Friday', start: 19, end: 25, type: 'DATE' }]);
  });
});
