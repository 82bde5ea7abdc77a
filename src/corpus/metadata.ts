/**
 * An article's metadata from its cleaned lines: headline, outlet, dateline place, publication date
 * and credits. Hand-set values (sidecar, front matter) override what the text gives.
 */
import type { ArticleMeta, Credit, IsoDate, PageLine } from '../types.ts';
import type { CleanLine } from './clean.ts';
import { isCreditLine, parseByline, parseCreditLine, parsePhotoCredit } from './credits.ts';
import { MONTH_NAME, isoDate, parseDateText, parseMonthDay } from './dateText.ts';
import { outletName } from './outlets.ts';
import type { MetaOverrides } from './overrides.ts';

/** Datelines and date lines are looked for among the first few paragraphs only. */
const HEAD_PARAGRAPHS = 8;
/** A headline longer than this many words is taken for prose. */
const MAX_TITLE_WORDS = 40;

/** A paragraph with its 1-based number. */
interface Numbered {
  text: string;
  paragraph: number;
}

/** What a dateline such as "SALEM, Ore., May 3 (Reuters) –" gives. */
export interface Dateline {
  place: string;
  outlet?: string;
  month?: number;
  day?: number;
  year?: number;
}

/**
 * Builds an article's metadata. Paragraph numbers count the kept lines of `lines` from 1, as
 * passages do; dropped lines are read too (copyright, "Read more … from X").
 *
 * Date, in order of preference: override; a line that is only a date ("November 3, 2023");
 * the dateline's month and day with the dateline's year or the copyright year; the copyright year alone.
 */
export function extractMetadata(file: string, lines: readonly CleanLine[], overrides: MetaOverrides = {}): ArticleMeta {
  const paragraphs = numberParagraphs(lines);
  const head = paragraphs.slice(0, HEAD_PARAGRAPHS);
  const dateline = head.map((p) => parseDateline(p.text)).find((d) => d !== undefined);
  const copyright = lines.map((l) => parseCopyright(l.text)).find((c) => c !== undefined);
  const { credits, photoAgency } = collectCredits(paragraphs);

  const meta: ArticleMeta = { file, title: overrides.title ?? titleOf(paragraphs, file), credits };
  const outlet =
    overrides.outlet ?? dateline?.outlet ?? copyright?.outlet ?? readMoreOutlet(lines) ?? photoAgency;
  if (outlet !== undefined) meta.outlet = outlet;
  if (dateline !== undefined) meta.place = dateline.place;
  // The labels above the headline that cleaning dropped as site sections ("Palestine & Israel Conflict").
  const section = lines.filter((l) => l.dropped === 'section label').map((l) => l.text.trim()).join(' › ');
  if (section !== '') meta.section = section;
  // The copyright line, dropped from the paragraphs, is still what the page says of who owns the story and since when.
  const copyrightLine = lines.find((l) => l.dropped === 'copyright' && parseCopyright(l.text) !== undefined);
  if (copyrightLine !== undefined) {
    const { year, holder } = parseCopyright(copyrightLine.text)!;
    meta.copyright = { line: copyrightLine.text.trim(), ...(year === undefined ? {} : { year }), ...(holder === undefined ? {} : { holder }) };
  }
  const pageLines = pageLinesOf(lines);
  if (pageLines.length > 0) meta.pageLines = pageLines;
  const date = overrides.date ?? head.map((p) => parseDateLine(p.text)).find((d) => d !== undefined) ?? datelineDate(dateline, copyright?.year);
  if (date !== undefined) meta.date = date;
  if (overrides.url !== undefined) meta.url = overrides.url;
  return meta;
}

/** A cross-link's label and the linked headline after it ("READ ALSO  Jay Z's Mother Marries …"). */
const CROSS_LINK = /^((?:read|also|see|click)\s+(?:also|more|next|this|read|here)\b)[\s:|–—-]*(.*)$/i;

/**
 * The page's links to other stories and its prompts, each once: dropped from the paragraphs, still
 * what a reader of the page sees ("what's the next story linked at the bottom").
 */
function pageLinesOf(lines: readonly CleanLine[]): PageLine[] {
  const found: PageLine[] = [];
  lines.forEach((line, at) => {
    const text = line.text.trim();
    if (line.dropped === 'navigation teaser') found.push({ label: lines[at - 1]!.text.trim(), text });
    else if (line.dropped === 'related link') found.push({ label: 'Related', text });
    else if (line.dropped === 'cross-link') {
      const link = CROSS_LINK.exec(text);
      if (link !== null && link[2]!.trim() !== '') found.push({ label: link[1]!, text: link[2]!.trim() });
    } else if (line.dropped === 'newsletter prompt' || line.dropped === 'widget error') found.push({ label: line.dropped, text });
  });
  return found;
}

function numberParagraphs(lines: readonly CleanLine[]): Numbered[] {
  return lines.filter((l) => l.dropped === undefined).map((l, i) => ({ text: l.text, paragraph: i + 1 }));
}

