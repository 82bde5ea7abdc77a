/**
 * Turns a scraped article's text into its paragraphs: normalises line breaks and spaces, rebuilds
 * paragraphs (joining hard-wrapped lines), and drops page furniture by general rules — line
 * patterns (see `boilerplate.ts`), position (labels above the headline, the teaser after a
 * "Next" link, link lists after a "Related" heading) and repetition.
 */
import { boilerplateReason, type BoilerplateReason } from './boilerplate.ts';
import { endsLikeSentence, isHeadlineShaped, isLabelShaped, isTeaserShaped, wordCount } from './lineShape.ts';

/** Why a line is not a paragraph of the article. */
export type DropReason = BoilerplateReason | 'section label' | 'navigation teaser' | 'related link' | 'repeated';

/** One line of the page after paragraphs are rebuilt: a paragraph, or a dropped line and why. */
export interface CleanLine {
  text: string;
  dropped?: DropReason;
}

/** A bullet glyph (or "- ", "* ") at the start of a line; the item is its own line. */
const BULLET = /^(?:[•·▪●◦‣∙]|[-*](?=\s))\s*/;
/** Words after which a line cannot end a sentence, so the next line continues it. */
const JOINING_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'but', 'nor', 'that', 'by', 'from', 'as',
  'than', 'about', 'into', 'over', 'after', 'before', 'who', 'which', 'whose', 'when', 'where', 'while', 'because', 'its',
  'his', 'her', 'their', 'our', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'be', 'been', 'not',
]);
/** Hard-wrapped text: lines no longer than this, all but the last near the longest one. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 40;
const WRAP_FILL = 0.7;
/** How many short labels may stand above the headline. */
const MAX_LEADING_LABELS = 3;
/** Repeated lines shorter than this many words (e.g. "No.") are not taken for duplicates. */
const MIN_REPEAT_WORDS = 4;

interface RawLine {
  text: string;
  bullet: boolean;
  boilerplate: BoilerplateReason | undefined;
}

/** A rebuilt paragraph and why it is boilerplate, if it is. */
interface Unit {
  text: string;
  boilerplate: BoilerplateReason | undefined;
}

/**
 * The article's paragraphs, in order, with boilerplate removed and each repeated line kept once.
 *
 * @example
 * cleanLines('Headline of the story here\n\nAdvertisement\n\nThe first paragraph.\n\nBack to top button')
 * // → ['Headline of the story here', 'The first paragraph.']
 */
export function cleanLines(text: string): string[] {
  return classifyLines(text)
    .filter((line) => line.dropped === undefined)
    .map((line) => line.text);
}

/**
 * Every line of the page after paragraphs are rebuilt, kept or dropped with a reason. Metadata
 * reads dropped lines too (a copyright line gives the year, a "Read more … from X" line the outlet).
 */
export function classifyLines(text: string): CleanLine[] {
  const lines: CleanLine[] = rebuildParagraphs(normalise(text)).map(({ text: unit, boilerplate: reason }) =>
    reason === undefined ? { text: unit } : { text: unit, dropped: reason },
  );
  dropNavigationTeasers(lines);
  dropRelatedLinks(lines);
  dropSectionLabels(lines);
  dropRepeats(lines);
  return lines;
}

/** One kind of line break, plain spaces instead of no-break and other Unicode spaces, no invisible characters. */
export function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

/**
 * Paragraphs are separated by blank lines; within one, lines are joined only when they look like
 * a wrapped sentence. A file with no blank line at all has one paragraph per line.
 */
function rebuildParagraphs(text: string): Unit[] {
  const blocks = text.split(/\n[ ]*\n/).map((block) => block.split('\n').map(toRawLine).filter((l) => l.text !== ''));
  const hasBlankLines = blocks.filter((b) => b.length > 0).length > 1;
  return blocks.flatMap((block) => joinBlock(block, hasBlankLines));
}

function toRawLine(line: string): RawLine {
  const collapsed = line.replace(/ {2,}/g, ' ').trim();
  const bullet = BULLET.test(collapsed) && collapsed.length > 1;
  const text = bullet ? collapsed.replace(BULLET, '') : collapsed;
  return { text, bullet, boilerplate: boilerplateReason(text) };
}

