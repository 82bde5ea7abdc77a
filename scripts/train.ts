/**
 * `npm run train [-- --questions 6000 --check]`: trains the answer ranker (src/answer/rank) from
 * the SQuAD v1.1 train set in ../shared/qa and writes src/answer/rank/weights.ts and its report,
 * src/answer/rank/training-report.md. Offline and deterministic: the split is by article hash, the
 * questions are taken evenly, training is full-batch gradient descent for a fixed number of steps
 * from zero weights, so the same data and code write the same bytes. `--check` writes nothing and
 * fails if the committed files differ from what this run produces.
 *
 * Labels: a candidate is positive when its text scores SQuAD F1 ≥ 0.5 against the gold answer.
 * Abstention: the threshold is chosen on the tune split (carved from train, never the eval dev
 * split) to maximise F1 on its questions with their articles indexed plus a small weight (0.03)
 * on the share left unanswered when only other articles are indexed (the corpus does not say): a
 * newsroom asks mostly about what its coverage holds; the threshold only gates the ranker's
 * guesses where the rules found nothing, and those must also be grounded in the question
 * (src/answer/rank/answerers.ts). At 0.25 it left half the tune who-questions unanswered.
 * Skips when ../shared/qa is absent.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CorpusIndex } from '../src/index/corpusIndex.ts';
import { FEATURE_NAMES, LEXICAL_BUCKETS, LEXICAL_FEATURES } from '../src/answer/rank/features.ts';
import { featuredCandidates, rankCandidates } from '../src/answer/rank/rank.ts';
import type { KindModel, RankModel } from '../src/answer/rank/model.ts';
import type { AskedFor } from '../src/answer/rank/candidates.ts';
import {
  bestOver, exactMatch, f1Score, kindQuestions, loadSquad, spread, splitOf, squadExtracts, squadPresent, type KindQuestion,
} from './squad/data.ts';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '3000' },
    'tune-questions': { type: 'string', default: '600' },
    check: { type: 'boolean', default: false },
  },
});
const log = (message: string): void => void process.stderr.write(`train: ${message}\n`);
if (!squadPresent()) {
  log('../shared/qa is absent: skipped');
  process.exit(0);
}

const WEIGHTS_FILE = fileURLToPath(new URL('../src/answer/rank/weights.ts', import.meta.url));
const REPORT_FILE = fileURLToPath(new URL('../src/answer/rank/training-report.md', import.meta.url));
/**
 * Full-batch gradient descent: fixed steps and rate over standardised features, a little L2
 * against large weights. The sparse lexical buckets take AdaGrad steps (each shrinks with its own
 * past gradients), so a bucket seen in a few hundred candidates learns as surely as a feature
 * every candidate has, under the same L2 (weaker let them learn the training questions: tune F1
 * fell).
 */
const STEPS = 400;
const RATE = 0.5;
const L2 = 1e-3;
const LEXICAL_RATE = 0.05;
const LEXICAL_L2 = 1e-3;
/** What an abstention on a question the corpus cannot answer is worth, against F1 on one it can. */
const UNANSWERABLE_WEIGHT = 0.03;
/** A candidate this close to the gold answer is a positive example. */
const POSITIVE_F1 = 0.5;

const all = loadSquad();
const inSplit = (split: string) => all.filter((q) => splitOf(q.article) === split);
const articlesOf = (questions: readonly { article: string }[]) => [...new Set(questions.map((q) => q.article))];
const trainAll = inSplit('train');
const tuneAll = inSplit('tune');
const trainQuestions = spread(kindQuestions(trainAll), Number(values.questions));
const tuneQuestions = spread(kindQuestions(tuneAll), Number(values['tune-questions']));
const extracts = await squadExtracts(log);
const indexOf = (articles: readonly string[]) => CorpusIndex.build(articles.map((file) => extracts.get(file)!), []);
const trainIndex = indexOf(articlesOf(trainAll));
const tuneIndex = indexOf(articlesOf(tuneAll));
log(`train split: ${articlesOf(trainAll).length} articles (${trainIndex.passageCount} passages), ${trainQuestions.length} who/when questions used; tune split: ${articlesOf(tuneAll).length} articles, ${tuneQuestions.length} questions`);

// ---------------------------------------------------------------------------------------
// Examples

interface Examples {
  /** Candidates' numeric features, row after row (`FEATURE_NAMES.length` a row). */
  rows: number[];
  /** Candidates' lexical buckets, row after row (`LEXICAL_FEATURES` a row). */
  lexical: number[];
  labels: number[];
  questions: number;
  answerable: number;
}

function examplesFor(asked: AskedFor): Examples {
  const examples: Examples = { rows: [], lexical: [], labels: [], questions: 0, answerable: 0 };
  for (const q of trainQuestions.filter((question) => question.kind === asked)) {
    const featured = featuredCandidates(trainIndex, q.question, asked);
    examples.questions++;
    let any = false;
    for (const { candidate, features, lexical } of featured) {
      const label = bestOver(candidate.text, q.answers, f1Score) >= POSITIVE_F1 ? 1 : 0;
      any ||= label === 1;
      examples.rows.push(...features);
      examples.lexical.push(...lexical);
      examples.labels.push(label);
    }
    if (any) examples.answerable++;
  }
  return examples;
}

