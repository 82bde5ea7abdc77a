/**
 * Who said each quotation. Reads an article paragraph by paragraph, sentence by sentence,
 * keeping track of the current subject so that "he said" finds its person. Rules, in the order
 * they are tried for one quotation:
 *  1. right after it: "…,” Blinken said", "…,” said the top U.S. diplomat", "…,” he told reporters",
 *     past a title ("said Falcons general manager Dan Moss", "Mr. King said"), an appositive or a
 *     parenthesis ("Tom Ray, chief economist at Acme Bank, said"), or from a plain noun phrase
 *     ("…,” the report said": a speaker mention without a name);
 *  2. a colon right after a name ("Carl Bialik: “…”") or after a clause with a subject
 *     ("Blinken returned to his warning: “…”");
 *  3. the nearest speaker–cue pair elsewhere in the sentence: "Blinken said, the U.S. “will …”";
 *  4. the sentence's subject, for quotations woven into reported speech ("Tajani mentioned that … “…”");
 *  5. the speaker of the sentence before, in the same paragraph;
 *  6. a sentence after it that opens with a speaker and cue ("“…” She added.");
 *  7. a paragraph that is only a quotation continues the previous paragraph's speaker.
 * The same pass finds reported speech (`ReportedSpeech`, read in `reportedSpeech.ts`): what follows "X said (that)", "according
 * to X," or a speech verb with its object ("X blamed …"), or what precedes "…, X said.".
 */
import type { Mention, ParsedArticle } from '../types.ts';
import { isPossessive, type Token } from './nameTokens.ts';
import { resolveArticleRuns, type ParagraphAnalysis } from './people.ts';
import type { QuoteSpan } from './quoteMarks.ts';
import { resolveRoleNoun, roleNounAt, type RoleHolder } from './roles.ts';
import { similarGivenNames } from './nameSimilarity.ts';
import { wordClass } from './model/lexicon.ts';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './model/roleWords.ts';
import { StatementReader } from './reportedSpeech.ts';
import { CUE_ADVERBS, CUE_PARTICIPLES, CUE_PARTICLES, CUE_VERBS, CUES_WITH_OBJECT, REPORTING_VERBS, SPEAKER_PRONOUNS } from './model/speechCues.ts';

/** Where a speaker is named: character offsets in one paragraph's text. */
export interface SpeakerMention {
  /** Index of the paragraph in `article.passages`. */
  passage: number;
  start: number;
  end: number;
}

/** Who said one quotation span, and how the text says so. */
export interface Attribution {
  speaker?: string;
  /** The words the speaker was found from: a name, a pronoun or a role noun. */
  mention?: SpeakerMention;
  cue?: string;
  /** Found straight after the quotation ("…,” she said), so a quotation resumed after it continues it. */
  trailing: boolean;
}

/**
 * Reported speech: what a speaker said as the text paraphrases it ("Blinken said that …",
 * "…, according to the ministry"). Offsets are into one paragraph's text.
 */
export interface ReportedSpeech {
  /** Index of the paragraph in `article.passages`. */
  passage: number;
  start: number;
  end: number;
  cue: string;
  speaker?: string;
  mention?: SpeakerMention;
  /** Indices of the paragraph's quotation spans inside the paraphrase ("Rubio was “a lightweight”"). */
  quotes: number[];
  /** The parts around a speaker and cue set inside the statement ("Costs, she said, will rise"). */
  pieces?: Array<{ start: number; end: number }>;
}

/** Everything the attribution pass finds: speakers per quotation span, and reported speech. */
export interface Attributions {
  /** One list per paragraph, one entry per quotation span, in the shape of the spans given. */
  quotes: Attribution[][];
  statements: ReportedSpeech[];
}

type Gender = 'm' | 'f' | undefined;

