/**
 * Finds quotation spans in one paragraph from its quote marks: curly and straight, double and
 * single, the typewriter doubles of older newswires (NYT `''…''`, AQUAINT ``` ``…'' ```), one
 * level of nesting, apostrophes told apart from single quotes, and a closing mark that is missing
 * (the quote runs to the paragraph's end) or of the wrong kind (“ … ’). The marks inside markup
 * tags left in web copy are skipped.
 */

/** One quotation as its marks delimit it within a paragraph. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the opening mark (marks such as `''` are two characters wide). */
  innerStart: number;
  /** Double marks (“…”, "…", ''…'') or single ones (‘…’). */
  kind: Kind;
  /** Offset of the closing mark, or the paragraph's length when the quote is not closed in it. */
  close: number;
  closed: boolean;
}

export type Kind = 'double' | 'single';
interface Mark {
  at: number;
  width: number;
  kind: Kind;
  canOpen: boolean;
  canClose: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Space, and the invisible marks of web copy (zero-width space, direction marks, byte order mark) that stand for none. */
const SPACE = /[\s\u200b-\u200f\u202a-\u202e\u2060\ufeff]/u;
const BEFORE_OPENING = /[\s\u200b-\u200f\u202a-\u202e\u2060\ufeff([{—–\-/:“‘"']/u;
const AFTER_CLOSING = /[\s.,;:!?)\]}—–\-”’"'…]/u;
const CLOSING_PUNCTUATION = /[,.!?…]/u;

/** A year cut to two digits after an apostrophe ("the '80s", "‘16 And President"): an elision, not a quotation. */
const SHORT_YEAR = /^\d\d(?:s|\b)(?![.,]?\d)/u;

/**
 * Words that open with an apostrophe for the letters they drop ("'Tis the season", "rock 'n' roll",
 * "'til dawn", "'cause"): an elision, not a quotation, even at a paragraph's start. Only "'Tis" and
 * "'Twas" are elisions capitalised too; "‘Round the clock,’" opens a quotation.
 */
const ELISION = /^(?:[Tt]is|[Tt]was|til|cause|em|n|round)(?![\p{L}\p{N}])/u;

function markAt(text: string, at: number, mark: string): Mark | undefined {
  const width = mark.length;
  if ((mark === "'" || mark === '’' || mark === '‘') && (SHORT_YEAR.test(text.slice(at + 1, at + 5)) || ELISION.test(text.slice(at + 1, at + 7)))) return undefined;
  const before = text[at - 1];
  const after = text[at + width];
  const canOpen = (before === undefined || BEFORE_OPENING.test(before)) && after !== undefined && !SPACE.test(after);
  const canClose = before !== undefined && !SPACE.test(before) && (after === undefined || AFTER_CLOSING.test(after));
  switch (mark) {
    // “expedited review“ of: an opening mark typed after a word, before a space or punctuation, closes.
    case '“': return { at, width, kind: 'double', canOpen: !(canClose && WORD_OR_STOP.test(before!)), canClose: canClose && WORD_OR_STOP.test(before!) };
    case '„': case '«': case '``': return { at, width, kind: 'double', canOpen: true, canClose: false };
    // ”Sorry, Sarah: a closing mark typed at a paragraph's start or after a space, before a word, opens;
    // “…, ” he said: one set off by a space after the quotation's last punctuation still closes.
    case '”': return { at, width, kind: 'double', canOpen: canOpen && WORD_CHAR.test(after!) && (before === undefined || SPACE.test(before)), canClose: (before !== undefined && !SPACE.test(before)) || spacedClose(text, at, after) };
    case '»': return { at, width, kind: 'double', canOpen: false, canClose: true };
    case '"': case "''": return { at, width, kind: 'double', canOpen, canClose: (canClose && !canOpen) || spacedClose(text, at, after) };
    // Trump‘s, bodies‘: an opening single mark typed after a letter is an apostrophe or a closing mark.
    case '‘': if (before !== undefined && WORD_OR_STOP.test(before)) return after !== undefined && WORD_CHAR.test(after) ? undefined : { at, width, kind: 'single', canOpen: false, canClose };
      return { at, width, kind: 'single', canOpen: true, canClose: false };
    case '’': case "'": {
      // Israel's, don’t: a mark between two letters is an apostrophe.
      if (before !== undefined && after !== undefined && WORD_CHAR.test(before) && WORD_CHAR.test(after)) return undefined;
      return { at, width, kind: 'single', canOpen: mark === "'" && canOpen, canClose };
    }
    default: return undefined;
  }
}

/** A letter, a digit or a quotation's final punctuation: what a closing mark follows. */
const WORD_OR_STOP = /[\p{L}\p{N}.,!?]/u;

/**
 * “…, ” he said: a space between a quotation's last punctuation and its closing mark, a space
 * after; also after a nested quotation's closing mark ("… like, 'Oh, this is important,' " Lee said).
 */
function spacedClose(text: string, at: number, after: string | undefined): boolean {
  return (after === undefined || SPACE.test(after)) && /[,.!?]['’]?\s$/u.test(text.slice(Math.max(0, at - 3), at));
}

/** Two-character marks first, so `''` is one double mark rather than two single ones. */
const MARK_CHARS = /``|''|[“”„«»"‘’']/gu;

/** A markup tag left in web copy (`<tweet author="@lee" date="May 2">`): its marks delimit attributes, not quotations. */
const TAG = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/giu;

/** Offsets [start, end) of the markup tags in a paragraph, or none when it has no `<`. */
function tagsOf(text: string): Array<[number, number]> {
  if (!text.includes('<')) return [];
  return [...text.matchAll(TAG)].map((tag) => [tag.index, tag.index + tag[0].length]);
}

/** The quotation spans of a paragraph, in order. Nested quotes stay inside their outer span. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let outer: Mark | undefined;
  let inner: Mark | undefined;
  // An `exec` loop on MARK_CHARS itself (it never matches empty text), not `matchAll`, which copies the pattern per call.
  const tags = tagsOf(text);
  MARK_CHARS.lastIndex = 0;
  for (let match = MARK_CHARS.exec(text); match; match = MARK_CHARS.exec(text)) {
    if (tags.some(([start, end]) => start < match!.index && match!.index < end)) continue;
    const mark = markAt(text, match.index, match[0]);
    if (!mark) continue;
    if (!outer) {
      if (mark.canOpen) outer = mark;
      continue;
    }
    if (inner) {
      if (mark.canClose && mark.kind === inner.kind) inner = undefined;
      else if (mark.canClose && mark.kind === outer.kind) {
        inner = undefined;
        spans.push({ open: outer.at, innerStart: outer.at + outer.width, kind: outer.kind, close: mark.at, closed: true });
        outer = undefined;
      }
      continue;
    }
    if (mark.canClose && mark.kind === outer.kind) {
      spans.push({ open: outer.at, innerStart: outer.at + outer.width, kind: outer.kind, close: mark.at, closed: true });
      outer = undefined;
    } else if (mark.canOpen && mark.kind !== outer.kind) {
      inner = mark;
    } else if (mark.canClose && CLOSING_PUNCTUATION.test(text[mark.at - 1] ?? '')) {
      // “We will,’ he said: a closing mark of the wrong kind after closing punctuation still closes.
      spans.push({ open: outer.at, innerStart: outer.at + outer.width, kind: outer.kind, close: mark.at, closed: true });
      outer = undefined;
    }
  }
  if (outer) spans.push({ open: outer.at, innerStart: outer.at + outer.width, kind: outer.kind, close: text.length, closed: false });
  return spans;
}
