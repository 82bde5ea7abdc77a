/**
 * The paraphrase that carries a quoted fragment: "Trump called Cruz “a liar” on Tuesday, and …"
 * → `Cruz “a liar” on Tuesday`. Attribution corpora mark what a speaker is reported to say, and
 * for a fragment woven into a sentence that is the clause around it, not the quoted words alone.
 * The clause starts after the nearest speech or quoting verb before the fragment (or at a colon,
 * a dash, the end of an earlier quotation), failing those after the nearest verb in -ed/-ing, or
 * at the sentence's start. It ends where the sentence moves on: after a verb of saying, at an
 * aside, a source, a second verb or another quotation; otherwise at the next punctuation,
 * conjunction or speech verb.
 */
import { CUE_PARTICIPLES, CUE_VERBS, REPORTING_VERBS } from './model/speechCues.ts';

/** Where the clause before a fragment began, so fragments of one clause can be told apart from two clauses. */
export type ClauseStop = 'cue' | 'punctuation' | 'quote' | 'sentence';

export interface Clause {
  start: number;
  end: number;
  /** What ended the look back: a speech verb, a colon or dash, an earlier quotation, the sentence's start. */
  stop: ClauseStop;
  /** The words were introduced verbatim ("chanted “USA!”", "a sign reading “…”"): the clause is the quotation alone. */
  verbatim?: boolean;
  /** The look back passed over a parenthetical speaker and cue ("Costs, Lee said, “will rise”"): what was said starts before them. */
  aside?: boolean;
}

/**
 * Verbs that introduce words verbatim without reporting speech: a sign, a chant, a title
 * ("a message reading “Thank you Georgia”", "the crowd chanted “USA!”").
 */
const VERBATIM_VERBS = new Set([
  'read', 'reads', 'reading', 'titled', 'entitled', 'headlined', 'chanted', 'chanting', 'chant', 'yelled', 'yelling',
  'shouting', 'screamed', 'screaming', 'echoed', 'echoing', 'mouthing', 'nicknamed', 'billed', 'coined', 'quoted', 'quoting',
  'chants', 'slogan',
]);

/**
 * Nouns that name the quoted words themselves, which follow them verbatim: "the phrase
 * “self-deportation”", "the slogan ''Axe the tax''", "chants of “Ted! Ted!”", "a nickname, “Gert.”".
 */
const VERBATIM_NOUNS = new Set([
  'phrase', 'phrases', 'term', 'terms', 'words', 'slogan', 'slogans', 'nickname', 'motto', 'hashtag', 'catchphrase',
  'moniker', 'chant', 'chants', 'cry', 'cries', 'refrain', 'mantra',
]);