/** Something in the text that can speak: a name, a pronoun, a role noun, or a non-person ("it"). */
export interface Ref {
  start: number;
  end: number;
  kind: 'person' | 'pronoun' | 'role' | 'other';
  /** The person or body it stands for, when known. */
  name?: string;
  gender: Gender;
}

export interface Pair {
  ref: Ref;
  cue: string;
  /** First and last+1 token of "ref cue" or "cue ref". */
  start: number;
  end: number;
}

/** A sentence, with boundaries inside quotations ignored. */
export interface Unit {
  start: number;
  end: number;
  refs: Ref[];
  subject?: Ref;
  pairs: Pair[];
  /** Speech verbs after a plain noun phrase ("the report said"): a speaker mention with no name. */
  nounPairs: Pair[];
}

export const CLAUSE_BOUNDARIES = new Set([',', ';', ':', '(', '—', '–']);
const SUBJECT_OPENERS = new Set(['but', 'and', 'however', 'meanwhile', 'then', 'so', 'yet', 'also', 'still', 'now', 'later', 'earlier', 'the', 'a', 'an', 'of']);
export const NOT_AFTER_SUBJECT = new Set(['by', 'of', 'to', 'with', 'for', 'in', 'on', 'at', 'from', 'and', 'or']);
/** Pronouns that can speak but resolve to no person here: a body ("it", "they") or the writer ("I said"). */
const NON_PERSON_PRONOUNS = new Set(['it', 'they', 'we', 'i']);
/** Before these a participle is a noun: "his warning". */
export const NOUN_MARKERS = new Set(['his', 'her', 'its', 'their', 'the', 'a', 'an', 'this', 'that', 'our']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom', 'that']);
export const CUE_OBJECT_STOPS = new Set(['that', 'on', 'in', 'as', 'at', 'after', 'before', 'during', 'while', 'when', 'about']);

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/** What the article says about its people: fullest name forms, genders, roles. */
class ArticlePeople {
  private readonly fullest = new Map<string, string>();
  private readonly genders = new Map<string, 'm' | 'f'>();
  readonly persons = new Set<string>();
  readonly holders: RoleHolder[];

  constructor(mentions: readonly Mention[], paragraphs: readonly ParagraphAnalysis[]) {
    const counts = new Map<string, number>();
    const roles = new Map<string, Set<string>>();
    for (const mention of mentions) {
      if (mention.kind !== 'person') continue;
      this.persons.add(mention.name);
      if (mention.name.includes(' ')) counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
    }
    // The most frequent full name per surname stands for it and for its variant spellings.
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    for (const name of ranked) {
      const key = lastWord(name);
      const best = this.fullest.get(key);
      if (!best) this.fullest.set(key, name);
      else if (similarGivenNames(best.split(' ')[0]!, name.split(' ')[0]!)) this.fullest.set(name.toLowerCase(), best);
    }
    for (const mention of mentions) {
      if (mention.kind !== 'person' || !mention.role) continue;
      const name = this.fullName(mention.name);
      roles.set(name, (roles.get(name) ?? new Set()).add(mention.role));
    }
    this.holders = [...roles].map(([name, held]) => ({ name, roles: [...held] }));
    for (const { runs } of paragraphs) {
      for (const run of runs) if (run.gender) this.genders.set(lastWord(run.name), run.gender);
    }
  }

  /** "Blinken" → "Antony Blinken" when the article gives that full name. */
  fullName(name: string): string {
    return this.fullest.get(name.toLowerCase()) ?? name;
  }

  gender(name: string): Gender {
    return this.genders.get(lastWord(name));
  }
}

/** The state carried through the article: who the text is currently about. */
interface Focus {
  subject?: { name: string; gender: Gender };
  recent: Array<{ name: string; gender: Gender }>;
}

function resolvePronoun(focus: Focus, gender: Gender): string | undefined {
  const fits = (candidate: { gender: Gender }): boolean => !gender || !candidate.gender || candidate.gender === gender;
  if (focus.subject && fits(focus.subject)) return focus.subject.name;
  for (let i = focus.recent.length - 1; i >= 0; i--) if (fits(focus.recent[i]!)) return focus.recent[i]!.name;
  return undefined;
}

/** Which span (1-based) each token lies in, 0 outside quotations; marks count as inside. */
function spanIndex(tokens: readonly Token[], spans: readonly QuoteSpan[]): Int32Array {
  const inside = new Int32Array(tokens.length);
  let s = 0;
  tokens.forEach((token, i) => {
    while (spans[s] && token.start > spans[s]!.close) s++;
    const span = spans[s];
    if (span && token.start >= span.open && token.start <= span.close) inside[i] = s + 1;
  });
  return inside;
}

function findRefs(analysis: ParagraphAnalysis, inside: Int32Array, people: ArticlePeople): Ref[] {
  const { tokens, runs, passage } = analysis;
  const refs: Ref[] = [];
  const runAt = new Map(runs.map((run) => [run.start, run]));
  for (let i = 0; i < tokens.length; i++) {
    if (inside[i]) continue;
    const run = runAt.get(i);
    if (run) {
      if (run.kind === 'person' && people.persons.has(run.name)) {
        const name = people.fullName(run.name);
        refs.push({ start: run.start, end: run.end, kind: 'person', name, gender: people.gender(name) });
      } else if (run.kind) {
        refs.push({ start: run.start, end: run.end, kind: 'other', name: run.name, gender: undefined });
      }
      i = run.end - 1;
      continue;
    }
    const token = tokens[i]!;
    if (SPEAKER_PRONOUNS.has(token.lower)) {
      refs.push({ start: i, end: i + 1, kind: 'pronoun', gender: SPEAKER_PRONOUNS.get(token.lower) });
      continue;
    }
    if (NON_PERSON_PRONOUNS.has(token.lower)) {
      refs.push({ start: i, end: i + 1, kind: 'other', gender: undefined });
      continue;
    }
    const roleNoun = roleNounAt(tokens, passage.text, i);
    if (roleNoun && !runAt.has(roleNoun.end - 1)) {
      const name = resolveRoleNoun(roleNoun.phrase, people.holders);
      const ref: Ref = { start: roleNoun.start, end: roleNoun.end, kind: 'role', gender: name ? people.gender(name) : undefined };
      if (name) ref.name = name;
      refs.push(ref);
      i = roleNoun.end - 1;
    }
  }
  return refs;
}

/** Words that may stand before a subject in its clause: titles, owners, "But", "the". */
function skippableBeforeSubject(token: Token): boolean {
  if (SUBJECT_OPENERS.has(token.lower) || ROLE_HEADS.has(token.lower) || ROLE_MODIFIERS.has(token.lower) || isPossessive(token)) return true;
  const cls = wordClass(token.lower);
  return token.cap && (cls === undefined || cls === 'place' || cls === 'organization' || cls === 'demonym');
}

/** True when the ref opens its clause and is followed by its verb: the clause's subject. */
function isSubject(tokens: readonly Token[], unit: Unit, ref: Ref): boolean {
  let i = ref.start - 1;
  while (i >= unit.start && !CLAUSE_BOUNDARIES.has(tokens[i]!.text) && skippableBeforeSubject(tokens[i]!)) i--;
  if (i >= unit.start && !CLAUSE_BOUNDARIES.has(tokens[i]!.text)) return false;
  let next = tokens[ref.end];
  if (next?.text === ',') next = tokens[ref.end + 1];
  return next !== undefined && !NOT_AFTER_SUBJECT.has(next.lower) && !CUE_PARTICIPLES.has(next.lower);
}

/** Conjunctions that join a second verb to the subject: "… and said", "… but insisted". */
const COORDINATORS = new Set(['and', 'but']);

export function cueText(tokens: readonly Token[], at: number): { cue: string; end: number } {
  const verb = tokens[at]!;
  const particle = tokens[at + 1];
  if (particle && CUE_PARTICLES.get(verb.lower)?.has(particle.lower)) return { cue: `${verb.lower} ${particle.lower}`, end: at + 2 };
  if (!CUES_WITH_OBJECT.has(verb.lower)) return { cue: verb.lower, end: at + 1 };
  let end = at + 1;
  if (tokens[end]?.lower === 'the' || tokens[end]?.lower === 'a') end++;
  const object = tokens[end];
  if (!object?.word || CUE_OBJECT_STOPS.has(object.lower)) return { cue: verb.lower, end: at + 1 };
  // "told Breitbart News": a name as the object is all its capitalised words.
  if (object.cap) while (tokens[end + 1]?.word && tokens[end + 1]!.cap && end - at < 4) end++;
  return { cue: `${verb.lower} ${tokens.slice(at + 1, end + 1).map((t) => t.text).join(' ')}`, end: end + 1 };
}

/** At most this many words of title or affiliation stand before a name: "Falcons general manager". */
const MAX_TITLE_WORDS = 6;
/** At most this many tokens between a name and its verb, set off by commas: "Ann Lee, the coroner, said". */
const MAX_APPOSITIVE_TOKENS = 24;

/** A word of a title or affiliation written before a name: "Mr.", "Sen.", "Falcons", "general", "the". */
function isTitleWord(token: Token): boolean {
  const lower = token.lower;
  return token.word && (HONORIFICS.has(lower) || ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || lower === 'the' || lower === 'of' || token.cap);
}

/** Where the title before a ref starts ("Mr. King", "Sen. Ann Lee"): the pair starts there. */
function titleStart(tokens: readonly Token[], unit: Unit, ref: Ref, inside: Int32Array): number {
  let start = ref.start;
  while (start > unit.start && ref.start - start < MAX_TITLE_WORDS && !inside[start - 1] && HONORIFICS.has(tokens[start - 1]!.lower)) start--;
  return start;
}

/** The person after a title, for "said Falcons general manager Dan Moss" and "said Dr. Ann Lee". */
function refAfterTitle(tokens: readonly Token[], unit: Unit, at: number): Ref | undefined {
  for (let j = at; j < unit.end && j - at <= MAX_TITLE_WORDS; j++) {
    const ref = unit.refs.find((r) => r.start === j);
    if (ref && (ref.kind === 'person' || ref.kind === 'pronoun')) return ref;
    if (ref) {
      j = ref.end - 1;
      continue;
    }
    if (!isTitleWord(tokens[j]!)) return undefined;
  }
  return undefined;
}

/**
 * The name before an appositive or a parenthesis that ends right before the verb: "Tom Ray,
 * chief economist at Acme Bank, said", "Sen. Ann Lee (D-N.Y.) said".
 */
function refBeforeAppositive(tokens: readonly Token[], unit: Unit, before: number, inside: Int32Array): Ref | undefined {
  const close = tokens[before - 1]?.text;
  if (close !== ',' && close !== ')') return undefined;
  const open = close === ',' ? ',' : '(';
  for (let k = before - 2; k > unit.start && before - k <= MAX_APPOSITIVE_TOKENS; k--) {
    if (inside[k]) return undefined;
    if (tokens[k]!.text !== open) continue;
    const ref = unit.refs.find((r) => r.end === k);
    if (ref) return ref;
  }
  return undefined;
}

function findPairs(tokens: readonly Token[], unit: Unit, inside: Int32Array): Pair[] {
  const pairs: Pair[] = [];
  for (let c = unit.start; c < unit.end; c++) {
    const token = tokens[c]!;
    if (inside[c] || !token.word) continue;
    if (token.lower === 'according' && tokens[c + 1]?.lower === 'to') {
      const ref = unit.refs.find((r) => r.start === c + 2);
      if (ref) pairs.push({ ref, cue: 'according to', start: c, end: ref.end });
      continue;
    }
    if (CUE_PARTICIPLES.has(token.lower) && !NOUN_MARKERS.has(tokens[c - 1]?.lower ?? '')) {
      if (unit.subject && unit.subject.end <= c) {
        const particle = CUE_PARTICLES.get(token.lower)?.has(tokens[c + 1]?.lower ?? '') ? 1 : 0;
        pairs.push({ ref: unit.subject, cue: tokens.slice(c, c + 1 + particle).map((t) => t.lower).join(' '), start: c, end: c + 1 + particle });
      }
      continue;
    }
    if (!CUE_VERBS.has(token.lower) && !REPORTING_VERBS.has(token.lower)) continue;
    const { cue, end } = cueText(tokens, c);
    let before = c;
    while (before > unit.start && CUE_ADVERBS.has(tokens[before - 1]!.lower) && c - before < 2) before--;
    const preceding = unit.refs.find((r) => r.end === before) ?? refBeforeAppositive(tokens, unit, before, inside);
    // "told CNN": after a verb with an object, the name is the listener. An inverted "said X"
    // follows a quotation or a comma; after a word, "say they …" opens what was said.
    const inverted = !tokens[before - 1]?.word && !CUES_WITH_OBJECT.has(token.lower);
    const next = inverted ? unit.refs.find((r) => r.start === c + 1) : undefined;
    const following = !inverted || next?.kind === 'person' || next?.kind === 'pronoun' ? next : (refAfterTitle(tokens, unit, c + 1) ?? next);
    if (preceding) pairs.push({ ref: preceding, cue, start: titleStart(tokens, unit, preceding, inside), end });
    else if (following) pairs.push({ ref: following, cue, start: c, end: following.end });
    // "Lee toured the port and said …": a second verb of the sentence's subject.
    else if (unit.subject && unit.subject.end < before && COORDINATORS.has(tokens[before - 1]?.lower ?? '')) pairs.push({ ref: unit.subject, cue, start: c, end });
  }
  return pairs;
}

function buildUnits(tokens: readonly Token[], inside: Int32Array, spans: readonly QuoteSpan[]): Unit[] {
  const units: Unit[] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const token = tokens[i];
    const opensQuote = token !== undefined && inside[i] !== 0 && spans[inside[i]! - 1]!.open === token.start;
    if (token && (token.sentence === tokens[i - 1]!.sentence || (inside[i] && !opensQuote))) continue;
    units.push({ start, end: i, refs: [], pairs: [], nounPairs: [] });
    start = i;
  }
  return units;
}

