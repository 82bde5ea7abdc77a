/**
 * Answer candidates for an event question: every span of the kind the question wants in the
 * passages retrieval returns, placed on its sentence's tokens so features can see around it.
 *
 * who — the people, organisations and places extraction named in the passage, runs of
 * capitalised words it did not name ("the Royal Navy", "Manchester United"), and noun phrases
 * ("the monks", "the head of the armed forces"): encyclopedic text often answers who with a group
 * or a role.
 * when — the passage's time expressions, bare years, decades and centuries ("in 1998",
 * "the 1920s", "the 14th century"), which read as dates only in context, spans of years
 * ("1939–1945"), and the periods or events a time word anchors to ("during World War II").
 */
import type { Entity, Passage } from '../../types.ts';
import type { CorpusIndex } from '../../index/corpusIndex.ts';
import { foldTerm, words } from '../../text/terms.ts';
import { IRREGULAR_VERBS } from '../../text/wordForms.ts';
import { parseDateline } from '../../corpus/metadata.ts';
import { sentenceTokens, tokenize, type Token } from '../evidence.ts';
import { antecedent, pronounSubject } from '../eventActors.ts';
import { nounPhrases } from './phrases.ts';
import { wordClass } from '../../nlp/model/lexicon.ts';

export type AskedFor = 'who' | 'when';

export type CandidateKind =
  | 'person'
  | 'organization'
  | 'place'
  | 'name'
  | 'phrase'
  | 'fullDate'
  | 'monthYear'
  | 'year'
  | 'era'
  | 'otherTime'
  | 'period';

/** One span that may answer the question, where it stands, and what the index knows of it. */
export interface SpanCandidate {
  /** As written in the passage. */
  text: string;
  kind: CandidateKind;
  /** The same answer in another passage has the same key. */
  key: string;
  passage: Passage;
  /** Index of the sentence in `passage.sentences`. */
  sentence: number;
  /** The sentence's tokens, and the candidate's first and last token among them. */
  tokens: readonly Token[];
  start: number;
  end: number;
  /** For times: the resolved date, when extraction resolved one. */
  date?: string;
  /** The last token of a role set off after the name ("Moreau, the leader of Vanta,"): the name's reach. */
  reach: number;
  /** True when the name only describes another one: it is part of that name's stated role. */
  describes: boolean;
  /** True when the sentence names it by a pronoun ("She founded …"): the span is the pronoun, the text whom it stands for. */
  pronoun?: true;
}

/** Words that join capitalised words into one name ("Duke of Wellington", "Leonardo da Vinci"). */
const NAME_JOINERS = new Set(['of', 'de', 'da', 'del', 'der', 'van', 'von', 'la', 'le', 'di', 'du', 'al', 'bin', 'ibn']);

/** Capitalised words that are not names: months, weekdays, and words that open sentences. */
const NOT_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|In|On|At|By|For|From|With|After|Before|During|Since|This|That|These|Those|It|He|She|They|We|His|Her|Their|Its|However|Although|When|While|As|If|But|And|Or|According|Also|Many|Some|Most|Other|Such|There|Both|Each|Several)$/;

/** Bare years, decades and centuries: the times Wikipedia and background paragraphs give. */
const ERA = /\b(?:(?:the\s+)?(?:early|mid|late)[-\s])?(?:(?:1\d|20)\d0s|(?:\d{1,2}(?:st|nd|rd|th)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)))\s*(?:century|centuries|millennium)?(?:\s+(?:BC|BCE|AD|CE))?\b|\b\d{3,4}\s*(?:BC|BCE|AD|CE)\b|\b(?:1\d{3}|20\d{2})\b/gi;
/** A span of years ("1939–1945", "between 1945 and 1948", "from 1861 to 1865"): one answer, not two years. */
const YEAR_SPAN = /\b(?:(?:between|from)\s+)?(?:1\d{3}|20\d{2}|\d{1,3}\s*(?:BC|BCE))\s*(?:[–—-]|\s(?:to|and|until)\s)\s*(?:1\d{3}|20\d{2}|\d{2}|\d{1,3}\s*(?:AD|CE))\b/g;