/** Between a verbatim noun and the quotation: nothing, "of" ("chants of “…”"), or a comma ("a nickname, “…”", whose quotation stands alone). */
const VERBATIM_NOUN_BEFORE = /\b(\p{L}+)(?:\s+of|\s*,)?\s*(?:``|''|["“'‘])?$/u;

/**
 * The quotation whose opening mark is at `at` (or whose words start at `at`) is introduced by a noun
 * naming it ("the phrase “…”"): that noun, else undefined.
 */
export function verbatimNounBefore(text: string, at: number): string | undefined {
  const noun = VERBATIM_NOUN_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase();
  return noun !== undefined && VERBATIM_NOUNS.has(noun) ? noun : undefined;
}

/** At most this many words between a verbatim noun and the determiner that opens its phrase: "the usual campaign slogan". */
const MAX_NAMING_PHRASE_WORDS = 3;

/**
 * Where the phrase of the verbatim noun right before `open` starts: at its determiner or possessive
 * ("the phrase “…”", "a nickname, “…”", "Lee's slogan “…”"), else at the noun itself.
 */
function namingPhraseStart(words: readonly Word[], open: number): number {
  let i = words.length - 1;
  while (i >= 0 && !VERBATIM_NOUNS.has(words[i]!.text.toLowerCase())) i--;
  if (i < 0) return open;
  for (let j = i - 1; j >= 0 && i - j <= MAX_NAMING_PHRASE_WORDS; j--) {
    const word = words[j]!.text;
    if (NOUN_OPENERS.has(word.toLowerCase()) || /['’]s$/u.test(word)) return words[j]!.start;
    if (!/^[\p{L}\p{N}]/u.test(word)) break;
  }
  return words[i]!.start;
}

/** Words after which a fragment's clause cannot reach back: speech verbs ("said", "calling", "described"). */
function isCue(word: string): boolean {
  return CUE_VERBS.has(word) || CUE_PARTICIPLES.has(word) || REPORTING_VERBS.has(word) || VERBATIM_VERBS.has(word);
}

/** A quotation that opens in lowercase, carrying on a sentence. */
const LOWERCASE_AFTER_MARK = /^(?:``|''|[“"‘'])\s*\p{Ll}/u;
/** Particles of a speech verb ("called on", "called for"): what was said starts after them. */
const PARTICLES = new Set(['on', 'for']);

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
  // An `exec` loop on TOKEN itself, not `matchAll`, which copies the pattern on every call.
  const part = text.slice(from, to);
  const words: Word[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(part); m; m = TOKEN.exec(part)) words.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return words;
}

/** Before these a verb's form is a noun: "a note card", "the report", "his call". */
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'no', 'so']);

/** A speech verb used as one: lowercase ("United States" holds none) and not after a determiner. */
function isCueAt(words: readonly Word[], i: number): boolean {
  return isCue(words[i]!.text) && !DETERMINERS.has(words[i - 1]?.text.toLowerCase() ?? '');
}

/**
 * A verb whose object holds the fragment: "labeling Obama’s actions “…”", "pledged to “win …”".
 * Without a tagger: a lowercase word in -ed or -ing that no determiner precedes.
 */
function isVerbLikeAt(words: readonly Word[], i: number): boolean {
  return /^\p{Ll}[\p{Ll}-]{2,}(?:ed|ing)$/u.test(words[i]!.text) && !DETERMINERS.has(words[i - 1]?.text.toLowerCase() ?? '');
}

/**
 * Start of the clause before the opening mark at `open`, looking back no further than
 * `sentenceStart`: after the nearest speech verb, colon, dash or earlier quotation; failing
 * those, after the nearest verb-like word, or at the sentence's start. A verb-like word does not
 * cut short a look back that reached a dash or an earlier quotation: "covering the “election.”"
 * reaches back to "did an “awful” job", so the two fragments share one clause.
 */
function clauseStart(text: string, sentenceStart: number, open: number): { start: number; stop: ClauseStop; cue?: string; cueAt?: number; aside?: boolean } {
  const words = wordsOf(text, sentenceStart, open);
  // "the phrase “self-deportation”": a noun that names the quoted words introduces them verbatim,
  // when no speech verb or other verb stands before it ("using the term “…”" is the verb's clause).
  const noun = verbatimNounBefore(text, open);
  const verbatim = noun !== undefined ? { start: namingPhraseStart(words, open), stop: 'cue' as const, cue: noun, cueAt: open } : undefined;
  // “…”, right after a comma or colon, is a quotation of its own: "He coined a phrase, “undocumented Democrats,”".
  const last = words[words.length - 1];
  // But "Costs, Lee said, “will rise”": a speaker and cue set off by commas stand inside what was said.
  // Only when the quotation goes on with the sentence: "Asked why, Lee said, “We …”" starts a sentence of its own.
  const aside = last?.text === ',' && words.length > 1 && isCueAt(words, words.length - 2) && LOWERCASE_AFTER_MARK.test(text.slice(open, open + 4))
    ? parentheticalStart(words, words.length - 2) : undefined;
  if (last && (last.text === ',' || last.text === ':') && aside === undefined) return verbatim ? { ...verbatim, start: open } : { start: open, stop: 'punctuation' };
  let verb: Word | undefined;
  let passed = aside !== undefined;
  for (let i = aside ?? words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    let stop: ClauseStop | undefined;
    if (isCueAt(words, i)) {
      // "Costs, Lee said, “will rise”": a speaker and cue set off by commas stand inside what was said.
      const aside = parentheticalStart(words, i);
      if (aside !== undefined) {
        i = aside;
        passed = true;
        continue;
      }
      const particle = PARTICLES.has(words[i + 1]?.text.toLowerCase() ?? '') && i + 2 < words.length ? words[i + 1]!.end : word.end;
      return { start: nextWordStart(text, particle, open), stop: 'cue', cue: word.text, cueAt: word.start };
    }
    verb ??= isVerbLikeAt(words, i) ? word : undefined;
    if (CLAUSE_PUNCTUATION_BEFORE.has(word.text)) stop = 'punctuation';
    // A straight mark closes an earlier quotation when a word or punctuation stands right before it.
    else if ((CLOSING_MARK.test(word.text) && !isPossessiveMark(text, word)) || (STRAIGHT_MARK.test(word.text) && word.start > 0 && !/\s/u.test(text[word.start - 1]!))) stop = 'quote';
    if (stop) return { start: nextWordStart(text, word.end, open), stop, ...(passed ? { aside: true } : {}) };
  }
  if (verbatim && !verb && !passed) return verbatim;
  // Past a parenthetical cue a verb-like word is inside what was said: "Sooner or later, the governor told reporters, “it …”".
  return { start: nextWordStart(text, verb && !passed ? verb.end : sentenceStart, open), stop: 'sentence', ...(passed ? { aside: true } : {}) };
}

/** At most this many words name the speaker of a parenthetical attribution: ", the former senator said,". */
const MAX_ASIDE_SPEAKER_WORDS = 5;

/**
 * The index of the comma that opens ", Lee said," when the cue at `i` is set off by commas on both
 * sides with only its speaker between (", he said,", ", Ms. Tanzer said,"), else undefined.
 */
function parentheticalStart(words: readonly Word[], i: number): number | undefined {
  // "She sent an email saying, “…”": a participle goes on from its own clause, it sets nothing off.
  if (words[i + 1]?.text !== ',' || /ing$/u.test(words[i]!.text)) return undefined;
  for (let j = i - 1; j >= 0 && i - j <= MAX_ASIDE_SPEAKER_WORDS + 1; j--) {
    const text = words[j]!.text;
    if (text === ',') return j < i - 1 ? j : undefined;
    if ((!/^[\p{L}\p{N}]/u.test(text) && text !== '.') || isCueAt(words, j)) return undefined;
  }
  return undefined;
}

/** "the staffers’ actions": an apostrophe after a plural's s, before a word, is no closing mark. */
function isPossessiveMark(text: string, word: Word): boolean {
  return (word.text === '’' || word.text === "'") && /s$/iu.test(text.slice(0, word.start)) && /^\s+\p{L}/u.test(text.slice(word.end, word.end + 3));
}

/** The first character at or after `from` that is not space or a comma. */
function nextWordStart(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && /[\s,]/u.test(text[at]!)) at++;
  return at;
}

/** Where what a speaker is reported to say ends, whatever follows. */
const REPORT_BREAKS = new Set([';', ':', '—', '–', '-', '--', '(']);
/** A speech verb this close after a comma hands over to another statement: "…, Lee told reporters". */
const MAX_CUE_DISTANCE = 4;

/** After a comma these open something other than more of what was said: an aside, a contrast, a source. */
const AFTER_COMMA_BREAKS = new Set(['a', 'an', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'although', 'though', 'it', 'according']);
/** After "and", "but" or "as" these start a clause of the writer's: "… as he faces …". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/**
 * Where reported speech stops at words[i]: a comma before an aside, a source, another quotation
 * or a speech verb ("…, a swipe at …", "…, according to", "…, Lee said", "…, adding"); "and"
 * before a second verb ("… and said", "… and highlighted"); "as" before a subject ("… as he faces").
 */
function endsReport(words: readonly Word[], i: number): boolean {
  const word = words[i]!.text.toLowerCase();
  const next = words[i + 1]?.text ?? '';
  if (word === ',') {
    if (AFTER_COMMA_BREAKS.has(next.toLowerCase()) || OPENING_MARK.test(next) || STRAIGHT_MARK.test(next)) return true;
    return words.slice(i + 1, i + 1 + MAX_CUE_DISTANCE).some((w, k) => isCueAt(words, i + 1 + k) && !CLAUSE_PUNCTUATION_AFTER.has(w.text));
  }
  // "… and Donald Trump says …": another speaker and cue take over.
  if (word === 'and' || word === 'but') return isCueAt(words, i + 1) || /^\p{Ll}+ed$/u.test(next) || handsOver(words, i);
  return word === 'as' && SUBJECT_PRONOUNS.has(next.toLowerCase());
}

/** A capitalised subject and its speech verb follow words[i] ("and Donald Trump says", "and Ray calling"). */
function handsOver(words: readonly Word[], i: number): boolean {
  if (!/^\p{Lu}/u.test(words[i + 1]?.text ?? '')) return false;
  for (let k = i + 2; k < Math.min(words.length, i + 2 + MAX_CUE_DISTANCE); k++) {
    if (isCueAt(words, k)) return true;
    if (!/^\p{Lu}/u.test(words[k]!.text) && words[k]!.text !== '.') return false;
  }
  return false;
}

/**
 * End of the clause after a closing mark that ends at `after`, looking no further than
 * `sentenceEnd`. Another quotation ends it. After a verb of saying the clause is what was said
 * and runs on to the sentence's end ("Obama said “it gets me mad” every time he thinks about …",
 * "… “complex” and he feels he can win"), unless a dash, a semicolon or a new speech verb comes
 * first ("…, adding …", "… and said …"); otherwise the fragment's clause ends at the next
 * punctuation, conjunction or speech verb ("calling him a “nice guy” and he didn’t …").
 */
function clauseEnd(text: string, after: number, sentenceEnd: number, reported: boolean, commaEnds = false): number {
  let end = after;
  const words = wordsOf(text, after, sentenceEnd);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (OPENING_MARK.test(word.text) || STRAIGHT_MARK.test(word.text)) break;
    // "the “good old days” when, he said, protesters would …": a speaker and cue set off by commas
    // inside the clause stand aside from it; what was said goes on after them.
    const aside = asideAfter(words, i);
    if (aside !== undefined) {
      i = aside;
      continue;
    }
    if (reported) {
      if (REPORT_BREAKS.has(word.text) || endsReport(words, i) || (commaEnds && word.text === ',')) break;
    } else if (CLAUSE_PUNCTUATION_AFTER.has(word.text) || CLAUSE_OPENERS.has(word.text.toLowerCase()) || (isCueAt(words, i) && !continuesWith(words, i))) {
      break;
    }
    // The sentence's full stop is not part of the clause.
    if (word.text !== '.' || i < words.length - 1) end = word.end;
  }
  return end;
}

/** Words that open a relative clause whose subject a speech verb can follow: "the “rigged economy” that he says is …". */
const RELATIVE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'what']);