// ---------------------------------------------------------------------------------------
// Logistic regression

function fit(examples: Examples): Omit<KindModel, 'threshold'> {
  const width = FEATURE_NAMES.length;
  const n = examples.labels.length;
  const rows = Float64Array.from(examples.rows);
  const lexical = Int32Array.from(examples.lexical);
  const labels = Float64Array.from(examples.labels);
  const mean = new Array<number>(width).fill(0);
  const scale = new Array<number>(width).fill(0);
  for (let r = 0; r < n; r++) for (let i = 0; i < width; i++) mean[i]! += rows[r * width + i]! / n;
  for (let r = 0; r < n; r++) for (let i = 0; i < width; i++) scale[i]! += (rows[r * width + i]! - mean[i]!) ** 2 / n;
  for (let i = 0; i < width; i++) scale[i] = Math.sqrt(scale[i]!) || 1;
  for (let r = 0; r < n; r++) for (let i = 0; i < width; i++) rows[r * width + i] = (rows[r * width + i]! - mean[i]!) / scale[i]!;
  const weights = new Float64Array(width);
  const words = new Float64Array(LEXICAL_BUCKETS);
  let bias = 0;
  const seen = new Float64Array(LEXICAL_BUCKETS);
  const step = (g: number, past: number) => (LEXICAL_RATE * g) / (Math.sqrt(past) + 1e-8);
  const gradient = new Float64Array(width);
  const gradientWords = new Float64Array(LEXICAL_BUCKETS);
  for (let round = 0; round < STEPS; round++) {
    gradient.fill(0);
    gradientWords.fill(0);
    let gradientBias = 0;
    for (let r = 0; r < n; r++) {
      const at = r * width;
      const lexicalAt = r * LEXICAL_FEATURES;
      let z = bias;
      for (let i = 0; i < width; i++) z += weights[i]! * rows[at + i]!;
      for (let k = 0; k < LEXICAL_FEATURES; k++) z += words[lexical[lexicalAt + k]!]!;
      const error = 1 / (1 + Math.exp(-z)) - labels[r]!;
      for (let i = 0; i < width; i++) gradient[i]! += error * rows[at + i]!;
      for (let k = 0; k < LEXICAL_FEATURES; k++) gradientWords[lexical[lexicalAt + k]!]! += error;
      gradientBias += error;
    }
    for (let i = 0; i < width; i++) weights[i]! -= RATE * (gradient[i]! / n + L2 * weights[i]!);
    for (let b = 0; b < LEXICAL_BUCKETS; b++) {
      const g = gradientWords[b]! / n + LEXICAL_L2 * words[b]!;
      if (g === 0) continue;
      seen[b]! += g * g;
      words[b]! -= step(g, seen[b]!);
    }
    bias -= RATE * (gradientBias / n);
  }
  const fixed = (v: number) => Number(v.toFixed(6));
  const short = (v: number) => Number(v.toFixed(4));
  return { mean: mean.map(fixed), scale: scale.map(fixed), weights: [...weights].map(fixed), lexical: [...words].map(short), bias: fixed(bias) };
}

// ---------------------------------------------------------------------------------------
// Threshold on the tune split

interface TuneRow {
  /** Top probability and its answer's scores with the question's article indexed. */
  p: number;
  f1: number;
  em: number;
  cite: boolean;
  /** Top probability with only other articles indexed (the right output is no answer). */
  pElsewhere: number;
}

function tuneRows(model: RankModel, asked: AskedFor): TuneRow[] {
  const open = { ...model, [asked]: { ...model[asked], threshold: 0 } };
  return tuneQuestions
    .filter((q) => q.kind === asked)
    .map((q: KindQuestion) => {
      const top = rankCandidates(tuneIndex, q.question, asked, open)[0];
      const elsewhere = rankCandidates(trainIndex, q.question, asked, open)[0];
      return {
        p: top?.score ?? 0,
        f1: top === undefined ? 0 : bestOver(top.text, q.answers, f1Score),
        em: top === undefined ? 0 : bestOver(top.text, q.answers, exactMatch),
        cite: top?.citations[0]?.file === q.article,
        pElsewhere: elsewhere?.score ?? 0,
      };
    });
}

function atThreshold(rows: readonly TuneRow[], t: number) {
  const n = Math.max(1, rows.length);
  const kept = rows.filter((r) => r.p >= t);
  const f1 = kept.reduce((s, r) => s + r.f1, 0) / n;
  const abstainsElsewhere = rows.filter((r) => r.pElsewhere < t).length / n;
  return {
    f1,
    em: kept.reduce((s, r) => s + r.em, 0) / n,
    cite: kept.filter((r) => r.cite).length / n,
    abstains: 1 - kept.length / n,
    abstainsElsewhere,
    objective: f1 + UNANSWERABLE_WEIGHT * abstainsElsewhere,
  };
}

