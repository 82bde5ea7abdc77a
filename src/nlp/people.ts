/**
 * Finds the people, organisations and places a paragraph names, with the role stated beside
 * each person. Words are classified from compromise's lexicon plus Byline's lists (see
 * `model/lexicon.ts`); context rules then settle what the lexicon cannot: a title or appositive
 * role or a speech verb next to an unknown name makes it a person, and a lone surname is a
 * person when the article gives the full name elsewhere.
 */
import type { EntityKind, Mention, ParsedArticle, Passage } from '../types.ts';
import { tokenize, type Token } from './nameTokens.ts';
import { findRole, type TokenSpan } from './roles.ts';
import { genderOf, isFirstName, wordClass } from './model/lexicon.ts';
import { NAME_PARTICLES, NEVER_NAMES, ORGANIZATION_SUFFIXES, PLACE_SUFFIXES } from './model/nameWords.ts';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './model/roleWords.ts';
import { CUE_ADVERBS, CUE_VERBS } from './model/speechCues.ts';

/** A run of capitalised words read as one name, with what the paragraph says about it. */
export interface NameRun extends TokenSpan {
  /** As written, without title or possessive. */
  name: string;
  /** Undefined while only the article as a whole can tell (a lone unknown word such as "Holt"). */
  kind: EntityKind | undefined;
  gender?: 'm' | 'f';
  role?: string;
  /** A title, role or speech verb beside it says it is a person. */
  personEvidence: boolean;
}

/** One paragraph read once: its tokens and the names in it. */
export interface ParagraphAnalysis {
  passage: Passage;
  tokens: Token[];
  runs: NameRun[];
}

const MAX_PERSON_WORDS = 4;
const HYPHEN_LOWER = /-\p{Ll}/u;

/**
 * A word that can be part of a name. `titleCase` marks a headline-style paragraph, where capitals
 * say nothing: there, as at a sentence start, a capitalised common word is not a name.
 */
function isNameWord(token: Token, titleCase: boolean): boolean {
  if (!token.word || !token.cap || HYPHEN_LOWER.test(token.text)) return false;
  const lower = token.lower;
  if (NEVER_NAMES.has(lower) || ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || HONORIFICS.has(lower)) return false;
  const cls = wordClass(lower);
  if (cls === 'calendar' || cls === 'demonym' || cls === 'honorific') return false;
  if (opensAsAdverb(token)) return false;
  return !((token.sentenceStart || titleCase) && cls === 'common');
}

/** "Eventually Apple …", "Similarly, …": an adverb opening a sentence is capitalised for its place, not as a name. */
function opensAsAdverb(token: Token): boolean {
  return token.sentenceStart && token.lower.length >= 7 && /^\p{Lu}\p{Ll}+$/u.test(token.text) && ADVERB_ENDING.test(token.lower) && wordClass(token.lower) === undefined;
}

/** Endings of adverbs made from adjectives ("eventually", "similarly", "reportedly"), which no name the lexicon lacks shares. */
const ADVERB_ENDING = /(?:ally|ently|antly|ously|ively|ately|edly|ingly|fully|lessly|ibly|ably|arly)$/;

/** Most longer words capitalised: a headline or a title-case caption. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const token of tokens) {
    if (!token.word || token.text.length < 4) continue;
    words++;
    if (token.cap) capitals++;
  }
  return words >= 3 && capitals / words >= 0.6;
}

/** Multi-word lexicon entries ("New York", "White House") that role words would otherwise split. */
function lexiconRunAt(tokens: readonly Token[], i: number): number {
  for (const size of [3, 2]) {
    const words = tokens.slice(i, i + size);
    if (words.length < size || !words.every((t) => t.word && t.cap)) continue;
    const cls = wordClass(words.map((t) => t.lower).join(' '));
    if (cls === 'place' || cls === 'organization') return size;
  }
  return 0;
}

/** Maximal runs of name words (with particles such as "bin" between them). */
function findRunSpans(tokens: readonly Token[]): TokenSpan[] {
  const titleCase = isTitleCase(tokens);
  const spans: TokenSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const fixed = lexiconRunAt(tokens, i);
    if (fixed) {
      // "Red Sea" + "Institute": a suffix after a known place makes a longer name.
      const suffix = tokens[i + fixed];
      const extended = suffix?.cap && (ORGANIZATION_SUFFIXES.has(suffix.lower) || PLACE_SUFFIXES.has(suffix.lower));
      const end = i + fixed + (extended ? 1 : 0);
      spans.push({ start: i, end });
      i = end;
      continue;
    }
    // After "Mr." or "Sen." a capitalised word is a name even when it is also a title ("Mr. King"),
    // but not a second abbreviated title ("Lt. Gen. Ann Lee").
    const afterHonorific = tokens[i]!.cap && tokens[i]!.word && HONORIFICS.has(tokens[i - 1]?.lower ?? '') && !HONORIFICS.has(tokens[i]!.lower);
    if (!isNameWord(tokens[i]!, titleCase) && !afterHonorific) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length) {
      const token = tokens[end]!;
      if (isNameWord(token, titleCase)) end++;
      else if (NAME_PARTICLES.has(token.lower) && tokens[end + 1] && isNameWord(tokens[end + 1]!, titleCase)) end += 2;
      else break;
    }
    spans.push({ start: i, end });
    i = end;
  }
  return spans;
}

