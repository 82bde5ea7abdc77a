/**
 * `npm run eval:squad [-- --limit 1200] [--verbose]`: Byline on Wikipedia who/when questions it has
 * never seen. The SQuAD v1.1 train set (../shared/qa) is split by article (scripts/squad/data.ts);
 * the dev split's who/when questions are asked of Byline's engine in-process, twice:
 *
 *   corpus   — all dev articles indexed together, so retrieval must find the article;
 *   article  — only the question's own article indexed;
 *   full     — with --full: all 442 SQuAD train articles indexed (≈19,300 passages), the
 *              speed test of the issue: engine time per who/when question on a real-text corpus
 *              of about 20,000 passages.
 *
 * Each mode is scored for Byline (\`answer()\`), for its trained ranker alone (without the rules it
 * falls back to when it abstains), and for a floor measured in the same run: the BM25 best passage, then the first
 * person (who) or time expression (when) in it. Reported: EM and F1 (SQuAD normalisation), cite@1
 * (the top answer's first citation is the gold article; "para" the gold paragraph too), abstain %,
 * and engine time per question. Skips when ../shared/qa is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Answer, Command, Response } from '../src/types.ts';
import { CorpusIndex, type FileExtract } from '../src/index/corpusIndex.ts';
import { answer } from '../src/answer/answer.ts';
import { rankCandidates } from '../src/answer/rank/rank.ts';
import { candidatesIn } from '../src/answer/rank/candidates.ts';
import {
  ARTICLES_DIR, bestOver, exactMatch, f1Score, kindQuestions, loadSquad, spread, splitOf, squadExtracts, squadPresent, type KindQuestion,
} from './squad/data.ts';
import { floorAnswer } from './squad/floor.ts';

const { values } = parseArgs({
  options: {
    limit: { type: 'string', default: '1200' },
    split: { type: 'string', default: 'dev' },
    verbose: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
  },
});
const log = (message: string): void => void process.stderr.write(`eval:squad: ${message}\n`);

if (!squadPresent()) {
  log('../shared/qa is absent: skipped');
  process.exit(0);
}

/** One system's reply to one question: its top answer, or none. */
interface Reply {
  top: Answer | undefined;
  ms: number;
}

interface Tally {
  n: number;
  em: number;
  f1: number;
  cite: number;
  citePara: number;
  abstain: number;
  ms: number[];
}

const empty = (): Tally => ({ n: 0, em: 0, f1: 0, cite: 0, citePara: 0, abstain: 0, ms: [] });

