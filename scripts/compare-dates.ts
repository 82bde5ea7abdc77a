/**
 * Compares time-expression detectors on news sentences: chrono-node alone, compromise-dates alone,
 * and Byline's `timeExpressionsIn` (chrono + rule tables + tense rule). Prints a table of
 * detection, exact span, resolved date and false positives, the dev "when" questions whose
 * answer is in the seeds, and the cost per seed article. Numbers go into docs/dates.md.
 *
 *   npx tsx scripts/compare-dates.ts [--misses]
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import datePlugin from 'compromise-dates';
import { extractTimes, timeExpressionsIn, type FoundTime } from '../src/nlp/dates.ts';
import type { ParsedArticle } from '../src/types.ts';

nlp.plugin(datePlugin);

interface Row {
  sentence: string;
  /** Article date; absent for the no-date case. */
  article?: string;
  expect: Array<{ text: string; date?: string }>;
}

/** News-like sentences covering each kind of expression, tense both ways, and false positives. */
const ROWS: Row[] = [
  { sentence: 'Blinken said on Friday at the end of a meeting.', article: '2023-11-03', expect: [{ text: 'Friday', date: '2023-11-03' }] },
  { sentence: 'Explosions rocked the city of Isfahan in the early hours of Friday, officials said.', article: '2024-04-19', expect: [{ text: 'the early hours of Friday', date: '2024-04-19' }] },
  { sentence: 'Explosions rocked Isfahan in the early hours of Friday.', article: '2024-04-20', expect: [{ text: 'the early hours of Friday', date: '2024-04-19' }] },
  { sentence: 'Blinken said on Tuesday that talks would continue.', article: '2023-11-03', expect: [{ text: 'Tuesday', date: '2023-10-31' }] },
  { sentence: 'The ministers will meet on Monday in Brussels.', article: '2023-11-03', expect: [{ text: 'Monday', date: '2023-11-06' }] },
  { sentence: 'Talks are set to resume on Tuesday, a spokesman said.', article: '2023-11-03', expect: [{ text: 'Tuesday', date: '2023-11-07' }] },
  { sentence: 'He is expected to travel to Cairo on Thursday.', article: '2023-11-03', expect: [{ text: 'Thursday', date: '2023-11-09' }] },
  { sentence: 'An attack on a base in Iraq Monday injured five U.S. troops.', article: '2024-08-06', expect: [{ text: 'Monday', date: '2024-08-05' }] },
  { sentence: 'Earlier Monday, a rocket attack on the airbase wounded seven personnel.', article: '2024-08-06', expect: [{ text: 'Monday', date: '2024-08-05' }] },
  { sentence: "It was the deadliest day since Saturday's attack by Hamas.", article: '2023-10-10', expect: [{ text: 'Saturday', date: '2023-10-07' }] },
  { sentence: 'He visited the site of the October 7 attack.', article: '2023-11-03', expect: [{ text: 'October 7', date: '2023-10-07' }] },
  { sentence: 'Nothing like October 7th must ever happen again, he said.', article: '2023-11-03', expect: [{ text: 'October 7th', date: '2023-10-07' }] },
  { sentence: 'ANNAPOLIS, Md., Aug 6 (Reuters) - The United States has told Iran to hold back.', article: '2024-08-06', expect: [{ text: 'Aug 6', date: '2024-08-06' }] },
  { sentence: 'The ceasefire agreed on Aug. 20 collapsed.', article: '2024-08-06', expect: [{ text: 'Aug. 20', date: '2023-08-20' }] },
  { sentence: 'Elections will be held on March 5.', article: '2024-08-06', expect: [{ text: 'March 5', date: '2025-03-05' }] },
  { sentence: 'The treaty was signed on November 3, 2023, in Washington.', article: '2024-01-10', expect: [{ text: 'November 3, 2023', date: '2023-11-03' }] },
  { sentence: 'The report, dated 3 November 2023, was leaked.', expect: [{ text: '3 November 2023', date: '2023-11-03' }] },
  { sentence: 'The data were published on 2023-11-03.', expect: [{ text: '2023-11-03', date: '2023-11-03' }] },
  { sentence: 'Fighting intensified in October, the agency said.', article: '2023-11-03', expect: [{ text: 'October', date: '2023-10' }] },
  { sentence: 'Fighting intensified in December, the agency said.', article: '2023-11-03', expect: [{ text: 'December', date: '2022-12' }] },
  { sentence: 'The war began in 2022.', article: '2023-11-03', expect: [{ text: '2022', date: '2022' }] },
  { sentence: 'The offensive has escalated in recent months.', article: '2023-11-03', expect: [{ text: 'recent months' }] },
  { sentence: 'He promised to act on day one.', article: '2023-11-03', expect: [{ text: 'day one' }] },
  { sentence: 'Iran launched an unprecedented attack on Israel last week.', article: '2024-04-19', expect: [{ text: 'last week' }] },
  { sentence: 'Netanyahu this week formed a unity government.', article: '2023-10-12', expect: [{ text: 'this week' }] },
  { sentence: 'Biden called for a pause earlier in the week.', article: '2023-11-03', expect: [{ text: 'earlier in the week' }] },
  { sentence: 'The ministry said overnight that the toll had risen.', article: '2023-10-11', expect: [{ text: 'overnight', date: '2023-10-11' }] },
  { sentence: 'He flew to Tel Aviv last night.', article: '2023-10-12', expect: [{ text: 'last night', date: '2023-10-11' }] },
  { sentence: 'The strike happened yesterday, officials said.', article: '2023-11-03', expect: [{ text: 'yesterday', date: '2023-11-02' }] },
  { sentence: 'The foreign minister arrives today.', article: '2023-11-03', expect: [{ text: 'today', date: '2023-11-03' }] },
  { sentence: 'He left last Friday.', article: '2023-11-03', expect: [{ text: 'last Friday', date: '2023-10-27' }] },
  { sentence: 'The vote is next Monday.', article: '2023-11-03', expect: [{ text: 'next Monday', date: '2023-11-06' }] },
  { sentence: 'The ministers met on Friday.', expect: [{ text: 'Friday' }] },
  { sentence: 'Protests erupted on Nov. 3.', article: '2024-01-10', expect: [{ text: 'Nov. 3', date: '2023-11-03' }] },
  { sentence: 'Two days ago, the convoy was attacked.', article: '2023-11-03', expect: [{ text: 'Two days ago', date: '2023-11-01' }] },
  { sentence: 'She said on Wednesday he will meet them on Monday.', article: '2023-11-03', expect: [{ text: 'Wednesday', date: '2023-11-01' }, { text: 'Monday', date: '2023-11-06' }] },
  { sentence: 'The meeting was held in May.', article: '2023-11-03', expect: [{ text: 'May', date: '2023-05' }] },
  { sentence: 'The Sunday Times reported the claim.', article: '2023-11-03', expect: [] },
  { sentence: 'Officials may march to the border, but it may take time.', article: '2023-11-03', expect: [] },
  { sentence: 'May God protect them, the mother said.', article: '2023-11-03', expect: [] },
  { sentence: 'The hotline runs 24/7 and now serves 2000 callers.', article: '2023-11-03', expect: [{ text: 'now' }] },
  { sentence: 'He finished second, one point behind.', article: '2023-11-03', expect: [] },
  { sentence: 'April Ryan asked the first question at 3 p.m.', article: '2023-11-03', expect: [{ text: '3 p.m.', date: '2023-11-03' }] },
];

