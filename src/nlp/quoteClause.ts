/**
 * The paraphrase that carries a quoted fragment: "Trump called Cruz “a liar” on Tuesday, and …"
 * → `Cruz “a liar” on Tuesday`. Attribution corpora mark what a speaker is reported to say, and
 * for a fragment woven into a sentence that is the clause around it, not the quoted words alone.
 * The clause starts after the nearest speech verb before the fragment (or at a colon, a
 * semicolon, the end of an earlier quotation or the sentence's start) and ends where the sentence
 * moves on after it: at punctuation, a conjunction or a speech verb.
 */
import { CUE_PARTICIPLES, CUE_VERBS, REPORTING_VERBS } from './model/speechCues.ts';

/** Where the clause before a fragment began, so fragments of one clause can be told apart from two clauses. */
export type ClauseStop = 'cue' | 'punctuation' | 'quote' | 'sentence';

export interface Clause {
  start: number;
  end: number;
  /** What ended the look back: a speech verb, a colon or dash, an earlier quotation, the sentence's start. */
  stop: ClauseStop;
}

/**
 * Verbs that introduce words verbatim without reporting speech: a sign, a chant, a title
 * ("a message reading “Thank you Georgia”", "the crowd chanted “USA!”").
 */
const VERBATIM_VERBS = new Set([
  'read', 'reads', 'reading', 'titled', 'entitled', 'headlined', 'chanted', 'chanting', 'chant', 'yelled', 'yelling',
  'shouting', 'screamed', 'screaming', 'echoed', 'echoing', 'mouthing', 'nicknamed', 'billed', 'coined', 'quoted', 'quoting',
]);

/** Words after which a fragment's clause cannot reach back: speech verbs ("said", "calling", "described"). */
function isCue(word: string): boolean {
  return CUE_VERBS.has(word) || CUE_PARTICIPLES.has(word) || REPORTING_VERBS.has(word) || VERBATIM_VERBS.has(word);
}

/** Punctuation that closes a clause on either side of a fragment. */
const CLAUSE_PUNCTUATION_BEFORE = new Set([':', ';', '—', '–', '-', '--', '(', '[']);
const CLAUSE_PUNCTUATION_AFTER = new Set([',', ';', ':', '!', '?', '—', '–', '-', '--', '(', ')', '[', ']']);
/** A new clause begins at these words after a fragment: "him a “nice guy” and he didn’t …". */
const CLAUSE_OPENERS = new Set([
  'and', 'but', 'or', 'nor', 'so', 'yet', 'while', 'whereas', 'although', 'though', 'because', 'since', 'as',
  'which', 'who', 'whom', 'whose', 'when', 'where', 'after', 'before', 'until', 'unless', 'if', 'despite',
]);
const OPENING_MARK = /^(?:[“‘„«]|``)$/u;
const CLOSING_MARK = /^(?:[”’»]|'')$/u;
const STRAIGHT_MARK = /^["']$/u;
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|''|``|--|\S/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string, from: number, to: number): Word[] {
  return [...text.slice(from, to).matchAll(TOKEN)].map((m) => ({ text: m[0], start: from + m.index, end: from + m.index + m[0].length }));
}

/** Start of the clause before the opening mark at `open`, looking back no further than `sentenceStart`. */
function clauseStart(text: string, sentenceStart: number, open: number): { start: number; stop: ClauseStop; cue?: string } {
  const words = wordsOf(text, sentenceStart, open);
  // “…”, right after a comma or colon, is a quotation of its own: "He coined a phrase, “undocumented Democrats,”".
  const last = words[words.length - 1];
  if (last && (last.text === ',' || last.text === ':')) return { start: open, stop: 'punctuation' };
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    let stop: ClauseStop | undefined;
    // Lowercase only: "United States" holds no speech verb.
    if (isCue(word.text)) return { start: nextWordStart(text, word.end, open), stop: 'cue', cue: word.text };
    if (CLAUSE_PUNCTUATION_BEFORE.has(word.text)) stop = 'punctuation';
    // A straight mark closes an earlier quotation when a word or punctuation stands right before it.
    else if ((CLOSING_MARK.test(word.text) && !isPossessiveMark(text, word)) || (STRAIGHT_MARK.test(word.text) && word.start > 0 && !/\s/u.test(text[word.start - 1]!))) stop = 'quote';
    if (stop) return { start: nextWordStart(text, word.end, open), stop };
  }
  return { start: nextWordStart(text, sentenceStart, open), stop: 'sentence' };
}

/** "the staffers’ actions": an apostrophe after a plural's s, before a word, is no closing mark. */
function isPossessiveMark(text: string, word: Word): boolean {
  return word.text.length === 1 && /s$/iu.test(text.slice(0, word.start)) && /^\s+\p{L}/u.test(text.slice(word.end, word.end + 3));
}

/** The first character at or after `from` that is not space or a comma. */
function nextWordStart(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && /[\s,]/u.test(text[at]!)) at++;
  return at;
}

/**
 * End of the clause after a closing mark that ends at `after`, looking no further than
 * `sentenceEnd`. Punctuation ends it, and so does another quotation. After a verb of saying the
 * clause is what was said and runs on past conjunctions ("Obama said “it gets me mad” every time
 * he thinks about …", but not "… and said …"); otherwise the fragment's clause ends at the next
 * conjunction or speech verb ("calling him a “nice guy” and he didn’t …").
 */
function clauseEnd(text: string, after: number, sentenceEnd: number, reported: boolean): number {
  let end = after;
  const words = wordsOf(text, after, sentenceEnd);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (CLAUSE_PUNCTUATION_AFTER.has(word.text) || OPENING_MARK.test(word.text) || STRAIGHT_MARK.test(word.text)) break;
    const opensClause = CLAUSE_OPENERS.has(word.text.toLowerCase()) || isCue(word.text);
    if (opensClause && (!reported || isCue(word.text) || isCue(words[i + 1]?.text ?? ''))) break;
    // The sentence's full stop is not part of the clause.
    if (word.text !== '.' || i < words.length - 1) end = word.end;
  }
  return end;
}

/** Verbs that name rather than report: their clause is the thing named ("calling him a “nice guy”"). */
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'calling', 'described', 'describes', 'describing', 'labeled', 'labelled', 'dubbed', 'branded', 'termed']);

/**
 * The clause around quoted words that open at `open` (the opening mark) and close at `after`
 * (just past the closing mark), within the sentence [`sentence.start`, `sentence.end`) of `text`.
 */
export function clauseAround(text: string, sentence: { start: number; end: number }, open: number, after: number): Clause {
  const { start, stop, cue } = clauseStart(text, sentence.start, open);
  const reported = cue !== undefined && !NAMING_VERBS.has(cue);
  // “…,” with its own comma or stop inside the marks ends the clause there: "called him a “moderate,” a dig at …".
  const closesClause = /[,.!?]\s*(?:''|[”"’'])$/u.test(text.slice(Math.max(0, after - 4), after));
  return { start, end: closesClause ? after : clauseEnd(text, after, sentence.end, reported), stop };
}
