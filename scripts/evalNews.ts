/**
 * `npm run eval:news [-- --verbose]`: Byline on news who/when questions written NewsQA-style
 * (crowd workers reading a story) over news text it was never shaped on: TimeBank + AQUAINT
 * (`timebank.jsonl`, dated by its `dct`) and PolNeAR (`polnear-train.jsonl`, dated by the date in
 * its id), 1,096 articles read from ../shared/qa at run time (nothing of them is in the repository).
 * The questions are `eval/news/questions.jsonl` (a folder of its own: `npm run eval` reads eval/*.jsonl, which are asked of the seeds): `{"id","kind","article","question","answers":[…]}`, or
 * `{"id","kind","question","expect":"none"}` for a question the corpus cannot answer.
 *
 * Each question is asked twice: `corpus` (all 1,096 articles indexed, so retrieval must find the
 * story) and `article` (only its story indexed). Scored for Byline (`answer()`) and for the BM25
 * floor of scripts/squad/floor.ts in the same run: EM and F1 (SQuAD normalisation, best over the
 * gold answers), cite@1 (the top answer's first citation is the gold article), abstain %, engine
 * time per question; and for the unanswerable questions, the share left unanswered.
 * Skips when ../shared/qa is absent.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Answer } from '../src/types.ts';
import type { CorpusFile } from '../src/corpus/read.ts';
import { CorpusIndex } from '../src/index/corpusIndex.ts';
import { answer } from '../src/answer/answer.ts';
import { bestOver, cachedExtracts, exactMatch, f1Score, QA_DIR, type AskedKind } from './squad/data.ts';
import { floorAnswer } from './squad/floor.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const log = (message: string): void => void process.stderr.write(`eval:news: ${message}\n`);

const TIMEBANK = join(QA_DIR, 'timebank.jsonl');
const POLNEAR = join(QA_DIR, 'polnear-train.jsonl');
if (!existsSync(TIMEBANK) || !existsSync(POLNEAR)) {
  log('../shared/qa (timebank.jsonl, polnear-train.jsonl) is absent: skipped');
  process.exit(0);
}

interface NewsQuestion {
  id: string;
  kind: AskedKind;
  question: string;
  /** The story's id; absent for a question the corpus cannot answer. */
  article?: string;
  answers?: string[];
  expect?: 'none';
}

const readLines = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);

/** One story as a corpus file named `<id>.txt`, its date given as a sidecar would give it. */
function storyFile(id: string, text: string, date: string): CorpusFile {
  const hash = createHash('sha256').update(text).update('\u0000').update(date).digest('hex');
  return { file: `${id}.txt`, text, hash, sidecar: { date } };
}

const stories: CorpusFile[] = [
  ...readLines<{ id: string; dct: string; text: string }>(TIMEBANK).map((d) => storyFile(d.id, d.text, d.dct)),
  ...readLines<{ id: string; text: string }>(POLNEAR).map((d) => storyFile(d.id, d.text, /\d{4}-\d{2}-\d{2}/.exec(d.id)![0])),
];
const questions = readLines<NewsQuestion>(fileURLToPath(new URL('../eval/news/questions.jsonl', import.meta.url)));
log(`${stories.length} stories, ${questions.length} questions`);

const extracts = await cachedExtracts(stories, 'byline-news-extracts', log);
const corpus = CorpusIndex.build([...extracts.values()], []);
log(`corpus: ${corpus.articles.size} articles, ${corpus.passageCount} passages`);
const own = new Map<string, CorpusIndex>();
const ownIndex = (file: string): CorpusIndex => {
  let index = own.get(file);
  if (index === undefined) own.set(file, (index = CorpusIndex.build([extracts.get(file)!], [])));
  return index;
};

