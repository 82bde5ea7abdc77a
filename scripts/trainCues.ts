/**
 * `npm run train:cues [-- FILE] [--check]`: learns the cue words of reported speech from PolNeAR
 * (default /work/shared/qa/polnear-train.jsonl, or POLNEAR_FILE) and writes
 * `src/nlp/model/learnedCues.ts` with its training report. Offline and deterministic: the same data
 * gives the same file byte for byte, and `--check` exits 1 when the committed file differs.
 * Without the data it says so and exits 0.
 *
 * Two stages, both on the train part only (the held-out fifth, `isHeldOut`, is scored at the end):
 *  1. candidates: lowercase words that lie inside an annotated cue span in at least
 *     MIN_CUE_SHARE of their occurrences (and MIN_CANDIDATE_CUES times);
 *  2. selection: the statement reader runs with every candidate as a cue; each statement a
 *     candidate adds (beyond what the rules find alone) is matched with the gold contents by the
 *     qa README's rule, and a candidate is kept when its smoothed precision, (hits + 1) / (made + 2),
 *     reaches MIN_PRECISION over at least MIN_STATEMENTS statements. A candidate is a word and the
 *     kind of token after it (`cueContext`); a key is kept on its own figures, or on its word's
 *     when it is not below MIN_CONTEXT_PRECISION on its own.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractText, type ExtractedStatement } from '../src/extract/extract.ts';
import { cueContext, useLearnedCues } from '../src/nlp/reportedSpeech.ts';
import { isHeldOut, match, tokenStarts, type GoldArticle } from './polnear.ts';

const MIN_CUE_SHARE = 0.2;
const MIN_CANDIDATE_CUES = 3;
const MIN_STATEMENTS = 4;
const MIN_PRECISION = 0.7;
/** A context whose own smoothed precision is below this is left out even when its word passes. */
const MIN_CONTEXT_PRECISION = 0.5;
/** A learned statement starts this many tokens or fewer after its cue ("opposed", "calls for", "said on Tuesday that"). */
const MAX_CUE_DISTANCE = 10;
/** The repository's word tokens (`nameTokens.ts`), lowercase only: a capitalised word is a name or a sentence start. */
const WORD = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|\S/gu;
const LOWERCASE_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;

const args = process.argv.slice(2);
const check = args.includes('--check');
const file = args.find((a) => !a.startsWith('--')) ?? process.env['POLNEAR_FILE'] ?? '/work/shared/qa/polnear-train.jsonl';
const output = fileURLToPath(new URL('../src/nlp/model/learnedCues.ts', import.meta.url));

if (!existsSync(file)) {
  process.stdout.write(`train:cues: ${file} not found; skipped (the PolNeAR development data is not on this machine).\n`);
  process.exit(0);
}

const articles = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldArticle);
const train = articles.filter((a) => !isHeldOut(a.id));
const heldOut = articles.filter((a) => isHeldOut(a.id));

interface Word {
  text: string;
  start: number;
}
const wordsOf = (text: string): Word[] => [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index }));

/** The kinds of token `cueContext` tells apart after a cue word. */
const CONTEXTS = ['end', 'that', 'to', 'particle', 'phrase', 'name', 'word', 'number', 'mark'];

/** Stage 1: words that annotators put inside cue spans often enough, each with every context. */
function candidates(): Set<string> {
  const seen = new Map<string, number>();
  const cued = new Map<string, number>();
  for (const article of train) {
    const inCue = new Uint8Array(article.text.length);
    for (const a of article.attributions) if (a.cue) inCue.fill(1, a.cue.start, a.cue.end);
    for (const word of wordsOf(article.text)) {
      if (!LOWERCASE_WORD.test(word.text)) continue;
      seen.set(word.text, (seen.get(word.text) ?? 0) + 1);
      if (inCue[word.start]) cued.set(word.text, (cued.get(word.text) ?? 0) + 1);
    }
  }
  const words = [...cued].filter(([word, n]) => n >= MIN_CANDIDATE_CUES && n >= MIN_CUE_SHARE * seen.get(word)!).map(([word]) => word);
  return new Set(words.flatMap((word) => CONTEXTS.map((context) => `${word} ${context}`)));
}

function statementsOf(article: GoldArticle, cues: ReadonlySet<string>): ExtractedStatement[] {
  useLearnedCues(cues);
  const date = /_(\d{4}-\d{2}-\d{2})_/.exec(article.id)?.[1];
  return extractText({ id: article.id, text: article.text, ...(date ? { date } : {}) }).statements;
}

