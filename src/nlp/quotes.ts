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
import type { Mention, ParsedArticle, Passage, Quote } from '../types.ts';
import { attributeSpans, type Attribution, type ReportedSpeech, type SpeakerMention } from './attribution.ts';
import { clauseAround, thatAfterObject, verbatimNounBefore } from './quoteClause.ts';
import { findQuoteSpans, type QuoteSpan } from './quoteMarks.ts';
import { CUE_PARTICIPLES, CUE_VERBS, REPORTING_VERBS } from './model/speechCues.ts';

/** Quotations this short need a speaker to count as speech rather than scare quotes. */
const MAX_SCARE_QUOTE_WORDS = 3;
const LOWERCASE_START = /^[\s.…\[(]*\p{Ll}/u;
const WORD_BEFORE = /([\p{L}\p{N}]+)\s*$/u;
/** Longer than any word that can stand before a quotation. */
const LOOK_BACK = 40;
/** Shown between the pieces of an interrupted quotation, where its attribution stood. */
const PIECE_JOIN = ' … ';
/** At most this many words between a quotation that ends its sentence and its resumption: “….” he said. “…” */
const MAX_CUE_WORDS = 3;
/** At most this many words of attribution and aside between the parts of a quotation taken up again. */
const MAX_ASIDE_WORDS = 60;

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
  /** A speaker only guessed from the sentence's opening subject (`Attribution.guessed`): used when nothing else names one. */
  guess?: Attribution;
  passageText: string;
  /** Offsets of the paragraph's sentences. */
  sentences: readonly Bounds[];
  /** All quotation spans of the paragraph. */
  spans: readonly QuoteSpan[];
}

interface Bounds {
  start: number;
  end: number;
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
  // "the slogan, “Make America Great Again”": words a noun before them names stand in its phrase.
  if (verbatimNounBefore(piece.passageText, piece.span.open) !== undefined) return true;
  // A bounded look-back: the anchored pattern would otherwise retry at every offset of a long paragraph.
  const word = WORD_BEFORE.exec(piece.passageText.slice(Math.max(0, piece.span.open - LOOK_BACK), piece.span.open))?.[1]?.toLowerCase();
  return word !== undefined && !CUE_VERBS.has(word) && !CUE_PARTICIPLES.has(word);
}

function clean(text: string): string {
  return text.replace(/[\s,]+$/u, '');
}

/**
 * Pieces are joined with " … " where something stood between them (their attribution); a piece
 * left open at its paragraph's end simply runs on into the next paragraph.
 */
function joinPieces(pieces: readonly Piece[]): string {
  return clean(pieces.map((piece, i) => (i === 0 ? '' : pieces[i - 1]!.span.closed ? PIECE_JOIN : ' ') + clean(piece.text)).join(''));
}

function toQuotation(pieces: readonly Piece[], file: string, carrier: ReportedSpeech | undefined, clause: QuotePiece | undefined): Quotation {
  const first = pieces[0]!;
  const words = joinPieces(pieces);
  const quote: Quote = {
    text: words,
    file,
    paragraph: first.paragraph,
    partial: clause !== undefined || carrier !== undefined || isPartial(first),
  };
  // A cue straight after the first piece ("“…,” the report concluded. “…”") attributes the run,
  // named or not, before a later piece's own speaker.
  const opening = pieces[0]!.attribution;
  const trailing = opening.trailing && (opening.speaker !== undefined || opening.mention !== undefined) ? pieces[0] : undefined;
  const attributed = trailing ?? pieces.find((piece) => piece.attribution.speaker) ?? pieces.find((piece) => piece.attribution.cue);
  // A name before a mention alone, and the quotation's own attribution before its carrier's
  // ("The department said it will “…”": the paraphrase's speaker is the quotation's).
  const sources = [attributed?.attribution, carrier];
  const speaker = sources.find((source) => source?.speaker) ?? sources.find((source) => source?.mention) ?? pieces.find((piece) => piece.guess)?.guess ?? attributed?.attribution;
  if (speaker?.speaker) quote.speaker = speaker.speaker;
  // A guessed speaker's verb is no cue of the quotation ("Marchers carried “…” banners").
  if (speaker?.cue && !('guessed' in speaker && speaker.guessed)) quote.cue = speaker.cue;
  const continues = [...new Set(pieces.map((piece) => piece.paragraph))].filter((p) => p !== first.paragraph);
  if (continues.length) quote.continues = continues;
  const quotation: Quotation = { quote, pieces: pieces.map(pieceOffsets) };
  if (speaker?.mention) quotation.speakerMention = speaker.mention;
  if (clause) quotation.clause = clause;
  return quotation;
}

/**
 * "“…,” she said, “and …”", "“…,” said Sen. Ann Lee (D-Ore.) in an interview. “And …”" and
 * "“…?” he asked the crowd. “…”": the second span resumes the first when the words between them
 * are one sentence that attributes the first (a speech verb, or found as its attribution) and the
 * second has no attribution of its own ("“….” he said. “….” she replied." are two quotations).
 * After a first part that ends with a full stop (“….” he said. “…”) only a short cue may stand
 * between: a longer sentence there moves on.
 */
function resumes(previous: Piece, piece: Piece): boolean {
  if (previous.paragraph !== piece.paragraph) return false;
  const text = piece.passageText;
  const from = afterClosingMark(text, previous.span);
  const between = text.slice(from, piece.span.open);
  // “….” “…”: quotations side by side, nothing between them, are one run of speech.
  if (previous.span.closed && between.trim() === '' && !LOWERCASE_START.test(previous.text) && !LOWERCASE_START.test(piece.text)) return true;
  if (piece.attribution.trailing) return false;
  // "chanting “Send them home,” and “Build the wall.”": two quotations joined by "and" or "or" are one object of one verb.
  // (A part in lowercase goes on a clause, which the fragment's weaving joins.) Not after a finished sentence.
  if (JOINED_BY_CONJUNCTION.test(between) && !LOWERCASE_START.test(piece.text) && !/[.?!][\s'’”"]*$/u.test(previous.text)) return true;
  const words = between.match(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0) return false;
  // “…,” she said, adding, “…”: a participle of saying right before the second part opens another statement.
  if (CUE_PARTICIPLES.has(words.at(-1)!.toLowerCase()) && /[,:]\s*$/u.test(between)) return false;
  const firstWord = from + between.search(/\S/u);
  // The first part's last punctuation, past the marks of a quotation nested at its end (“…‘ringleader,’”).
  // No punctuation at all before a trailing cue ("“… a false narrative" said Lee.") is a comma left out.
  const firstEnds = /([,.!?])[\s'’”"]*$/u.exec(previous.text)?.[1] ?? (previous.attribution.trailing && /[\p{L}\p{N}]$/u.test(previous.text) ? ',' : undefined);
  const sentenceStarts = previous.sentences.filter((s) => s.start > firstWord && s.start < piece.span.open);
  if (sentenceStarts.length) return resumesAfterAside(previous, piece, firstEnds, text.slice(sentenceStarts[0]!.start, piece.span.open));
  if (!previous.attribution.trailing && !words.some((word) => CUE_VERBS.has(word) || REPORTING_VERBS.has(word))) return false;
  // “…,” she said, and “…”: a conjunction after the cue's comma still carries the sentence on.
  if (LOWERCASE_START.test(piece.text)) return (firstEnds === ',' || firstEnds === undefined) && /,\s*(?:(?:and|but|or)\s+)?$/u.test(between);
  // “…?” He answered, “…”: after a finished sentence, a new one that ends in a comma or colon
  // introduces the next quotation (its speaker's answer), not the first's attribution.
  if (firstEnds !== ',' && /^\s*\p{Lu}/u.test(between) && /[,:]\s*$/u.test(between)) return false;
  if (!/[.,][”"’']*\s*$/u.test(between)) return false;
  // “…” before the vote, she said. “…”: the first part goes on with its sentence, which ends with the cue.
  if (firstEnds === undefined && endsWithCue(between)) return true;
  return firstEnds === ',' || firstEnds === '?' || firstEnds === '!' || words.length <= MAX_CUE_WORDS;
}

/** At most this many words after the last comma make a cue that closes its sentence: ", she said.", ", he said in an interview." */
const MAX_CLOSING_CUE_WORDS = 6;

/** The words end their sentence with a speaker and speech verb set off by a comma: "… before the vote, she said. " */
function endsWithCue(between: string): boolean {
  const comma = between.lastIndexOf(',');
  if (comma < 0 || !/\.\s*$/u.test(between)) return false;
  const cue = between.slice(comma + 1).match(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu) ?? [];
  return cue.length > 0 && cue.length <= MAX_CLOSING_CUE_WORDS && cue.some((word) => CUE_VERBS.has(word));
}

/** Only a conjunction, perhaps after a comma, between two quotations: "“…” and “…”", "“…,” or “…”". */
const JOINED_BY_CONJUNCTION = /^\s*,?\s*(?:and|or)\s*$/u;

/** At most this many words lead into a quotation that opens a sentence: "But “…”", "Then, “…”". */
const MAX_LEAD_WORDS = 2;

/** A word or two of the quotation's own sentence stand before it ("But “…”"). */
function ledInto(piece: Piece): boolean {
  const start = piece.sentences.filter((s) => s.start <= piece.span.open).at(-1)?.start;
  return start !== undefined && /[\p{L}\p{N}]/u.test(piece.passageText.slice(start, piece.span.open)) && opensSentence(piece);
}

/** The quotation opens its sentence, or follows a lead-in of a word or two ("But “…”", "Then, “…”"). */
function opensSentence(piece: Piece): boolean {
  const start = piece.sentences.filter((s) => s.start <= piece.span.open).at(-1)?.start;
  if (start === undefined) return false;
  const lead = piece.passageText.slice(start, piece.span.open);
  return !/[\p{L}\p{N}]/u.test(lead) || ((lead.match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_LEAD_WORDS && /^\p{Lu}/u.test(lead) && !/[“”"‘’']/u.test(lead));
}

/**
 * "“…,” said Ann Lee, a nurse. She has worked nights for years. “…”": a quotation broken off
 * after its attribution and taken up again, sentences later in the same paragraph, by the same
 * speaker (no other named in between) is one quotation, as attribution corpora count it. The
 * first part ends mid-sentence (a comma, or a question or exclamation) right before its trailing
 * cue, and the second opens a sentence with no cue after it.
 */
function resumesAfterAside(previous: Piece, piece: Piece, firstEnds: string | undefined, aside: string): boolean {
  // A lowercase part goes on a sentence its lead-in began ("Now, “within the business community …”").
  if (!previous.attribution.trailing || piece.attribution.trailing || (LOWERCASE_START.test(piece.text) && !ledInto(piece))) return false;
  if (firstEnds !== ',' && firstEnds !== '?' && firstEnds !== '!') return false;
  if (!opensSentence(piece)) return false;
  const words = aside.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  if (words.length > MAX_ASIDE_WORDS || words.some((word) => CUE_VERBS.has(word) || REPORTING_VERBS.has(word))) return false;
  return piece.attribution.speaker === undefined || piece.attribution.speaker === previous.attribution.speaker;
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
  return speech.quotations.filter((quotation) => isSpeech(quotation.quote, false, describedSpeaker(quotation))).map((quotation) => quotation.quote);
}

/** Prepositions of four letters or more that title case leaves in lower case ("The Nightly Show with Ann Lee"). */
const TITLE_LOWERCASE = new Set(['with', 'from', 'into', 'onto', 'upon', 'over', 'than']);

/** Every longer word capitalised and no sentence punctuation: “Orange Is the New Black”. */
function isTitle(text: string): boolean {
  const long = (text.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? []).filter((word) => !TITLE_LOWERCASE.has(word));
  // A name of short words only ("New Day") is title case throughout.
  const words = long.length > 0 ? long : text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word)) && !/[.!?]$/u.test(text);
}

/**
 * Before a title: "CNN’s “State of the Union”", "on “Meet the Press”", "host of “Morning Joe”",
 * "an interview with “Fox News Sunday”", "a role in “Hail, Caesar!”".
 */
const BEFORE_TITLE = /(?:['’]s|\b(?:on|of|in|with|for|at|about))\s*(?:``|''|["“'‘])?$/u;

/** A noun and a comma before a title set it off as the noun's name: "her new film, “Trainwreck.”", "the slogan, “Stronger Together.”" */
const NAMED_BY_NOUN = /\b(\p{Ll}+),\s*(?:``|''|["“'‘])$/u;

/** After a title: its author or publisher (“Pop-up show opens,” by DNAinfo's Ed Small; ''Playbook,'' by Politico). */
const AFTER_TITLE = /^(?:,\s*(?:''|[”"’'])|(?:''|[”"’'])\s*,)\s*by\s+\p{Lu}/u;

/**
 * A show, a book, a headline or a slogan named where it stands, not a quotation: title case after
 * a possessive, "on" or "of", or any words credited to an author right after their closing mark.
 */
function isNamedWork(text: string, start: number, end: number, words: string): boolean {
  // "the slogan “Make America Great Again”", "chants of “Ted! Ted!”": words a noun names as said, not a work.
  if (verbatimNounBefore(text, start) !== undefined) return false;
  if (AFTER_TITLE.test(text.slice(end, end + 12))) return true;
  // "the reality show “The Apprentice,”", "the Syfy movie “Sharknado 3: Oh Hell No!”", "“Veep” star Ann Lee": a work's name.
  if (isTitle(words.replace(/[.,!?]+$/u, '')) && (WORK_BEFORE.test(text.slice(Math.max(0, start - LOOK_BACK), start)) || WORK_AFTER.test(text.slice(end, end + LOOK_BACK)))) return true;
  if (!isTitle(words.replace(/[.,]$/u, ''))) return false;
  const before = text.slice(Math.max(0, start - LOOK_BACK), start);
  if (BEFORE_TITLE.test(before.slice(-8))) return true;
  // A speech or quoting verb before the comma introduces words someone said: "Lee said, “Probably.”"
  const noun = NAMED_BY_NOUN.exec(before)?.[1];
  return noun !== undefined && !isCueWord(noun);
}

/** Before a quoted modifier: a determiner or possessive that opens the noun phrase ("the “gun violence” narrative"). */
const MODIFIER_BEFORE = /(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those|new|so-called)|['’]s)\s*(?:``|''|["“'‘])$/iu;
/** Words after a closing mark that go on a clause, not a noun phrase's head noun. */
const NOT_HEAD_NOUN = new Set(['of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'about', 'over', 'against', 'and', 'or', 'but', 'nor', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'that', 'which', 'who', 'whom', 'whose', 'as', 'than', 'if', 'when', 'while', 'because', 'since', 'after', 'before', 'until', 'so', 'yet', 'like', 'not', 'also', 'only', 'just', 'even']);

/**
 * "the media pushed the “gun violence” narrative", "so-called “closed” primaries": a few quoted words
 * between a determiner and the noun they qualify are a term set off, not words someone said.
 */
function isQuotedModifier(text: string, start: number, end: number, words: string): boolean {
  if (!isShort(words) || /[.,!?;:]$/u.test(words)) return false;
  if (!MODIFIER_BEFORE.test(text.slice(Math.max(0, start - 14), start))) return false;
  const next = /^(?:''|[”"’'])\s+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && !NOT_HEAD_NOUN.has(next) && !/ly$/u.test(next);
}

/** Nouns for a work with a name of its own: a show, a book, a film, a song. */
const WORK_NOUNS = 'show|series|miniseries|sitcom|drama|comedy|film|movie|documentary|podcast|program|programme|song|album|musical|play|novel|book|memoir|column|episode|newsletter|magazine|opera|painting|poem|game';
/** A work noun right before the opening mark ("his book “…”", "the HBO series, “…”"). */
const WORK_BEFORE = new RegExp(`\\b(?:${WORK_NOUNS})s?,?\\s*(?:\`\`|''|["“'‘])$`, 'u');
/** A role in a work right after the closing mark ("“Veep” star", "“Morning Joe” co-host"). */
const WORK_AFTER = new RegExp(`^[.,]?(?:''|[”"’'])\\s+(?:co-)?(?:star|host|actor|actress|creator|showrunner|author|anchor)s?\\b`, 'u');

function isCueWord(word: string): boolean {
  return CUE_VERBS.has(word) || CUE_PARTICIPLES.has(word) || REPORTING_VERBS.has(word) || /(?:ing|ed)$/u.test(word);
}

/**
 * Spoken by someone a cue names, an outcry, or long enough to be more than a scare quote. A
 * speaker found with no cue at all (the owner in "Lee's appeal for “law and order”", "Lee's
 * anthem “Get Loud” blared") is no sign that the few words were said.
 */
function isSpeech(quote: Quote, guessed = false, described = false): boolean {
  return ((quote.speaker !== undefined || described) && quote.cue !== undefined && !guessed) || isOutcry(quote.text) || !isShort(quote.text);
}

/**
 * Words of their own (not woven into a sentence) spoken by someone the text names without a
 * name: "“Oh, my God,” a young woman exclaimed", "“Send them home,” the crowd chanted", "“Thanks,” he said".
 */
function describedSpeaker(quotation: Quotation): boolean {
  return quotation.speakerMention !== undefined && quotation.quote.speaker === undefined && !quotation.quote.partial;
}

function isShort(text: string): boolean {
  return text.split(/\s+/).length <= MAX_SCARE_QUOTE_WORDS;
}

/**
 * An exclamation or question in marks (“Lock them up!”, “Why now?”): words someone spoke, even
 * with no speaker or cue in the text (a crowd's chant, a sign's slogan), where a short phrase
 * ending otherwise is as often a title or a term as speech.
 */
function isOutcry(text: string): boolean {
  return !LOWERCASE_START.test(text) && /[!?]$/u.test(text);
}

/**
 * A short outcry with no speaker and no cue is kept as `partial`, so that /quote offers it only
 * when nothing fuller matches, and as its own words: the sentence around it is not its speaker's
 * paraphrase.
 */
function asUncuedOutcry(quotation: Quotation, guessed = false): Quotation {
  const { quote } = quotation;
  if ((quote.speaker !== undefined && !guessed) || quote.cue !== undefined || !isShort(quote.text) || !isOutcry(quote.text)) return quotation;
  const { clause: _carrier, ...unwoven } = quotation;
  return { ...unwoven, quote: { ...quote, partial: true } };
}

/**
 * An article quotes with double marks or with single ones. Where double marks prevail, single
 * ones set off headline words, titles and terms ("Calls Plan ‘Troubling’"), not quotations;
 * where single marks prevail (British style), both kinds quote.
 */
function inHouseStyle(spans: QuoteSpan[][], texts: readonly string[]): QuoteSpan[][] {
  let double = 0;
  let single = 0;
  for (const paragraph of spans) for (const span of paragraph) span.kind === 'double' ? double++ : single++;
  if (double <= single) return spans;
  // A paragraph that continues a quotation left open may open with a single mark (“… ¶ ‘…”).
  return spans.map((paragraph, p) => paragraph.filter((span, s) => span.kind === 'double' || (s === 0 && spans[p - 1]?.at(-1)?.closed === false)
    || isOpenParagraphQuote(texts[p] ?? '', paragraph)));
}

/**
 * "‘Not since the flood have we seen such damage and we will keep working.": a paragraph that opens
 * with a mark, never closes it and is sentences of speech to its end is a quotation that ends with the
 * paragraph (as the Daily Mail leaves its one-paragraph ‘…), whichever marks the article prefers. A
 * few words set off ("‘Squad’ members voted …") close their mark, and an apostrophe ("Israel’s") opens none.
 */
function isOpenParagraphQuote(text: string, spans: readonly QuoteSpan[]): boolean {
  const span = spans[0];
  if (spans.length !== 1 || !span || span.closed || text.slice(0, span.open).trim() !== '') return false;
  const words = text.slice(span.innerStart).trim();
  return !isShort(words) && !LOWERCASE_START.test(words) && SPEECH_END.test(words);
}

/** The end of a sentence of speech: its last punctuation, perhaps before a nested quotation's closing mark. */
const SPEECH_END = /[.!?…][”"’']?$/u;

/** Quotation spans as runs of pieces: one run per quotation. */
function groupPieces(article: ParsedArticle, spans: readonly QuoteSpan[][], attributions: readonly Attribution[][], sentencesOf: (passage: number) => readonly Bounds[]): Piece[][] {
  const groups: Piece[][] = [];
  let open: Piece[] | undefined; // a quotation still running at the end of the last paragraph
  let closing: Piece[] | undefined; // the quotation that ended the last paragraph, closed, with its attribution
  let leading: Piece[] | undefined; // the last paragraph was this quotation alone, with no attribution
  article.passages.forEach((passage, p) => {
    const paragraphSpans = spans[p] ?? [];
    const opensWithQuote = paragraphSpans[0] !== undefined && passage.text.slice(0, paragraphSpans[0].open).trim() === '';
    if (open && (!opensWithQuote || opensOwnQuotation(open, paragraphSpans[0]!))) {
      groups.push(open);
      open = undefined;
    }
    // A paragraph that is one quotation and nothing else goes on with the attributed quotation that
    // ended the paragraph before ("“…,” Lee said.¶“….”"): it has no speaker of its own.
    if (!open && closing && closing === groups[groups.length - 1] && isQuoteOnly(passage.text, paragraphSpans)) open = groups.pop();
    // A paragraph that is one quotation with no cue of its own leads into the next paragraph that
    // opens with a quotation ("“….”¶“…,” Lee said."): one run of speech, attributed at its end.
    else if (!open && leading && leading === groups[groups.length - 1] && opensWithQuote) open = groups.pop();
    closing = undefined;
    leading = undefined;
    let previous: Piece | undefined;
    let group: Piece[] | undefined = open;
    const pieces = paragraphSpans.map((span, s): Piece => {
      const found = attributions[p]?.[s] ?? { trailing: false };
      // A guessed speaker neither groups pieces nor makes a short quotation speech; it only names one.
      const attribution = found.guessed ? { trailing: found.trailing } : found;
      return {
        passageIndex: p, paragraph: passage.paragraph, spanIndex: s, text: inner(passage.text, span), span,
        attribution, ...(found.guessed ? { guess: found } : {}), passageText: passage.text, sentences: sentencesOf(p), spans: paragraphSpans,
      };
    });
    pieces.forEach((piece, s) => {
      if (!/[\p{L}\p{N}]/u.test(piece.text)) return;
      // “…,” he said on “Meet the Press.” “…”: a title inside the attribution is part of the interruption.
      const next = pieces[s + 1];
      // So is a fragment of a few words quoted inside the aside ("she said, describing her “tubular mixers.” “And …”").
      if (previous && next && (isTitle(piece.text.replace(/[.,]$/u, '')) || (isShort(piece.text) && LOWERCASE_START.test(piece.text))) && resumes(previous, next)) return;
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
    const last = group?.[group.length - 1];
    if (last?.spanIndex === paragraphSpans.length - 1 && last.span.closed && group!.some((piece) => piece.attribution.cue)) closing = group;
    if (group && group === groups[groups.length - 1] && isQuoteOnly(passage.text, paragraphSpans) && !group.some((piece) => piece.attribution.cue || piece.attribution.speaker) && !isPartial(group[0]!)) leading = group;
  });
  if (open) groups.push(open);
  return groups;
}

/**
 * "“We have their back today …¶‘Not since Isis have we seen …¶“Help is on the way …": a paragraph
 * that opens with a mark of the other kind than the quotation left open before it, and never closes
 * it, is a quotation of its own that ends with its paragraph (the Daily Mail's one-paragraph ‘…),
 * not the open one's next paragraph. One that closes ("“…¶‘And we will not forget.”") goes on with it.
 */
function opensOwnQuotation(open: readonly Piece[], span: QuoteSpan): boolean {
  return !span.closed && span.kind !== open[open.length - 1]!.span.kind;
}

/** Nothing but one closed quotation, give or take punctuation. */
function isQuoteOnly(text: string, spans: readonly QuoteSpan[]): boolean {
  const span = spans[0];
  if (spans.length !== 1 || !span?.closed) return false;
  return !/[\p{L}\p{N}]/u.test(text.slice(0, span.open) + text.slice(afterClosingMark(text, span)));
}

/** Offsets of a passage's sentences in its text. */
function sentenceBounds(passage: Passage): Bounds[] {
  const bounds: Bounds[] = [];
  let at = 0;
  for (const sentence of passage.sentences) {
    const start = passage.text.indexOf(sentence, at);
    if (start < 0) continue;
    bounds.push({ start, end: start + sentence.length });
    at = start + sentence.length;
  }
  return bounds;
}

/** Just past a span's closing mark (marks such as `''` are two characters wide). */
function afterClosingMark(text: string, span: QuoteSpan): number {
  if (!span.closed) return span.close;
  return span.close + (text.startsWith("''", span.close) ? 2 : 1);
}

/** A run of pieces that is one quotation, with the clause that carries it when it is woven into a sentence. */
interface Run {
  pieces: Piece[];
  carrier?: ReportedSpeech;
  clause?: QuotePiece;
  /** The clause's look back stopped at a speech or quoting verb ("chanted “USA! USA!”"). */
  cued?: boolean;
}

/**
 * The clause around a woven group of one paragraph (undefined when it runs over paragraphs). It
 * starts where the reported speech that carries it starts, when the attribution pass found one,
 * else after the nearest speech verb (`quoteClause.ts`). `joinsFrom` is where the clause reaches
 * back to the end of the quotation before it ("waging “profane” and “sexist” attacks": one
 * clause, so one quotation), or -1.
 */
function wovenClause(group: readonly Piece[], sentences: readonly Bounds[], carrier: ReportedSpeech | undefined): { clause: QuotePiece; joinsFrom: number; cued: boolean } | undefined {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  if (last.passageIndex !== first.passageIndex) return undefined;
  const text = first.passageText;
  const after = afterClosingMark(text, last.span);
  const sentenceOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end) ?? { start: 0, end: text.length };
  const around = clauseAround(text, { start: sentenceOf(first.span.open).start, end: sentenceOf(Math.max(first.span.open, after - 1)).end }, first.span.open, after);
  // Reported speech found around it knows its speaker and cue, so where what was said begins;
  // but not across an earlier quotation, which has a clause of its own.
  const earlier = first.spanIndex > 0 ? first.spans[first.spanIndex - 1]! : undefined;
  const floor = earlier ? afterClosingMark(text, earlier) : 0;
  const fromCarrier = carrier && !around.verbatim && carrier.start <= first.span.open && carrier.start >= floor;
  // "telling customers at a diner that “…”": what was said starts at "that", past the verb's object.
  const carried = fromCarrier ? thatAfterObject(text, carrier.start, first.span.open) ?? carrier.start : around.start;
  // A speech verb further back than the carrier's start ("says his plan is the only one that “…”") begins what was said.
  let start = fromCarrier && around.stop === 'cue' && around.start < carried ? around.start : carried;
  // "Lee said the port had reopened – and added that ferries were “on time”": a speech verb after a dash,
  // nearer than the paraphrase's start, reports a second statement, which the quotation belongs to.
  if (fromCarrier && around.stop === 'cue' && around.start > carried && DASH_ASIDE.test(text.slice(carried, around.start))) start = around.start;
  // "Lee said the port was slow, and called the delay “a scandal”", "… the marchers, whom he described as “peaceful”":
  // a speech verb that opens a second predicate or a relative clause reports a second statement, the quotation's.
  // Not an inverted cue set off by commas (", says Ann Lee, …"), whose speaker follows it.
  else if (fromCarrier && around.stop === 'cue' && around.start > carried && SECOND_PREDICATE.test(text.slice(carried, around.start)) && /^\p{Ll}/u.test(text.slice(around.start, first.span.open + 1))) start = around.start;
  // "Costs, Lee said, “will rise”" and "The party, founded in 1990, “allows us …,” said Lee": a speaker and cue set
  // off inside the sentence, or trailing it, leave what was said the whole sentence around them.
  if (around.aside) start = Math.min(start, around.start);
  else if (trailsCue(group) && (LOWERCASE_START.test(first.text) || around.stop === 'sentence') && around.stop !== 'cue' && around.stop !== 'quote') start = nextWordAt(text, sentenceOf(first.span.open).start, first.span.open);
  const end = Math.max(around.end, untilTrailingCue(group, text, after, sentenceOf(Math.max(first.span.open, after - 1)).end) ?? after);
  // "the phrase “…”", "chants of “…”": words a noun names are quoted verbatim, as after a speech verb.
  const cued = around.stop === 'cue' || verbatimNounBefore(text, first.span.open) !== undefined;
  return { clause: { passage: first.passageIndex, start, end }, joinsFrom: around.stop === 'quote' ? around.start : -1, cued };
}

/** A quotation's own closing punctuation before its closing mark: “…,” “….” “…?” */
const CLOSING_PUNCTUATION_INSIDE = /[,.!?…]\s*$/u;

/** A dash set off by spaces: what follows it is an aside or a second statement. */
const DASH_ASIDE = /\s[—–-]{1,2}\s/u;
/** The look back ends at a verb after "and" or a comma, or after a relative word and its subject ("whom he described"). */
const SECOND_PREDICATE = /(?:,|\band|\b(?:whom?|which)\s+\p{L}+)\s+\p{L}+\s*$/u;

/** At most this many words between the comma and a trailing cue's speaker: ", said", ", wrote in". */
const MAX_TRAILING_CUE_LEAD = 2;

/**
 * "Democrats had “put the biggest crack” yet in the glass ceiling, she said.": the quotation's speaker
 * and cue close its sentence, set off by a comma, after more words of what was said. The clause then
 * runs to that comma (its offset returned), whatever conjunctions or punctuation come first.
 */
function untilTrailingCue(group: readonly Piece[], text: string, after: number, sentenceEnd: number): number | undefined {
  const mention = group.map((piece) => piece.attribution.mention).find((m) => m !== undefined);
  if (!mention || mention.passage !== group[0]!.passageIndex || mention.start <= after || mention.start >= sentenceEnd) return undefined;
  const between = text.slice(after, mention.start);
  if (/[“”"‘«»]|''|``|[;:—–(]|\s-{1,2}\s/u.test(between)) return undefined;
  const comma = between.lastIndexOf(',');
  if (comma <= 0) return undefined;
  const lead = between.slice(comma + 1).match(/[\p{L}]+/gu) ?? [];
  if (lead.length > MAX_TRAILING_CUE_LEAD || !lead.every((word) => /^\p{Ll}/u.test(word))) return undefined;
  if (lead.length > 0 && !lead.some((word) => CUE_VERBS.has(word) || REPORTING_VERBS.has(word))) return undefined;
  // Lead-less (", she said"): the cue follows the speaker.
  if (lead.length === 0 && !(text.slice(mention.end, sentenceEnd).match(/\p{Ll}+/gu) ?? []).slice(0, 2).some((word) => CUE_VERBS.has(word) || REPORTING_VERBS.has(word))) return undefined;
  let end = after + comma;
  while (end > after && /\s/u.test(text[end - 1]!)) end--;
  return end;
}

/** The group ends at a cue that attributes it ("…,” Lee said", "…,” said Lee"), one that names a speaker. */
function trailsCue(group: readonly Piece[]): boolean {
  const last = group[group.length - 1]!;
  return last.attribution.trailing && last.attribution.cue !== undefined && (last.attribution.speaker !== undefined || last.attribution.mention !== undefined);
}

/** The first character at or after `from` (before `limit`) that is not space or a comma. */
function nextWordAt(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && /[\s,]/u.test(text[at]!)) at++;
  return at;
}

/**
 * The quotations of an article with the offsets of their pieces and speaker mentions, and its
 * reported speech. A fragment woven into a sentence comes with the clause that carries it; the
 * fragments of one clause are one quotation, and a paraphrase found as reported speech that
 * carries fragments gives them its speaker and is not repeated among the statements.
 */
export function readSpeech(article: ParsedArticle, mentions: readonly Mention[]): ArticleSpeech {
  const spans = inHouseStyle(article.passages.map((passage) => findQuoteSpans(passage.text)), article.passages.map((passage) => passage.text));
  const { quotes: attributions, statements } = attributeSpans(article, mentions, spans);
  const carrier = new Map<string, ReportedSpeech>();
  for (const statement of statements) for (const s of statement.quotes) carrier.set(`${statement.passage}:${s}`, statement);
  const sentences = new Map<number, Bounds[]>();
  const sentencesOf = (p: number) => sentences.get(p) ?? sentences.set(p, sentenceBounds(article.passages[p]!)).get(p)!;
  const runs: Run[] = [];
  for (const group of groupPieces(article, spans, attributions, sentencesOf)) {
    const first = group[0]!;
    const carried = carrier.get(`${first.passageIndex}:${first.spanIndex}`);
    const woven = carried !== undefined || isPartial(first) ? wovenClause(group, sentencesOf(first.passageIndex), carried) : undefined;
    const previous = runs[runs.length - 1];
    const previousLast = previous?.pieces[previous.pieces.length - 1];
    // The fragment's clause reaches back to the end of the quotation before it: "waging “profane” and “sexist” attacks".
    const adjoins = woven !== undefined && previous !== undefined && previousLast?.passageIndex === first.passageIndex && woven.joinsFrom >= 0
      && woven.joinsFrom <= afterClosingMark(first.passageText, previousLast.span) + 1;
    if (adjoins && previous.clause) {
      previous.pieces.push(...group);
      previous.clause.end = woven.clause.end;
      previous.carrier ??= carried;
      continue;
    }
    // "“Ferry riders” are “fed up,” Lee said": so does a quotation that stands as the sentence's subject, with no
    // punctuation of its own to close it; the two are one quotation, and the clause runs from the first mark.
    if (adjoins && previousLast.span.closed && !CLOSING_PUNCTUATION_INSIDE.test(previousLast.passageText.slice(previousLast.span.innerStart, previousLast.span.close))) {
      previous.clause = { passage: first.passageIndex, start: previous.pieces[0]!.span.open, end: woven.clause.end };
      previous.pieces.push(...group);
      previous.carrier ??= carried;
      continue;
    }
    // A clause that ran on into the next fragment's own clause ends where that one starts.
    if (woven && previous?.clause && previousLast?.passageIndex === first.passageIndex && woven.clause.start < previous.clause.end
      && woven.clause.start >= afterClosingMark(first.passageText, previousLast.span)) {
      previous.clause.end = woven.clause.start;
      while (previous.clause.end > 0 && /[\s,]/u.test(first.passageText[previous.clause.end - 1]!)) previous.clause.end--;
    }
    runs.push({ pieces: [...group], ...(carried ? { carrier: carried } : {}), ...(woven ? { clause: woven.clause, cued: woven.cued } : {}) });
  }
  return {
    // A fragment in a paraphrase stays even without a named speaker: the paraphrase is attributed.
    // Unattributed title-case words are a name or a title (“Saturday Night Live”), not speech.
    quotations: runs
      .map((run) => {
        const quotation = toQuotation(run.pieces, article.meta.file, run.carrier, run.clause);
        const guessed = quotation.quote.speaker !== undefined && run.pieces.some((piece) => piece.guess?.speaker === quotation.quote.speaker) && !run.pieces.some((piece) => piece.attribution.speaker) && !run.carrier?.speaker;
        return { carried: run.carrier !== undefined || (run.cued === true), guessed, quotation };
      })
      .filter(({ carried, guessed, quotation, quotation: { quote, pieces } }) => !isNamedWork(article.passages[pieces[0]!.passage]!.text, pieces[0]!.start, pieces[0]!.end, quote.text)
        && (carried || !isQuotedModifier(article.passages[pieces[0]!.passage]!.text, pieces[0]!.start, pieces[0]!.end, quote.text))
        && (carried || (isSpeech(quote, guessed, describedSpeaker(quotation)) && ((quote.speaker !== undefined && !guessed) || !isTitle(quote.text)))))
      .map(({ carried, guessed, quotation }) => (carried ? quotation : asUncuedOutcry(quotation, guessed))),
    statements: statements.filter((statement) => statement.quotes.length === 0),
  };
}
