/**
 * The bench's corpus generator: recombines the real paragraphs of a corpus folder into any number
 * of articles, with the people, places and dates replaced by varied ones, so a generated corpus
 * keeps news statistics (sentence shapes, quotations, roles, time expressions) at any size.
 * Deterministic: the same source folder, count and seed give byte-identical files.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCorpus } from '../../src/corpus/read.ts';
import { extractArticle } from '../../src/index/extract.ts';
import { CorpusIndex } from '../../src/index/corpusIndex.ts';
import { GIVEN_NAMES, MONTHS, PLACES, SURNAMES, WEEKDAYS } from './names.ts';
import { Random } from './random.ts';

/** A piece of a template: literal text, or a slot filled per generated article. */
type Segment =
  | string
  | { slot: 'person'; entity: string; full: boolean }
  | { slot: 'place'; source: string }
  | { slot: 'monthDay'; source: string }
  | { slot: 'weekday'; source: string }
  | { slot: 'year' };

/** The source corpus as templates: headlines, and each article's paragraphs in order. */
export interface SourceModel {
  titles: Segment[][];
  articles: Segment[][][];
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE_PATTERNS = [
  `(?<monthDay>${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)`,
  `(?<weekday>${WEEKDAYS.join('|')})`,
  `(?<year>(?:19|20)\\d\\d)`,
];

/** Paragraphs shorter than this (date lines, stray captions) are not reused. */
const MIN_PARAGRAPH = 40;

/** Reads and extracts the source folder once, and turns its articles into templates. */
export async function loadSources(corpusDir: string): Promise<SourceModel> {
  const { files } = await readCorpus(corpusDir);
  if (files.length === 0) throw new Error(`Byline: bench found no articles in ${corpusDir}`);
  const extracts = files.map((file) => ({ hash: file.hash, extract: extractArticle(file) }));
  const index = CorpusIndex.build(extracts, []);
  const forms = new Map<string, Segment>();
  for (const entity of index.entityList) {
    for (const name of [entity.name, ...entity.aliases]) {
      // Short forms ("US", "UN") are left as written: they are too ambiguous to swap.
      if (name.length < 4) continue;
      if (entity.kind === 'person') forms.set(name, { slot: 'person', entity: entity.id, full: name.includes(' ') });
      else if (entity.kind === 'place') forms.set(name, { slot: 'place', source: name });
      // Organisations keep their names, and protect places inside them ("Middle East Institute").
      else forms.set(name, name);
    }
  }
  const names = [...forms.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?<name>${names.join('|') || '(?!)'})|${DATE_PATTERNS.join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const template = (text: string): Segment[] => {
    const segments: Segment[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      segments.push(text.slice(last, match.index));
      const groups = match.groups ?? {};
      if (groups.name !== undefined) segments.push(forms.get(groups.name) ?? groups.name);
      else if (groups.monthDay !== undefined) segments.push({ slot: 'monthDay', source: groups.monthDay });
      else if (groups.weekday !== undefined) segments.push({ slot: 'weekday', source: groups.weekday });
      else segments.push({ slot: 'year' });
      last = match.index + match[0].length;
    }
    segments.push(text.slice(last));
    return segments;
  };
  const titles: Segment[][] = [];
  const articles: Segment[][][] = [];
  for (const { extract } of extracts) {
    const { meta, passages } = extract.article;
    titles.push(template(meta.title));
    const credited = new Set(meta.credits.map((c) => c.paragraph));
    const kept = passages.filter((p) => p.text !== meta.title && p.text.length >= MIN_PARAGRAPH && !credited.has(p.paragraph));
    if (kept.length > 0) articles.push(kept.map((p) => template(p.text)));
  }
  return { titles, articles };
}

/** One generated article's choices: who its people are, where, and when. */
class Cast {
  private readonly people = new Map<string, [string, string]>();
  private readonly places = new Map<string, string>();
  private readonly days = new Map<string, string>();
  private readonly weekdays = new Map<string, string>();
  readonly year: number;
  readonly month: number;
  readonly day: number;

  constructor(private readonly random: Random) {
    this.year = random.int(2015, 2025);
    this.month = random.int(0, 11);
    this.day = random.int(1, 28);
  }

  fill(segments: readonly Segment[]): string {
    return segments.map((segment) => (typeof segment === 'string' ? segment : this.slot(segment))).join('');
  }

  private slot(segment: Exclude<Segment, string>): string {
    const r = this.random;
    switch (segment.slot) {
      case 'person': {
        const [given, surname] = remember(this.people, segment.entity, () => [r.pick(GIVEN_NAMES), r.pick(SURNAMES)]);
        return segment.full ? `${given} ${surname}` : surname;
      }
      case 'place':
        return remember(this.places, segment.source, () => r.pick(PLACES));
      case 'monthDay':
        return remember(this.days, segment.source, () => `${r.pick(MONTHS)} ${r.int(1, 28)}`);
      case 'weekday':
        return remember(this.weekdays, segment.source, () => r.pick(WEEKDAYS));
      case 'year':
        return String(this.year);
    }
  }
}

function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/**
 * One article: a headline, a date line, then runs of consecutive paragraphs from a few source
 * articles (runs keep quotations that span paragraphs and pronouns next to their names).
 */
export function generateArticle(model: SourceModel, random: Random): string {
  const cast = new Cast(random);
  const target = random.int(6, 14);
  const paragraphs: string[] = [];
  const used = new Set<Segment[]>();
  // A small source may not have `target` paragraphs: stop after a bounded number of draws.
  for (let draw = 0; paragraphs.length < target && draw < 4 * target; draw++) {
    const source = random.pick(model.articles);
    const start = random.int(0, source.length - 1);
    for (const paragraph of source.slice(start, start + random.int(2, 5))) {
      if (used.has(paragraph)) continue;
      used.add(paragraph);
      paragraphs.push(cast.fill(paragraph));
    }
  }
  const title = cast.fill(random.pick(model.titles));
  const dateLine = `${MONTHS[cast.month]} ${cast.day}, ${cast.year}`;
  return `${[title, dateLine, ...paragraphs.slice(0, target)].join('\n\n')}\n`;
}

/** Writes `count` articles into `outDir` (emptied first), 1,000 per sub-folder. Returns the bytes written. */
export async function writeCorpus(model: SourceModel, outDir: string, count: number, seed: number): Promise<number> {
  await rm(outDir, { recursive: true, force: true });
  const random = new Random(seed);
  let bytes = 0;
  const pending: Array<Promise<void>> = [];
  for (let i = 0; i < count; i++) {
    const folder = join(outDir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) await mkdir(folder, { recursive: true });
    const text = generateArticle(model, random);
    bytes += Buffer.byteLength(text);
    pending.push(writeFile(join(folder, `${String(i).padStart(6, '0')}.txt`), text));
    if (pending.length >= 64) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return bytes;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