function chooseThreshold(rows: readonly TuneRow[]): number {
  let best = 0;
  let bestObjective = -1;
  for (let step = 0; step <= 100; step++) {
    const t = step / 100;
    const { objective } = atThreshold(rows, t);
    if (objective > bestObjective + 1e-12) {
      best = t;
      bestObjective = objective;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------

const pct = (x: number) => (100 * x).toFixed(1);
const report: string[] = [
  '# Answer ranker: training report',
  '',
  'Written by `npm run train` (scripts/train.ts) with the weights in `weights.ts`; do not edit.',
  '',
  `Data: SQuAD v1.1 train (../shared/qa), split by article hash (scripts/squad/data.ts): train ${articlesOf(trainAll).length} articles, tune ${articlesOf(tuneAll).length}; the eval dev split is not used. Labels: a candidate is positive at SQuAD F1 ≥ ${POSITIVE_F1} against the gold answer. Training: logistic regression over standardised features and ${LEXICAL_BUCKETS} hashed lexical buckets, ${STEPS} full-batch gradient steps, rate ${RATE}, L2 ${L2} (lexical buckets: AdaGrad, rate ${LEXICAL_RATE}, L2 ${LEXICAL_L2}). Threshold: the one (in steps of 0.01) that maximises tune F1 + ${UNANSWERABLE_WEIGHT} × the share of tune questions left unanswered when only other articles are indexed.`,
  '',
];
const model: RankModel = { features: [...FEATURE_NAMES], who: undefined!, when: undefined! };
for (const asked of ['who', 'when'] as const) {
  const examples = examplesFor(asked);
  const positives = examples.labels.filter((l) => l === 1).length;
  log(`${asked}: ${examples.questions} questions, ${examples.labels.length} candidates (${positives} positive); fitting`);
  model[asked] = { ...fit(examples), threshold: 0 };
  const rows = tuneRows(model, asked);
  const threshold = chooseThreshold(rows);
  for (let t = 0; t <= 0.6; t += 0.05) {
    const at = atThreshold(rows, t);
    log(`  ${asked} t=${t.toFixed(2)} F1 ${pct(at.f1)} abstains ${pct(at.abstains)} % elsewhere ${pct(at.abstainsElsewhere)} %`);
  }
  model[asked].threshold = threshold;
  const open = atThreshold(rows, 0);
  const chosen = atThreshold(rows, threshold);
  report.push(
    `## ${asked}`,
    '',
    `Training: ${examples.questions} questions over the train split's index (${trainIndex.passageCount} passages), ${examples.labels.length} candidates, ${positives} positive; ${examples.answerable} questions (${pct(examples.answerable / Math.max(1, examples.questions))} %) have a positive candidate.`,
    '',
    `Tune split, ${rows.length} questions, its own ${articlesOf(tuneAll).length} articles indexed:`,
    '',
    '| threshold | EM | F1 | cite@1 | abstains | abstains when the article is not indexed |',
    '| --- | --- | --- | --- | --- | --- |',
    `| 0 (never abstain) | ${pct(open.em)} | ${pct(open.f1)} | ${pct(open.cite)} | ${pct(open.abstains)} % | ${pct(open.abstainsElsewhere)} % |`,
    `| ${threshold} (chosen) | ${pct(chosen.em)} | ${pct(chosen.f1)} | ${pct(chosen.cite)} | ${pct(chosen.abstains)} % | ${pct(chosen.abstainsElsewhere)} % |`,
    '',
    '| feature | weight (per standard deviation) |',
    '| --- | --- |',
    ...FEATURE_NAMES.map((name, i) => `| ${name} | ${model[asked].weights[i]} |`),
    `| (bias) | ${model[asked].bias} |`,
    '',
  );
}

// The lexical weights on one line each: thousands of numbers, one a line, would make the file hard to read.
const modelText = JSON.stringify(model, (key, value: unknown) => (key === 'lexical' ? `@lexical ${JSON.stringify(value)}` : value), 2).replace(/"@lexical (\[[^\]]*\])"/g, '$1');
const weightsText = `// Written by \`npm run train\` (scripts/train.ts). Do not edit: retrain.\nimport type { RankModel } from './model.ts';\n\nexport const WEIGHTS: RankModel = ${modelText};\n`;
const reportText = `${report.join('\n')}\n`;
if (values.check) {
  const same = readFileSync(WEIGHTS_FILE, 'utf8') === weightsText && readFileSync(REPORT_FILE, 'utf8') === reportText;
  log(same ? 'the committed weights and report are what this run produces' : 'the committed weights or report differ from this run');
  process.exit(same ? 0 : 1);
}
writeFileSync(WEIGHTS_FILE, weightsText);
writeFileSync(REPORT_FILE, reportText);
log(`wrote ${WEIGHTS_FILE} and ${REPORT_FILE}`);