/** What the table compares: a span, where it is, and its date. */
type Detector = (text: string, article?: string) => Array<Pick<FoundTime, 'text' | 'offset' | 'date'>>;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** chrono alone: its span and its date, as precise as the components it was sure of. */
const chronoAlone: Detector = (text, article) => {
  const reference = article ? new Date(`${article}T12:00:00`) : undefined;
  return chrono.parse(text, reference).map((result) => {
    const start = result.start;
    const [year, month, day] = [start.get('year'), start.get('month'), start.get('day')];
    let date = `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
    if (!start.isCertain('day') && !start.isCertain('weekday')) date = start.isCertain('month') ? date.slice(0, 7) : date.slice(0, 4);
    return { text: result.text, offset: result.index, ...(article || start.isCertain('year') ? { date } : {}) };
  });
};

interface CompromiseDate {
  text: string;
  dates?: { start?: string; end?: string };
}

/** compromise-dates alone: its span and its start date, as precise as the range it gave. */
const compromiseAlone: Detector = (text, article) => {
  const doc = nlp(text) as unknown as { dates(options: object): { json(): CompromiseDate[] } };
  return doc.dates({ today: article ?? '2000-01-01', timezone: 'UTC' }).json().map((found) => {
    const start = found.dates?.start?.slice(0, 10);
    const end = found.dates?.end?.slice(0, 10);
    let date = start;
    if (start && end && start !== end) date = start.slice(5) === '01-01' && end.slice(5) === '12-31' ? start.slice(0, 4) : start.slice(8) === '01' && end.slice(0, 7) === start.slice(0, 7) ? start.slice(0, 7) : start;
    const written = found.text.trim();
    return { text: written, offset: text.indexOf(written), ...(date && (article || /\d{4}/.test(written)) ? { date } : {}) };
  });
};

const byline: Detector = (text, article) => timeExpressionsIn(text, article);

const DETECTORS: Array<[string, Detector]> = [
  ['chrono-node', chronoAlone],
  ['compromise-dates', compromiseAlone],
  ['byline (chrono + rules)', byline],
];

/** A span as Byline writes it, so the libraries are not marked down for "on Friday," vs "Friday". */
function normalise(text: string): string {
  return text.replace(/^(?:(?:on|in|at|since|by|of|from)\s+)+/i, '').replace(/(?:['’]s)?[\s,.;:]*$/, '').trim();
}

function scoreTable(detect: Detector): { found: number; exact: number; dated: number; falsePositives: number; expected: number } {
  const score = { found: 0, exact: 0, dated: 0, falsePositives: 0, expected: 0 };
  for (const row of ROWS) {
    const found = detect(row.sentence, row.article);
    const matched = new Set<Pick<FoundTime, 'text' | 'offset' | 'date'>>();
    for (const want of row.expect) {
      score.expected++;
      const start = row.sentence.indexOf(want.text);
      const end = start + want.text.length;
      const hit = found.find((f) => f.offset < end && start < f.offset + f.text.length);
      if (!hit) continue;
      matched.add(hit);
      score.found++;
      if (normalise(hit.text) === want.text) score.exact++;
      if (hit.date === want.date) score.dated++;
    }
    score.falsePositives += found.filter((f) => !matched.has(f)).length;
  }
  return score;
}

// ---------------------------------------------------------------------------------------------
// Seeds: parsed naively (blank-line paragraphs, the first line that is a full date is the date).

interface Seed {
  file: string;
  date?: string;
  paragraphs: string[];
}

function readSeeds(): Seed[] {
  const folder = new URL('../seeds/', import.meta.url);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const paragraphs = readFileSync(new URL(file, folder), 'utf8')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter((p) => p.length > 0);
      const dateLine = paragraphs.slice(0, 10).find((p) => /^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(p));
      const date = dateLine ? chrono.parseDate(dateLine) : null;
      return { file, paragraphs, ...(date ? { date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` } : {}) };
    });
}

