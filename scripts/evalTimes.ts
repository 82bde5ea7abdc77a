/**
 * `npm run eval:times [-- FILE] [--misses]`: Byline's time expressions (`extractTimexes`) against
 * TimeBank + AQUAINT (default `../shared/qa/timebank.jsonl`, or `TIMEBANK` in the environment),
 * scored as `shared/qa/README.md` says. Skips with a note when the data is absent.
 *
 * - Spans: strict (identical start and end) and relaxed (at least one shared character) P/R/F1,
 *   micro over all documents, for all types and for DATE only (gold DATE against predictions
 *   typed DATE). Pairs are one-to-one, greedily by largest overlap (ties: earlier gold).
 * - DATE values: among relaxed pairs whose gold is a DATE with a plain `YYYY`, `YYYY-MM` or
 *   `YYYY-MM-DD` value, the share whose predicted value is the same string.
 * - Value F1 (TempEval-3 style): a relaxed pair counts when the predicted value equals the gold
 *   value exactly (a prediction without a value never counts); P over all predictions, R over all
 *   gold, all types.
 * - Speed: the time `extractTimexes` takes over all documents, cold (first pass) and warm.
 *
 * `--misses` lists the gold missed, the predictions unmatched and the wrong values, with context.
 *
 * `--split`: a fixed split, a quarter of the documents by a hash of their id held out. The figures
 * come for the development part, the held-out part and each corpus; `--misses` lists the
 * development part's only, so the held-out figure stays one nobody tuned on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractTimexes, type Timex } from '../src/nlp/timex.ts';

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

interface Document {
  id: string;
  corpus: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

interface Span {
  start: number;
  end: number;
}

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const split = args.includes('--split');
const path =
  args.find((arg) => !arg.startsWith('--')) ??
  process.env['TIMEBANK'] ??
  fileURLToPath(new URL('../../shared/qa/timebank.jsonl', import.meta.url));

if (!existsSync(path)) {
  console.log(`eval:times: ${path} not found; skipped (set TIMEBANK or pass the file).`);
  process.exit(0);
}

const documents = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Document);

/** One-to-one pairs of overlapping spans, largest overlap first, ties to the earlier gold. */
function pair(gold: readonly Span[], predicted: readonly Span[]): Array<[number, number]> {
  const candidates: Array<{ g: number; p: number; overlap: number }> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > 0) candidates.push({ g: gi, p: pi, overlap });
    }),
  );
  candidates.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

class Tally {
  gold = 0;
  predicted = 0;
  matched = 0;
  add(gold: number, predicted: number, matched: number): void {
    this.gold += gold;
    this.predicted += predicted;
    this.matched += matched;
  }
  row(name: string): string {
    const p = this.predicted === 0 ? 0 : this.matched / this.predicted;
    const r = this.gold === 0 ? 0 : this.matched / this.gold;
    const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
    return `${name.padEnd(22)} ${pct(p)} ${pct(r)} ${pct(f)}   (${this.matched} matched, ${this.predicted} predicted, ${this.gold} gold)`;
  }
}

const PLAIN_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** FNV-1a of the id: the split stays the same from run to run and machine to machine. */
function heldOut(id: string): boolean {
  let hash = 0x811c9dc5;
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash % 4 === 0;
}

const context = (text: string, span: Span) =>
  `${text.slice(Math.max(0, span.start - 50), span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, span.end + 40)}`.replace(/\s+/g, ' ');