/**
 * A year of three digits ("died early in 855", "in 987 Hugh Capet", "(786 to 809)"): only after a
 * word that dates ("in", "by", "since", "c.", a bracket) and not before a word it counts ("in 300
 * ships", "by 500 votes", "40 %"; "wrote in 545 that …" dates): unlike "1998", a bare "855" is as
 * often a count as a year.
 */
const EARLY_YEAR = /(?<=(?:\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Aa]round|[Cc]irca|[Aa]bout|[Aa]fter|[Bb]efore|year|early|late|mid)\s+|\bc\.\s*|\())[1-9]\d{2}\b(?!\s*(?:%|[.,]\d))(?!\s+(?!(?:and|or|to|the|that|when|until|after|before|as|he|she|it|they|his|her|its|their|with|by|in|on|at|during|under|was|were)\b)\p{Ll})/gu;

/** A part of a time a hyphen joins to its year or decade ("mid-2007", "late-1990s"). */
const HYPHENED_PART = /\b(?:early|mid|late)-(?=\d)/i;

/** Words after which a phrase names a period or an event that dates another ("during World War II", "after the war"). */
const TIME_ANCHORS = new Set(['during', 'after', 'before', 'since', 'until', 'following', 'throughout']);

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;

/**
 * Candidates of the kind `asked` in one passage. Phrases and periods, read off the words alone,
 * are offered only in the sentences `offersPhrases` accepts (the ranker: those that share a word
 * with the question), since there are many of them.
 */
export function candidatesIn(index: CorpusIndex, passage: Passage, asked: AskedFor, offersPhrases: (sentence: string) => boolean = () => true): SpanCandidate[] {
  return asked === 'who' ? actorsIn(index, passage, offersPhrases) : timesIn(index, passage, offersPhrases);
}

/** Prepositions that make a place a setting ("in western Iraq"), not an actor. */
const SETTING = new Set(['in', 'at', 'near', 'into', 'across', 'throughout', 'inside', 'outside', 'around', 'within', 'from', 'to']);

/**
 * Prepositions that make an untyped name a setting. Not "to" and "from": before a name extraction
 * did not type as a place they give whom something came from or went to ("credited to Arlie
 * Hochschild", "according to Bloomberg", "a letter from Dean Ingraham"), which who-questions ask.
 */
const NAME_SETTING = new Set([...SETTING].filter((word) => word !== 'to' && word !== 'from'));

/**
 * A place or name after "in", "at", "near" (or "in western …", "in the …") is where the event
 * happened, not who acted. Not a name after a preposition's own object: "In 2000 Andrés López was
 * elected", "In China, the Yellow Emperor".
 */
function isSetting(tokens: readonly Token[], start: number, prepositions: ReadonlySet<string> = SETTING): boolean {
  const before = tokens[start - 1];
  if (before === undefined) return false;
  if (prepositions.has(before.word.toLowerCase())) return true;
  const twoBefore = tokens[start - 2];
  return twoBefore !== undefined && /^\p{Ll}+$/u.test(before.word) && adjacent(tokens, start - 2, start) && prepositions.has(twoBefore.word.toLowerCase());
}