/** Extends "Department" back over "State" and "Forces" over "National Security": suffix-named bodies. */
function extendSuffixed(tokens: readonly Token[], span: TokenSpan): TokenSpan {
  let start = span.start;
  while (start > 0) {
    const previous = tokens[start - 1]!;
    if (!previous.word || !previous.cap || (previous.sentenceStart && wordClass(previous.lower) === 'common') || opensAsAdverb(previous)) break;
    start--;
  }
  return { start, end: span.end };
}

function classify(tokens: readonly Token[], span: TokenSpan): EntityKind | undefined {
  const words = tokens.slice(span.start, span.end);
  const joined = wordClass(words.map((t) => t.lower).join(' '));
  if (joined === 'place') return 'place';
  if (joined === 'organization') return 'organization';
  const classes = words.map((t) => wordClass(t.lower));
  if (words.length === 1) {
    if (joined === 'person' || joined === 'lastName') return 'person';
    return undefined;
  }
  if (classes.includes('organization')) return 'organization';
  if (classes.every((c) => c === 'place')) return 'place';
  if (words.length > MAX_PERSON_WORDS) return undefined;
  if (isFirstName(classes[0]) || classes[classes.length - 1] === 'lastName') return 'person';
  // Unknown capitalised words make a person, but not beside a place or a common word ("U.S. Involvement").
  // A surname may stand first as a given name ("Morton Blackwell", "Carter Page").
  return classes.every((c) => c === undefined || c === 'person' || c === 'lastName') ? 'person' : undefined;
}

/**
 * A speech verb right after the name ("Holt said", "Holt also stressed") or right before
 * it, unless a title follows: in "said Falcons general manager Dan Moss" the speaker is Moss.
 */
function besideCueVerb(tokens: readonly Token[], span: TokenSpan): boolean {
  let next = span.end;
  while (tokens[next] && CUE_ADVERBS.has(tokens[next]!.lower) && next - span.end < 2) next++;
  if (CUE_VERBS.has(tokens[next]?.lower ?? '')) return true;
  const after = tokens[span.end]?.lower ?? '';
  if (CUE_VERBS.has(tokens[span.start - 1]?.lower ?? '')) return !ROLE_HEADS.has(after) && !ROLE_MODIFIERS.has(after);
  // "…,” said pollster Ann Lee", "said former tech executive Ann Lee": a title between an inverted cue and the name.
  let cue = span.start - 1;
  // Not past another person's honorific: in "said Mr. Burman of the Tax Policy Center" Burman speaks.
  while (cue >= 0 && span.start - cue <= MAX_TITLE_AFTER_CUE && tokens[cue]!.word && !CUE_VERBS.has(tokens[cue]!.lower) && !HONORIFICS.has(tokens[cue]!.lower)) cue--;
  return cue >= 0 && cue < span.start - 1 && CUE_VERBS.has(tokens[cue]!.lower) && (cue === 0 || !tokens[cue - 1]!.word);
}

/** At most this many title words stand between an inverted cue and the name: "said former tech executive". */
const MAX_TITLE_AFTER_CUE = 5;

function readRun(passage: Passage, tokens: readonly Token[], found: TokenSpan): NameRun | undefined {
  const last = tokens[found.end - 1]!.lower;
  const suffixKind: EntityKind | undefined = ORGANIZATION_SUFFIXES.has(last)
    ? 'organization'
    : PLACE_SUFFIXES.has(last) ? 'place' : undefined;
  const span = suffixKind ? extendSuffixed(tokens, found) : found;
  if (suffixKind && span.end - span.start < 2) return undefined; // a lone "Group" or "Strip" names nothing
  const name = passage.text.slice(tokens[span.start]!.start, tokens[span.end - 1]!.end);
  let kind = suffixKind ?? classify(tokens, span);
  if (kind === 'place' || kind === 'organization') return { ...span, name, kind, personEvidence: false };
  const role = findRole(tokens, passage.text, span);
  const honorific = HONORIFICS.get(tokens[span.start - 1]?.lower ?? '');
  const personEvidence = role !== undefined || HONORIFICS.has(tokens[span.start - 1]?.lower ?? '') || besideCueVerb(tokens, span);
  if (personEvidence && kind === undefined && span.end - span.start <= MAX_PERSON_WORDS) kind = 'person';
  // A given name tells the gender of a full name; an honorific ("Mr. Lee", "Mrs. Ray") that of a surname alone too.
  const gender = (span.end - span.start > 1 ? genderOf(wordClass(tokens[span.start]!.lower)) : undefined) ?? honorific;
  const run: NameRun = { ...span, name, kind, personEvidence };
  if (gender) run.gender = gender;
  if (role) run.role = role;
  return run;
}