/** Scores `docs`, prints the table under `title` and returns the time extraction took; `listMisses` collects the errors. */
function score(title: string, docs: readonly Document[], listMisses: boolean): number {
  const tallies = {
    strictAll: new Tally(),
    relaxedAll: new Tally(),
    strictDate: new Tally(),
    relaxedDate: new Tally(),
    valueAll: new Tally(),
  };
  let dateValues = 0;
  let dateValuesRight = 0;
  let typesRight = 0;
  let relaxedPairs = 0;
  let elapsed = 0;
  /** Per gold type: how many, how many found (relaxed), how many of those with the value right. */
  const byType = new Map<string, { gold: number; found: number; valueRight: number }>();
  const misses: string[] = [];
  for (const doc of docs) {
    const started = performance.now();
    const predicted: Timex[] = extractTimexes(doc.text, doc.dct);
    elapsed += performance.now() - started;
    const gold = doc.timexes;

    const strict = (g: readonly Span[], p: readonly Span[]) => g.filter((x) => p.some((y) => y.start === x.start && y.end === x.end)).length;
    const relaxed = pair(gold, predicted);
    tallies.strictAll.add(gold.length, predicted.length, strict(gold, predicted));
    tallies.relaxedAll.add(gold.length, predicted.length, relaxed.length);
    const goldDates = gold.filter((g) => g.type === 'DATE');
    const predictedDates = predicted.filter((p) => p.type === 'DATE');
    tallies.strictDate.add(goldDates.length, predictedDates.length, strict(goldDates, predictedDates));
    tallies.relaxedDate.add(goldDates.length, predictedDates.length, pair(goldDates, predictedDates).length);

    let valuesRight = 0;
    for (const g of gold) {
      const row = byType.get(g.type) ?? { gold: 0, found: 0, valueRight: 0 };
      row.gold++;
      byType.set(g.type, row);
    }
    for (const [gi, pi] of relaxed) {
      const g = gold[gi]!;
      const p = predicted[pi]!;
      const row = byType.get(g.type)!;
      row.found++;
      if (p.value !== undefined && p.value === g.value) row.valueRight++;
      relaxedPairs++;
      if (g.type === p.type) typesRight++;
      if (p.value !== undefined && p.value === g.value) valuesRight++;
      else if (listMisses) misses.push(`value  ${doc.dct} ${g.type} gold ${g.value} got ${p.type} ${p.value ?? '-'}: ${context(doc.text, g)}  {${p.text}}`);
      if (g.type === 'DATE' && PLAIN_DATE.test(g.value)) {
        dateValues++;
        if (p.value === g.value) dateValuesRight++;
      }
    }
    tallies.valueAll.add(gold.length, predicted.length, valuesRight);

    if (listMisses) {
      const pairedGold = new Set(relaxed.map(([g]) => g));
      const pairedPredicted = new Set(relaxed.map(([, p]) => p));
      gold.forEach((g, i) => pairedGold.has(i) || misses.push(`missed ${doc.dct} ${g.type} ${g.value}: ${context(doc.text, g)}`));
      predicted.forEach((p, i) => pairedPredicted.has(i) || misses.push(`extra  ${doc.dct} ${p.type} ${p.value ?? '-'}: ${context(doc.text, p)}`));
      for (const [gi, pi] of relaxed) {
        const g = gold[gi]!;
        const p = predicted[pi]!;
        if (g.start !== p.start || g.end !== p.end) misses.push(`span   gold "${g.text}" got "${p.text}"`);
      }
    }
  }

  if (listMisses) console.log(`${misses.sort().join('\n')}\n`);
  console.log(`\n${title}: ${docs.length} documents\n`);
  console.log(`${''.padEnd(22)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`);
  console.log(tallies.strictAll.row('strict, all types'));
  console.log(tallies.relaxedAll.row('relaxed, all types'));
  console.log(tallies.strictDate.row('strict, DATE'));
  console.log(tallies.relaxedDate.row('relaxed, DATE'));
  console.log(tallies.valueAll.row('value, all types'));
  console.log(`\nDATE values right: ${((100 * dateValuesRight) / Math.max(1, dateValues)).toFixed(1)} % (${dateValuesRight}/${dateValues})`);
  for (const [type, row] of [...byType].sort()) console.log(`${type.padEnd(9)} gold ${String(row.gold).padStart(4)}, found ${String(row.found).padStart(4)} (${((100 * row.found) / row.gold).toFixed(1)} %), value right ${String(row.valueRight).padStart(4)} (${((100 * row.valueRight) / Math.max(1, row.found)).toFixed(1)} % of found)`);
  console.log(`type right on relaxed pairs: ${((100 * typesRight) / Math.max(1, relaxedPairs)).toFixed(1)} % (${typesRight}/${relaxedPairs})`);
  return elapsed;
}

console.log(`Byline time expressions (${path})`);
const elapsed = score('all', documents, showMisses && !split);
if (split) {
  score('development part (three quarters, by id hash)', documents.filter((doc) => !heldOut(doc.id)), showMisses);
  score('held-out part (a quarter, by id hash; never listed by --misses)', documents.filter((doc) => heldOut(doc.id)), false);
  for (const corpus of new Set(documents.map((doc) => doc.corpus))) score(corpus, documents.filter((doc) => doc.corpus === corpus), false);
}
// A second pass, warm: the first includes compiling the patterns and the JIT's start-up.
const warmStarted = performance.now();
for (const doc of documents) extractTimexes(doc.text, doc.dct);
const warm = performance.now() - warmStarted;
console.log(`extractTimexes: ${elapsed.toFixed(0)} ms for ${documents.length} documents on the first pass, ${warm.toFixed(0)} ms on the second (${(warm / documents.length).toFixed(2)} ms each)`);