function joinBlock(lines: RawLine[], mayBeWrapped: boolean): Unit[] {
  const wrapped = mayBeWrapped && looksHardWrapped(lines);
  // Each unit is built as a list of pieces and joined once, so a long block stays linear.
  const units: Array<{ pieces: string[]; first: RawLine }> = [];
  let previous: RawLine | undefined;
  for (const line of lines) {
    const join =
      previous !== undefined &&
      !line.bullet &&
      line.boilerplate === undefined &&
      previous.boilerplate === undefined &&
      line.text !== previous.text &&
      (wrapped || continuesSentence(previous.text, line.text));
    if (join && previous !== undefined) units.at(-1)!.pieces.push(hyphenatedAcross(previous.text, line.text) ? '' : ' ', line.text);
    else units.push({ pieces: [line.text], first: line });
    previous = line;
  }
  // A paragraph of one line was judged as that line already; most paragraphs are one line.
  return units.map(({ pieces, first }) => {
    if (pieces.length === 1) return { text: first.text, boilerplate: first.boilerplate };
    const text = pieces.join('');
    return { text, boilerplate: boilerplateReason(text) };
  });
}

/** Lines cut at a fixed width: all but the last fill most of the width, and the width is a typical wrap. */
function looksHardWrapped(lines: RawLine[]): boolean {
  if (lines.length < 2 || lines.some((l) => l.bullet)) return false;
  const width = lines.reduce((max, l) => Math.max(max, l.text.length), 0);
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return false;
  return lines.slice(0, -1).every((l) => l.text.length >= width * WRAP_FILL);
}

/** The next line carries on this one's sentence: no sentence end, and a lower-case start or a dangling word. */
function continuesSentence(line: string, next: string): boolean {
  if (endsLikeSentence(line)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  if (/[,\-–—(]$/.test(line)) return true;
  const lastWord = line.split(' ').pop() ?? '';
  return JOINING_WORDS.has(lastWord.toLowerCase());
}

/** A word hyphenated across the break ("well-\nknown") is rejoined without a space. */
function hyphenatedAcross(line: string, next: string): boolean {
  return /\p{L}-$/u.test(line) && /^\p{Ll}/u.test(next);
}

/** The headline-like line right after a "Previous"/"Next" link is the linked story's title. */
function dropNavigationTeasers(lines: CleanLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (lines[i - 1]!.dropped === 'navigation' && line.dropped === undefined && isTeaserShaped(line.text)) {
      line.dropped = 'navigation teaser';
    }
  }
}

/** After a "Related" heading, headline-like lines are links to other stories, until prose resumes. */
function dropRelatedLinks(lines: CleanLine[]): void {
  let inList = false;
  for (const line of lines) {
    if (line.dropped === 'related heading') inList = true;
    else if (line.dropped !== undefined) continue;
    else if (inList && isTeaserShaped(line.text)) line.dropped = 'related link';
    else inList = false;
  }
}

/**
 * Short labels above the headline ("U.S News", "Science & Technology") are site sections.
 * They are dropped only when a headline-shaped line follows them, so a short headline stays.
 */
function dropSectionLabels(lines: CleanLine[]): void {
  const labels: CleanLine[] = [];
  for (const line of lines) {
    if (line.dropped !== undefined) continue;
    if (isHeadlineShaped(line.text)) {
      for (const label of labels) label.dropped = 'section label';
      return;
    }
    if (!isLabelShaped(line.text) || labels.length === MAX_LEADING_LABELS) return;
    labels.push(line);
  }
}

/** A line repeated verbatim (a photo caption, a standfirst) is kept once, where it first occurs. */
function dropRepeats(lines: CleanLine[]): void {
  const seen = new Set<string>();
  for (const line of lines) {
    if (line.dropped !== undefined || wordCount(line.text) < MIN_REPEAT_WORDS) continue;
    const key = comparisonKey(line.text);
    if (seen.has(key)) line.dropped = 'repeated';
    else seen.add(key);
  }
}

/** Case, quotation-mark style and punctuation do not make two lines different. */
function comparisonKey(text: string): string {
  const folded = text.toLowerCase().replace(/[‘’“”"'`´]/g, '');
  // Most lines are ASCII and common punctuation, where the Unicode pattern's letters and digits are [a-z0-9] (and it is 3× slower).
  return (PLAIN_LOWER.test(folded) ? folded.replace(/[^a-z0-9]+/g, ' ') : folded.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}

/** ASCII and the General Punctuation marks U+2010–U+2027 (dashes, quotes, bullet, ellipsis), none of them a letter or digit. */
const PLAIN_LOWER = /^[\x00-\x7f\u2010-\u2027]*$/;