/**
 * The speech verb at words[i] goes on with the fragment's clause rather than opening a statement of
 * its own: after an auxiliary or "to" ("the word “birther” was mentioned …", "for continuing to
 * insist …") or after a relative word and its subject ("the “rigged economy” that he says is …").
 */
function continuesWith(words: readonly Word[], i: number): boolean {
  const before = words[i - 1]?.text.toLowerCase() ?? '';
  if (AUXILIARIES.has(before) || before === 'to') return true;
  return RELATIVE_OPENERS.has(words[i - 2]?.text.toLowerCase() ?? '') && SUBJECT_PRONOUNS.has(before);
}

/**
 * The index of the closing comma of ", he said," when words[i] opens a parenthetical speaker and
 * cue set off by commas and lowercase words of the clause go on after it; else undefined.
 */
function asideAfter(words: readonly Word[], i: number): number | undefined {
  if (words[i]!.text !== ',') return undefined;
  for (let k = i + 2; k < words.length && k - i <= MAX_ASIDE_SPEAKER_WORDS + 1; k++) {
    if (!/^[\p{L}\p{N}]/u.test(words[k - 1]!.text) && words[k - 1]!.text !== '.') return undefined;
    if (isCueAt(words, k)) {
      if (/ing$/u.test(words[k]!.text) || words[k + 1]?.text !== ',' || !/^\p{Ll}/u.test(words[k + 2]?.text ?? '')) return undefined;
      return k + 1;
    }
  }
  return undefined;
}

