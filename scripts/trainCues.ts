/**
 * `npm run train:cues [-- FILE] [--check]`: trains the reported-speech tagger (`src/nlp/speechTagger.ts`)
 * on PolNeAR (default /work/shared/qa/polnear-train.jsonl, or POLNEAR_FILE) and writes
 * `src/nlp/model/learnedCues.ts` with its training report. Offline and deterministic: the same data
 * gives the same file byte for byte, and `--check` exits 1 when the committed file differs.
 * Without the data it says so and exits 0.
 *
 * All on the train part (four fifths; the held-out fifth, `isHeldOut`, is only scored at the end):
 *  1. cue words: lowercase words that end an annotated cue span at least MIN_CUE_ENDS times and in
 *     at least MIN_CUE_SHARE of their occurrences;
 *  2. examples, from the sentences the statement reader sees (`useSpeechTagger`'s tap): for the start
 *     model every cue word, positive when an indirect attribution's content starts right after it
 *     (or after its "that"); for the end model every token after the start of such a content, up
 *     to its end, positive at the first token outside it;
 *  3. logistic regression by SGD over hashed features (fixed order, fixed epochs), the weights
 *     averaged over all steps;
 *  4. the thresholds, from four models each trained on three of the four train fifths and scored on
 *     the fourth, the counts pooled: the start's is the lowest probability among THRESHOLDS whose added statements
 *     (beyond the rules') are at least MIN_ADDED_PRECISION right by eval:extract's rule, the end's
 *     the one among END_THRESHOLDS that then matches the most gold; the model is then trained on
 *     all four fifths.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleOf, extractText, type ExtractedStatement } from '../src/extract/extract.ts';
import { useSpeechTagger } from '../src/nlp/reportedSpeech.ts';
import { endFeatures, isCueCandidate, isVerbWord, lemmasOf, MAX_FEATURES, startFeatures, type TaggerModel, type TaggerView } from '../src/nlp/speechTagger.ts';
import type { Unit } from '../src/nlp/speechUnits.ts';
import { foldOf, isHeldOut, match, tokenStarts, type GoldArticle } from './polnear.ts';

const MIN_CUE_ENDS = 2;
const MIN_CUE_SHARE = 0.01;
/** The weight table has 2^BITS entries. */
const BITS = 17;
const EPOCHS = 20;
const LEARNING_RATE = 0.05;
/** Candidate start probabilities, lowest first. */
/** Candidate end probabilities, tried at the chosen start threshold. */
const END_THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7];
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const MIN_ADDED_PRECISION = 0.7;
/** The repository's word tokens (`nameTokens.ts`), lowercase only: a capitalised word is a name or a sentence start. */
const WORD = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*/gu;
const LOWERCASE_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;

const args = process.argv.slice(2);
const check = args.includes('--check');
const file = args.find((a) => !a.startsWith('--')) ?? process.env['POLNEAR_FILE'] ?? '/work/shared/qa/polnear-train.jsonl';
const output = fileURLToPath(new URL('../src/nlp/model/learnedCues.ts', import.meta.url));

if (!existsSync(file)) {
  process.stdout.write(`train:cues: ${file} not found; skipped (the PolNeAR development data is not on this machine).\n`);
  process.exit(0);
}

const started = performance.now();
const articles = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldArticle);
const train = articles.filter((a) => !isHeldOut(a.id));
const heldOut = articles.filter((a) => isHeldOut(a.id));

/** Stage 1: the words that end annotated cue spans often enough. */
function cueWords(): string[] {
  const seen = new Map<string, number>();
  const ends = new Map<string, number>();
  for (const article of train) {
    for (const m of article.text.matchAll(WORD)) if (LOWERCASE_WORD.test(m[0])) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
    for (const a of article.attributions) {
      const last = a.cue?.text.match(WORD)?.at(-1);
      if (a.direct || !last || !LOWERCASE_WORD.test(last)) continue;
      ends.set(last, (ends.get(last) ?? 0) + 1);
    }
  }
  return [...ends].filter(([word, n]) => n >= MIN_CUE_ENDS && n >= MIN_CUE_SHARE * (seen.get(word) ?? n)).map(([word]) => word).sort();
}

/** Training examples: features (MAX_FEATURES slots each, -1 past the last) and labels. */
class Examples {
  features: number[] = [];
  labels: number[] = [];
  add(buffer: Int32Array, n: number, label: boolean): void {
    for (let f = 0; f < MAX_FEATURES; f++) this.features.push(f < n ? buffer[f]! & ((1 << BITS) - 1) : -1);
    this.labels.push(label ? 1 : 0);
  }
}

const dateOf = (article: GoldArticle): string | undefined => /_(\d{4}-\d{2}-\d{2})_/.exec(article.id)?.[1];
const requestOf = (article: GoldArticle): { id: string; text: string; date?: string } => {
  const date = dateOf(article);
  return { id: article.id, text: article.text, ...(date ? { date } : {}) };
};