/** The attributions of every quotation span of an article, and the article's reported speech. */
export function attributeSpans(article: ParsedArticle, mentions: readonly Mention[], spans: readonly QuoteSpan[][]): Attributions {
  const paragraphs = resolveArticleRuns(article);
  const people = new ArticlePeople(mentions, paragraphs);
  const focus: Focus = { recent: [] };
  const statements: ReportedSpeech[] = [];
  let previousParagraphSpeaker: Attribution | undefined;
  const quotes = paragraphs.map((analysis, p) => {
    const reader = new ParagraphReader(analysis, p, spans[p] ?? [], people, focus);
    const result = reader.attribute(previousParagraphSpeaker, statements);
    previousParagraphSpeaker = reader.lastSpeaker;
    return result;
  });
  return { quotes, statements };
}


/** Attributes the quotations of one paragraph and moves the article's focus along. */
class ParagraphReader {
  private readonly tokens: readonly Token[];
  private readonly inside: Int32Array;
  /** Token index by character offset, to find quote marks. */
  private readonly tokenAt: Map<number, number>;
  private readonly units: Unit[];
  private readonly statements: StatementReader;
  /** The paragraph's last speaker or, failing that, its last subject person. */
  lastSpeaker: Attribution | undefined;

  constructor(
    analysis: ParagraphAnalysis,
    private readonly passage: number,
    private readonly spans: readonly QuoteSpan[],
    private readonly people: ArticlePeople,
    private readonly focus: Focus,
  ) {
    this.tokens = analysis.tokens;
    this.tokenAt = new Map(this.tokens.map((token, i) => [token.start, i]));
    this.inside = spanIndex(this.tokens, spans);
    this.units = buildUnits(this.tokens, this.inside, spans);
    this.statements = new StatementReader({
      passage, tokens: this.tokens, inside: this.inside, spans, tokenAt: this.tokenAt,
      speaker: (ref, unit) => this.speakerFrom(ref, unit, { trailing: false }),
    });
    const refs = findRefs(analysis, this.inside, people);
    let r = 0;
    for (const unit of this.units) {
      while (refs[r] && refs[r]!.start < unit.end) unit.refs.push(refs[r++]!);
      unit.subject = unit.refs.find((ref) => ref.kind !== 'other' && isSubject(this.tokens, unit, ref));
      unit.pairs = findPairs(this.tokens, unit, this.inside);
      unit.nounPairs = this.statements.nounPhrasePairs(unit);
    }
  }

