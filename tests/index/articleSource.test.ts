import { describe, expect, it } from 'vitest';
import { RecentCache } from '../../src/index/articleSource.ts';

describe('RecentCache', () => {
  it('derives each value once while it stays among the most recently used', () => {
    const derived: number[] = [];
    const cache = new RecentCache(3, (n) => {
      derived.push(n);
      return { n };
    });
    const first = cache.get(1);
    expect(cache.get(1)).toBe(first);
    for (const n of [2, 3, 1, 2, 3]) cache.get(n);
    expect(derived).toEqual([1, 2, 3]);
  });

  it('keeps at least the last `capacity` distinct values used, whatever the order', () => {
    const capacity = 4;
    const derived: number[] = [];
    const cache = new RecentCache(capacity, (n) => {
      derived.push(n);
      return n * 10;
    });
    const used: number[] = [];
    // A seeded walk over 12 numbers.
    let seed = 7;
    for (let step = 0; step < 500; step++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const n = seed % 12;
      const recent = [...new Set(used.slice().reverse())].slice(0, capacity);
      const before = derived.length;
      expect(cache.get(n)).toBe(n * 10);
      if (recent.includes(n)) expect(derived.length).toBe(before);
      used.push(n);
    }
  });
});
