/**
 * The ranker's model: one logistic regression per question kind over standardised features, and
 * the probability below which Byline abstains. Trained by `npm run train` (scripts/train.ts) into
 * `weights.ts`; nothing else writes it.
 */
import type { AskedFor } from './candidates.ts';

/**
 * One kind's regression: `p = σ(bias + Σ weights[i] · (x[i] − mean[i]) / scale[i] + Σ lexical[b])`
 * over the numeric features `x` and the hashed lexical features' buckets `b`.
 */
export interface KindModel {
  mean: number[];
  scale: number[];
  weights: number[];
  /** One weight per lexical bucket (see `LEXICAL_BUCKETS`). */
  lexical: number[];
  bias: number;
  /** The top candidate must reach this probability, or the question is left unanswered. */
  threshold: number;
}

export interface RankModel {
  /** The features the weights were trained on, in order (checked against `FEATURE_NAMES`). */
  features: string[];
  who: KindModel;
  when: KindModel;
}

/** The probability that a candidate with these features is the answer. */
export function probability(model: KindModel, x: readonly number[], buckets: readonly number[] = []): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * ((x[i]! - (model.mean[i] ?? 0)) / (model.scale[i] ?? 1));
  for (const bucket of buckets) z += model.lexical[bucket] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export function kindModel(model: RankModel, asked: AskedFor): KindModel {
  return asked === 'who' ? model.who : model.when;
}