function actorsIn(index: CorpusIndex, passage: Passage, offersPhrases: (sentence: string) => boolean): SpanCandidate[] {
  const mentions = index.mentionsIn(passage);
  const found: SpanCandidate[] = [];
  // A dateline ("VELORIA (Reuters) –") names where the story was filed and its outlet, never an actor.
  const dateline = parseDateline(passage.text) === undefined ? 0 : Math.max(0, /\s[–—-]\s/.exec(passage.text)?.index ?? 0);
  const times = timeSpans(index, passage);
  // Each name's words, folded once for all the passage's sentences.
  const nameWords = mentions.map((mention) => foldedWords(mention.name));
  const nameWordsOf = () => namesWrittenIn(passage, mentions);
  passage.sentences.forEach((sentence, s) => {
    const tokens = sentenceTokens(passage, s);
    const folded = tokens.map((t) => foldTerm(t.word));
    // "Last week the agency joined …": a time expression is when, never who, however it is capitalised.
    const timed = new Set<number>(tokens.flatMap((token, k) => (times[s]?.some(([from, to]) => token.offset < to && token.offset + token.word.length > from) ? [k] : [])));
    const taken = new Set<number>(timed);
    /** Spans of the names extraction found, kept or not: a phrase that spells one is that name. */
    const spans = new Set<string>();
    const inDateline = (k: number) => s === 0 && tokens[k]!.offset < dateline;
    for (const [m, mention] of mentions.entries()) {
      const span = spanOfWords(folded, nameWords[m]!);
      if (span === undefined || taken.has(span[0])) continue;
      for (let t = span[0]; t <= span[1]; t++) taken.add(t);
      if (inDateline(span[0])) continue;
      spans.add(`${span[0]}:${span[1]}`);
      if (mention.kind === 'place' && isSetting(tokens, span[0])) continue;
      if (premodifies(tokens, span[0], span[1])) continue;
      const entity = resolved(index, mention.name);
      const describes = mentions.some((other) => other !== mention && other.role?.includes(mention.name) === true);
      found.push({
        text: mention.name, kind: mention.kind, key: entity?.id ?? keyOf(mention.name), passage, sentence: s, tokens,
        start: span[0], end: span[1], reach: reachOf(tokens, span[1], mention.role), describes,
      });
    }
    // "She founded the museum in 1998": the sentence that restates the question names its subject by a pronoun.
    const pronoun = pronounSubject(tokens);
    const named = pronoun === undefined ? undefined : antecedent(index, passage, s, pronoun.kinds, mentions);
    if (pronoun !== undefined && named !== undefined) {
      const at = pronoun.position;
      found.push({
        text: named.name, kind: named.kind, key: resolved(index, named.name)?.id ?? keyOf(named.name), passage, sentence: s, tokens,
        start: at, end: at, reach: at, describes: false, pronoun: true,
      });
    }
    for (const [start, end] of capitalisedRuns(tokens)) {
      spans.add(`${start}:${end}`);
      if (range(start, end).some((t) => taken.has(t)) || inDateline(start) || isSetting(tokens, start, NAME_SETTING)) continue;
      // "Rockets hit a fuel depot": one capitalised word opening a sentence is capitalised for that alone, unless it reads as a name.
      if (start === 0 && end === 0 && !opensWithName(sentence, tokens, nameWordsOf())) continue;
      // "De architectura": a joiner alone ("De", "Von") is a fragment of a title or a name, never one.
      if (start === end && NAME_JOINERS.has(tokens[start]!.word.toLowerCase())) continue;
      if (premodifies(tokens, start, end)) continue;
      const text = sentence.slice(tokens[start]!.offset, tokens[end]!.offset + tokens[end]!.word.length);
      found.push({ text, kind: 'name', key: keyOf(text), passage, sentence: s, tokens, start, end, reach: end, describes: false });
    }
    if (!offersPhrases(sentence)) return;
    for (const [start, end] of nounPhrases(sentence, tokens)) {
      // "in western Norland" is where it happened, as for names.
      if (spans.has(`${start}:${end}`) || range(start, end).some((t) => timed.has(t)) || inDateline(start) || isSetting(tokens, start)) continue;
      const text = sentence.slice(tokens[start]!.offset, tokens[end]!.offset + tokens[end]!.word.length);
      found.push({ text, kind: 'phrase', key: keyOf(text), passage, sentence: s, tokens, start, end, reach: end, describes: false });
    }
  });
  return found;
}

