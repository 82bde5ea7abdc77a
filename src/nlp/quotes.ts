/**
 * Direct quotations of an article with their speakers. Quote marks come from `quoteMarks.ts`,
 * speakers from `attribution.ts`; this file stitches the pieces together:
 *  - a quotation left open at a paragraph's end continues into following paragraphs that open
 *    with a quote mark (the news convention for long quotes);
 *  - a quotation interrupted by its attribution ("“…,” she said, “and …”") is one quotation;
 *  - a fragment woven into reported speech is `partial`;
 *  - unattributed scare quotes of a few words ("what it called “reckless” actions") are dropped.
 */
import type { Mention, ParsedArticle, Quote } from '../types.ts';
import { attributeSpans, type Attribution, type SpeakerMention } from './attribution.ts';
import { findQuoteSpans, type QuoteSpan } from './quoteMarks.ts';
import { CUE_PARTICIPLES, CUE_VERBS } from './model/speechCues.ts';

/** Quotations this short need a speaker to count as speech rather than scare quotes. */
const MAX_SCARE_QUOTE_WORDS = 3;
const LOWERCASE_START = /^[\s.…\[(]*\p{Ll}/u;
const WORD_BEFORE = /([\p{L}\p{N}]+)\s*$/u;

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
  /** Where the speaker is named (a name, pronoun or role noun), when attributed. */
  speakerMention?: SpeakerMention;
}

interface Piece {
  passageIndex: number;
  paragraph: number;
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
  const word = WORD_BEFORE.exec(piece.passageText.slice(0, piece.span.open))?.[1]?.toLowerCase();
  return word !== undefined && !CUE_VERBS.has(word) && !CUE_PARTICIPLES.has(word);
}

function clean(text: string): string {
  return text.replace(/[\s,]+$/u, '');
}

function toQuotation(pieces: readonly Piece[], file: string): Quotation {
  const first = pieces[0]!;
  const quote: Quote = {
    text: clean(pieces.map((piece) => piece.text).join(' ')),
    file,
    paragraph: first.paragraph,
    partial: isPartial(first),
  };
  const attributed = pieces.find((piece) => piece.attribution.speaker) ?? pieces.find((piece) => piece.attribution.cue);
  if (attributed?.attribution.speaker) quote.speaker = attributed.attribution.speaker;
  if (attributed?.attribution.cue) quote.cue = attributed.attribution.cue;
  const continues = [...new Set(pieces.map((piece) => piece.paragraph))].filter((p) => p !== first.paragraph);
  if (continues.length) quote.continues = continues;
  const quotation: Quotation = { quote, pieces: pieces.map(pieceOffsets) };
  if (attributed?.attribution.speaker && attributed.attribution.mention) quotation.speakerMention = attributed.attribution.mention;
  return quotation;
}

/** "“…,” she said, “and …”": the second span resumes the first after its attribution. */
function resumes(previous: Piece, piece: Piece): boolean {
  if (previous.paragraph !== piece.paragraph || !previous.attribution.trailing || !LOWERCASE_START.test(piece.text)) return false;
  const between = piece.passageText.slice(previous.span.close + 1, piece.span.open);
  return /,\s*$/u.test(between) && !/[.!?]/u.test(between);
}

/**
 * The direct quotations of an article, each attributed to its speaker where the text allows,
 * with the speaker's fullest name in the article and the cue that introduced it.
 */
export function extractQuotes(article: ParsedArticle, mentions: readonly Mention[]): Quote[] {
  return findQuotations(article, mentions).map((quotation) => quotation.quote);
}

/** The quotations of an article with the offsets of their pieces and speaker mentions. */
export function findQuotations(article: ParsedArticle, mentions: readonly Mention[]): Quotation[] {
  const spans = article.passages.map((passage) => findQuoteSpans(passage.text));
  const attributions = attributeSpans(article, mentions, spans);
  const quotes: Quotation[] = [];
  let open: Piece[] | undefined; // a quotation still running at the end of the last paragraph
  article.passages.forEach((passage, p) => {
    const paragraphSpans = spans[p] ?? [];
    const opensWithQuote = paragraphSpans[0] !== undefined && passage.text.slice(0, paragraphSpans[0].open).trim() === '';
    if (open && !opensWithQuote) {
      quotes.push(toQuotation(open, article.meta.file));
      open = undefined;
    }
    let previous: Piece | undefined;
    let group: Piece[] | undefined = open;
    paragraphSpans.forEach((span, s) => {
      const piece: Piece = {
        passageIndex: p, paragraph: passage.paragraph, text: inner(passage.text, span), span,
        attribution: attributions[p]?.[s] ?? { trailing: false }, passageText: passage.text,
      };
      if (!/[\p{L}\p{N}]/u.test(piece.text)) return;
      if (group && (group === open || (previous && resumes(previous, piece)))) {
        group.push(piece);
      } else {
        if (group) quotes.push(toQuotation(group, article.meta.file));
        group = [piece];
      }
      open = undefined;
      previous = piece;
    });
    if (group && group[group.length - 1]!.span.closed === false) open = group;
    else if (group) quotes.push(toQuotation(group, article.meta.file));
  });
  if (open) quotes.push(toQuotation(open, article.meta.file));
  return quotes.filter(({ quote }) => quote.speaker || quote.text.split(/\s+/).length > MAX_SCARE_QUOTE_WORDS);
}