/** Verbs that name rather than report: their clause is the thing named ("calling him a “nice guy”"). */
const NAMING_VERBS = new Set(['call', 'calls', 'called', 'calling', 'described', 'describes', 'describing', 'labeled', 'labelled', 'dubbed', 'branded', 'termed']);

/** Forms of be, have and do: a clause's verb, which a speech verb's object does not hold. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);

/**
 * "telling supporters at a rally that “…”": after a speech verb and its object, what was said starts
 * at "that". Not when a verb stands between ("says his campaign is the only one that “…”": there
 * "that" opens a relative clause inside what was said).
 */
export function thatAfterObject(text: string, from: number, open: number): number | undefined {
  const words = wordsOf(text, from, open);
  const at = words.findIndex((w) => w.text.toLowerCase() === 'that');
  // "… said he voted for Lee, and that “…”": a second thing said, joined to the first.
  if (at <= 0 || CLAUSE_OPENERS.has(words[at - 1]!.text.toLowerCase())) return undefined;
  const object = words.slice(0, at);
  if (object.some((w, k) => AUXILIARIES.has(w.text.toLowerCase()) || isVerbLikeAt(object, k) || CLOSING_MARK.test(w.text) || OPENING_MARK.test(w.text) || STRAIGHT_MARK.test(w.text))) return undefined;
  return words[at]!.start;
}