  attribute(previousParagraphSpeaker: Attribution | undefined, statements: ReportedSpeech[]): Attribution[] {
    const results: Attribution[] = this.spans.map(() => ({ trailing: false }));
    let spanIdx = 0;
    let unitSpeaker: Attribution | undefined;
    this.units.forEach((unit, u) => {
      const previousUnitSpeaker = unitSpeaker;
      unitSpeaker = undefined;
      for (; this.spans[spanIdx] && this.openToken(spanIdx) < unit.end; spanIdx++) {
        const found = this.attributeSpan(spanIdx, unit, u, previousUnitSpeaker, previousParagraphSpeaker);
        results[spanIdx] = found;
        if (found.speaker) unitSpeaker = found;
      }
      statements.push(...this.statements.reportedSpeech(unit));
      this.moveFocus(unit, unitSpeaker);
    });
    return results;
  }

  private openToken(span: number): number {
    return this.tokenAt.get(this.spans[span]!.open) ?? this.tokens.length;
  }

  private closeToken(span: number): number {
    return this.tokenAt.get(this.spans[span]!.close) ?? this.tokens.length;
  }

  private speakerOf(ref: Ref, unit: Unit): string | undefined {
    if (ref.kind !== 'pronoun') return ref.name;
    const subject = unit.subject;
    if (subject && subject !== ref && subject.start < ref.start && subject.kind !== 'pronoun' && subject.name
      && (!ref.gender || !subject.gender || ref.gender === subject.gender)) return subject.name;
    return resolvePronoun(this.focus, ref.gender);
  }

