/**
 * The extraction contract behind `byline extract --jsonl`: one plain text in, its quotations,
 * reported statements, time expressions and named entities out, each with end-exclusive
 * JavaScript string offsets into the text given. Pure; the CLI only reads and writes lines.
 *
 * @example
 * extractText({ text: '“We are ready,” said Mayor Lena Holt.' }).quotes
 * // → [{ text: 'We are ready', start: 1, end: 13, speaker: 'Lena Holt', speakerStart: 27, speakerEnd: 36, partial: false }]
 */
import type { EntityKind, ParsedArticle, Passage } from '../types.ts';
import { splitSentences } from '../corpus/passages.ts';
import { extractMentions, resolveArticleRuns } from '../nlp/people.ts';
import type { ReportedSpeech, SpeakerMention } from '../nlp/attribution.ts';
import { readSpeech, type Quotation } from '../nlp/quotes.ts';
import { extractTimexes, type Timex } from '../nlp/timex.ts';

/** One input line. */
export interface ExtractRequest {
  id?: string;
  text: string;
  /** Publication date, YYYY-MM-DD: relative time expressions resolve against it. */
  date?: string;
}

export interface Span {
  start: number;
  end: number;
}

/** Where a speaker is named, and the name it resolves to. */
interface Spoken {
  /** The resolved name ("Ann Lee" for "she"). */
  speaker?: string;
  /**
   * The mention the speaker was found from: a name, a pronoun or a role noun. A statement whose
   * speaker is a plain noun phrase ("senior officials said") has the mention and no `speaker`.
   */
  speakerStart?: number;
  speakerEnd?: number;
}

/** A direct quotation. `text` is its words without marks; pieces are joined by " … ". */
export interface ExtractedQuote extends Span, Spoken {
  text: string;
  /** Present when the quotation is interrupted by its cue or runs over paragraphs. */
  pieces?: Span[];
  /** A fragment woven into a sentence or a short scare quote rather than a quoted statement. */
  partial: boolean;
}

/** Reported speech: what someone said, as the text paraphrases it. */
export interface ExtractedStatement extends Span, Spoken {
  text: string;
  /** Present when the speaker and cue stand inside what was said ("Costs, she said, will rise"). */
  pieces?: Span[];
}

export interface ExtractedEntity extends Span {
  text: string;
  kind: EntityKind;
}

/** One output line. */
export interface ExtractResult {
  id?: string;
  quotes: ExtractedQuote[];
  statements: ExtractedStatement[];
  times: Timex[];
  entities: ExtractedEntity[];
}

export type ParsedExtractLine = { request: ExtractRequest } | { error: string; id?: string };

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Reads one input line: `{"id"?: string, "text": string, "date"?: "YYYY-MM-DD"}`; never throws. */
export function parseExtractLine(line: string): ParsedExtractLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'Byline: line is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'Byline: line must be a JSON object' };
  const record = value as Record<string, unknown>;
  const { id, text, date } = record;
  if (id !== undefined && typeof id !== 'string') return { error: 'Byline: "id" must be a string' };
  const withId = id === undefined ? {} : { id };
  if (typeof text !== 'string') return { error: 'Byline: "text" must be a string', ...withId };
  if (date !== undefined && (typeof date !== 'string' || !ISO_DAY.test(date))) return { error: 'Byline: "date" must be YYYY-MM-DD', ...withId };
  return { request: { ...withId, text, ...(date === undefined ? {} : { date }) } };
}

/**
 * Paragraphs are blocks between blank lines, and lines that end a sentence before a line that
 * starts one ("…,” he claimed.⏎“France will …"); any other single line break reads as a space.
 */
const BLOCK = /[^\n]+(?:\n(?![ \t]*\n)(?<![.!?”"'’:]\s*\n(?=[ \t]*[\p{Lu}“"‘]))[^\n]*)*/gu;