/** Past participles that name a thing after its noun: "a short film called “…”". */
const NAMED_PARTICIPLES = new Set(['called', 'dubbed', 'named', 'labeled', 'labelled', 'branded', 'termed']);
/** Words that open the noun phrase a participle names. */
const NOUN_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);

/**
 * "a short film called “Home,”", "a group called the “Harbour Trust”": a naming participle right
 * after a noun names that noun, and the clause is the noun phrase, from its determiner. Not after a
 * subject and auxiliary ("he has called", "she called"), an adverb or a relative word.
 */
function namedNoun(text: string, sentenceStart: number, cueAt: number, cue: string, afterCue: number, open: number): number | undefined {
  // "the ministry called both plans “reckless”": an object of its own makes the verb finite.
  if (!NAMED_PARTICIPLES.has(cue) || !wordsOf(text, afterCue, open).every((w) => NAMED_LEAD.has(w.text.toLowerCase()))) return undefined;
  const before = wordsOf(text, sentenceStart, cueAt);
  const noun = before[before.length - 1];
  if (!noun || !/^\p{Ll}+$/u.test(noun.text) || /ly$/u.test(noun.text)) return undefined;
  const lower = noun.text;
  if (AUXILIARIES.has(lower) || SUBJECT_WORDS.has(lower) || RELATIVES.has(lower) || NOUN_OPENERS.has(lower) || isCue(lower)) return undefined;
  for (let i = before.length - 2; i >= 0 && before.length - 1 - i <= MAX_RELATIVE_GAP + 1; i--) {
    const word = before[i]!.text.toLowerCase();
    if (NOUN_OPENERS.has(word)) return before[i]!.start;
    if (!/^[\p{L}\p{N}]/u.test(word) || AUXILIARIES.has(word) || isCue(word)) return undefined;
  }
  return undefined;
}
const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that', 'also', 'then', 'once', 'often', 'never', 'repeatedly', 'later']);

/** Relative words that can stand for the thing a naming verb names: "what she calls “…”", "which he described as “…”". */
const RELATIVES = new Set(['what', 'which', 'whom', 'who']);
/** Between a naming verb and the quotation when the relative word is its object: "whom he called a “con artist”". */
const NAMED_LEAD = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'as']);
/** At most this many words (a subject, an auxiliary) between the relative word and its naming verb. */
const MAX_RELATIVE_GAP = 5;

