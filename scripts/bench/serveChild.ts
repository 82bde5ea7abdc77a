/**
 * Bench child: a fresh process that starts the engine from the snapshot and answers one question
 * (printing `{"firstAnswer": …}` at once, so the parent can time process start to first answer),
 * then times every command over the generated questions. Prints `ServeResult` as a last line.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { COMMANDS, type Command } from '../../src/types.ts';
import { BylineEngine } from '../../src/engine.ts';
import type { QuestionSet } from './questions.ts';
import { cpuMs, peakRssMb, summarise, type Latency } from './stats.ts';
import { profileServing, type ServingProfile } from './profile.ts';

export interface ServeResult {
  /** Milliseconds from this process's start (performance.timeOrigin) to its modules loaded (tsx, compromise…). */
  startupMs: number;
  /** Milliseconds from this process's start (performance.timeOrigin) to the first answer. */
  firstAnswerMs: number;
  /** CPU milliseconds this process used up to its first answer (every thread). */
  firstAnswerCpuMs: number;
  snapshotLoadMs: number;
  /** Resident set once the index is loaded and has answered one question. */
  loadedRssMb: number;
  latency: Record<Command, Latency>;
  /** CPU time per question: what the wall time would be with a core to itself. */
  cpuLatency: Record<Command, Latency>;
  /** Share of questions that got at least one answer, per command. */
  answered: Record<Command, number>;
  peakRssMb: number;
  /** Where the questions' time goes, from a second, profiled pass over them. */
  profile: ServingProfile;
}

// Everything above is module loading: the same for every corpus size.
const startupMs = performance.now();
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    cache: { type: 'string' },
    questions: { type: 'string' },
    'cpu-prof': { type: 'string' },
    answers: { type: 'string' },
  },
});
const corpus = values.corpus ?? '';
const cache = values.cache ?? '';

let snapshotLoadMs = Number.NaN;
const engine = BylineEngine.open({
  corpusDir: corpus,
  cacheDir: cache,
  onEvent: (event) => {
    if (event.type === 'snapshot-loaded') snapshotLoadMs = event.ms;
  },
});
await engine.ask({ command: 'who', text: 'who is the prime minister?' });
const firstAnswerMs = performance.now();
const firstAnswerCpuMs = cpuMs();
const loadedRssMb = process.memoryUsage.rss() / 2 ** 20;
process.stdout.write(`${JSON.stringify({ firstAnswer: firstAnswerMs })}\n`);

const questions = JSON.parse(await readFile(values.questions!, 'utf8')) as QuestionSet;
await engine.whenCurrent();
const latency = {} as Record<Command, Latency>;
const cpuLatency = {} as Record<Command, Latency>;
const answered = {} as Record<Command, number>;
/** Every timed response, in question order, when `--answers FILE` asks for them (to diff two builds). */
const responses: unknown[] = [];
for (const command of COMMANDS) {
  // Warm up the JIT on a few questions that are not counted.
  for (const request of questions[command].slice(0, 20)) await engine.ask(request);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let withAnswer = 0;
  for (const request of questions[command]) {
    const cpuStarted = cpuMs();
    const started = performance.now();
    const response = await engine.ask(request);
    times.push(performance.now() - started);
    cpuTimes.push(cpuMs() - cpuStarted);
    if (response.answers.length > 0) withAnswer++;
    if (values.answers !== undefined) responses.push({ request, response });
  }
  latency[command] = summarise(times);
  cpuLatency[command] = summarise(cpuTimes);
  answered[command] = withAnswer / Math.max(1, questions[command].length);
}
const peak = peakRssMb();
const profiled = await profileServing(async () => {
  for (const command of COMMANDS) for (const request of questions[command]) await engine.ask(request);
});
if (values.answers !== undefined) await writeFile(values.answers, `${responses.map((entry) => JSON.stringify(entry)).join('\n')}\n`);
if (values['cpu-prof'] !== undefined) await writeFile(values['cpu-prof'], JSON.stringify(profiled.profile));
const result: ServeResult = { startupMs, firstAnswerMs, firstAnswerCpuMs, snapshotLoadMs, loadedRssMb, latency, cpuLatency, answered, peakRssMb: peak, profile: profiled.shares };
process.stdout.write(`${JSON.stringify(result)}\n`);
engine.close();