/** Stage 2: the examples of some articles, read from the sentences the statement reader sees. */
function collect(part: readonly GoldArticle[], words: ReadonlySet<string>): Examples {
  const examples = new Examples();
  const buffer = new Int32Array(MAX_FEATURES);
  const vocabulary = { cueWords: words, cueLemmas: lemmasOf([...words]) };
  for (const article of part) {
    const { offsets } = articleOf(requestOf(article));
    const indirect = article.attributions.filter((a) => !a.direct);
    useSpeechTagger(undefined, (view: TaggerView, unit: Unit, passage: number) => {
      const { tokens } = view;
      if (unit.end <= unit.start) return;
      const base = offsets[passage]!;
      // Gold contents that start in this sentence: first token, end token, and the cue's end.
      const starts = new Set<number>();
      const spans: Array<{ start: number; end: number }> = [];
      for (const a of indirect) {
        const from = a.content.start - base;
        if (from < tokens[unit.start]!.start || from >= tokens[unit.end - 1]!.end) continue;
        let s = unit.start;
        while (s < unit.end && tokens[s]!.end <= from) s++;
        let e = s;
        while (e < tokens.length && tokens[e]!.start < a.content.end - base) e++;
        starts.add(s);
        if (a.cue && a.cue.end <= a.content.start && s > unit.start) spans.push({ start: s, end: e });
      }
      for (let c = unit.start; c < unit.end; c++) {
        if (!isCueCandidate(vocabulary, view, unit, c)) continue;
        const label = starts.has(c + 1) || (tokens[c + 1]!.lower === 'that' && starts.has(c + 2));
        examples.add(buffer, startFeatures(view, unit, c, buffer), label);
      }
      for (const span of spans) {
        const cue = tokens[span.start - 1]!.lower;
        let commas = 0;
        let verbs = false;
        for (let k = span.start + 1; k < unit.end && k <= span.end; k++) {
          if (tokens[k - 1]!.text === ',') commas++;
          verbs ||= isVerbWord(view, k - 1);
          if (view.inside[k] && view.inside[k] === view.inside[k - 1]) continue;
          examples.add(buffer, endFeatures(view, unit, cue, span.start, k, commas, buffer, verbs), k === span.end);
        }
      }
    });
    extractText(requestOf(article));
  }
  useSpeechTagger(undefined);
  return examples;
}

/** Stage 3: logistic regression by SGD, in a fixed shuffled order (a linear congruential sequence). */
function fit(examples: Examples): Float64Array {
  const weights = new Float64Array(1 << BITS);
  const count = examples.labels.length;
  const order = Array.from({ length: count }, (_, i) => i);
  let seed = 12345;
  for (let i = count - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // The average of the weights over all steps (kept as `weights − stepSums / steps`), which
  // generalises better than the last step's.
  const stepSums = new Float64Array(1 << BITS);
  let step = 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = LEARNING_RATE / (1 + epoch);
    for (const e of order) {
      const at = e * MAX_FEATURES;
      let z = 0;
      for (let f = at; f < at + MAX_FEATURES && examples.features[f]! >= 0; f++) z += weights[examples.features[f]!]!;
      const update = rate * (1 / (1 + Math.exp(-z)) - examples.labels[e]!);
      for (let f = at; f < at + MAX_FEATURES && examples.features[f]! >= 0; f++) {
        weights[examples.features[f]!]! -= update;
        stepSums[examples.features[f]!]! -= step * update;
      }
      step++;
    }
  }
  for (let i = 0; i < weights.length; i++) weights[i]! -= stepSums[i]! / step;
  return weights;
}

/** The model file's form of trained weights, with the start model's threshold as a probability. */
function modelOf(weights: Float64Array, words: readonly string[], startProbability: number, endProbability: number): TaggerModel {
  let largest = 0;
  for (const w of weights) largest = Math.max(largest, Math.abs(w));
  const scale = 32767 / largest;
  const bytes = Buffer.alloc(2 * weights.length);
  weights.forEach((w, i) => bytes.writeInt16LE(Math.round(w * scale), 2 * i));
  const logit = (p: number): number => Math.log(p / (1 - p));
  return { bits: BITS, scale: Number(scale.toFixed(6)), startThreshold: Math.round(logit(startProbability) * scale), endThreshold: Math.round(logit(endProbability) * scale), cueWords: words.join(' '), weights: bytes.toString('base64') };
}

interface Score {
  p: number;
  r: number;
  predicted: number;
  matched: number;
  gold: number;
  matchedGold: number;
}

/** Statement precision and recall of indirect gold over some articles, with the given tagger (or none). */
function score(part: readonly GoldArticle[], model: TaggerModel | undefined): Score {
  useSpeechTagger(model);
  let predicted = 0, matched = 0, gold = 0, matchedGold = 0;
  for (const article of part) {
    const statements: ExtractedStatement[] = extractText(requestOf(article)).statements;
    const pairs = match(article.attributions.map((a) => a.content), statements, tokenStarts(article.text));
    predicted += statements.length;
    matched += pairs.size;
    article.attributions.forEach((a, g) => {
      if (a.direct) return;
      gold++;
      if (pairs.has(g)) matchedGold++;
    });
  }
  return { p: (100 * matched) / predicted, r: (100 * matchedGold) / gold, predicted, matched, gold, matchedGold };
}