/** The text as an article whose paragraphs are slices of it (same length, so offsets carry over). */
export function articleOf(request: ExtractRequest): { article: ParsedArticle; offsets: number[] } {
  const file = request.id ?? 'input';
  const passages: Passage[] = [];
  const offsets: number[] = [];
  for (const block of request.text.matchAll(BLOCK)) {
    const lead = block[0].length - block[0].trimStart().length;
    const text = block[0].trim().replace(/\n/g, ' ');
    if (text === '') continue;
    offsets.push(block.index + lead);
    passages.push({ file, paragraph: passages.length + 1, text, sentences: splitSentences(text) });
  }
  const meta = { file, title: passages[0]?.text ?? '', credits: [], ...(request.date ? { date: request.date } : {}) };
  return { article: { meta, passages }, offsets };
}

/** A paragraph-relative span as offsets into the whole text. */
function place(span: { passage: number; start: number; end: number }, offsets: readonly number[]): Span {
  return { start: offsets[span.passage]! + span.start, end: offsets[span.passage]! + span.end };
}

/** The resolved name and the mention it came from; a statement may have a mention and no name ("officials said"). */
function speakerFields(speaker: string | undefined, mention: SpeakerMention | undefined, offsets: readonly number[]): Spoken {
  const named = speaker ? { speaker } : {};
  if (!mention) return named;
  const { start, end } = place(mention, offsets);
  return { ...named, speakerStart: start, speakerEnd: end };
}

/** A pronoun that resolves to no one names no one ("“…,” I said"); a description does ("the ministry"). */
const PRONOUN = /^(?:he|she|it|they|we|i|you)$/iu;

/**
 * A quotation's speaker: the resolved name, or, for a speaker described without one ("…,” said a
 * senior aide", "the ministry said"), the description as written, which is who the text says spoke.
 */
function quoteSpeaker(quotation: Quotation, text: string, offsets: readonly number[]): Spoken {
  const spoken = speakerFields(quotation.quote.speaker, quotation.speakerMention, offsets);
  if (spoken.speaker !== undefined || spoken.speakerStart === undefined) return spoken;
  const mention = text.slice(spoken.speakerStart, spoken.speakerEnd);
  return PRONOUN.test(mention) ? spoken : { speaker: mention, ...spoken };
}

/**
 * A quotation's extent is its words; for a fragment woven into reported speech it is the
 * paraphrase that carries it, marks included, since that is what the speaker is reported to say.
 */
function toQuote(quotation: Quotation, text: string, offsets: readonly number[]): ExtractedQuote {
  const pieces = quotation.pieces.map((piece) => place(piece, offsets));
  const extent = quotation.clause ? place(quotation.clause, offsets) : { start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end };
  const words = quotation.clause ? text.slice(extent.start, extent.end) : quotation.quote.text;
  return {
    text: words,
    ...extent,
    ...(pieces.length > 1 || quotation.clause ? { pieces } : {}),
    ...quoteSpeaker(quotation, text, offsets),
    partial: quotation.quote.partial,
  };
}

function toStatement(statement: ReportedSpeech, text: string, offsets: readonly number[]): ExtractedStatement {
  const extent = place(statement, offsets);
  const pieces = statement.pieces?.map((piece) => place({ passage: statement.passage, ...piece }, offsets));
  return {
    text: text.slice(extent.start, extent.end),
    ...extent,
    ...(pieces ? { pieces } : {}),
    ...speakerFields(statement.speaker, statement.mention, offsets),
  };
}

/** Everything Byline extracts from one text, with offsets into it. */
export function extractText(request: ExtractRequest): ExtractResult {
  const { article, offsets } = articleOf(request);
  const mentions = extractMentions(article);
  const speech = readSpeech(article, mentions);
  const entities: ExtractedEntity[] = [];
  resolveArticleRuns(article).forEach(({ tokens, runs }, p) => {
    for (const run of runs) {
      if (!run.kind) continue;
      const start = offsets[p]! + tokens[run.start]!.start;
      const end = offsets[p]! + tokens[run.end - 1]!.end;
      entities.push({ text: request.text.slice(start, end), start, end, kind: run.kind });
    }
  });
  return {
    ...(request.id === undefined ? {} : { id: request.id }),
    quotes: speech.quotations.map((quotation) => toQuote(quotation, request.text, offsets)),
    statements: speech.statements.map((statement) => toStatement(statement, request.text, offsets)),
    times: extractTimexes(request.text, request.date),
    entities,
  };
}
