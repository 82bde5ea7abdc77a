/**
 * The ranker's model: one logistic regression per question kind over standardised features, and
 * the probability below which Byline abstains. Trained by `npm run train` (scripts/train.ts) into
 * `weights.ts`; nothing else writes it.
 */
import type { AskedFor } from './candidates.ts';

/**
 * One kind's regression: `p = σ(bias + Σ weights[i] · (x[i] − mean[i]) / scale[i] + Σ lexical[b] + trees(x))`
 * over the numeric features `x` and the hashed lexical features' buckets `b`.
 */
export interface KindModel {
  mean: number[];
  scale: number[];
  weights: number[];
  /** One weight per lexical bucket (see `LEXICAL_BUCKETS`). */
  lexical: number[];
  bias: number;
  /** Boosted trees fitted to what the linear part leaves unexplained, over the raw features. */
  trees?: BoostedTrees;
  /** The top candidate must reach this probability, or the question is left unanswered. */
  threshold: number;
}

/**
 * Regression trees of one depth, stored flat: tree `t`'s `2^depth − 1` split nodes (heap order) at
 * `t · (2^depth − 1)` in `features` and `cuts`, its `2^depth` leaves at `t · 2^depth` in `leaves`.
 * A row goes right at a node when `x[features[i]] > cuts[i]`; feature −1 is no split (left).
 */
export interface BoostedTrees {
  depth: number;
  features: number[];
  cuts: number[];
  leaves: number[];
}

export interface RankModel {
  /** The features the weights were trained on, in order (checked against `FEATURE_NAMES`). */
  features: string[];
  who: KindModel;
  when: KindModel;
}

/** The probability that a candidate with these features is the answer. */
export function probability(model: KindModel, x: readonly number[], buckets: readonly number[] = []): number {
  const z = linearScore(model, x, buckets) + (model.trees === undefined ? 0 : treesScore(model.trees, x));
  return 1 / (1 + Math.exp(-z));
}

/** The log-odds of the linear part alone (what the trees were fitted on top of). */
export function linearScore(model: KindModel, x: readonly number[], buckets: readonly number[] = []): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * ((x[i]! - (model.mean[i] ?? 0)) / (model.scale[i] ?? 1));
  for (const bucket of buckets) z += model.lexical[bucket] ?? 0;
  return z;
}

/** The sum of the trees' leaves that `x` falls in. */
export function treesScore(trees: BoostedTrees, x: readonly number[]): number {
  const { depth, features, cuts, leaves } = flatTrees(trees);
  const splits = (1 << depth) - 1;
  let sum = 0;
  for (let first = 0, at = 0; at < leaves.length; first += splits, at += splits + 1) {
    // Heap order: node i's children are 2i + 1 and 2i + 2; the leaves follow the splits.
    let i = 0;
    for (let level = 0; level < depth; level++) {
      const feature = features[first + i]!;
      i = 2 * i + (feature >= 0 && x[feature]! > cuts[first + i]! ? 2 : 1);
    }
    sum += leaves[at + i - splits]!;
  }
  return sum;
}

/** The trees in typed arrays, made once per model: a candidate's score walks hundreds of nodes. */
const flat = new WeakMap<BoostedTrees, { depth: number; features: Int16Array; cuts: Float64Array; leaves: Float64Array }>();

function flatTrees(trees: BoostedTrees) {
  let found = flat.get(trees);
  if (found === undefined) {
    found = { depth: trees.depth, features: Int16Array.from(trees.features), cuts: Float64Array.from(trees.cuts), leaves: Float64Array.from(trees.leaves) };
    flat.set(trees, found);
  }
  return found;
}

export function kindModel(model: RankModel, asked: AskedFor): KindModel {
  return asked === 'who' ? model.who : model.when;
}
