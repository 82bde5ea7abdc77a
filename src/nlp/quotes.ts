/**
 * Direct quotations of an article with their speakers, and its reported speech. Quote marks come
 * from `quoteMarks.ts`, speakers and paraphrases from `attribution.ts`; this file stitches the
 * pieces together:
 *  - a quotation left open at a paragraph's end continues into following paragraphs that open
 *    with a quote mark (the news convention for long quotes);
 *  - a quotation interrupted by its attribution ("“…,” she said, “and …”", "“….” he said. “And …”")
 *    is one quotation of several pieces, shown joined by " … ";
 *  - a fragment woven into reported speech is `partial`, and the paraphrase that carries it
 *    ("Trump said Rubio was “a lightweight”") is kept with it as its `clause`;
 *  - unattributed scare quotes of a few words ("what it called “reckless” actions") are dropped,
 *    and the index also drops the fragments of a paraphrase with no named speaker.
 */
import type { Mention, ParsedArticle, Quote } from '../types.ts';
import { attributeSpans, type Attribution, type ReportedSpeech, type SpeakerMention } from './attribution.ts';
import { findQuoteSpans, type QuoteSpan } from './quoteMarks.ts';
import { CUE_PARTICIPLES, CUE_VERBS } from './model/speechCues.ts';

/** Quotations this short need a speaker to count as speech rather than scare quotes. */
const MAX_SCARE_QUOTE_WORDS = 3;
const LOWERCASE_START = /^[\s.…\[(]*\p{Ll}/u;
const WORD_BEFORE = /([\p{L}\p{N}]+)\s*$/u;
/** Longer than any word that can stand before a quotation. */
const LOOK_BACK = 40;
/** Shown between the pieces of an interrupted quotation, where its attribution stood. */
const PIECE_JOIN = ' … ';
/** "Mr. Lee" in an attribution: a full stop that does not end it. */
const INNER_STOP = /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|[A-Z])\.\s/gu;

/** Where one piece of a quotation lies: its words without the marks, in one paragraph's text. */
export interface QuotePiece {
  /** Index of the paragraph in `article.passages`. */
  passage: number;
  start: number;
  end: number;
}

/** A quotation with where it lies: the `Quote` the index keeps, plus offsets for `byline extract`. */
export interface Quotation {
  quote: Quote;
  /** One piece, or several when the quotation is interrupted by its cue or runs over paragraphs. */
  pieces: QuotePiece[];
  /** Where the speaker is named (a name, pronoun, role noun or noun phrase), even when no name resolves. */
  speakerMention?: SpeakerMention;
  /** For a fragment woven into reported speech: the paraphrase that carries it, marks included. */
  clause?: QuotePiece;
}

/** What an article's people say: direct quotations and reported speech without quotation. */
export interface ArticleSpeech {
  quotations: Quotation[];
  statements: ReportedSpeech[];
}

interface Piece {
  passageIndex: number;
  paragraph: number;
  /** Index of the span among its paragraph's quotation spans. */
  spanIndex: number;
  text: string;
  span: QuoteSpan;
  attribution: Attribution;
  passageText: string;
}

function inner(text: string, span: QuoteSpan): string {
  return text.slice(span.innerStart, span.close).trim();
}

/** The piece's words without marks, surrounding space or the comma before its cue. */
function pieceOffsets(piece: Piece): QuotePiece {
  const raw = piece.passageText.slice(piece.span.innerStart, piece.span.close);
  const start = piece.span.innerStart + (raw.length - raw.trimStart().length);
  const end = piece.span.innerStart + raw.replace(/[\s,]+$/u, '').length;
  return { passage: piece.passageIndex, start, end: Math.max(start, end) };
}

/** Woven into a sentence: starts in lowercase, or follows a word that is not a speech verb. */
function isPartial(piece: Piece): boolean {
  if (LOWERCASE_START.test(piece.text)) return true;
  // A bounded look-back: the anchored pattern would otherwise retry at every offset of a long paragraph.
  const word = WORD_BEFORE.exec(piece.passageText.slice(Math.max(0, piece.span.open - LOOK_BACK), piece.span.open))?.[1]?.toLowerCase();
  return word !== undefined && !CUE_VERBS.has(word) && !CUE_PARTICIPLES.has(word);
}

function clean(text: string): string {
  return text.replace(/[\s,]+$/u, '');
}

/** Pieces in one paragraph are joined where their attribution stood; later paragraphs simply follow. */
function joinPieces(pieces: readonly Piece[]): string {
  return clean(pieces.map((piece, i) => (i === 0 ? '' : piece.paragraph === pieces[i - 1]!.paragraph ? PIECE_JOIN : ' ') + clean(piece.text)).join(''));
}

function toQuotation(pieces: readonly Piece[], file: string, clause: ReportedSpeech | undefined): Quotation {
  const first = pieces[0]!;
  const words = joinPieces(pieces);
  const quote: Quote = {
    text: words,
    file,
    paragraph: first.paragraph,
    partial: clause !== undefined || isPartial(first),
  };
  const attributed = pieces.find((piece) => piece.attribution.speaker) ?? pieces.find((piece) => piece.attribution.cue);
  const speaker = attributed?.attribution.speaker || !clause?.speaker ? attributed?.attribution : clause;
  if (speaker?.speaker) quote.speaker = speaker.speaker;
  if (speaker?.cue) quote.cue = speaker.cue;
  const continues = [...new Set(pieces.map((piece) => piece.paragraph))].filter((p) => p !== first.paragraph);
  if (continues.length) quote.continues = continues;
  const quotation: Quotation = { quote, pieces: pieces.map(pieceOffsets) };
  if (speaker?.mention) quotation.speakerMention = speaker.mention;
  if (clause) quotation.clause = { passage: clause.passage, start: clause.start, end: clause.end };
  return quotation;
}

/**
 * "“…,” she said, “and …”" and "“….” he said. “And …”": the second span resumes the first when
 * only the first one's attribution stands between them and the second has none of its own
 * ("“….” he said. “….” she replied." are two quotations).
 */
function resumes(previous: Piece, piece: Piece): boolean {
  if (previous.paragraph !== piece.paragraph || piece.attribution.trailing) return false;
  const between = piece.passageText.slice(previous.span.close, piece.span.open).replace(/^[”"'’]+/u, '').replace(INNER_STOP, '');
  // The attribution between them: found as such, or at least a speech verb ("the letter says").
  if (!previous.attribution.trailing && !between.split(/[^\p{L}]+/u).some((word) => CUE_VERBS.has(word))) return false;
  if (LOWERCASE_START.test(piece.text)) return /,\s*$/u.test(between) && !/[.!?]/u.test(between);
  return /^[\s,]*[^.!?“"‘]*[.,:]\s*$/u.test(between);
}

/**
 * The direct quotations of an article, each attributed to its speaker where the text allows,
 * with the speaker's fullest name in the article and the cue that introduced it.
 */
export function extractQuotes(article: ParsedArticle, mentions: readonly Mention[]): Quote[] {
  return quotesOf(readSpeech(article, mentions));
}

/** The direct quotations of an article's speech as read by {@link readSpeech}. */
export function quotesOf(speech: ArticleSpeech): Quote[] {
  return speech.quotations.map((quotation) => quotation.quote).filter(isSpeech);
}

/** Every longer word capitalised and no sentence punctuation: “Orange Is the New Black”. */
function isTitle(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word)) && !/[.!?]$/u.test(text);
}

/** Spoken by someone, or long enough to be more than a scare quote. */
function isSpeech(quote: Quote): boolean {
  return quote.speaker !== undefined || quote.text.split(/\s+/).length > MAX_SCARE_QUOTE_WORDS;
}

/**
 * An article quotes with double marks or with single ones. Where double marks prevail, single
 * ones set off headline words, titles and terms ("Calls Plan ‘Troubling’"), not quotations;
 * where single marks prevail (British style), both kinds quote.
 */
function inHouseStyle(spans: QuoteSpan[][]): QuoteSpan[][] {
  let double = 0;
  let single = 0;
  for (const paragraph of spans) for (const span of paragraph) span.kind === 'double' ? double++ : single++;
  if (double <= single) return spans;
  // A paragraph that continues a quotation left open may open with a single mark (“… ¶ ‘…”).
  return spans.map((paragraph, p) => paragraph.filter((span, s) => span.kind === 'double' || (s === 0 && spans[p - 1]?.at(-1)?.closed === false)));
}

/** Quotation spans as runs of pieces: one run per quotation. */
function groupPieces(article: ParsedArticle, spans: readonly QuoteSpan[][], attributions: readonly Attribution[][]): Piece[][] {
  const groups: Piece[][] = [];
  let open: Piece[] | undefined; // a quotation still running at the end of the last paragraph
  article.passages.forEach((passage, p) => {
    const paragraphSpans = spans[p] ?? [];
    const opensWithQuote = paragraphSpans[0] !== undefined && passage.text.slice(0, paragraphSpans[0].open).trim() === '';
    if (open && !opensWithQuote) {
      groups.push(open);
      open = undefined;
    }
    let previous: Piece | undefined;
    let group: Piece[] | undefined = open;
    paragraphSpans.forEach((span, s) => {
      const piece: Piece = {
        passageIndex: p, paragraph: passage.paragraph, spanIndex: s, text: inner(passage.text, span), span,
        attribution: attributions[p]?.[s] ?? { trailing: false }, passageText: passage.text,
      };
      if (!/[\p{L}\p{N}]/u.test(piece.text)) return;
      if (group && (group === open || (previous && resumes(previous, piece)))) {
        group.push(piece);
      } else {
        if (group) groups.push(group);
        group = [piece];
      }
      open = undefined;
      previous = piece;
    });
    if (group && group[group.length - 1]!.span.closed === false) open = group;
    else if (group) groups.push(group);
  });
  if (open) groups.push(open);
  return groups;
}

/**
 * The quotations of an article with the offsets of their pieces and speaker mentions, and its
 * reported speech. A paraphrase that carries quoted fragments becomes their `clause` (the
 * fragments of one paraphrase are one quotation) and is not repeated among the statements.
 */
export function readSpeech(article: ParsedArticle, mentions: readonly Mention[]): ArticleSpeech {
  const spans = inHouseStyle(article.passages.map((passage) => findQuoteSpans(passage.text)));
  const { quotes: attributions, statements } = attributeSpans(article, mentions, spans);
  const carrier = new Map<string, ReportedSpeech>();
  for (const statement of statements) for (const s of statement.quotes) carrier.set(`${statement.passage}:${s}`, statement);
  const quotations: Quotation[] = [];
  let previous: { clause: ReportedSpeech; pieces: Piece[] } | undefined;
  const flush = (): void => {
    if (previous) quotations.push(toQuotation(previous.pieces, article.meta.file, previous.clause));
    previous = undefined;
  };
  for (const group of groupPieces(article, spans, attributions)) {
    const first = group[0]!;
    const clause = group.length === 1 ? carrier.get(`${first.passageIndex}:${first.spanIndex}`) : undefined;
    if (clause && previous?.clause === clause) {
      previous.pieces.push(...group);
      continue;
    }
    flush();
    if (clause) previous = { clause, pieces: [...group] };
    else quotations.push(toQuotation(group, article.meta.file, undefined));
  }
  flush();
  return {
    // A fragment in a paraphrase stays even without a named speaker: the paraphrase is attributed.
    // Unattributed title-case words are a name or a title (“Saturday Night Live”), not speech.
    quotations: quotations.filter(({ quote, clause }) => clause !== undefined || (isSpeech(quote) && (quote.speaker !== undefined || !isTitle(quote.text)))),
    statements: statements.filter((statement) => statement.quotes.length === 0),
  };
}