  private mentionOf(ref: Ref): SpeakerMention {
    return { passage: this.passage, start: this.tokens[ref.start]!.start, end: this.tokens[ref.end - 1]!.end };
  }

  /** The speaker a ref stands for, with the ref as its mention. */
  /** The speaker a ref stands for, with the ref as its mention even when no name resolves ("the report"). */
  private speakerFrom(ref: Ref, unit: Unit, found: Attribution): Attribution {
    const speaker = this.speakerOf(ref, unit);
    if (speaker) found.speaker = speaker;
    found.mention = this.mentionOf(ref);
    return found;
  }

  private fromPair(pair: Pair, unit: Unit, trailing: boolean): Attribution {
    return this.speakerFrom(pair.ref, unit, { cue: pair.cue, trailing });
  }

  private attributeSpan(s: number, unit: Unit, u: number, previousUnit: Attribution | undefined, previousParagraph: Attribution | undefined): Attribution {
    const { tokens } = this;
    const open = this.openToken(s);
    const close = this.closeToken(s);
    // 1. Straight after the quotation.
    let next = close + 1;
    while (tokens[next] && !tokens[next]!.word && !this.inside[next] && next < unit.end) next++;
    const trailing = unit.pairs.find((pair) => pair.start === next && next < unit.end) ?? unit.nounPairs.find((pair) => pair.start === next);
    if (trailing && this.spans[s]!.closed) return this.fromPair(trailing, unit, true);
    // 2. A colon after a clause with a subject, or right after a name ("Carl Bialik: “…”").
    if (tokens[open - 1]?.text === ':') {
      const named = unit.refs.find((ref) => ref.end === open - 1 && (ref.kind === 'person' || ref.kind === 'other') && ref.name);
      if (named) return this.speakerFrom(named, unit, { trailing: false });
      const subject = [...unit.refs].reverse().find((ref) => ref.end < open && ref.kind !== 'other' && isSubject(tokens, unit, ref));
      if (subject) return this.fromSubject(subject, unit, open);
    }
    // 3. The nearest speaker–cue pair in the sentence.
    const before = unit.pairs.filter((pair) => pair.end <= open).pop();
    const after = unit.pairs.find((pair) => pair.start > close);
    const pair = before ?? after;
    if (pair) return this.fromPair(pair, unit, false);
    // 4. The subject of reported speech.
    if (unit.subject && unit.subject.end <= open) return this.fromSubject(unit.subject, unit, open);
    // 5. The sentence before. 6. The sentence after.
    if (previousUnit) return { ...previousUnit, trailing: false };
    const previousPair = this.units[u - 1]?.pairs.at(-1);
    if (previousPair) return this.fromPair(previousPair, this.units[u - 1]!, false);
    const following = this.units[u + 1];
    const firstWord = following && tokens.slice(following.start, following.end).findIndex((t) => t.word) + following.start;
    const opener = following?.pairs.find((p) => p.start === firstWord);
    if (following && opener) return this.fromPair(opener, following, false);
    // 7. A paragraph that is only a quotation continues the previous paragraph's speaker.
    const onlyQuotes = tokens.every((t, i) => !t.word || this.inside[i]);
    if (open === 0 && onlyQuotes && previousParagraph?.speaker) return { ...previousParagraph, trailing: false };
    return { trailing: false };
  }