function timesIn(index: CorpusIndex, passage: Passage, offersPhrases: (sentence: string) => boolean): SpanCandidate[] {
  const found: SpanCandidate[] = [];
  const starts = sentenceStarts(passage);
  const covered: Array<[number, number]> = [];
  for (const time of index.timesIn(passage)) {
    // "every day", "each year": a recurrence answers "how often", not "when".
    if (time.type === 'SET') continue;
    const at = time.offset - (starts[time.sentence] ?? 0);
    const candidate = placed(passage, time.sentence, at, time.text, timeKind(time.text, time.date));
    if (candidate === undefined) continue;
    covered.push([time.offset, time.offset + time.text.length]);
    found.push(time.date === undefined ? candidate : { ...candidate, date: time.date });
  }
  passage.sentences.forEach((sentence, s) => {
    for (const match of sentence.matchAll(ERA)) {
      const offset = (starts[s] ?? 0) + match.index;
      if (covered.some(([from, to]) => offset < to && offset + match[0].length > from)) continue;
      const candidate = placed(passage, s, match.index, match[0], /^\d{4}$/.test(match[0]) ? 'year' : 'era');
      if (candidate !== undefined) found.push(/^\d{4}$/.test(match[0]) ? { ...candidate, date: match[0] } : candidate);
    }
    for (const match of sentence.matchAll(EARLY_YEAR)) {
      const offset = (starts[s] ?? 0) + match.index;
      if (covered.some(([from, to]) => offset < to && offset + match[0].length > from)) continue;
      const candidate = placed(passage, s, match.index, match[0], 'year');
      if (candidate !== undefined) found.push(candidate);
    }
    for (const match of sentence.matchAll(YEAR_SPAN)) {
      const candidate = placed(passage, s, match.index, match[0], 'era');
      if (candidate !== undefined) found.push(candidate);
    }
    if (!offersPhrases(sentence)) return;
    const tokens = sentenceTokens(passage, s);
    for (const [start, end] of nounPhrases(sentence, tokens)) {
      const before = tokens[start - 1]?.word.toLowerCase() === 'the' ? tokens[start - 2] : tokens[start - 1];
      if (before === undefined || !TIME_ANCHORS.has(before.word.toLowerCase()) || /\d/.test(tokens[start]!.word)) continue;
      const text = sentence.slice(tokens[start]!.offset, tokens[end]!.offset + tokens[end]!.word.length);
      found.push({ text, kind: 'period', key: keyOf(text), passage, sentence: s, tokens, start, end, reach: end, describes: false });
    }
  });
  // "Beginning in mid-2007": "what year" is answered by "2007", which the hyphen writes as one word with its part of the year.
  for (const time of [...found]) {
    const hyphen = HYPHENED_PART.exec(time.text);
    if (hyphen === null) continue;
    const rest = time.text.slice(hyphen.index + hyphen[0].length);
    const at = time.tokens[time.start]!.offset + hyphen.index + hyphen[0].length;
    const candidate = placed(passage, time.sentence, at, rest, /^\d{4}$/.test(rest) ? 'year' : 'era');
    if (candidate !== undefined) found.push(/^\d{4}$/.test(rest) ? { ...candidate, date: rest } : candidate);
  }
  return found;
}

/** A candidate for `text` at character `at` of a sentence, on that sentence's tokens. */
function placed(passage: Passage, sentence: number, at: number, text: string, kind: CandidateKind): SpanCandidate | undefined {
  const tokens = sentenceTokens(passage, sentence);
  const start = tokens.findIndex((t) => t.offset + t.word.length > at);
  if (start < 0) return undefined;
  let end = start;
  while (end + 1 < tokens.length && tokens[end + 1]!.offset < at + text.length) end++;
  return { text, kind, key: keyOf(text), passage, sentence, tokens, start, end, reach: end, describes: false };
}

/** How far a name reaches over its role when the role follows it: "Name, the political leader of …". */
function reachOf(tokens: readonly Token[], end: number, role: string | undefined): number {
  if (role === undefined) return end;
  const roleWords = tokenize(role).map((t) => foldTerm(t.word));
  const head = roleWords[0];
  const at = tokens.slice(end + 1, end + 4).findIndex((t) => foldTerm(t.word) === head);
  return at < 0 ? end : Math.min(tokens.length - 1, end + 1 + at + roleWords.length - 1);
}

function timeKind(text: string, date: string | undefined): CandidateKind {
  // A century is an era, as when the ERA pattern found it (extraction now finds it too).
  if (/(?:\d(?:st|nd|rd|th)|[a-z](?:st|nd|rd|th))[- ]century\b/i.test(text) && date === undefined) return 'era';
  if (date?.length === 10) return 'fullDate';
  if (date?.length === 7 || (MONTH.test(text) && /\d{4}/.test(text))) return 'monthYear';
  if (date?.length === 4 || /^\D*\d{4}\D*$/.test(text)) return 'year';
  return 'otherTime';
}

/** Each sentence's time expressions as character ranges in that sentence. */
function timeSpans(index: CorpusIndex, passage: Passage): Array<Array<[number, number]>> {
  const starts = sentenceStarts(passage);
  const spans: Array<Array<[number, number]>> = passage.sentences.map(() => []);
  for (const time of index.timesIn(passage)) {
    const at = time.offset - (starts[time.sentence] ?? 0);
    spans[time.sentence]?.push([at, at + time.text.length]);
  }
  return spans;
}