/**
 * "what her team calls “real solutions”", "which Lee called “a disgrace”": when a relative word
 * before a naming verb is the thing named, the clause is the relative clause and starts at it. Not
 * when the relative word is the verb's subject ("who called Lee “a crook”") or the verb names an
 * object of its own first ("who called the plan “a disaster”").
 */
function namedFrom(text: string, sentenceStart: number, cueAt: number, afterCue: number, open: number): number | undefined {
  if (!wordsOf(text, afterCue, open).every((w) => NAMED_LEAD.has(w.text.toLowerCase()))) return undefined;
  const before = wordsOf(text, sentenceStart, cueAt);
  for (let i = before.length - 1, gap = 0; i >= 0 && gap <= MAX_RELATIVE_GAP; i--, gap++) {
    const word = before[i]!;
    if ((!/^[\p{L}\p{N}]/u.test(word.text) && word.text !== '.') || OPENING_MARK.test(word.text) || CLOSING_MARK.test(word.text)) return undefined;
    if (RELATIVES.has(word.text.toLowerCase())) return gap > 0 ? word.start : undefined;
  }
  return undefined;
}

/**
 * The clause around quoted words that open at `open` (the opening mark) and close at `after`
 * (just past the closing mark), within the sentence [`sentence.start`, `sentence.end`) of `text`.
 */
export function clauseAround(text: string, sentence: { start: number; end: number }, open: number, after: number): Clause {
  const found = clauseStart(text, sentence.start, open);
  const { stop, cue } = found;
  // "the slogan “…”": the noun's phrase and the words it names.
  if (cue && found.cueAt === open && VERBATIM_NOUNS.has(cue)) return { start: found.start, end: after, stop, verbatim: true };
  if (cue && VERBATIM_VERBS.has(cue)) return { start: open, end: after, stop, verbatim: true };
  const start = cue && found.cueAt !== undefined && NAMING_VERBS.has(cue)
    ? namedFrom(text, sentence.start, found.cueAt, found.start, open) ?? namedNoun(text, sentence.start, found.cueAt, cue, found.start, open) ?? found.start
    : stop === 'cue' ? thatAfterObject(text, found.start, open) ?? found.start : found.start;
  const reported = cue !== undefined && !NAMING_VERBS.has(cue);
  // “…,” with its own comma or stop inside the marks ends the clause there: "called him a “moderate,” a dig at …".
  const closesClause = /[,.!?]\s*(?:''|[”"’'])$/u.test(text.slice(Math.max(0, after - 4), after));
  // In reported speech a comma inside the marks ends it only where a comma outside would:
  // "Lee said the plan was “dead,” a swipe at …" but "Lee said it is “fine,” compared to …".
  // "When Lee said the plan was “dead,” Ray left": a sentence that opens with a subordinate clause
  // goes on to its main clause after a comma.
  const subordinate = reported && opensSubordinate(text, sentence.start, start);
  const commaGoesOn = reported && !subordinate && /,\s*(?:''|[”"’'])$/u.test(text.slice(Math.max(0, after - 4), after))
    && !endsReport([{ text: ',', start: after, end: after }, ...wordsOf(text, after, sentence.end)], 0);
  return { start, end: closesClause && !commaGoesOn ? after : clauseEnd(text, after, sentence.end, reported, subordinate), stop, ...(found.aside ? { aside: true } : {}) };
}

/** Words that open a subordinate clause at a sentence's start: "When …, …", "Even as …, …". */
const SUBORDINATORS = new Set(['when', 'while', 'whereas', 'as', 'although', 'though', 'if', 'because', 'after', 'before', 'since', 'once', 'unless', 'until']);

/** The sentence opens (after "But", "And", "Even") with a subordinator or "In"/"By" and a gerund, before `start`. */
function opensSubordinate(text: string, sentenceStart: number, start: number): boolean {
  const words = wordsOf(text, sentenceStart, start).map((w) => w.text.toLowerCase());
  let i = 0;
  while (i < words.length && (words[i] === 'but' || words[i] === 'and' || words[i] === 'even')) i++;
  const first = words[i];
  if (first === undefined) return false;
  return SUBORDINATORS.has(first) || ((first === 'in' || first === 'by') && /ing$/u.test(words[i + 1] ?? ''));
}