  private fromSubject(subject: Ref, unit: Unit, open: number): Attribution {
    const found = this.speakerFrom(subject, unit, { trailing: false });
    const pair = unit.pairs.find((p) => p.ref === subject && p.end <= open);
    if (pair) {
      found.cue = pair.cue;
      return found;
    }
    // "Blinken, who …, said that …": the first speech verb between subject and quotation.
    for (let i = subject.end; i < open; i++) {
      if (!this.inside[i] && CUE_VERBS.has(this.tokens[i]!.lower)) {
        found.cue = cueText(this.tokens, i).cue;
        return found;
      }
    }
    // Otherwise the subject's own verb ("returned to his warning:").
    let verb = subject.end;
    while (this.tokens[verb] && (CUE_ADVERBS.has(this.tokens[verb]!.lower) || this.tokens[verb]!.text === ',')) verb++;
    const token = this.tokens[verb];
    if (token?.word && !token.cap && verb < open && !RELATIVE_PRONOUNS.has(token.lower)) found.cue = token.lower;
    return found;
  }

  private moveFocus(unit: Unit, speaker: Attribution | undefined): void {
    for (const ref of unit.refs) {
      if (ref.kind === 'person' && ref.name) this.focus.recent.push({ name: ref.name, gender: ref.gender });
    }
    if (this.focus.recent.length > 20) this.focus.recent.splice(0, this.focus.recent.length - 20);
    const subject = unit.subject && unit.subject.kind !== 'other' ? this.speakerFrom(unit.subject, unit, { trailing: false }) : undefined;
    const about = speaker?.speaker ? speaker : subject?.speaker ? subject : undefined;
    if (about) this.lastSpeaker = { speaker: about.speaker, ...(about.mention && { mention: about.mention }), trailing: false };
    const name = about?.speaker;
    if (name && this.people.persons.has(name)) this.focus.subject = { name, gender: this.people.gender(name) };
  }
}