const words = cueWords();
const vocabulary = new Set(words);

// Stage 4: the thresholds, each train fifth scored by a model that did not learn from it, the
// four fifths' counts pooled: one fifth alone (≈170 articles, ~400 added statements) moved the
// start threshold a step on a one-point change in precision.
const TRAIN_FOLDS = [...new Set(train.map((a) => foldOf(a.id)))].sort((a, b) => a - b);
const folds = TRAIN_FOLDS.map((f) => {
  const part = train.filter((a) => foldOf(a.id) === f);
  return { part, weights: fit(collect(train.filter((a) => foldOf(a.id) !== f), vocabulary)), rules: score(part, undefined) };
});
/** The pooled score of every fold's held-back part under its own model, at the given thresholds. */
function pooled(start: number, end: number): Score {
  const total = { predicted: 0, matched: 0, gold: 0, matchedGold: 0 };
  for (const fold of folds) {
    const s = score(fold.part, modelOf(fold.weights, words, start, end));
    total.predicted += s.predicted;
    total.matched += s.matched;
    total.gold += s.gold;
    total.matchedGold += s.matchedGold;
  }
  return { ...total, p: (100 * total.matched) / total.predicted, r: (100 * total.matchedGold) / total.gold };
}
const rulesPredicted = folds.reduce((n, f) => n + f.rules.predicted, 0);
const rulesMatched = folds.reduce((n, f) => n + f.rules.matched, 0);
let threshold = THRESHOLDS.at(-1)!;
const calibrationLines: string[] = [];
for (const t of THRESHOLDS) {
  const s = pooled(t, 0.5);
  const added = s.predicted - rulesPredicted;
  const addedPrecision = added > 0 ? (s.matched - rulesMatched) / added : 0;
  calibrationLines.push(` *   p ≥ ${t.toFixed(2)}: ${added} statements added, ${(100 * addedPrecision).toFixed(1)} % right; R ${s.r.toFixed(1)}`);
  if (addedPrecision >= MIN_ADDED_PRECISION && t < threshold) threshold = t;
}

let endThreshold = 0.5;
let bestMatched = -1;
for (const t of END_THRESHOLDS) {
  const s = pooled(threshold, t);
  calibrationLines.push(` *   end p ≥ ${t.toFixed(2)} at start p ≥ ${threshold}: P ${s.p.toFixed(1)}  R ${s.r.toFixed(1)}`);
  if (s.matched > bestMatched) [bestMatched, endThreshold] = [s.matched, t];
}

const examples = collect(train, vocabulary);
const model = modelOf(fit(examples), words, threshold, endThreshold);
const seconds = (performance.now() - started) / 1000;

const line = (name: string, s: Score): string =>
  ` *   ${name.padEnd(22)} P ${s.p.toFixed(1)}  R ${s.r.toFixed(1)}  (${s.matched}/${s.predicted} statements, ${s.matchedGold}/${s.gold} indirect gold)`;
const report = [
  `/**`,
  ` * The reported-speech tagger trained by \`npm run train:cues\` from ${file.split('/').pop()}; do not edit by hand.`,
  ` * Train part ${train.length} articles, held-out fifth ${heldOut.length} (by article id); ${words.length} cue words,`,
  ` * ${examples.labels.length} examples, 2^${BITS} weights, ${EPOCHS} epochs. Start threshold p ≥ ${threshold}, end p ≥ ${endThreshold} (chosen on train`,
  ` * fifths ${TRAIN_FOLDS.join(', ')}, each scored by a model learnt from the other three, pooled: the lowest start whose added statements are ≥ ${100 * MIN_ADDED_PRECISION} % right, then the end with most matches):`,
  ...calibrationLines,
  ` * Statements (eval:extract's rule), without → with the tagger:`,
  line('train, rules only', score(train, undefined)),
  line('train, with tagger', score(train, model)),
  line('held-out, rules only', score(heldOut, undefined)),
  line('held-out, with tagger', score(heldOut, model)),
  ` */`,
];
const chunks = model.weights.match(/.{1,120}/gu) ?? [];
const text = [
  ...report,
  `import type { TaggerModel } from '../speechTagger.ts';`,
  ``,
  `export const SPEECH_TAGGER: TaggerModel = {`,
  `  bits: ${model.bits},`,
  `  scale: ${model.scale},`,
  `  startThreshold: ${model.startThreshold},`,
  `  endThreshold: ${model.endThreshold},`,
  `  cueWords: '${model.cueWords.replace(/'/g, "\\'")}',`,
  `  weights: [`,
  ...chunks.map((chunk) => `    '${chunk}',`),
  `  ].join(''),`,
  `};`,
  ``,
].join('\n');

if (check) {
  const same = existsSync(output) && readFileSync(output, 'utf8') === text;
  process.stdout.write(same ? 'train:cues: learnedCues.ts is what the data gives.\n' : 'train:cues: learnedCues.ts differs from what the data gives; run npm run train:cues.\n');
  process.exit(same ? 0 : 1);
}
writeFileSync(output, text);
process.stdout.write(`${report.join('\n')}\n * trained in ${seconds.toFixed(1)} s\n`);
