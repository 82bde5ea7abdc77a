import { basename } from 'node:path';
import { COMMANDS } from '../../src/types.ts';
import { PARTS } from './profile.ts';
import type { SizeResult } from '../bench.ts';

const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** The bench's results as a Markdown table: one column per corpus (a real folder, then each generated size). */
export function renderTable(results: readonly SizeResult[]): string {
  const rows: Array<[string, (r: SizeResult) => string]> = [
    ['articles', (r) => String(r.build.articles)],
    ['machine load (1-min average, start → end)', (r) => `${fixed(r.load[0])} → ${fixed(r.load[1])}`],
    ['passages / quotes / people', (r) => `${r.build.passages} / ${r.build.quotes} / ${r.build.people}`],
    ['corpus size (MB)', (r) => fixed(r.corpusBytes / 1e6)],
    ['ingest + extraction (articles/s)', (r) => fixed(r.ingestRate, 0)],
    ['  per CPU-second, all threads (articles)', (r) => fixed(r.ingestCpuRate, 0)],
    ['  read / extract / index build (s)', (r) => `${fixed(r.build.readMs / 1000)} / ${fixed(r.build.extractMs / 1000)} / ${fixed(r.build.indexMs / 1000)}`],
    ['snapshot size (MB) / save (s)', (r) => `${fixed(r.build.snapshotBytes / 1e6)} / ${fixed(r.build.saveMs / 1000)}`],
    ['cold start: spawn → first answer (ms)', (r) => fixed(r.coldStartMs, 0)],
    ['  CPU time to the first answer (ms)', (r) => fixed(r.serve.firstAnswerCpuMs, 0)],
    ['  of which process + module start-up (ms)', (r) => fixed(r.serve.startupMs, 0)],
    ['  of which snapshot load (ms)', (r) => fixed(r.serve.snapshotLoadMs, 0)],
    ...COMMANDS.map((command): [string, (r: SizeResult) => string] => [
      `${command}: median / p99 (ms)`,
      (r) => `${fixed(r.serve.latency[command].median, 2)} / ${fixed(r.serve.latency[command].p99, 2)}`,
    ]),
    ...COMMANDS.map((command): [string, (r: SizeResult) => string] => [
      `${command}: CPU median / p99 (ms)`,
      (r) => `${fixed(r.serve.cpuLatency[command].median, 2)} / ${fixed(r.serve.cpuLatency[command].p99, 2)}`,
    ]),
    ['naive scan (search): median / p99 (ms)', (r) => `${fixed(r.build.naive.median, 2)} / ${fixed(r.build.naive.p99, 2)}`],
    ['speed-up vs naive (search median, p99)', (r) => `${fixed(r.speedup.median)}× / ${fixed(r.speedup.p99)}×`],
    ['questions answered (who/when/quote/search/auto)', (r) => COMMANDS.map((c) => `${Math.round(100 * r.serve.answered[c])}%`).join(' ')],
    [
      'serving time: search / reading the index / answering / GC / other',
      (r) => PARTS.map((part) => `${Math.round(100 * r.serve.profile[part])}%`).join(' / '),
    ],
    ['RSS (MB): ingest peak / serving, loaded / serving peak', (r) => `${fixed(r.build.peakRssMb, 0)} / ${fixed(r.serve.loadedRssMb, 0)} / ${fixed(r.serve.peakRssMb, 0)}`],
  ];
  const header = `| | ${results.map((r) => (r.corpus === undefined ? `${r.size.toLocaleString('en-US')} articles` : `${basename(r.corpus)} (real)`)).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---:').join('|')}|`;
  return [header, rule, ...rows.map(([label, cell]) => `| ${label} | ${results.map(cell).join(' | ')} |`)].join('\n');
}