/** Where each of a passage's sentences starts in its text. */
export function sentenceStarts(passage: Passage): number[] {
  let from = 0;
  return passage.sentences.map((sentence) => {
    const at = passage.text.indexOf(sentence, from);
    from = at < 0 ? from : at + sentence.length;
    return Math.max(0, at);
  });
}

/** A name's words, folded as a sentence's are for `spanOfWords`. */
function foldedWords(name: string): string[] {
  return tokenize(name).map((t) => foldTerm(t.word));
}

/** The first token span of a sentence (its tokens' folded words) that spells a name's words (`foldedWords`). */
function spanOfWords(folded: readonly string[], parts: readonly string[]): [number, number] | undefined {
  if (parts.length === 0) return undefined;
  for (let i = folded.indexOf(parts[0]!); i >= 0 && i + parts.length <= folded.length; i = folded.indexOf(parts[0]!, i + 1)) {
    if (parts.every((part, k) => folded[i + k] === part)) return [i, i + parts.length - 1];
  }
  return undefined;
}

/** Names resolved to entities, per index: the same names come back question after question. */
const resolvedNames = new WeakMap<CorpusIndex, Map<string, Entity | undefined>>();
const RESOLVED_LIMIT = 50_000;

/** The entity a name stands for in the index (memoised: resolving a name is a fuzzy lookup). */
export function resolved(index: CorpusIndex, name: string): Entity | undefined {
  let names = resolvedNames.get(index);
  if (names === undefined) resolvedNames.set(index, (names = new Map()));
  if (names.has(name)) return names.get(name);
  if (names.size >= RESOLVED_LIMIT) names.clear();
  const entity = index.entities.resolve(name);
  names.set(name, entity);
  return entity;
}

/** A possessive's "'s" or "’s" at a word's end, as the tokens keep it ("Gutenberg's"). */
const POSSESSIVE = /\p{L}['’]s$/u;

/** Contractions that read as possessives ("It's", "That's"): no name. */
const CONTRACTED = /^(?:it|that|there|here|what|who|let|he|she|where|how)['’]s$/i;

function possessiveLength(word: string): number {
  return POSSESSIVE.test(word) && !CONTRACTED.test(word) ? 2 : 0;
}

/**
 * The words a passage writes as names where no sentence's start capitalises them: a word inside a
 * sentence, and each word of the names extraction found ("Cárdenas" of "Cuauhtémoc Cárdenas").
 */
function namesWrittenIn(passage: Passage, mentions: readonly { name: string }[]): ReadonlySet<string> {
  let names = namesByPassage.get(passage);
  if (names !== undefined) return names;
  names = new Set<string>();
  namesByPassage.set(passage, names);
  passage.sentences.forEach((_, s) => {
    const tokens = sentenceTokens(passage, s);
    for (let k = 1; k < tokens.length; k++) if (isNameWord(tokens[k]!.word)) names.add(bareWord(tokens[k]!.word));
  });
  for (const mention of mentions) for (const token of tokenize(mention.name)) names.add(bareWord(token.word));
  return names;
}

/** Each passage's `namesWrittenIn`, read once for every question that reads the passage. */
const namesByPassage = new WeakMap<Passage, Set<string>>();

/**
 * An actor's answer as the name it spans, without the possessive the span may end in: "Gutenberg"
 * of "Gutenberg's press" (SQuAD's who-answers keep it for 1 in 800). A time keeps its words ("the 1990's").
 */
export function answerText(candidate: SpanCandidate): string {
  if (!ACTOR_KINDS.has(candidate.kind)) return candidate.text;
  const last = words(candidate.text).at(-1) ?? '';
  return candidate.text.endsWith(last) ? candidate.text.slice(0, candidate.text.length - possessiveLength(last)) : candidate.text;
}

const ACTOR_KINDS: ReadonlySet<CandidateKind> = new Set(['person', 'organization', 'place', 'name', 'phrase']);

/** A word without its possessive. */
function bareWord(word: string): string {
  return word.slice(0, word.length - possessiveLength(word));
}

/**
 * Whether a sentence's one capitalised opening word is a name, not a word capitalised for opening
 * it ("Rockets hit …"): a possessive ("Gutenberg's press"), a word in brackets after it ("Retzinger
 * (1991) conducted …"), a word the passage writes capitalised elsewhere or inside a name
 * ("Cárdenas resigned" after "Cuauhtémoc Cárdenas"), or one the lexicon knows as a name.
 */
function opensWithName(sentence: string, tokens: readonly Token[], names: ReadonlySet<string>): boolean {
  const word = tokens[0]!.word;
  if (possessiveLength(word) > 0) return true;
  if (/^\s*\(/.test(sentence.slice(tokens[0]!.offset + word.length))) return true;
  if (names.has(word)) return true;
  const cls = wordClass(word.toLowerCase());
  return cls !== undefined && cls !== 'common' && cls !== 'calendar' && cls !== 'demonym' && cls !== 'honorific';
}

/** Runs of capitalised words, joined across "of", "de", "von" and the like, not starting with a joiner. */
function capitalisedRuns(tokens: readonly Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!.word)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < tokens.length) {
      const next = tokens[end + 1]!.word;
      if (isNameWord(next)) end++;
      else if (NAME_JOINERS.has(next.toLowerCase()) && end + 2 < tokens.length && isNameWord(tokens[end + 2]!.word)) end += 2;
      else break;
    }
    runs.push([i, end]);
    i = end + 1;
  }
  return runs;
}