const analyses = new WeakMap<Passage, ParagraphAnalysis>();

/** Reads a paragraph's tokens and names, once per passage object (later calls hit a cache). */
export function analyseParagraph(passage: Passage): ParagraphAnalysis {
  const cached = analyses.get(passage);
  if (cached) return cached;
  const tokens = tokenize(passage);
  const runs: NameRun[] = [];
  for (const span of findRunSpans(tokens)) {
    const run = readRun(passage, tokens, span);
    if (run) runs.push(run);
  }
  const analysis = { passage, tokens, runs };
  analyses.set(passage, analysis);
  return analysis;
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

const resolvedArticles = new WeakMap<ParsedArticle, ParagraphAnalysis[]>();

/**
 * Settles each run's kind with what the whole article says: a lone word is a person when it is
 * the surname of a full name the article gives, or when context marks it as a person anywhere.
 * Once per article object: mentions, attribution and entities all ask, and a second pass would
 * change nothing (every run it turns into a person already names one of the article's people).
 */
export function resolveArticleRuns(article: ParsedArticle): ParagraphAnalysis[] {
  const cached = resolvedArticles.get(article);
  if (cached) return cached;
  const paragraphs = article.passages.map(analyseParagraph);
  resolvedArticles.set(article, paragraphs);
  const personWords = new Set<string>();
  for (const { runs } of paragraphs) {
    for (const run of runs) {
      if (run.kind !== 'person') continue;
      personWords.add(lastWord(run.name));
      if (run.end - run.start === 1) personWords.add(run.name.toLowerCase());
    }
  }
  const surnames = new Set<string>();
  for (const { runs } of paragraphs) for (const run of runs) if (run.kind === 'person' && run.end - run.start > 1) surnames.add(lastWord(run.name));
  for (const analysis of paragraphs) {
    for (const run of analysis.runs) {
      if (run.kind === undefined && run.end - run.start === 1 && personWords.has(run.name.toLowerCase())) run.kind = 'person';
      // "Bolton said": a place's name that is also the surname of someone the article names in full.
      if ((run.kind === 'place' || run.kind === 'organization') && run.end - run.start === 1 && surnames.has(run.name.toLowerCase()) && besideCueVerb(analysis.tokens, run)) run.kind = 'person';
    }
    addSentenceStartSurnames(analysis, personWords);
  }
  return paragraphs;
}

/**
 * "Pence said", "Tester, himself up for reelection, said": a surname that is also a common word
 * is no name at a sentence start, unless the article names that person in full elsewhere.
 */
function addSentenceStartSurnames(analysis: ParagraphAnalysis, personWords: ReadonlySet<string>): void {
  const { tokens, runs, passage } = analysis;
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (runs[r] && runs[r]!.end <= i) r++;
    if (runs[r] && runs[r]!.start <= i) continue;
    const token = tokens[i]!;
    if (!token.sentenceStart || !token.cap || !personWords.has(token.lower) || wordClass(token.lower) !== 'common') continue;
    if (tokens[i + 1]?.cap && tokens[i + 1]!.word) continue; // "Will Estrada" is a run of its own
    runs.splice(r, 0, { start: i, end: i + 1, name: passage.text.slice(token.start, token.end), kind: 'person', personEvidence: false });
  }
}

/**
 * Every person, organisation and place an article names, one mention per name and paragraph,
 * with the role the paragraph states for people ("Minister of Transport").
 */
export function extractMentions(article: ParsedArticle): Mention[] {
  const mentions: Mention[] = [];
  for (const { passage, runs } of resolveArticleRuns(article)) {
    const seen = new Map<string, Mention>();
    for (const run of runs) {
      if (!run.kind) continue;
      const key = `${run.kind}:${run.name}`;
      const earlier = seen.get(key);
      if (earlier) {
        if (!earlier.role && run.role) earlier.role = run.role;
        continue;
      }
      const mention: Mention = { name: run.name, kind: run.kind, file: passage.file, paragraph: passage.paragraph };
      if (run.role) mention.role = run.role;
      seen.set(key, mention);
      mentions.push(mention);
    }
  }
  return mentions;
}