interface WhenQuestion {
  id: string;
  command: string;
  accept: string[];
  date?: string;
  files: string[];
}

/** For each dev "when" answer found in a seed paragraph: is it detected, and dated right when the seed has a date? */
function scoreDev(detect: Detector, seeds: Seed[]): { rows: number; found: number; dated: number; datable: number } {
  const questions = readFileSync(new URL('../eval/dev.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as WhenQuestion)
    .filter((q) => q.command === 'when');
  const score = { rows: 0, found: 0, dated: 0, datable: 0 };
  for (const question of questions) {
    for (const seed of seeds.filter((s) => question.files.includes(s.file))) {
      const accepts = question.accept.map((a) => a.toLowerCase());
      const paragraph = seed.paragraphs.find((p) => accepts.some((a) => p.toLowerCase().includes(a)));
      if (!paragraph) continue;
      score.rows++;
      const hit = detect(paragraph, seed.date).find((f) => accepts.some((a) => normalise(f.text).toLowerCase().includes(a)));
      if (hit) score.found++;
      if (question.date && seed.date) {
        score.datable++;
        if (hit?.date === question.date) score.dated++;
      }
    }
  }
  return score;
}

function naiveArticle(seed: Seed): ParsedArticle {
  return {
    meta: { file: seed.file, title: seed.paragraphs[0] ?? '', credits: [], ...(seed.date ? { date: seed.date } : {}) },
    passages: seed.paragraphs.map((text, i) => ({
      file: seed.file,
      paragraph: i + 1,
      text,
      sentences: text.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z“"])/),
    })),
  };
}

function msPerArticle(run: (seed: Seed) => unknown, seeds: Seed[], rounds: number): number {
  for (const seed of seeds) run(seed); // warm up
  const start = performance.now();
  for (let round = 0; round < rounds; round++) for (const seed of seeds) run(seed);
  return (performance.now() - start) / (rounds * seeds.length);
}

// --misses: the table rows where Byline's answer differs from the expected one.
if (process.argv.includes('--misses')) {
  for (const row of ROWS) {
    const found = byline(row.sentence, row.article).map(({ text, date }) => ({ text, ...(date ? { date } : {}) }));
    if (JSON.stringify(found) !== JSON.stringify(row.expect)) console.log(row.sentence, JSON.stringify(found), JSON.stringify(row.expect));
  }
}

const seeds = readSeeds();
const percent = (a: number, b: number): string => `${a}/${b} (${Math.round((100 * a) / Math.max(b, 1))}%)`;

console.log(`| detector | found | exact span | right date | false positives | dev "when" found | dev date right | ms/article |`);
console.log(`| --- | --- | --- | --- | --- | --- | --- | --- |`);
for (const [name, detect] of DETECTORS) {
  const table = scoreTable(detect);
  const dev = scoreDev(detect, seeds);
  const ms =
    detect === byline
      ? msPerArticle((seed) => extractTimes(naiveArticle(seed)), seeds, 20)
      : msPerArticle((seed) => seed.paragraphs.forEach((p) => detect(p, seed.date)), seeds, 20);
  console.log(
    `| ${name} | ${percent(table.found, table.expected)} | ${percent(table.exact, table.expected)} | ${percent(table.dated, table.expected)} | ${table.falsePositives} | ${percent(dev.found, dev.rows)} | ${percent(dev.dated, dev.datable)} | ${ms.toFixed(2)} |`,
  );
}

const verbsMs = msPerArticle((seed) => seed.paragraphs.forEach((p) => (nlp(p) as unknown as { verbs(): { json(): unknown } }).verbs().json()), seeds, 5);
console.log(`\ncompromise verbs() for tense, every paragraph: ${verbsMs.toFixed(2)} ms/article`);
console.log(`${ROWS.length} table rows, ${seeds.length} seed articles`);