/** Lowercase words that end a title before a name: function words and verbs are no title ("Apple sued Samsung"). */
const NOT_TITLE = new Set(['and', 'or', 'but', 'nor', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'than', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do', 'not', 'also', 'said', 'says', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'after', 'before', 'into', 'over', 'under', 'between', 'against', 'during', 'until', 'about', 'called', 'named', 'known']);

/** Endings of the adjective of a people or a place ("English", "Roman", "Mexican", "Chinese", "Iraqi"). */
const ADJECTIVAL = /^\p{Lu}\p{Ll}+(?:ish|an|ese|i)$/u;

/** How many lowercase words a title between a modifier and a name may run ("Roman military engineer Vitruvius"). */
const TITLE_WORDS = 3;

/**
 * True when one capitalised word only modifies a title before a name: "Roman" in "Roman architect
 * Vitruvius", "German" in "German chancellor Otto von Bismarck". The name answers who, not the word
 * that says where the person is from. The words between must read as a title's nouns: not
 * function words, not verbs ("Apple sued Samsung", "Rome conquered Gaul").
 */
function premodifies(tokens: readonly Token[], start: number, end: number): boolean {
  if (start !== end) return false;
  // "the old English proverb", "a Mexican painter": a word of a people before a noun is its adjective.
  const next = tokens[end + 1]?.word ?? '';
  if (ADJECTIVAL.test(tokens[end]!.word) && /^\p{Ll}+$/u.test(next) && !NOT_TITLE.has(next) && !/(?:ed|ing|s)$/.test(next) && !IRREGULAR_VERBS.has(next) && adjacent(tokens, end, end + 1)) return true;
  let at = end + 1;
  while (at < tokens.length && at - end <= TITLE_WORDS && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[at]!.word)) {
    const word = tokens[at]!.word;
    if (NOT_TITLE.has(word) || /(?:ed|ing|s)$/.test(word) || IRREGULAR_VERBS.has(word)) return false;
    at++;
  }
  return at > end + 1 && at - end <= TITLE_WORDS + 1 && at < tokens.length && isNameWord(tokens[at]!.word) && adjacent(tokens, end, at);
}

/** No punctuation between two tokens of a sentence: "Roman architect Vitruvius", not "Roman, architect. Vitruvius". */
function adjacent(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const gap = tokens[k + 1]!.offset - (tokens[k]!.offset + tokens[k]!.word.length);
    if (gap !== 1) return false;
  }
  return true;
}

function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !NOT_NAME.test(word);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/** Keys of recent candidate texts: the same phrases come back passage after passage. */
const keys = new Map<string, string>();
const KEYS_LIMIT = 50_000;

/** Identity of an answer across passages: folded words without a leading article (memoised). */
export function keyOf(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size >= KEYS_LIMIT) keys.clear();
    key = tokenize(text)
      .map((t) => foldTerm(t.word))
      .filter((word, k) => k > 0 || !['the', 'a', 'an', 'in', 'on', 'at'].includes(word))
      .join(' ');
    keys.set(text, key);
  }
  return key;
}
