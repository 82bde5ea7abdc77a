/**
 * Gradient-boosted regression trees on the logistic loss, for `npm run train`: each tree is fitted
 * to the loss's gradient at the current score (a given base score, the linear model's log-odds,
 * plus the trees so far), with Newton leaf values (−G / (H + λ), shrunk by the rate). Splits are
 * chosen among at most `bins` − 1 cuts per feature (midpoints between values, so a cut never equals
 * a value and rounding it for the weights file moves no row across it), over per-node histograms.
 * Everything is summed in row order: the same rows give the same trees, bit for bit.
 */
import type { BoostedTrees } from '../src/answer/rank/model.ts';

export interface BoostOptions {
  rounds: number;
  depth: number;
  /** Shrinkage: each tree's leaves are multiplied by it. */
  rate: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** Largest number of bins per feature (≤ 256). */
  bins: number;
  /** A split needs at least this much hessian on each side. */
  minHessian: number;
}

/** Candidate cuts for one feature's values: midpoints between neighbouring distinct values, at most `bins` − 1, by quantile. */
export function cutsOf(values: Float64Array, bins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  for (const v of sorted) if (distinct.length === 0 || v !== distinct[distinct.length - 1]) distinct.push(v);
  const cuts: number[] = [];
  if (distinct.length <= bins) {
    for (let k = 0; k + 1 < distinct.length; k++) cuts.push((distinct[k]! + distinct[k + 1]!) / 2);
    return cuts;
  }
  let at = 0;
  for (let k = 1; k < bins; k++) {
    const v = sorted[Math.floor((k * sorted.length) / bins)]!;
    while (at < distinct.length && distinct[at]! <= v) at++;
    if (at >= distinct.length) break;
    const cut = (v + distinct[at]!) / 2;
    if (cuts.length === 0 || cut > cuts[cuts.length - 1]!) cuts.push(cut);
  }
  return cuts;
}

/** The number of cuts below `v`: its bin. */
function binOf(cuts: readonly number[], v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v > cuts[mid]!) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Fits `options.rounds` trees to rows of `width` features (row-major), 0/1 labels and base scores.
 * `round` rounds the stored cuts and leaves (the weights file's precision); the scores the next
 * tree is fitted to use the rounded leaves, so the trees fit what the file will hold.
 */
export function fitBoostedTrees(
  rows: Float64Array,
  width: number,
  labels: Float64Array,
  base: Float64Array,
  options: BoostOptions,
  round: (v: number) => number = (v) => v,
): BoostedTrees {
  const n = labels.length;
  const { depth, bins } = options;
  const cuts: number[][] = [];
  const column = new Float64Array(n);
  for (let j = 0; j < width; j++) {
    for (let r = 0; r < n; r++) column[r] = rows[r * width + j]!;
    cuts.push(cutsOf(column, bins).map(round));
  }
  const binned = new Uint8Array(n * width);
  for (let r = 0; r < n; r++) for (let j = 0; j < width; j++) binned[r * width + j] = binOf(cuts[j]!, rows[r * width + j]!);
  const score = Float64Array.from(base);
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n);
  const nodeOf = new Int32Array(n);
  const leafCount = 1 << depth;
  // Histograms for every node of one level: [node][feature][bin] of gradient and hessian sums.
  const histG = new Float64Array((leafCount / 2) * width * bins);
  const histH = new Float64Array((leafCount / 2) * width * bins);
  const trees: BoostedTrees = { depth, features: [], cuts: [], leaves: [] };
  for (let t = 0; t < options.rounds; t++) {
    for (let r = 0; r < n; r++) {
      const p = 1 / (1 + Math.exp(-score[r]!));
      gradient[r] = p - labels[r]!;
      hessian[r] = Math.max(p * (1 - p), 1e-6);
    }
    nodeOf.fill(0);
    for (let level = 0; level < depth; level++) {
      const nodes = 1 << level;
      histG.fill(0, 0, nodes * width * bins);
      histH.fill(0, 0, nodes * width * bins);
      for (let r = 0; r < n; r++) {
        const at = nodeOf[r]! * width * bins;
        const g = gradient[r]!;
        const h = hessian[r]!;
        const row = r * width;
        for (let j = 0; j < width; j++) {
          const o = at + j * bins + binned[row + j]!;
          histG[o]! += g;
          histH[o]! += h;
        }
      }
      const split = new Int32Array(nodes).fill(-1);
      const splitBin = new Int32Array(nodes);
      for (let node = 0; node < nodes; node++) {
        let bestGain = 0;
        for (let j = 0; j < width; j++) {
          const used = cuts[j]!.length;
          if (used === 0) continue;
          const at = node * width * bins + j * bins;
          let totalG = 0;
          let totalH = 0;
          for (let b = 0; b <= used; b++) {
            totalG += histG[at + b]!;
            totalH += histH[at + b]!;
          }
          let leftG = 0;
          let leftH = 0;
          for (let b = 0; b < used; b++) {
            leftG += histG[at + b]!;
            leftH += histH[at + b]!;
            const rightG = totalG - leftG;
            const rightH = totalH - leftH;
            if (leftH < options.minHessian || rightH < options.minHessian) continue;
            const gain = (leftG * leftG) / (leftH + options.lambda) + (rightG * rightG) / (rightH + options.lambda) - (totalG * totalG) / (totalH + options.lambda);
            if (gain > bestGain) {
              bestGain = gain;
              split[node] = j;
              splitBin[node] = b;
            }
          }
        }
        trees.features.push(split[node]!);
        trees.cuts.push(split[node]! < 0 ? 0 : cuts[split[node]!]![splitBin[node]!]!);
      }
      for (let r = 0; r < n; r++) {
        const node = nodeOf[r]!;
        const j = split[node]!;
        nodeOf[r] = node * 2 + (j >= 0 && binned[r * width + j]! > splitBin[node]! ? 1 : 0);
      }
    }
    const leafG = new Float64Array(leafCount);
    const leafH = new Float64Array(leafCount);
    for (let r = 0; r < n; r++) {
      leafG[nodeOf[r]!]! += gradient[r]!;
      leafH[nodeOf[r]!]! += hessian[r]!;
    }
    const leaves = Array.from(leafG, (g, leaf) => round((-g / (leafH[leaf]! + options.lambda)) * options.rate));
    trees.leaves.push(...leaves);
    for (let r = 0; r < n; r++) score[r]! += leaves[nodeOf[r]!]!;
  }
  return trees;
}