interface Tally {
  n: number;
  em: number;
  f1: number;
  cite: number;
  abstain: number;
  ms: number[];
}
const tallies = new Map<string, Tally>();
const tallyOf = (name: string): Tally => {
  let t = tallies.get(name);
  if (t === undefined) tallies.set(name, (t = { n: 0, em: 0, f1: 0, cite: 0, abstain: 0, ms: [] }));
  return t;
};

function timed(run: () => Answer | undefined): { top: Answer | undefined; ms: number } {
  const started = performance.now();
  const top = run();
  return { top, ms: performance.now() - started };
}

function score(name: string, q: NewsQuestion, reply: { top: Answer | undefined; ms: number }): void {
  const t = tallyOf(name);
  t.n++;
  t.ms.push(reply.ms);
  if (reply.top === undefined) {
    t.abstain++;
    return;
  }
  const gold = (q.answers ?? []).map((text) => ({ text }));
  t.em += bestOver(reply.top.text, gold, exactMatch);
  t.f1 += bestOver(reply.top.text, gold, f1Score);
  if (reply.top.citations[0]?.file === `${q.article}.txt`) t.cite++;
}

const misses: string[] = [];
for (const q of questions) {
  const modes: Array<[string, CorpusIndex]> = [['corpus', corpus]];
  if (q.article !== undefined) modes.push(['article', ownIndex(`${q.article}.txt`)]);
  for (const [mode, index] of modes) {
    const byline = timed(() => answer(index, { command: q.kind, text: q.question }).answers[0]);
    const floor = timed(() => floorAnswer(index, q.kind, q.question));
    const kinds = q.expect === 'none' ? ['none'] : ['all', q.kind];
    for (const kind of kinds) {
      score(`${mode} ${kind} byline`, q, byline);
      score(`${mode} ${kind} floor`, q, floor);
    }
    if (values.verbose) {
      const wrong = q.expect === 'none' ? byline.top !== undefined : bestOver(byline.top?.text ?? '', (q.answers ?? []).map((text) => ({ text })), f1Score) < 0.5;
      if (wrong) misses.push(`  ${mode.padEnd(7)} ${q.id} [${q.kind}] ${q.question} → ${byline.top?.text ?? '(abstains)'} (${byline.top?.citations[0]?.file ?? '-'}) | floor ${floor.top?.text ?? '(abstains)'} (${floor.top?.citations[0]?.file ?? '-'}) | gold ${q.answers?.join(' / ') ?? 'none'}`);
    }
  }
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const pct = (x: number, n: number) => ((100 * x) / Math.max(1, n)).toFixed(1).padStart(6);
console.log(`News who/when (NewsQA-style): ${questions.length} questions over ${corpus.articles.size} stories (${corpus.passageCount} passages)\n`);
console.log(`${'mode kind system'.padEnd(22)} ${'n'.padStart(4)} ${'EM'.padStart(6)} ${'F1'.padStart(6)} ${'cite@1'.padStart(6)} ${'abst%'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}`);
for (const mode of ['corpus', 'article']) {
  for (const kind of ['all', 'who', 'when']) {
    for (const system of ['byline', 'floor']) {
      const t = tallies.get(`${mode} ${kind} ${system}`);
      if (t === undefined) continue;
      console.log(`${`${mode} ${kind} ${system}`.padEnd(22)} ${String(t.n).padStart(4)} ${pct(t.em, t.n)} ${pct(t.f1, t.n)} ${pct(t.cite, t.n)} ${pct(t.abstain, t.n)} ${percentile(t.ms, 50).toFixed(2).padStart(7)} ${percentile(t.ms, 99).toFixed(2).padStart(7)}`);
    }
  }
}
for (const system of ['byline', 'floor']) {
  const t = tallies.get(`corpus none ${system}`);
  if (t !== undefined) console.log(`unanswerable, ${system}: ${t.abstain}/${t.n} left unanswered`);
}
if (misses.length > 0) console.log(`\nmisses (F1 < 0.5, or an answer to an unanswerable question):\n${misses.join('\n')}`);
