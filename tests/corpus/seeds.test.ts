/** End-to-end checks on the seed articles: metadata, and that cleaning keeps prose and drops furniture. */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/passages.ts';
import { readCorpus, type CorpusFile } from '../../src/corpus/read.ts';
import type { ParsedArticle } from '../../src/types.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
let files: CorpusFile[];
const articles = new Map<string, ParsedArticle>();
/** Page furniture found in the seeds: none of it may reach a passage. */
const FURNITURE = [
  /^Advertisement$/, /Oops!/, /Something went wrong/, /^READ ALSO/, /^Related/, /^Leave a Reply$/, /^Your email address/,
  /^Back to top/, /^Newsletter$/, /^Get the featured stories/, /^Previous$/, /^Next$/, /^Copyright/, /^Read more/,
  /^U\.S News$/, /^Palestine & Israel Conflict$/, /^Secret Service Agent Removed/, /^Squatters In NYC/,
];
const article = (prefix: string): ParsedArticle => [...articles.entries()].find(([file]) => file.startsWith(prefix))![1];

beforeAll(async () => {
  const read = await readCorpus(SEEDS);
  expect(read.skipped).toEqual([]);
  files = read.files;
  for (const file of files) articles.set(file.file, parseArticle(file));
});

describe('seed metadata', () => {
  it.each([
    ['000_', { title: "Blinken backs Israel's security but says tensions must be defused", outlet: 'dpa', place: undefined, date: undefined }],
    ['001_', { title: 'Blinken Denies U.S. Involvement in ‘Any Offensive Operations’ Regarding Iran', outlet: 'Reuters', place: 'CAPRI', date: '2024' }],
    [
      '002_',
      {
        title: 'US Secretary of State Antony Blinken jets to Israel in a show of solidarity and to prevent a wider war in the Middle East: ‘The United States has Israel’s back’',
        outlet: undefined,
        place: undefined,
        date: undefined,
      },
    ],
    ['003_', { title: 'Blinken says preventing escalation remains U.S. focus in Middle East', outlet: 'Political IQ', place: undefined, date: '2023-11-03' }],
    // "Aug 6 (Reuters)" and no year anywhere in the text: no date.
    ['004_', { title: 'US has communicated need to not escalate conflict to Iran and Israel, says Blinken', outlet: 'Reuters', place: 'ANNAPOLIS, Md.', date: undefined }],
  ])('reads the metadata of seed %s', (prefix, expected) => {
    const { title, outlet, place, date } = article(prefix).meta;
    expect({ title, outlet, place, date }).toEqual(expected);
  });

  it('credits the photographer of seed 000 with the caption paragraph', () => {
    const { meta, passages } = article('000_');
    expect(meta.credits).toEqual([{ role: 'photo', name: 'Britta Pedersen', paragraph: 2 }]);
    expect(passages[1]!.text).toContain('Britta Pedersen/dpa');
  });

  it('reads the credit line of seed 001 and keeps it as a passage', () => {
    const { meta, passages } = article('001_');
    expect(meta.credits.map((c) => `${c.role}:${c.name}`)).toEqual([
      'reporting:Crispian Balmer',
      'reporting:Humeyra Pamuk',
      'reporting:Susan Heavey',
      'writing:Humeyra Pamuk',
      'editing:Ros Russell',
    ]);
    const paragraph = meta.credits[0]!.paragraph;
    expect(passages[paragraph - 1]!.text.startsWith('(Reporting by Crispian Balmer')).toBe(true);
  });
});

describe('seed cleaning', () => {
  it.each([
    ['000_', 9],
    ['001_', 10],
    ['002_', 24],
    ['003_', 15],
    ['004_', 12],
  ])('keeps %s at %i paragraphs', (prefix, count) => {
    expect(article(prefix).passages).toHaveLength(count);
  });

  it('keeps every line of prose of every seed', () => {
    for (const file of files) {
      const passages = articles.get(file.file)!.passages.map((p) => p.text);
      const prose = file.text
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line.split(' ').length >= 12 && /[.!?”"’]$/.test(line) && !FURNITURE.some((f) => f.test(line)));
      for (const line of prose) expect(passages, `${file.file}: ${line.slice(0, 60)}`).toContain(line);
    }
  });

  it('drops every piece of page furniture of every seed', () => {
    for (const { passages } of articles.values()) {
      for (const passage of passages) for (const pattern of FURNITURE) expect(passage.text).not.toMatch(pattern);
    }
  });

  it('keeps a repeated caption once', () => {
    const captions = article('000_').passages.filter((p) => p.text.startsWith('Antony Blinken, US Secretary of State, speaks'));
    expect(captions).toHaveLength(1);
  });
});