/** The first paragraph when it is shaped like a headline; otherwise the file's name without extension. */
function titleOf(paragraphs: readonly Numbered[], file: string): string {
  const first = paragraphs[0]?.text;
  if (first !== undefined && first.split(/\s+/).length <= MAX_TITLE_WORDS && !/\.["'”’)]*$/.test(first)) return first;
  return (file.split('/').pop() ?? file).replace(/\.txt$/i, '');
}

const DATELINE = /^(.{3,80}?)\s*(?:\(([^()]{2,40})\))?\s*[-–—]\s+\S/u;
const CITY = /^\p{Lu}[\p{Lu}\p{M} .'’-]*$/u;
const PLACE_PART = /^\p{Lu}[\p{L}.'’ ]*$/u;

/**
 * Parses a dateline at the start of a paragraph: a city in capitals, optional region parts
 * ("Md."), an optional date ("Aug 6", "Aug. 6, 2024"), an optional outlet in brackets, then a dash.
 */
export function parseDateline(text: string): Dateline | undefined {
  const match = DATELINE.exec(text);
  if (!match) return undefined;
  const [first, ...rest] = match[1]!.split(/,\s*/);
  if (first === undefined || !CITY.test(first) || (first.match(/\p{Lu}/gu) ?? []).length < 3) return undefined;
  const place = [first];
  const dateline: Dateline = { place: '' };
  for (const part of rest) {
    const monthDay = parseMonthDay(part);
    if (monthDay) Object.assign(dateline, monthDay);
    else if (/^\d{4}$/.test(part) && dateline.month !== undefined) dateline.year = Number(part);
    else if (PLACE_PART.test(part) && dateline.month === undefined && !new RegExp(`^${MONTH_NAME}$`, 'i').test(part)) place.push(part);
    else return undefined;
  }
  dateline.place = place.join(', ');
  const outlet = match[2] === undefined ? undefined : outletName(match[2]);
  if (outlet !== undefined) dateline.outlet = outlet;
  return dateline;
}

function datelineDate(dateline: Dateline | undefined, copyrightYear: number | undefined): IsoDate | undefined {
  const year = dateline?.year ?? copyrightYear;
  if (year === undefined) return undefined;
  if (dateline?.month !== undefined && dateline.day !== undefined) return isoDate(year, dateline.month, dateline.day);
  return isoDate(year);
}

/** "Copyright 2024 Thomson Reuters." → year 2024, holder "Thomson Reuters", outlet Reuters. */
export function parseCopyright(text: string): { year?: number; holder?: string; outlet?: string } | undefined {
  const match = /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:(\d{4})(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.*)$/i.exec(text.trim());
  if (!match) return undefined;
  const holder = match[2]!.replace(/\.?\s*all rights reserved\.?$/i, '').replace(/^(?:by|the)\s+/i, '').replace(/\.$/, '').trim();
  const result: { year?: number; holder?: string; outlet?: string } = {};
  if (match[1] !== undefined) result.year = Number(match[1]);
  if (holder !== '') result.holder = holder;
  const outlet = holder === '' ? undefined : outletName(holder);
  if (outlet !== undefined) result.outlet = outlet;
  return result;
}

/** A line that is only a date, perhaps after "Published"/"Updated" and a weekday, perhaps with a time. */
export function parseDateLine(text: string): IsoDate | undefined {
  const stripped = text
    .trim()
    .replace(/^(?:(?:published|updated|posted|last updated|date)\b[:\s]*(?:on\s+)?)/i, '')
    .replace(/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i, '')
    .replace(/,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}.*$/i, '');
  return parseDateText(stripped);
}

/** "Read more exclusive news from Harbour Weekly." names the publication. */
function readMoreOutlet(lines: readonly CleanLine[]): string | undefined {
  for (const line of lines) {
    const match = /^[Rr]ead more\b.*?\bfrom\s+(\p{Lu}[\p{L}\p{N}&'’ .-]{1,40}?)\.?$/u.exec(line.text);
    if (match) return outletName(match[1]!);
  }
  return undefined;
}

/** Credits from credit lines, bylines and photo captions, each once (the first paragraph that states it). */
function collectCredits(paragraphs: readonly Numbered[]): { credits: Credit[]; photoAgency?: string } {
  const credits: Credit[] = [];
  let photoAgency: string | undefined;
  const add = (credit: Credit): void => {
    if (!credits.some((c) => c.role === credit.role && c.name === credit.name)) credits.push(credit);
  };
  for (const { text, paragraph } of paragraphs) {
    if (isCreditLine(text)) parseCreditLine(text, paragraph).forEach(add);
    else parseByline(text, paragraph).forEach(add);
    const photo = parsePhotoCredit(text, paragraph);
    if (photo) {
      add(photo.credit);
      photoAgency ??= photo.agency;
    }
  }
  return photoAgency === undefined ? { credits } : { credits, photoAgency };
}