/** The statements that `cues` add to the rules' own, each with the cue word before it and whether it matched gold. */
function added(article: GoldArticle, cues: ReadonlySet<string>): Array<{ cue: string; hit: boolean }> {
  const base = new Set(statementsOf(article, new Set()).map((s) => `${s.start}:${s.end}`));
  const statements = statementsOf(article, cues);
  const matched = new Set(match(article.attributions.map((a) => a.content), statements, tokenStarts(article.text)).values());
  const words = wordsOf(article.text);
  const out: Array<{ cue: string; hit: boolean }> = [];
  statements.forEach((statement, p) => {
    if (base.has(`${statement.start}:${statement.end}`)) return;
    let w = words.findIndex((word) => word.start >= statement.start);
    const floor = Math.max(0, w - MAX_CUE_DISTANCE);
    const keyAt = (at: number): string => `${words[at]!.text} ${cueContext(words[at + 1]?.text)}`;
    while (--w >= floor && !cues.has(keyAt(w)));
    if (w >= floor) out.push({ cue: keyAt(w), hit: matched.has(p) });
  });
  return out;
}

/** Statement precision and recall of indirect gold over some articles, with the given learned cues. */
function score(part: readonly GoldArticle[], cues: ReadonlySet<string>): { p: number; r: number; predicted: number; matched: number; gold: number; matchedGold: number } {
  let predicted = 0, matched = 0, gold = 0, matchedGold = 0;
  for (const article of part) {
    const statements = statementsOf(article, cues);
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

interface Tally {
  made: number;
  hits: number;
}
const pool = candidates();
/** Added statements and their hits, by "word context" key and by word alone. */
const byKey = new Map<string, Tally>();
const byWord = new Map<string, Tally>();
const count = (tallies: Map<string, Tally>, key: string, hit: boolean): void => {
  const t = tallies.get(key) ?? { made: 0, hits: 0 };
  t.made++;
  if (hit) t.hits++;
  tallies.set(key, t);
};
for (const article of train) {
  for (const { cue, hit } of added(article, pool)) {
    count(byKey, cue, hit);
    count(byWord, cue.slice(0, cue.indexOf(' ')), hit);
  }
}
const smoothed = (t: Tally): number => (t.hits + 1) / (t.made + 2);
const passes = (t: Tally | undefined): boolean => t !== undefined && t.made >= MIN_STATEMENTS && smoothed(t) >= MIN_PRECISION;
const fails = (t: Tally): boolean => t.made >= MIN_STATEMENTS && smoothed(t) < MIN_CONTEXT_PRECISION;
// A key is kept on its own figures, or on its word's when its own are too few to judge and not bad.
const kept = [...byKey]
  .filter(([key, t]) => passes(t) || (passes(byWord.get(key.slice(0, key.indexOf(' ')))) && !fails(t)))
  .map(([key]) => key)
  .sort();
const learned = new Set(kept);

const line = (name: string, s: ReturnType<typeof score>): string =>
  ` *   ${name.padEnd(22)} P ${s.p.toFixed(1)}  R ${s.r.toFixed(1)}  (${s.matched}/${s.predicted} statements, ${s.matchedGold}/${s.gold} indirect gold)`;
const report = [
  `/**`,
  ` * Cue words of reported speech learned by \`npm run train:cues\` from ${file.split('/').pop()}; do not edit by hand.`,
  ` * Train part ${train.length} articles, held-out fifth ${heldOut.length} (by article id). ${pool.size / CONTEXTS.length} candidate words,`,
  ` * ${kept.length} word-and-context keys kept (smoothed precision ≥ ${MIN_PRECISION} over ≥ ${MIN_STATEMENTS} added statements on the train part, by key or by word).`,
  ` * Statements (eval:extract's rule), without → with these words:`,
  line('train, rules only', score(train, new Set())),
  line('train, learned cues', score(train, learned)),
  line('held-out, rules only', score(heldOut, new Set())),
  line('held-out, learned cues', score(heldOut, learned)),
  ` */`,
];
const body = kept.map((cue) => `  '${cue.replace(/'/g, "\\'")}',`);
const text = `${report.join('\n')}\nexport const LEARNED_CUES: ReadonlySet<string> = new Set([\n${body.join('\n')}\n]);\n`;

if (check) {
  const same = existsSync(output) && readFileSync(output, 'utf8') === text;
  process.stdout.write(same ? 'train:cues: learnedCues.ts is what the data gives.\n' : 'train:cues: learnedCues.ts differs from what the data gives; run npm run train:cues.\n');
  process.exit(same ? 0 : 1);
}
writeFileSync(output, text);
process.stdout.write(`${report.join('\n')}\n`);