function score(tally: Tally, q: KindQuestion, reply: Reply): void {
  tally.n++;
  tally.ms.push(reply.ms);
  const top = reply.top;
  if (top === undefined) {
    tally.abstain++;
    return;
  }
  tally.em += bestOver(top.text, q.answers, exactMatch);
  tally.f1 += bestOver(top.text, q.answers, f1Score);
  const cited = top.citations[0];
  if (cited?.file === q.article) {
    tally.cite++;
    if (cited.paragraph === q.paragraph) tally.citePara++;
  }
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function row(name: string, t: Tally): string {
  const pct = (x: number) => ((100 * x) / Math.max(1, t.n)).toFixed(1).padStart(6);
  return `${name.padEnd(22)} ${String(t.n).padStart(5)} ${pct(t.em)} ${pct(t.f1)} ${pct(t.cite)} ${pct(t.citePara)} ${pct(t.abstain)} ${percentile(t.ms, 50).toFixed(2).padStart(7)} ${percentile(t.ms, 99).toFixed(2).padStart(7)}`;
}

function ask(index: CorpusIndex, command: Command, text: string): Reply {
  const started = performance.now();
  const response: Response = answer(index, { command, text });
  return { top: response.answers[0], ms: performance.now() - started };
}

/** The trained ranker alone, without the rules it falls back to when it abstains. */
function ranker(index: CorpusIndex, q: KindQuestion): Reply {
  const started = performance.now();
  const top = rankCandidates(index, q.question, q.kind)[0];
  return { top, ms: performance.now() - started };
}

function floor(index: CorpusIndex, q: KindQuestion): Reply {
  const started = performance.now();
  const top = floorAnswer(index, q.kind, q.question);
  return { top, ms: performance.now() - started };
}

/**
 * Byline numbers paragraphs as SQuAD does (title 1, then the paragraphs): checked, not assumed.
 * `verbatim`: Byline's passage of the gold number is the file's blank-line block of that number;
 * `holdsAnswer`: it at least holds the gold answer (cleaning may change a character or two).
 */
function checkParagraphs(index: CorpusIndex, questions: readonly KindQuestion[]): { verbatim: number; holdsAnswer: number } {
  let verbatim = 0;
  let holdsAnswer = 0;
  const blocks = new Map<string, string[]>();
  for (const q of questions) {
    let paragraphs = blocks.get(q.article);
    if (paragraphs === undefined) blocks.set(q.article, (paragraphs = readFileSync(join(ARTICLES_DIR, q.article), 'utf8').split(/\n\s*\n/).map((p) => p.trim())));
    const passage = index.passage(q.article, q.paragraph);
    if (passage === undefined) continue;
    if (passage.text === paragraphs[q.paragraph - 1]) verbatim++;
    if (q.answers.some((a) => passage.text.includes(a.text))) holdsAnswer++;
  }
  return { verbatim, holdsAnswer };
}

const split = values.split as 'dev' | 'tune' | 'train';
const all = loadSquad();
const asked = kindQuestions(all.filter((q) => splitOf(q.article) === split));
const questions = spread(asked, Number(values.limit));
const articles = [...new Set(all.filter((q) => splitOf(q.article) === split).map((q) => q.article))];
log(`${split} split: ${articles.length} articles, ${asked.length} who/when questions; asking ${questions.length}`);

const extracts = await squadExtracts(log);
const chosen: FileExtract[] = articles.map((file) => extracts.get(file)!);
const corpus = CorpusIndex.build(chosen, []);
const numbering = checkParagraphs(corpus, questions);
log(`paragraph numbers: Byline's passage of the gold number is the gold paragraph verbatim for ${numbering.verbatim}/${questions.length} questions and holds the gold answer for ${numbering.holdsAnswer}`);

/**
 * Candidate recall: the share of questions whose gold paragraph holds a candidate of the kind
 * asked that matches the gold answer (exactly, or at F1 ≥ 0.5): the ranker's ceiling.
 */
function candidateRecall(index: CorpusIndex, questions: readonly KindQuestion[]): Record<'who' | 'when', { n: number; exact: number; half: number; candidates: number }> {
  const recall = { who: { n: 0, exact: 0, half: 0, candidates: 0 }, when: { n: 0, exact: 0, half: 0, candidates: 0 } };
  for (const q of questions) {
    const passage = index.passage(q.article, q.paragraph);
    const tally = recall[q.kind];
    tally.n++;
    if (passage === undefined) continue;
    const found = candidatesIn(index, passage, q.kind);
    tally.candidates += found.length;
    if (found.some((c) => bestOver(c.text, q.answers, exactMatch) === 1)) tally.exact++;
    if (found.some((c) => bestOver(c.text, q.answers, f1Score) >= 0.5)) tally.half++;
  }
  return recall;
}
for (const [kind, t] of Object.entries(candidateRecall(corpus, questions))) {
  const pct = (x: number) => ((100 * x) / Math.max(1, t.n)).toFixed(1);
  log(`candidate recall, ${kind}: the gold paragraph holds an exact candidate for ${pct(t.exact)} % and one at F1 ≥ 0.5 for ${pct(t.half)} % (${(t.candidates / Math.max(1, t.n)).toFixed(1)} candidates a paragraph)`);
}

const byArticle = new Map<string, CorpusIndex>();
const ownIndex = (file: string): CorpusIndex => {
  let index = byArticle.get(file);
  if (index === undefined) {
    index = CorpusIndex.build([extracts.get(file)!], []);
    byArticle.set(file, index);
  }
  return index;
};

const full = values.full ? CorpusIndex.build([...extracts.values()], []) : undefined;
if (full !== undefined) log(`full corpus: ${full.articles.size} articles, ${full.passageCount} passages`);

const tallies = new Map<string, Tally>();
const tallyOf = (name: string): Tally => {
  let t = tallies.get(name);
  if (t === undefined) tallies.set(name, (t = empty()));
  return t;
};
const misses: string[] = [];
const started = performance.now();
for (const q of questions) {
  const byline = ask(corpus, q.kind, q.question);
  for (const kind of ['all', q.kind]) {
    score(tallyOf(`corpus ${kind} byline`), q, byline);
    score(tallyOf(`corpus ${kind} ranker`), q, ranker(corpus, q));
    score(tallyOf(`corpus ${kind} floor`), q, floor(corpus, q));
  }
  const own = ownIndex(q.article);
  const alone = ask(own, q.kind, q.question);
  for (const kind of ['all', q.kind]) {
    score(tallyOf(`article ${kind} byline`), q, alone);
    score(tallyOf(`article ${kind} ranker`), q, ranker(own, q));
    score(tallyOf(`article ${kind} floor`), q, floor(own, q));
  }
  if (full !== undefined) {
    for (const kind of ['all', q.kind]) score(tallyOf(`full ${kind} byline`), q, ask(full, q.kind, q.question));
  }
  if (values.verbose && bestOver(byline.top?.text ?? '', q.answers, f1Score) < 0.5) {
    misses.push(`  ${q.id} [${q.kind}] ${q.question} → ${byline.top?.text ?? '(abstains)'} | gold ${q.answers[0]?.text}`);
  }
}
log(`asked in ${Math.round(performance.now() - started)} ms`);

console.log(`SQuAD ${split} who/when: ${questions.length} questions over ${articles.length} articles (${corpus.passageCount} passages)\n`);
console.log(`${'mode kind system'.padEnd(22)} ${'n'.padStart(5)} ${'EM'.padStart(6)} ${'F1'.padStart(6)} ${'cite@1'.padStart(6)} ${'para'.padStart(6)} ${'abst%'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}`);
for (const mode of ['corpus', 'article', 'full']) {
  for (const kind of ['all', 'who', 'when']) {
    for (const system of ['byline', 'ranker', 'floor']) {
      const t = tallies.get(`${mode} ${kind} ${system}`);
      if (t !== undefined) console.log(row(`${mode} ${kind} ${system}`, t));
    }
  }
}
if (misses.length > 0) console.log(`\nmisses (F1 < 0.5, corpus mode):\n${misses.join('\n')}`);
