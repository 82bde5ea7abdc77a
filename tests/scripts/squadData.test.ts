import { describe, expect, it } from 'vitest';
import { askedKind, bestOver, exactMatch, f1Score, normalizeAnswer, splitOf, spread } from '../../scripts/squad/data.ts';

describe('SQuAD scoring', () => {
  it('normalises as SQuAD does: case, punctuation, articles, spaces', () => {
    expect(normalizeAnswer('  The  Duke of-Wellington, a  hero! ')).toBe('duke ofwellington hero');
  });

  it('scores exact match after normalisation', () => {
    expect(exactMatch('the Normans', 'Normans')).toBe(1);
    expect(exactMatch('Normans of France', 'Normans')).toBe(0);
  });

  it('scores token F1 over the multiset of shared tokens', () => {
    // pred: [king, john, john], gold: [john, king]: 2 shared, P 2/3, R 1.
    expect(f1Score('King John John', 'John King')).toBeCloseTo(0.8);
    expect(f1Score('Paris', 'London')).toBe(0);
  });

  it('takes the best score over the gold answers', () => {
    expect(bestOver('1998', [{ text: 'in 1997' }, { text: '1998' }], exactMatch)).toBe(1);
  });
});

describe('who/when questions', () => {
  it.each([
    ['Who founded the museum?', 'who'],
    ['To whom did the king give the land?', 'who'],
    ['When was the museum founded?', 'when'],
    ['In what year did the war end?', 'when'],
    ['During which century were the maps drawn?', 'when'],
    ['Who was king when the war ended?', 'who'],
    ['What is the symbol for zinc?', undefined],
  ])('%s → %s', (question, kind) => {
    expect(askedKind(question)).toBe(kind);
  });
});

describe('the split by article', () => {
  it('puts an article always on the same side, about a tenth on dev', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `Article_${i}.txt`);
    expect(names.map((n) => splitOf(n))).toEqual(names.map((n) => splitOf(n)));
    const dev = names.filter((n) => splitOf(n) === 'dev').length / names.length;
    expect(dev).toBeGreaterThan(0.07);
    expect(dev).toBeLessThan(0.13);
  });

  it('takes questions evenly when limited', () => {
    expect(spread([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
  });
});
