/**
 * `npm run eval [-- FILE…] [--verbose]`: runs question sets (default eval/*.jsonl) through the
 * batch CLI (`byline ask --jsonl`) and prints accuracy per category: who, when, quote, auto
 * and none (questions the corpus does not answer). Scoring follows README.md, "The bundled question sets".
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Response } from '../src/types.ts';

interface Question {
  id: string;
  command: string;
  text?: string;
  speaker?: string;
  topic?: string;
  accept?: string[];
  speakerAccept?: string[];
  date?: string;
  files?: string[];
  expect?: 'none';
}

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const given = args.filter((a) => !a.startsWith('--'));
const sets = given.length > 0 ? given : readdirSync(`${root}eval`).filter((f) => f.endsWith('.jsonl')).map((f) => `${root}eval/${f}`);
const questions: (Question & { set: string })[] = sets.flatMap((file) =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => ({ ...(JSON.parse(l) as Question), set: basename(file) })),
);

const normalise = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();

function judge(q: Question, r: Response | { error: string }): string | null {
  if ('error' in r) return `error: ${r.error}`;
  if (q.expect === 'none') return r.answers.length === 0 ? null : `expected none, got "${r.answers[0]?.text.slice(0, 60)}"`;
  const top = r.answers[0];
  if (top === undefined) return 'no answer';
  const textOk = (q.accept ?? []).some((a) => normalise(top.text).includes(normalise(a))) || (q.date !== undefined && top.date === q.date);
  if (!textOk) return `text "${top.text.slice(0, 80)}"${top.date ? ` (${top.date})` : ''} not in [${q.accept?.join(' | ')}]`;
  if (q.speakerAccept && !q.speakerAccept.some((s) => normalise(top.speaker ?? '').includes(normalise(s)))) return `speaker "${top.speaker}"`;
  if (q.files && !top.citations.some((c) => q.files!.includes(c.file))) return `cites ${top.citations.map((c) => c.file).join(',')}`;
  return null;
}

const child = spawn(process.execPath, ['--import', 'tsx', `${root}src/cli/byline.ts`, 'ask', '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] });
child.stdin.end(questions.map(({ command, text, speaker, topic }) => JSON.stringify({ command, text, speaker, topic })).join('\n') + '\n');
let out = '';
child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
const started = performance.now();
await new Promise((resolve) => child.on('close', resolve));
const responses = out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Response | { error: string });
if (responses.length !== questions.length) throw new Error(`eval: ${questions.length} questions but ${responses.length} responses`);

const tally = new Map<string, { right: number; total: number }>();
const bySet = new Map<string, { right: number; total: number }>();
const failures: string[] = [];
const count = (counts: Map<string, { right: number; total: number }>, key: string, right: boolean) => {
  const t = counts.get(key) ?? { right: 0, total: 0 };
  t.total++;
  if (right) t.right++;
  counts.set(key, t);
};
questions.forEach((q, i) => {
  const verdict = judge(q, responses[i]!);
  count(tally, q.expect === 'none' ? 'none' : q.command, verdict === null);
  count(bySet, q.set, verdict === null);
  if (verdict !== null) failures.push(`  ✗ ${q.id} [${q.command}] ${q.text ?? `${q.speaker ?? ''} / ${q.topic ?? ''}`}: ${verdict}`);
});

console.log(`Byline eval: ${questions.length} questions from ${sets.length} file(s), ${Math.round(performance.now() - started)} ms\n`);
console.log('category   right  total  accuracy');
let right = 0;
for (const category of ['who', 'when', 'quote', 'auto', 'search', 'none']) {
  const t = tally.get(category);
  if (t === undefined) continue;
  right += t.right;
  console.log(`${category.padEnd(10)} ${String(t.right).padStart(5)}  ${String(t.total).padStart(5)}  ${((100 * t.right) / t.total).toFixed(1).padStart(7)}%`);
}
console.log(`${'all'.padEnd(10)} ${String(right).padStart(5)}  ${String(questions.length).padStart(5)}  ${((100 * right) / questions.length).toFixed(1).padStart(7)}%`);
// Each set its own row, so a blind set's figure is read apart from the sets tuned on.
if (bySet.size > 1) console.log('');
if (bySet.size > 1) for (const [set, t] of bySet) console.log(`${set.padEnd(16)} ${String(t.right).padStart(3)}/${t.total}  ${((100 * t.right) / t.total).toFixed(1)}%`);
if (failures.length > 0 && (verbose || failures.length <= 20)) console.log(`\nfailures:\n${failures.join('\n')}`);
