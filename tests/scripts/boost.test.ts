import { describe, expect, it } from 'vitest';
import { cutsOf, fitBoostedTrees, type BoostOptions } from '../../scripts/boost.ts';
import { probability, treesScore, type KindModel } from '../../src/answer/rank/model.ts';

const OPTIONS: BoostOptions = { rounds: 30, depth: 2, rate: 0.3, lambda: 1, bins: 8, minHessian: 0.5 };

/**
 * Two features whose labels are their exclusive or: no linear score separates them, two-level
 * trees do. The groups differ in size: over equal groups no first split gains anything.
 */
function xorRows(): { rows: Float64Array; labels: Float64Array } {
  const rows: number[] = [];
  const labels: number[] = [];
  for (const [a, b, count] of [[0, 0, 12], [1, 0, 10], [0, 1, 8], [1, 1, 6]] as const) {
    for (let i = 0; i < count; i++) {
      rows.push(a, b);
      labels.push(a ^ b);
    }
  }
  return { rows: Float64Array.from(rows), labels: Float64Array.from(labels) };
}

const logLoss = (scores: number[], labels: Float64Array): number =>
  scores.reduce((sum, z, r) => sum - Math.log(labels[r] === 1 ? 1 / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z))), 0) / scores.length;

describe('cutsOf', () => {
  it('cuts midway between neighbouring values, never on a value', () => {
    expect(cutsOf(Float64Array.from([3, 1, 2, 2]), 8)).toEqual([1.5, 2.5]);
  });

  it('keeps at most bins − 1 cuts, by quantile, on a feature with many values', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => i);
    const cuts = cutsOf(values, 4);
    expect(cuts).toHaveLength(3);
    expect(cuts.every((cut) => !Number.isInteger(cut))).toBe(true);
    expect(cuts).toEqual([...cuts].sort((a, b) => a - b));
  });

  it('has no cut for a constant feature', () => {
    expect(cutsOf(Float64Array.from([5, 5, 5]), 8)).toEqual([]);
  });
});

describe('fitBoostedTrees', () => {
  it('learns an interaction a linear score cannot', () => {
    const { rows, labels } = xorRows();
    const trees = fitBoostedTrees(rows, 2, labels, new Float64Array(labels.length), OPTIONS);
    const scores = Array.from(labels, (_, r) => treesScore(trees, [rows[2 * r]!, rows[2 * r + 1]!]));
    expect(logLoss(scores, labels)).toBeLessThan(0.2);
    expect(scores.every((z, r) => (z > 0) === (labels[r] === 1))).toBe(true);
  });

  it('starts from the base scores: a base that already fits leaves little to add', () => {
    const { rows, labels } = xorRows();
    const base = Float64Array.from(labels, (l) => (l === 1 ? 6 : -6));
    const trees = fitBoostedTrees(rows, 2, labels, base, OPTIONS);
    const added = Array.from(labels, (_, r) => Math.abs(treesScore(trees, [rows[2 * r]!, rows[2 * r + 1]!])));
    expect(Math.max(...added)).toBeLessThan(0.5);
  });

  it('writes the same trees from the same rows', () => {
    const { rows, labels } = xorRows();
    const fit = () => fitBoostedTrees(rows, 2, labels, new Float64Array(labels.length), OPTIONS, (v) => Number(v.toFixed(6)));
    expect(fit()).toEqual(fit());
  });

  it('stores 2^depth − 1 splits and 2^depth leaves a tree', () => {
    const { rows, labels } = xorRows();
    const trees = fitBoostedTrees(rows, 2, labels, new Float64Array(labels.length), OPTIONS);
    expect(trees.features).toHaveLength(OPTIONS.rounds * 3);
    expect(trees.cuts).toHaveLength(OPTIONS.rounds * 3);
    expect(trees.leaves).toHaveLength(OPTIONS.rounds * 4);
  });
});

describe('probability with trees', () => {
  it('adds the trees to the linear log-odds', () => {
    const linear: KindModel = { mean: [0, 0], scale: [1, 1], weights: [1, 0], lexical: [], bias: -1, threshold: 0 };
    // One stump-like tree of depth 1: right (x[1] > 0.5) adds 2, left subtracts 1.
    const trees = { depth: 1, features: [1], cuts: [0.5], leaves: [-1, 2] };
    const z = (m: KindModel, x: number[]) => Math.log(probability(m, x) / (1 - probability(m, x)));
    expect(z(linear, [1, 1])).toBeCloseTo(0);
    expect(z({ ...linear, trees }, [1, 1])).toBeCloseTo(2);
    expect(z({ ...linear, trees }, [1, 0])).toBeCloseTo(-1);
  });

  it('sends a row left at a node without a split', () => {
    const trees = { depth: 1, features: [-1], cuts: [0], leaves: [0.25, 9] };
    expect(treesScore(trees, [100])).toBe(0.25);
  });
});
