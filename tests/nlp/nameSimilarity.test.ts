import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance, letterMask, mayBeWithin } from '../../src/nlp/nameSimilarity.ts';

/** Optimal string alignment distance, the textbook table in full: the oracle the fast one is held to. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('counts a typo, a transposition and a missing letter as one edit each', () => {
    expect(editDistance('holloway', 'holliway', 2)).toBe(1);
    expect(editDistance('okafor', 'okafro', 2)).toBe(1);
    expect(editDistance('marlow', 'marow', 2)).toBe(1);
    expect(editDistance('veloria', 'norland', 2)).toBe(3);
  });

  it('is the full distance when within max, and more than max otherwise, however long the words (property)', () => {
    const word = fc.stringMatching(/^[abcé]{0,90}$/);
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const full = fullDistance(a, b);
        const fast = editDistance(a, b, max);
        if (full <= max) expect(fast).toBe(full);
        else expect(fast).toBeGreaterThan(max);
      }),
    );
  });
});

describe('the letter-mask bound', () => {
  it('never rules out a pair within the allowed edits (a lower bound)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeéxyz-'.split('')), maxLength: 9 });
    fc.assert(fc.property(word, word, fc.integer({ min: 0, max: 2 }), (a, b, max) => {
      if (editDistance(a, b, max) <= max) expect(mayBeWithin(letterMask(a), letterMask(b), max)).toBe(true);
    }));
  });

  it('rules out words that differ in more letters than allowed', () => {
    expect(mayBeWithin(letterMask('okafor'), letterMask('brandt'), 2)).toBe(false);
    expect(mayBeWithin(letterMask('okafor'), letterMask('okafro'), 1)).toBe(true);
  });
});
