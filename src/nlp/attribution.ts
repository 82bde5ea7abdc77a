/**
 * Who said each quotation. Reads an article paragraph by paragraph, sentence by sentence,
 * keeping track of the current subject so that "he said" finds its person. Rules, in the order
 * they are tried for one quotation:
 *  1. right after it: "…,” Holt said", "…,” said the city's top planner", "…,” he told reporters",
 *     past a title ("said Falcons general manager Dan Moss", "Mr. King said"), an appositive or a
 *     parenthesis ("Tom Ray, chief economist at Acme Bank, said"), or from a plain noun phrase
 *     ("…,” the report said": a speaker mention without a name);
 *  2. a colon right after a name ("Carl Bialik: “…”") or after a clause with a subject
 *     ("Holt returned to her warning: “…”");
 *  3. the nearest speaker–cue pair elsewhere in the sentence: "Holt said, the city “will …”";
 *  4. the sentence's subject, for quotations woven into reported speech ("Greer mentioned that … “…”");
 *  5. the speaker of the sentence before, in the same paragraph;
 *  6. a sentence after it that opens with a speaker and cue ("“…” She added.");
 *  7. a paragraph that is only a quotation continues the previous paragraph's speaker.
 * The same pass finds reported speech (`ReportedSpeech`, read in `reportedSpeech.ts`): what follows "X said (that)", "according
 * to X," or a speech verb with its object ("X blamed …"), or what precedes "…, X said.".
 */
import type { Mention, ParsedArticle } from '../types.ts';
import { isPossessive, type Token } from './nameTokens.ts';
import { isTitleCase, resolveArticleRuns, type NameRun, type ParagraphAnalysis } from './people.ts';
import type { QuoteSpan } from './quoteMarks.ts';
import { resolveRoleNoun, roleNounAt, type RoleHolder } from './roles.ts';
import { similarGivenNames } from './nameSimilarity.ts';
import { isFirstName, wordClass, type WordClass } from './model/lexicon.ts';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, SECOND_OFFICE_PREFIXES } from './model/roleWords.ts';
import { StatementReader } from './reportedSpeech.ts';
import { CLAUSE_BOUNDARIES, CUE_OBJECT_STOPS, cueText, IRREGULAR_PAST, isCueAdverb, NOT_AFTER_SUBJECT, NOT_IN_NOUN_PHRASE, NOUN_MARKERS, type Description, type Gender, type Pair, type Ref, type ReportedSpeech, type SpeakerMention, type Unit } from './speechUnits.ts';
import { DESCRIPTION_NOUNS, FOCUS_NOUNS, HONORIFIC_ROLES, TITLE_ADJECTIVES } from './model/speakerWords.ts';
import { CUE_ADVERBS, CUE_PARTICIPLES, CUE_PARTICLES, CUE_VERBS, CUES_WITH_OBJECT, REPORTING_VERBS, SPEAKER_PRONOUNS } from './model/speechCues.ts';
import { WEEKDAYS } from './model/timeWords.ts';

/** Who said one quotation span, and how the text says so. */
export interface Attribution {
  speaker?: string;
  /** The words the speaker was found from: a name, a pronoun or a role noun. */
  mention?: SpeakerMention;
  cue?: string;
  /** Found straight after the quotation ("…,” she said), so a quotation resumed after it continues it. */
  trailing: boolean;
  /**
   * Only guessed: the subject that opens the quotation's sentence, with no cue tying it to the
   * quotation. It names a speaker where nothing else does, but makes no quotation speech.
   */
  guessed?: true;
}

export type { ReportedSpeech, SpeakerMention } from './speechUnits.ts';

/** Everything the attribution pass finds: speakers per quotation span, and reported speech. */
export interface Attributions {
  /** One list per paragraph, one entry per quotation span, in the shape of the spans given. */
  quotes: Attribution[][];
  statements: ReportedSpeech[];
}

const SUBJECT_OPENERS = new Set(['but', 'and', 'however', 'meanwhile', 'then', 'so', 'yet', 'also', 'still', 'now', 'later', 'earlier', 'the', 'a', 'an', 'of']);
/** Pronouns that can speak but resolve to no person here: a body ("it", "they") or the writer ("I said"). */
const NON_PERSON_PRONOUNS = new Set(['it', 'they', 'we', 'i']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom', 'that']);

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/** What the article says about its people: fullest name forms, genders, roles. */
class ArticlePeople {
  private readonly fullest = new Map<string, string>();
  private readonly genders = new Map<string, 'm' | 'f'>();
  /** Full names by surname, most frequent first, and the sex each full name's given name or honorific shows. */
  private readonly bySurname = new Map<string, string[]>();
  private readonly fullGenders = new Map<string, 'm' | 'f'>();
  /** Surnames the article gives both "Mr." and "Mrs." or "Ms.": two people of one family. */
  private readonly bothSexes = new Set<string>();
  /** Names (fullest form) the article shows to be people's, and names it also uses as a place's. */
  private readonly sure = new Set<string>();
  private readonly doubtful = new Set<string>();
  /** Words each person (fullest name) is described with in the article, and the people each word describes. */
  private readonly describedAs = new Map<string, Set<string>>();
  private readonly descriptions = new Map<string, Set<string>>();
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
    for (const name of ranked) this.bySurname.set(lastWord(name), [...(this.bySurname.get(lastWord(name)) ?? []), name]);
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
    // A surname that a man and a woman share ("Mr. Clinton", "Mrs. Clinton") tells no gender.
    const genderSeen = new Map<string, Set<'m' | 'f'>>();
    for (const { runs } of paragraphs) {
      for (const run of runs) if (run.gender) genderSeen.set(lastWord(run.name), (genderSeen.get(lastWord(run.name)) ?? new Set()).add(run.gender));
    }
    for (const [key, seen] of genderSeen) if (seen.size === 1) this.genders.set(key, [...seen][0]!);
    for (const { runs } of paragraphs) for (const run of runs) if (run.gender && run.name.includes(' ')) this.fullGenders.set(run.name, run.gender);
    const honorificSexes = new Map<string, Set<'m' | 'f'>>();
    for (const { tokens, runs } of paragraphs) {
      for (const run of runs) {
        const sex = HONORIFICS.get(tokens[run.start - 1]?.lower ?? '');
        if (sex) honorificSexes.set(lastWord(run.name), (honorificSexes.get(lastWord(run.name)) ?? new Set()).add(sex));
      }
    }
    for (const [surname, sexes] of honorificSexes) if (sexes.size > 1) this.bothSexes.add(surname);
    // A one-word name the article counts ("many Harbourites", "most Unionists") is a group, never one person.
    // Not a surname the article gives in full ("many Okafor supporters" beside "Daniel Okafor").
    for (const { tokens, runs } of paragraphs) {
      for (const run of runs) if (isQuantifiedGroup(tokens, run) && this.fullName(run.name) === run.name && !isPersonWord(wordClass(run.name.toLowerCase()))) this.persons.delete(run.name);
    }
    for (const analysis of paragraphs) this.collectDescriptions(analysis);
    for (const { tokens, runs } of paragraphs) {
      for (const run of runs) {
        if (run.kind !== 'person' || !this.persons.has(run.name)) continue;
        const name = this.fullName(run.name);
        const firstName = run.end - run.start > 1 && isFirstName(wordClass(tokens[run.start]!.lower));
        if (run.personEvidence || run.gender || firstName) this.sure.add(name);
        const placeWord = tokens.slice(run.start, run.end).some((t) => ['place', 'organization'].includes(wordClass(t.lower) ?? ''));
        if (placeWord || (LOCATIVES.has(tokens[run.start - 1]?.lower ?? '') && !isPossessive(tokens[run.end]))) this.doubtful.add(name);
      }
    }
  }

  /**
   * Not a place or body read as a person by default ("in Palo Alto", "Marist College"): a name the
   * article shows to be a person's (a known first name, a gender, or a title, role or speech verb
   * beside it somewhere), or one of several words with no sign of a place. A lone word with no such
   * sign and not known as a name ("Millennials", "Latin") is no one "he" or "she" can stand for.
   */
  isSurePerson(name: string): boolean {
    if (this.sure.has(name) || this.genders.has(lastWord(name))) return true;
    return !this.doubtful.has(name) && (name.includes(' ') || isPersonWord(wordClass(name.toLowerCase())));
  }

  /**
   * The words the article describes each person with: a title before the name ("Texas Sen.",
   * "Republican presidential candidate") and an appositive after it ("Trump, the New York businessman,").
   */
  private collectDescriptions({ tokens, runs }: ParagraphAnalysis): void {
    if (isTitleCase(tokens)) return; // in a headline every word is capitalised, title or not
    for (const run of runs) {
      if (run.kind !== 'person' || !this.persons.has(run.name)) continue;
      const name = this.fullName(run.name);
      const words = this.descriptions.get(name) ?? new Set<string>();
      const title: string[] = [];
      for (let j = run.start - 1; j >= 0 && run.start - j <= MAX_TITLE_WORDS; j--) {
        const token = tokens[j]!;
        const roles = HONORIFIC_ROLES.get(token.lower);
        if (roles) for (const role of roles) words.add(role);
        else if (token.word && (isTitleWord(token) || isTitleNoun(token))) title.unshift(token.lower);
        else break;
      }
      for (const word of [...officeWords(title), ...officeWords(appositiveAfter(tokens, run.end))]) words.add(word);
      if (!words.size) continue;
      this.descriptions.set(name, words);
      for (const word of words) this.describedAs.set(word, (this.describedAs.get(word) ?? new Set<string>()).add(name));
    }
  }

  /**
   * The people a description fits: those the article describes with its head noun and, when
   * some also carry its other words ("the former president"), only those. A capitalised word
   * must fit ("the Democratic nominee" is not the Republican one).
   */
  describedBy(description: Description): string[] {
    const fits = [...(this.describedAs.get(description.head) ?? [])];
    const closer = fits.filter((name) => description.modifiers.every((word) => this.descriptions.get(name)!.has(word.toLowerCase())));
    if (closer.length) return closer;
    const specific = description.modifiers.length > 1 || description.modifiers.some((word) => /^\p{Lu}/u.test(word));
    return specific ? [] : fits;
  }

  /** "Holt" → "Lena Holt" when the article gives that full name. */
  fullName(name: string, gender?: Gender): string {
    // "Mr. Clinton" where the article also names Hillary Clinton: the full name of his sex, when the article has one.
    const usual = this.fullest.get(name.toLowerCase()) ?? name;
    const usualGender = this.fullGenders.get(usual);
    if (gender && !name.includes(' ') && usualGender && usualGender !== gender && this.bothSexes.has(lastWord(name))) {
      const others = this.bySurname.get(name.toLowerCase()) ?? [];
      // One of that sex, else one whose sex the article does not show ("Bill" is no given name the lexicon knows).
      const match = others.find((full) => this.fullGenders.get(full) === gender) ?? others.find((full) => full !== usual && !this.fullGenders.has(full));
      // None: the surname as written, rather than the full name of someone of the other sex.
      return match ? this.fullest.get(match.toLowerCase()) ?? match : name;
    }
    return usual;
  }

  gender(name: string): Gender {
    return this.genders.get(lastWord(name));
  }
}

/** A lexicon class of people's names: "Clinton" (a surname), "Graham" (a given name). */
function isPersonWord(cls: WordClass | undefined): boolean {
  return cls === 'lastName' || cls === 'person' || isFirstName(cls);
}

/** Prepositions before a place rather than a person: "in Palo Alto", "at Marist College". */
const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout']);

/** The state carried through the article: who the text is currently about. */
interface Focus {
  subject?: { name: string; gender: Gender };
  recent: Array<{ name: string; gender: Gender }>;
}

/**
 * The person "he" or "she" stands for: the current subject, else the latest person mentioned, of
 * a fitting gender. A name only guessed to be a person ("Palo Alto", "ESPN") is no candidate.
 */
function resolvePronoun(focus: Focus, gender: Gender, people: ArticlePeople): string | undefined {
  const fits = (candidate: { name: string; gender: Gender }): boolean =>
    people.isSurePerson(candidate.name) && (!gender || !candidate.gender || candidate.gender === gender);
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

/** Words that count a group: "many Harbourites", "most Unionists", "some Greens". */
const GROUP_QUANTIFIERS = new Set(['many', 'most', 'some', 'all', 'few', 'several', 'both', 'other', 'fellow']);

/** A one-word plural name after a quantifier ("Many Harbourites say"): a group, which no "he", "she" or "the candidate" stands for. */
function isQuantifiedGroup(tokens: readonly Token[], run: NameRun): boolean {
  return run.end - run.start === 1 && /\p{Ll}s$/u.test(tokens[run.start]!.text) && GROUP_QUANTIFIERS.has(tokens[run.start - 1]?.lower ?? '');
}

function findRefs(analysis: ParagraphAnalysis, inside: Int32Array, people: ArticlePeople): Ref[] {
  const { tokens, runs, passage } = analysis;
  const refs: Ref[] = [];
  const runAt = new Map(runs.map((run) => [run.start, run]));
  for (let i = 0; i < tokens.length; i++) {
    if (inside[i]) continue;
    const run = runAt.get(i);
    if (run && isDateline(tokens, run)) {
      i = run.end - 1;
      continue;
    }
    if (run) {
      if (run.kind === 'person' && people.persons.has(run.name) && !isTitleOfNextName(tokens, runs, run)) {
        const name = people.fullName(run.name, run.gender);
        // The mention's own honorific or given name ("Mrs. Clinton") before what the article says of the surname.
        refs.push({ start: run.start, end: run.end, kind: 'person', name, gender: run.gender ?? people.gender(name) });
      } else if (mayNameSpeaker(run)) {
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
    const described = roleNoun && !runAt.has(roleNoun.end - 1) ? roleNoun : descriptionAt(tokens, i, runAt);
    if (described) {
      // "the senator" is someone the article names; "a senator" or "her spokesman" someone else.
      const definite = tokens[described.start]!.lower === 'the';
      const description = descriptionOf(tokens, described);
      const candidates = definite ? people.describedBy(description) : [];
      const byRole = roleNoun === described && !introducesSomeoneElse(tokens, described.start) ? resolveRoleNoun(roleNoun.phrase, people.holders) : undefined;
      const name = appositiveName(tokens, described, refs.at(-1), runAt, people) ?? byRole ?? (candidates.length === 1 ? candidates[0] : undefined);
      const ref: Ref = { start: described.start, end: described.end, kind: 'role', gender: name ? people.gender(name) : undefined };
      if (name) ref.name = name;
      if (definite) ref.description = description;
      refs.push(ref);
      i = described.end - 1;
    }
  }
  return refs;
}

/** At most this many tokens between a dateline's place and its dash: ", Miss. (AP)". */
const MAX_DATELINE_TAIL = 6;

/**
 * "JACKSON, Miss. -", "LA CROSSE, Wisc. —", "WASHINGTON —": a place in capitals that opens the
 * paragraph, before a dash, is its dateline, no speaker.
 */
function isDateline(tokens: readonly Token[], run: NameRun): boolean {
  if (tokens.slice(0, run.start).some((token) => token.word)) return false;
  const dash = tokens.slice(run.end, run.end + MAX_DATELINE_TAIL + 1).findIndex((token) => DASHES.has(token.text));
  if (dash < 0 || (dash > 0 && tokens[run.end]!.text !== ',' && tokens[run.end]!.text !== '(')) return false;
  const words = tokens.slice(run.start, run.end).filter((token) => token.word);
  return words.length > 0 && words.every((token) => token.text.length > 1 && token.text === token.text.toUpperCase() && /\p{Lu}/u.test(token.text));
}

/**
 * A name of unknown kind may still speak as a body ("according to Politico", "Breitbart News
 * responded:"), but not an interview's "Q" or a heading in capitals ("STAT OF THE WEEK").
 */
function mayNameSpeaker(run: NameRun): boolean {
  return run.kind !== undefined || (run.name.length > 1 && !(run.end - run.start > 1 && run.name === run.name.toUpperCase()));
}

/** Words an appositive may hold besides titles and capitalised words: "director of the ports program at Acme". */
const APPOSITIVE_LINKS = new Set(['the', 'a', 'an', 'of', 'at', 'for', 'in', 'and', 'on', 'from', 'to']);

/**
 * The words of an appositive after a name ("Trump, the New York businessman,"), lowercase: a
 * phrase of titles and names closed by punctuation, not a clause ("Lee, the candidate said").
 */
function appositiveAfter(tokens: readonly Token[], after: number): string[] {
  if (tokens[after]?.text !== ',') return [];
  const words: string[] = [];
  for (let j = after + 1; j < tokens.length && j - after <= MAX_APPOSITIVE_WORDS; j++) {
    const token = tokens[j]!;
    if (!token.word) return words;
    if (!token.cap && !isTitleNoun(token) && !APPOSITIVE_LINKS.has(token.lower)) return [];
    words.push(token.lower);
  }
  return [];
}

/**
 * The person a role noun is set beside by commas: "Tom Ridge, a former secretary of homeland
 * security," and "A top strategist, John Weaver,".
 */
function appositiveName(tokens: readonly Token[], span: { start: number; end: number }, previous: Ref | undefined, runAt: ReadonlyMap<number, NameRun>, people: ArticlePeople): string | undefined {
  if (previous?.kind === 'person' && previous.end === span.start - 1 && tokens[previous.end]?.text === ',' && closesPhrase(tokens, span.end)) return previous.name;
  const next = tokens[span.end]?.text === ',' ? runAt.get(span.end + 1) : undefined;
  return next?.kind === 'person' && people.persons.has(next.name) ? people.fullName(next.name) : undefined;
}

/** The phrase goes on only with title words up to punctuation: an appositive, not a clause's subject ("Lee, the candidate said"). */
function closesPhrase(tokens: readonly Token[], from: number): boolean {
  let i = from;
  while (i < tokens.length && i - from < MAX_APPOSITIVE_WORDS && tokens[i]!.word && (tokens[i]!.cap || isTitleNoun(tokens[i]!) || APPOSITIVE_LINKS.has(tokens[i]!.lower))) i++;
  return i >= tokens.length || !tokens[i]!.word;
}

/** Determiners that introduce a new or another person's role holder: "a GOP strategist", "her campaign manager". */
const OTHER_HOLDER_DETERMINERS = new Set(['a', 'an', 'one', 'another', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** The role noun at `start` is introduced by an indefinite or possessive determiner, past any title words. */
function introducesSomeoneElse(tokens: readonly Token[], start: number): boolean {
  for (let i = start; i >= 0 && start - i <= MAX_DESCRIPTION_MODIFIERS; i--) {
    const token = tokens[i]!;
    if (OTHER_HOLDER_DETERMINERS.has(token.lower)) return true;
    if (!token.word || token.lower === 'the' || (i < start && !token.cap && !isTitleNoun(token))) return false;
  }
  return false;
}

/** At most this many words of an appositive describe the name before it. */
const MAX_APPOSITIVE_WORDS = 10;
/** At most this many words modify a description's head: "the former Florida governor". */
const MAX_DESCRIPTION_MODIFIERS = 4;

/**
 * A definite description of a person starting at token `i`: "the candidate", "the New York
 * businessman", "the retired neurosurgeon". Not a title before a name ("the businessman Tom Ray").
 */
function descriptionAt(tokens: readonly Token[], i: number, runAt: ReadonlyMap<number, NameRun>): { start: number; end: number } | undefined {
  if (tokens[i]?.lower !== 'the') return undefined;
  let end = i + 1;
  while (end < tokens.length && end - i <= MAX_DESCRIPTION_MODIFIERS + 1 && runAt.get(end)?.kind !== 'person') {
    const token = tokens[end]!;
    if (!token.word || (!token.cap && !isTitleNoun(token) && !ROLE_MODIFIERS.has(token.lower))) break;
    end++;
  }
  // The head is the last word ("the independent Vermont senator"), and no name follows it.
  const head = tokens[end - 1]!;
  const next = tokens[end];
  if (end === i + 1 || head.cap || !DESCRIPTION_NOUNS.has(head.lower) || (next?.word && next.cap)) return undefined;
  return { start: i, end };
}

/**
 * Lowercase title words with a second office read as one word: "former vice president" →
 * "former", "vice president", which "the president" does not describe.
 */
function officeWords(words: readonly string[]): string[] {
  const merged: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && SECOND_OFFICE_PREFIXES.has(word.toLowerCase()) && ROLE_HEADS.has(next.toLowerCase())) {
      merged.push(`${word} ${next}`.toLowerCase());
      i++;
    } else merged.push(word);
  }
  return merged;
}

/** The head noun and modifiers of a role noun or description span (determiner and possessive dropped). */
function descriptionOf(tokens: readonly Token[], span: { start: number; end: number }): Description {
  const words = officeWords(tokens.slice(span.start, span.end).filter((t) => t.word && !isPossessive(t)).map((t) => t.text));
  const headAt = words.findLastIndex((w) => ROLE_HEADS.has(w.toLowerCase()) || DESCRIPTION_NOUNS.has(w.toLowerCase()) || SECOND_OFFICE_PREFIXES.has(w.split(' ')[0]!.toLowerCase()));
  const head = (words[headAt] ?? words.at(-1) ?? '').toLowerCase();
  const modifiers = words.slice(0, Math.max(0, headAt)).filter((w) => !['the', 'a', 'an', 'his', 'her'].includes(w.toLowerCase()));
  return { head, modifiers };
}

/** A lowercase word that can be part of a title before a name ("presidential candidate", "donor"). */
function isTitleNoun(token: Token): boolean {
  const lower = token.lower;
  return token.word && !token.cap && !NOT_IN_NOUN_PHRASE.has(lower) && !/ed$/u.test(lower) && !IRREGULAR_PAST.has(lower)
    && !CUE_VERBS.has(lower) && !REPORTING_VERBS.has(lower);
}

/** A word after a name that makes the name a modifier: "a senior Lee adviser", not "Lee of Acme" or "Lee during the debate". */
function qualifiesDescription(next: Token | undefined): boolean {
  return next !== undefined && isTitleNoun(next) && !AFFILIATION_WORDS.has(next.lower) && !CUE_OBJECT_STOPS.has(next.lower)
    && !CUE_ADVERBS.has(next.lower) && !CLAUSE_PREPOSITIONS.has(next.lower);
}

/**
 * A name that only qualifies the title of the name after it: "Falcons" in "said Falcons general
 * manager Dan Moss", "Republican" in "Republican presidential candidate Marco Rubio says".
 */
function isTitleOfNextName(tokens: readonly Token[], runs: readonly NameRun[], run: NameRun): boolean {
  let j = run.end;
  while (j < tokens.length && j - run.end < MAX_TITLE_WORDS && (isTitleWord(tokens[j]!) || isTitleNoun(tokens[j]!)) && !tokens[j]!.cap) j++;
  // "Joel Lee of Harbour News": a link word alone ties an affiliation to the name, it makes no title.
  if (j === run.end || tokens.slice(run.end, j).every((token) => token.lower === 'of' || token.lower === 'the')) return false;
  const next = runs.find((r) => r.start === j || (r.start === j + 1 && HONORIFICS.has(tokens[j]!.lower)));
  return next?.kind === 'person';
}

/** A lowercase compound before a name: "17-year-old Jo Dunn", "presidential front-runner Ann Lee". */
const HYPHENED_MODIFIER = /^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)+$/u;

/** Words that may stand before a subject in its clause: titles, descriptions, owners, "But", "the". */
function skippableBeforeSubject(token: Token): boolean {
  const lower = token.lower;
  if (SUBJECT_OPENERS.has(lower) || ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || isPossessive(token)) return true;
  if (DESCRIPTION_NOUNS.has(lower) || TITLE_ADJECTIVES.has(lower) || HYPHENED_MODIFIER.test(token.text)) return true;
  const cls = wordClass(token.lower);
  return token.cap && (cls === undefined || cls === 'place' || cls === 'organization' || cls === 'demonym');
}

/** True when only titles, owners and openers stand between the ref and its clause's start. */
function opensClause(tokens: readonly Token[], unit: Unit, ref: Ref): boolean {
  let i = ref.start - 1;
  while (i >= unit.start && !CLAUSE_BOUNDARIES.has(tokens[i]!.text)) {
    // A body's name before a title may hold common words: "American Bridge President Jo Dunn".
    const body = unit.refs.find((r) => r.kind === 'other' && r.name !== undefined && r.start <= i && i < r.end && tokens[r.start]!.cap);
    if (body) i = body.start - 1;
    else if (skippableBeforeSubject(tokens[i]!)) i--;
    else break;
  }
  return i < unit.start || CLAUSE_BOUNDARIES.has(tokens[i]!.text);
}

/** True when the ref opens its clause and is followed by its verb: the clause's subject. */
function isSubject(tokens: readonly Token[], unit: Unit, ref: Ref): boolean {
  if (!opensClause(tokens, unit, ref)) return false;
  let next = tokens[ref.end];
  if (next?.text === ',') next = tokens[ref.end + 1];
  return next !== undefined && !NOT_AFTER_SUBJECT.has(next.lower) && !CUE_PARTICIPLES.has(next.lower);
}

/** Conjunctions that join a second verb to the subject: "… and said", "… but insisted". */
const COORDINATORS = new Set(['and', 'but']);

/** At most this many words of title or affiliation stand before a name: "Falcons general manager". */
const MAX_TITLE_WORDS = 6;
/** At most this many words describe a name before it: "Top Republican Party donor Sheldon Adelson". */
const MAX_DESCRIPTION_WORDS = 8;
/** At most this many tokens between a name and its verb, set off by commas: "Ann Lee, the coroner, said". */
const MAX_APPOSITIVE_TOKENS = 40;

/** A word of a title or affiliation written before a name: "Mr.", "Sen.", "Falcons", "general", "the". */
function isTitleWord(token: Token): boolean {
  const lower = token.lower;
  return token.word && (HONORIFICS.has(lower) || ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || TITLE_ADJECTIVES.has(lower) || lower === 'the' || lower === 'of' || token.cap);
}

/** Where the title before a ref starts ("Mr. King", "Sen. Ann Lee"): the pair starts there. */
function titleStart(tokens: readonly Token[], unit: Unit, ref: Ref, inside: Int32Array): number {
  let start = ref.start;
  while (start > unit.start && ref.start - start < MAX_TITLE_WORDS && !inside[start - 1] && HONORIFICS.has(tokens[start - 1]!.lower)) start--;
  return start;
}

/**
 * The person after a title, for "said Falcons general manager Dan Moss" and "said Dr. Ann Lee";
 * not a name that qualifies a description ("said a senior Lee adviser": the adviser speaks).
 */
function refAfterTitle(tokens: readonly Token[], unit: Unit, at: number): Ref | undefined {
  for (let j = at; j < unit.end && j - at <= MAX_TITLE_WORDS; j++) {
    const ref = unit.refs.find((r) => r.start === j);
    if (ref && (ref.kind === 'person' || ref.kind === 'pronoun')) return qualifiesDescription(tokens[ref.end]) ? undefined : ref;
    if (ref) {
      j = ref.end - 1;
      continue;
    }
    if (!isTitleWord(tokens[j]!) && !isTitleNoun(tokens[j]!) && !isDescribingParticiple(tokens[j]!)) return undefined;
  }
  return undefined;
}

/** A lowercase "-ed" word describing the person after a cue: "said undecided voter Jo Dunn", "said retired judge Al Cole". */
function isDescribingParticiple(token: Token): boolean {
  return token.word && !token.cap && /[a-z]{3}ed$/u.test(token.lower) && !CUE_VERBS.has(token.lower) && !REPORTING_VERBS.has(token.lower);
}

/** A cue of speech ("said", "told reporters", "according to"), not only of thought or finding ("shows", "believes"). */
function isSpeechCue(cue: string): boolean {
  const verb = cue.split(' ')[0]!;
  return cue === 'according to' || CUE_VERBS.has(verb) || CUE_PARTICIPLES.has(verb);
}

/** At least this many words make a quotation a clause someone said rather than a title or a scare-quoted phrase. */
const MIN_CLAUSE_QUOTE_WORDS = 6;
/** Words that may follow a speaking phrase's verb without being its object: "screamed back", "cried out", "said in". */
const VERB_PARTICLES = new Set(['in', 'at', 'on', 'after', 'before', 'back', 'out', 'up', 'to', 'from', 'with', 'for']);
/** Auxiliaries that may follow a noun phrase as its verb: "The foundation did not want …". */
const AUXILIARIES = new Set(['has', 'had', 'have', 'did', 'does', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should']);
/** At most this many tokens between a name and the colon it introduces a quotation with: "Lee in December 1992:". */
const MAX_COLON_TAIL_TOKENS = 4;
/** Determiners that open a plain noun phrase speaking: "the statement read", "one message said". */
const PHRASE_DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'this', 'that', 'his', 'her', 'its', 'their', 'some', 'many']);
/** At most this many words between a noun phrase's verb and the quotation: "goes on to say:". */
const MAX_VERB_TAIL_TOKENS = 4;

/** A past or present verb after a plain noun phrase: "read", "chanted", "continues", "said". */
function isPhraseVerb(token: Token): boolean {
  const lower = token.lower;
  if (!token.word || token.cap) return false;
  if (CUE_VERBS.has(lower) || REPORTING_VERBS.has(lower) || IRREGULAR_PAST.has(lower) || lower === 'read') return true;
  return /[a-z]{2}ed$/u.test(lower) || (/[a-z]{2}[^s]s$/u.test(lower) && !/(ss|us|is|ous)$/u.test(lower));
}

/**
 * A plural noun that only looks like a present verb, followed by the phrase's past verb: "the
 * protesters chanted", "the attendees shouted". Not a speech verb itself ("the report says").
 */
function isPluralBeforeVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (!/[a-z]s$/u.test(token.lower) || CUE_VERBS.has(token.lower) || REPORTING_VERBS.has(token.lower) || !next?.word || next.cap) return false;
  return /[a-z]{2}ed$/u.test(next.lower) || IRREGULAR_PAST.has(next.lower);
}

/** Articles and possessives, after which a word is a noun or adjective, never the verb: "the report", "his claims". */
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that']);

/** A present form right after an article is a noun ("the report concluded", "the claims said"); an "-ed" form may be the verb. */
function isNounAfterArticle(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  return ARTICLES.has(tokens[i - 1]?.lower ?? '') && !/ed$/u.test(token.lower) && !IRREGULAR_PAST.has(token.lower);
}

/** At most this many tokens in a paragraph that names the source of the quotations before it. */
const MAX_SOURCE_LINE_TOKENS = 24;
/** Dashes that set a quotation's source after it: "“…” – Ann Lee, Acme Bank". */
const DASHES = new Set(['-', '–', '—', '--']);

/** Prepositions that open a phrase after a speaker's name rather than continue a title: "said Ann Lee during the debate". */
const CLAUSE_PREPOSITIONS = new Set(['during', 'amid', 'despite', 'outside', 'through', 'via', 'against', 'over', 'under', 'without', 'within', 'last', 'this', 'next']);

/** Words that tie a place or body to the person before it: "Chris Murphy of Connecticut". */
const AFFILIATION_WORDS = new Set(['of', 'from', 'at']);
/** At most this many tokens inside a party-and-state parenthesis: "(D-N.Y.)". */
const MAX_PARENTHESIS_TOKENS = 8;

/** Suffixes written after a name: "James Comey Jr.", "John Smith III". */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Where a name ends that a suffix ending before token `k` follows ("Comey Jr.,"), else `k`. */
function pastNameSuffix(tokens: readonly Token[], k: number): number {
  let end = k;
  if (tokens[end - 1]?.text === '.') end--;
  if (end > 0 && NAME_SUFFIXES.has(tokens[end - 1]!.lower.replace(/\.$/u, '')) && tokens[end - 1]!.cap) return end - 1 > 0 && tokens[end - 2]?.text === ',' ? end - 2 : end - 1;
  return k;
}

/**
 * The speaker whose name ends at token `k`: the name itself, or the person before a parenthesis
 * ("Claire McCaskill (D-Mo.)") or an affiliation ("Chris Murphy of Connecticut").
 */
function refEndingAt(tokens: readonly Token[], unit: Unit, k: number): Ref | undefined {
  let end = pastNameSuffix(tokens, k);
  if (tokens[end - 1]?.text === ')') {
    let open = end - 2;
    while (open > unit.start && end - open <= MAX_PARENTHESIS_TOKENS && tokens[open]!.text !== '(') open--;
    if (tokens[open]?.text === '(') end = open;
  }
  const ref = unit.refs.find((r) => r.end === end);
  return ref && affiliationHead(tokens, unit, ref);
}

/**
 * "Chris Murphy of Connecticut", "Joel Lee of Harbour News", "Joel Lee of the Harbour Gazette":
 * the person before an affiliation is the phrase's head, whatever the name after it; otherwise
 * the ref itself.
 */
function affiliationHead(tokens: readonly Token[], unit: Unit, ref: Ref): Ref {
  const link = tokens[ref.start - 1]?.lower === 'the' ? ref.start - 2 : ref.start - 1;
  if (ref.kind === 'pronoun' || ref.kind === 'role' || !AFFILIATION_WORDS.has(tokens[link]?.lower ?? '')) return ref;
  const person = unit.refs.find((r) => r.end === link && r.kind === 'person');
  return person ?? ref;
}

/**
 * The name before an appositive or a parenthesis that ends right before the verb: "Tom Ray,
 * chief economist at Acme Bank, said", "Sen. Ann Lee (D-N.Y.) said". The appositive may hold
 * names and commas of its own ("Greg Raiff, chief executive of Jet Services, a broker, said"):
 * the person who opens the clause is the speaker, else the nearest person, else the nearest name.
 */
function refBeforeAppositive(tokens: readonly Token[], unit: Unit, before: number, inside: Int32Array): Ref | undefined {
  // The closing comma may stand inside a quoted title's marks: "Ann Lee, author of “Harbour Days,” said".
  const last = inside[before - 1] && inside[before - 2] && tokens[before - 2]!.text === ',' ? before - 2 : before - 1;
  const close = tokens[last]?.text;
  // "Lee — who is listed as a pilot — told …": a pair of dashes sets off an appositive as commas do.
  const dash = close === '—' || close === '–';
  if (close !== ',' && close !== ')' && !dash) return undefined;
  const open = close === ')' ? '(' : close;
  const found: Ref[] = [];
  let quoted = 0;
  for (let k = last - 1; k > unit.start && before - k <= MAX_APPOSITIVE_TOKENS; k--) {
    // A short quoted title may stand in the appositive ("author of “Unwritten Rules,”"), not a quotation.
    quoted = inside[k] ? quoted + 1 : 0;
    if (quoted > MAX_QUOTED_TITLE_TOKENS || tokens[k]!.sentence !== tokens[before]!.sentence) break;
    if (inside[k]) continue;
    if (tokens[k]!.text !== open) continue;
    // "In Eastport, the mill is closing, said …": words with a verb of their own before any relative
    // word are a clause, not an appositive ("Lee, who was off-screen, said" is one).
    if (clauseBeforeRelative(tokens, k + 1, last, inside)) break;
    const ref = refEndingAt(tokens, unit, k);
    if (ref) found.push(ref);
    if (open === '(' || dash) break;
  }
  const people = found.filter((ref) => ref.kind !== 'other');
  return people.findLast((ref) => opensClause(tokens, unit, ref)) ?? people[0] ?? found[0];
}

/** True when tokens [from, to) hold an auxiliary or a modal outside quotations before any relative pronoun. */
function clauseBeforeRelative(tokens: readonly Token[], from: number, to: number, inside: Int32Array): boolean {
  for (let k = from; k < to; k++) {
    if (inside[k]) continue;
    if (RELATIVE_PRONOUNS.has(tokens[k]!.lower)) return false;
    if (AUXILIARIES.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** At most this many tokens of a description that a name set off by commas names: "One delegate not on the slate, Ann Lee, said". */
const MAX_NAMED_DESCRIPTION_TOKENS = 10;

/**
 * A person named in an appositive to the description that opens the clause: "One of his
 * advisers, Tad Devine, told reporters", "One delegate not on the slate, Ann Lee, said". The name
 * fills the commas exactly, and the description before it holds no verb.
 */
function nameAfterDescription(tokens: readonly Token[], unit: Unit, before: number, inside: Int32Array): Ref | undefined {
  if (tokens[before - 1]?.text !== ',' || inside[before - 1]) return undefined;
  const named = unit.refs.find((r) => r.end === pastNameSuffix(tokens, before - 1) && r.kind === 'person');
  if (!named) return undefined;
  const comma = titleStart(tokens, unit, named, inside) - 1;
  if (comma <= unit.start || tokens[comma]!.text !== ',' || inside[comma]) return undefined;
  let start = comma;
  while (start > unit.start && comma - start < MAX_NAMED_DESCRIPTION_TOKENS && !inside[start - 1] && !CLAUSE_BOUNDARIES.has(tokens[start - 1]!.text)) {
    const previous = tokens[start - 1]!;
    if (!(previous.word || isPossessive(previous)) || NOT_IN_DESCRIPTION.has(previous.lower) || IRREGULAR_PAST.has(previous.lower) || /^[a-z]{3,}ed$/u.test(previous.lower)) return undefined;
    start--;
  }
  if (start === comma || !(start === unit.start || CLAUSE_BOUNDARIES.has(tokens[start - 1]!.text) || inside[start - 1])) return undefined;
  return PHRASE_DETERMINERS.has(tokens[start]!.lower) || tokens[start]!.cap ? named : undefined;
}

/** Words that make a clause, not a description, of what stands before a name set off by commas. */
const NOT_IN_DESCRIPTION = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'do', 'does', 'did', 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'when', 'while', 'if', 'because', 'as', 'after', 'before', 'since', 'that', 'which', 'who']);

/** At most this many tokens (marks included) of a quoted title inside an appositive: "author of “Unwritten Rules,”". */
const MAX_QUOTED_TITLE_TOKENS = 12;

/**
 * The person before an appositive whose closing comma is missing: "Sam Lee, the communications
 * director for the Iowa party said". The appositive opens with an article and holds only title
 * words, names and links, and the person opens the clause or follows a quotation.
 */
function refBeforeOpenAppositive(tokens: readonly Token[], unit: Unit, before: number, inside: Int32Array): Ref | undefined {
  let k = before - 1;
  while (k > unit.start && before - k <= MAX_APPOSITIVE_WORDS && !inside[k] && tokens[k]!.word
    && (tokens[k]!.cap || isTitleNoun(tokens[k]!) || APPOSITIVE_LINKS.has(tokens[k]!.lower))) k--;
  const article = tokens[k + 1]?.lower;
  if (tokens[k]?.text !== ',' || k + 1 >= before || (article !== 'the' && article !== 'a' && article !== 'an')) return undefined;
  const ref = unit.refs.find((r) => r.end === k);
  return ref?.kind === 'person' && (opensClause(tokens, unit, ref) || inside[ref.start - 1]) ? ref : undefined;
}

/** Words that open a clause inside a sentence: "…, as Lee echoed the criticism, saying …". */
const SUBORDINATORS = new Set(['as', 'while', 'when', 'after', 'because', 'and', 'but', 'since', 'before', 'though', 'although']);

/**
 * Who does the participle at `at` ("…, saying", "…, adding"): the speaker of the last cue before
 * it that opens its clause ("Trump's remarks were sickening, Hollande said, noting …"), else the nearest clause subject
 * ("…, as Lee echoed the criticism, saying …"), else the sentence's subject.
 */
export function participleDoer(tokens: readonly Token[], unit: Unit, pairsBefore: readonly Pair[], at: number): Ref | undefined {
  // "… and Trump calling it …", "with Cruz recently promising …": a name right before the participle
  // (past an adverb) after a conjunction, "with" or the clause's start does it.
  let k = at;
  while (k > unit.start && isCueAdverb(tokens[k - 1]!) && at - k < 2) k--;
  const adjacent = unit.refs.find((r) => r.end === k && (r.kind === 'person' || r.kind === 'pronoun'));
  const lead = adjacent && tokens[titleStart(tokens, unit, adjacent, NO_QUOTES) - 1];
  if (adjacent && (!lead || COORDINATORS.has(lead.lower) || lead.lower === 'with' || CLAUSE_BOUNDARIES.has(lead.text))) return adjacent;
  // Not the speaker of a clause inside the sentence ("…, which Mayor Holt called for, saying …").
  const lastPair = pairsBefore.findLast((pair) => pair.end <= at && pair.ref.end <= at && (pair.start < pair.ref.start || opensClause(tokens, unit, pair.ref)));
  if (lastPair) return lastPair.ref;
  return clauseSubjectBefore(tokens, unit, at, SUBORDINATORS) ?? (unit.subject && unit.subject.end <= at ? unit.subject : undefined) ?? sentenceOpener(tokens, unit, at) ?? openingBody(tokens, unit, at);
}

/**
 * The noun phrase that opens the sentence as its subject, for a participle set off after the main
 * clause: "The town released a statement Wednesday, saying …", "Attorneys for Lee appeared to
 * oppose it, saying …". A determiner or capitalised words (a body's name), then its verb; no person in it.
 */
function openingBody(tokens: readonly Token[], unit: Unit, at: number): Ref | undefined {
  if (tokens[at - 1]?.text !== ',') return undefined;
  let start = unit.start;
  while (start < at && (!tokens[start]!.word || (SUBJECT_OPENERS.has(tokens[start]!.lower) && !PHRASE_DETERMINERS.has(tokens[start]!.lower)))) start++;
  const first = tokens[start];
  if (!first || !(PHRASE_DETERMINERS.has(first.lower) || first.cap) || SUBORDINATORS.has(first.lower) || NOT_IN_NOUN_PHRASE.has(first.lower) || QUOTE_CLAUSE_OPENERS.has(first.lower)) return undefined;
  let end = start + 1;
  while (end < at && end - start <= MAX_BODY_WORDS + 2 && (tokens[end]!.word || isPossessive(tokens[end]!)) && !AUXILIARIES.has(tokens[end]!.lower) && !isPhraseVerb(tokens[end]!)) end++;
  // "The League strongly criticized …": an adverb before the verb is no part of the phrase.
  let phraseEnd = end;
  while (phraseEnd > start + 1 && isCueAdverb(tokens[phraseEnd - 1]!)) phraseEnd--;
  const verb = tokens[end];
  if (!verb || end >= at || !(AUXILIARIES.has(verb.lower) || isPhraseVerb(verb))) return undefined;
  // A person may only be the phrase's complement: "Attorneys for Lee", "Hundreds of pro-Lee marchers".
  if (unit.refs.some((r) => r.start < end && r.end > start && r.kind !== 'other' && (r.start === start || !PHRASE_PREPOSITIONS.has(tokens[r.start - 1]?.lower ?? '') && !/-$/u.test(tokens[r.start - 1]?.text ?? '')))) return undefined;
  for (let i = end; i < at - 1; i++) if (tokens[i]!.text === ';' || RELATIVE_PRONOUNS.has(tokens[i]!.lower) || SUBORDINATORS.has(tokens[i]!.lower)) return undefined;
  return unit.refs.find((r) => r.start === start && r.end === phraseEnd) ?? { start, end: phraseEnd, kind: 'other', gender: undefined };
}

/**
 * The person who opens the sentence, for a participle set off after the main clause ("Ann Lee on
 * Thursday stepped up her attacks, saying …", "… by saying"), when words between the name and
 * its verb hid the subject. Not a name inside a quotation or after another clause.
 */
function sentenceOpener(tokens: readonly Token[], unit: Unit, at: number): Ref | undefined {
  const before = tokens[at - 1]?.lower;
  if (before !== ',' && before !== 'by') return undefined;
  const ref = unit.refs.find((r) => r.end <= at && (r.kind === 'person' || r.kind === 'pronoun') && opensClause(tokens, unit, r) && !CLAUSE_BOUNDARIES.has(tokens[r.end]?.text ?? ''));
  if (!ref) return undefined;
  // The clause must run on to the participle: no quotation or other clause's subject in between.
  for (let i = ref.end; i < at - 1; i++) if (tokens[i]!.text === ';' || RELATIVE_PRONOUNS.has(tokens[i]!.lower) || SUBORDINATORS.has(tokens[i]!.lower)) return undefined;
  return ref;
}

/**
 * The nearest person, pronoun or role before `at` that opens a clause (at its start or after one
 * of `openers`) and is followed by its verb: "…, as Lee echoed the criticism", "so calm that Lee was moved to say".
 */
function clauseSubjectBefore(tokens: readonly Token[], unit: Unit, at: number, openers: ReadonlySet<string>): Ref | undefined {
  for (let r = unit.refs.length - 1; r >= 0; r--) {
    const ref = unit.refs[r]!;
    if (ref.end > at || ref.kind === 'other') continue;
    // The opener stands before any title: "with Republican Senator Ann Lee telling reporters …".
    let first = titleStart(tokens, unit, ref, NO_QUOTES);
    while (first > unit.start && ref.start - first < MAX_TITLE_WORDS && tokens[first - 1]!.word && !openers.has(tokens[first - 1]!.lower) && skippableBeforeSubject(tokens[first - 1]!)) first--;
    const opener = tokens[first - 1];
    const verb = tokens[ref.end];
    const clauseStart = opensClause(tokens, unit, ref) || openers.has(opener?.lower ?? '');
    if (clauseStart && verb?.word && !verb.cap && !NOT_AFTER_SUBJECT.has(verb.lower)) return ref;
  }
  return undefined;
}

/** At most this many words name a body that is a sentence's subject: "the Iraqi foreign ministry". */
const MAX_BODY_WORDS = 5;
/** Documents that "say" what whoever issued them said: "…, the statement said". */
const DOCUMENT_NOUNS = new Set(['statement', 'report', 'communique', 'communiqué', 'release', 'letter', 'memo', 'announcement', 'filing']);
const DOCUMENT_OPENERS = new Set(['the', 'a', 'its', 'their', 'his', 'her']);
/** Prepositions of a phrase that places a described speaker: "a staffer in the room", "an aide at the rally". */
const MODIFIER_PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'inside', 'outside', 'near']);
/** At most this many tokens in a relative clause set off by commas between a described speaker and its verb. */
const MAX_RELATIVE_TOKENS = 14;
/** At most this many tokens in such a phrase, its preposition included. */
const MAX_MODIFIER_TOKENS = 4;
/** Verbs of speaking that the cue list leaves out but that a described speaker uses: "a staffer in the room wondered". */
const SPEAKING_PHRASE_VERBS = new Set(['wondered', 'asked', 'shouted', 'yelled', 'joked', 'quipped', 'replied', 'answered', 'chimed', 'interjected', 'exclaimed', 'muttered', 'whispered', 'remarked', 'recalled', 'explained']);

/** A verb after a subject: a speech verb, or a lowercase past form ("condemned", "took"). */
function isVerbLike(token: Token): boolean {
  return token.word && !token.cap && (CUE_VERBS.has(token.lower) || REPORTING_VERBS.has(token.lower) || IRREGULAR_PAST.has(token.lower) || /[a-z]{2}ed$/u.test(token.lower));
}

/** Openers of a clause whose subject may be a woven quotation's speaker: the subordinators and "with" ("with Lee calling it …"). */
const QUOTE_CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'with']);
const NO_QUOTES = new Int32Array(0);
/** Prepositions after which a person's name completes a body's noun phrase: "Attorneys for Lee". */
const PHRASE_PREPOSITIONS = new Set(['for', 'of', 'from', 'at', 'with']);
/** Words of quantity that stand alone as a sentence's subject: "Another tweeted", "Some chanted". */
const LONE_SUBJECTS = new Set(['another', 'one', 'some', 'others', 'many', 'several', 'both', 'most']);
/** Openers of a clause whose subject may be guessed to speak a quotation in it: those and "that" ("so loud that Lee …"). */
const GUESS_CLAUSE_OPENERS = new Set([...QUOTE_CLAUSE_OPENERS, 'that']);

/** Prepositions that make a person the complement of the speaker's noun phrase: "a spokesman for Lee", "an aide to Lee". */
const COMPLEMENT_PREPOSITIONS = new Set(['for', 'to', 'of', 'with']);
/** Words of closeness before "to": "a source close to Lee". */
const CLOSENESS_WORDS = new Set(['close', 'closest', 'near', 'loyal']);

/**
 * "A spokesman for Ann Lee said", "an aide to Lee", "a source close to Lee", "Attorneys for Lee":
 * a person named after a preposition that ties them to a noun before it is not who speaks; the
 * noun phrase is, from its determiner or its clause's start. Undefined for any other ref.
 */
function complementPhrase(tokens: readonly Token[], unit: Unit, ref: Ref, inside: Int32Array): Ref | undefined {
  if (ref.kind !== 'person') return undefined;
  let k = titleStart(tokens, unit, ref, inside) - 1;
  if (k <= unit.start || inside[k] || !COMPLEMENT_PREPOSITIONS.has(tokens[k]!.lower)) return undefined;
  k--;
  if (tokens[k + 1]!.lower === 'to' && CLOSENESS_WORDS.has(tokens[k]!.lower)) k--;
  const opensClauseAt = (i: number): boolean => i === unit.start || (!tokens[i - 1]!.word && !inside[i - 1]);
  const isHeadWord = (i: number): boolean => !inside[i] && (isTitleNoun(tokens[i]!) || (tokens[i]!.cap && opensClauseAt(i) && !DESCRIPTION_OPENERS.has(tokens[i]!.lower)));
  if (k < unit.start || !isHeadWord(k)) return undefined;
  let start = k;
  while (start > unit.start && k - start < MAX_DESCRIPTION_MODIFIERS && tokens[start - 1]!.word && !DESCRIPTION_OPENERS.has(tokens[start - 1]!.lower) && isHeadWord(start - 1)) start--;
  if (start > unit.start && DESCRIPTION_OPENERS.has(tokens[start - 1]!.lower) && !inside[start - 1]) start--;
  else if (!opensClauseAt(start)) return undefined;
  return { start, end: ref.end, kind: 'other', gender: undefined };
}

/**
 * "said a source close to Ann Lee", "said a spokesman for Lee": where a description that ends at
 * `end` ends with the person it is tied to, who belongs to it; `end` when no such person follows.
 */
function complementEnd(tokens: readonly Token[], unit: Unit, end: number): number {
  const preposition = CLOSENESS_WORDS.has(tokens[end]?.lower ?? '') && tokens[end + 1]?.lower === 'to' ? end + 1 : end;
  if (!COMPLEMENT_PREPOSITIONS.has(tokens[preposition]?.lower ?? '')) return end;
  return unit.refs.find((r) => r.start === preposition + 1 && r.kind === 'person')?.end ?? end;
}

/** Words that open a description of an unnamed speaker: "said a New Hampshire Republican". */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'one', 'another', 'the', 'his', 'her', 'their', 'its', 'two', 'three', 'several', 'some']);

/**
 * An unnamed speaker described after an inverted cue ("…,” said a senior Lee adviser", "said one
 * New Hampshire Democrat"): a speaker mention without a name, up to the first punctuation or
 * function word.
 */
function descriptionAfter(tokens: readonly Token[], unit: Unit, at: number, inside: Int32Array): Ref | undefined {
  if (!DESCRIPTION_OPENERS.has(tokens[at]?.lower ?? '')) return undefined;
  let end = at + 1;
  while (end < unit.end && end - at < MAX_DESCRIPTION_WORDS && !inside[end] && tokens[end]!.word) {
    const token = tokens[end]!;
    // "said one unaligned Florida Republican strategist", "said the printed Cruz slate card": an
    // "-ed" adjective stands in the description when more of it follows.
    const adjective = isDescribingParticiple(token) && tokens[end + 1] !== undefined && end + 1 < unit.end && (tokens[end + 1]!.cap || isTitleNoun(tokens[end + 1]!));
    if (!token.cap && !isTitleNoun(token) && !adjective) break;
    end++;
  }
  return end > at + 1 ? { start: at, end: complementEnd(tokens, unit, end), kind: 'other', gender: undefined } : undefined;
}

/** Words of a time phrase between a speaker and the verb: "Lee on Thursday said", "Lee last week told". */
const TIME_PHRASE_WORDS = new Set([...WEEKDAYS.keys(), 'week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'yesterday', 'today', 'tonight']);
/** Words that open such a time phrase. */
const TIME_PHRASE_LEADS = new Set(['on', 'last', 'this', 'next', 'early', 'late', 'that']);

/**
 * Where a time phrase of a word or two ends right before token `at` ("on Thursday", "last week",
 * "Thursday night") begins, so the speaker before it meets the verb; `at` when there is none.
 */
function timePhraseStart(tokens: readonly Token[], unit: Unit, at: number, inside: Int32Array): number {
  let start = at;
  while (start > unit.start && at - start < 2 && !inside[start - 1] && TIME_PHRASE_WORDS.has(tokens[start - 1]!.lower)) start--;
  if (start === at) return at;
  return start > unit.start && TIME_PHRASE_LEADS.has(tokens[start - 1]!.lower) ? start - 1 : start;
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
      const doer = participleDoer(tokens, unit, pairs, c);
      if (doer) {
        const particle = CUE_PARTICLES.get(token.lower)?.has(tokens[c + 1]?.lower ?? '') ? 1 : 0;
        pairs.push({ ref: doer, cue: tokens.slice(c, c + 1 + particle).map((t) => t.lower).join(' '), start: c, end: c + 1 + particle });
      }
      continue;
    }
    // "As Lee put it, …": "put it" is a cue of its own.
    const putIt = (token.lower === 'put' || token.lower === 'puts') && tokens[c + 1]?.lower === 'it' && !inside[c + 1];
    if (!CUE_VERBS.has(token.lower) && !REPORTING_VERBS.has(token.lower) && !putIt) continue;
    const { cue, end } = putIt ? { cue: `${token.lower} it`, end: c + 2 } : cueText(tokens, c);
    let before = timePhraseStart(tokens, unit, c, inside);
    while (before > unit.start && CUE_ADVERBS.has(tokens[before - 1]!.lower) && c - before < 2) before--;
    // Other adverbs only after an appositive's comma: "Lee, who was off-screen, then loudly asked".
    let past = before;
    while (past > unit.start && isCueAdverb(tokens[past - 1]!) && c - past < 3) past--;
    if (past < before && tokens[past - 1]?.text === ',') before = past;
    // A body right before the verb may close an appositive ("Sam Lee, the director of Acme Corp said").
    const nearest = unit.refs.find((r) => r.end === pastNameSuffix(tokens, before));
    const adjacent = nearest && affiliationHead(tokens, unit, nearest);
    const openAppositive = !adjacent || adjacent.kind === 'other' ? refBeforeOpenAppositive(tokens, unit, before, inside) : undefined;
    const nearestSpeaker = openAppositive ?? adjacent ?? refBeforeAppositive(tokens, unit, before, inside) ?? nameAfterDescription(tokens, unit, before, inside);
    const preceding = nearestSpeaker && (complementPhrase(tokens, unit, nearestSpeaker, inside) ?? nearestSpeaker);
    // "told CNN": after a verb with an object, the name is the listener. An inverted "said X"
    // follows a quotation or a comma; after a word, "say they …" opens what was said.
    const inverted = !tokens[before - 1]?.word && !CUES_WITH_OBJECT.has(token.lower) && !putIt;
    const next = inverted ? unit.refs.find((r) => r.start === c + 1) : undefined;
    const named = !inverted || next?.kind === 'person' || next?.kind === 'pronoun' ? next : (refAfterTitle(tokens, unit, c + 1) ?? next);
    const tiedEnd = named?.kind === 'role' ? complementEnd(tokens, unit, named.end) : undefined;
    const following: Ref | undefined = named && tiedEnd !== undefined && tiedEnd > named.end ? { start: named.start, end: tiedEnd, kind: 'other', gender: undefined } : named;
    const described = inverted && !following ? descriptionAfter(tokens, unit, c + 1, inside) : undefined;
    if (preceding) pairs.push({ ref: preceding, cue, start: titleStart(tokens, unit, preceding, inside), end });
    else if (following) pairs.push({ ref: following, cue, start: c, end: following.end });
    else if (described) pairs.push({ ref: described, cue, start: c, end: described.end });
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
  const readers = paragraphs.map((analysis, p) => new ParagraphReader(analysis, p, spans[p] ?? [], people, focus));
  const quotes = readers.map((reader, p) => {
    const result = reader.attribute(previousParagraphSpeaker, statements);
    // A paragraph of quotations followed by a source line ("– Ann Lee, Acme Bank.") is that person's.
    const source = reader.onlyQuotes() ? readers[p + 1]?.sourceLine() : undefined;
    if (source) result.fill(source);
    previousParagraphSpeaker = source ?? reader.lastSpeaker;
    return result;
  });
  return { quotes, statements };
}


/** Attributes the quotations of one paragraph and moves the article's focus along. */
class ParagraphReader {
  private readonly tokens: readonly Token[];
  /** The paragraph's text, for names written across tokens ("Iraq’s military"). */
  private readonly passageText: string;
  private readonly inside: Int32Array;
  /** Token index by character offset, to find quote marks. */
  private readonly tokenAt: Map<number, number>;
  private readonly units: Unit[];
  /** The paragraph's name runs, for the kind of a name (a place is no speaker to guess). */
  private readonly runs: readonly NameRun[];
  private readonly statements: StatementReader;
  /** The paragraph's last speaker or, failing that, its last subject person. */
  lastSpeaker: Attribution | undefined;
  /** The last speaker of the paragraph before, for a document that speaks ("the statement said"). */
  private previousSpeaker: Attribution | undefined;

  constructor(
    analysis: ParagraphAnalysis,
    private readonly passage: number,
    private readonly spans: readonly QuoteSpan[],
    private readonly people: ArticlePeople,
    private readonly focus: Focus,
  ) {
    this.tokens = analysis.tokens;
    this.runs = analysis.runs;
    this.passageText = analysis.passage.text;
    // A loop, not `new Map(tokens.map(…))`: no pair array per token.
    const tokenAt = new Map<number, number>();
    for (let i = 0; i < this.tokens.length; i++) tokenAt.set(this.tokens[i]!.start, i);
    this.tokenAt = tokenAt;
    this.inside = spanIndex(this.tokens, spans);
    this.units = buildUnits(this.tokens, this.inside, spans);
    this.statements = new StatementReader({
      passage, tokens: this.tokens, inside: this.inside, spans, tokenAt: this.tokenAt,
      speaker: (ref, unit) => this.speakerFrom(ref, unit, { trailing: false }, true),
      participleDoer: (unit, at) => participleDoer(this.tokens, unit, unit.pairs.filter((p) => p.end <= at), at),
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
    this.previousSpeaker = previousParagraphSpeaker;
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
      const reported = this.statements.reportedSpeech(unit);
      statements.push(...reported);
      this.moveFocus(unit, unitSpeaker ?? this.statementSpeaker(reported, unit));
    });
    return results;
  }

  /**
   * The named speaker of a sentence's reported speech, for the focus to move to: one named after
   * what they said ("Cruz electrified the crowds, Stovall said") or opening a clause of their own,
   * not the speaker of a clause inside another ("Ryan was unsure when Tapper asked whether …").
   */
  private statementSpeaker(statements: readonly ReportedSpeech[], unit: Unit): Attribution | undefined {
    const spoken = statements.find(({ speaker, mention, end }) => {
      if (!speaker || !mention) return false;
      const ref = unit.refs.find((r) => this.tokens[r.start]!.start === mention.start);
      return mention.start >= end || (ref !== undefined && (this.headsClause(ref, unit) || this.followsCue(ref)));
    });
    return spoken?.speaker ? { speaker: spoken.speaker, ...(spoken.mention && { mention: spoken.mention }), trailing: false } : undefined;
  }

  /**
   * Only a description stands between the ref and its clause's start ("Top Republican Party donor
   * Sheldon Adelson said"), no conjunction, verb or preposition ("when Tapper asked", "that is X told").
   */
  private headsClause(ref: Ref, unit: Unit): boolean {
    let i = ref.start - 1;
    while (i >= unit.start && ref.start - i <= MAX_DESCRIPTION_WORDS && !this.inside[i]) {
      const token = this.tokens[i]!;
      if (!(token.word || isPossessive(token)) || NOT_IN_NOUN_PHRASE.has(token.lower) || /ed$/u.test(token.lower)) break;
      i--;
    }
    return i < unit.start || this.inside[i] !== 0 || CLAUSE_BOUNDARIES.has(this.tokens[i]!.text);
  }

  /** "said Grant Green", "said Falcons general manager Dan Moss": the ref follows its cue verb. */
  private followsCue(ref: Ref): boolean {
    let i = ref.start - 1;
    while (i >= 0 && ref.start - i <= MAX_TITLE_WORDS && isTitleWord(this.tokens[i]!) && !CUE_VERBS.has(this.tokens[i]!.lower)) i--;
    return CUE_VERBS.has(this.tokens[i]?.lower ?? '');
  }

  private openToken(span: number): number {
    return this.tokenAt.get(this.spans[span]!.open) ?? this.tokens.length;
  }

  private closeToken(span: number): number {
    return this.tokenAt.get(this.spans[span]!.close) ?? this.tokens.length;
  }

  private speakerOf(ref: Ref, unit: Unit): string | undefined {
    if (ref.kind === 'role' && !ref.name && ref.description) return this.resolveDescription(ref.description);
    if (ref.kind === 'other' && !ref.name) return this.ownedBody(ref);
    if (ref.kind !== 'pronoun') return ref.name;
    // The sentence's subject, else a speaker named before the pronoun in the sentence ("Lee says, but she cautions"), else the focus.
    const fits = (other: Ref | undefined): other is Ref & { name: string } => other !== undefined && other.start < ref.start && other.kind !== 'pronoun' && other.kind !== 'other'
      && other.name !== undefined && this.people.isSurePerson(other.name) && (!ref.gender || !other.gender || ref.gender === other.gender);
    const subject = unit.subject;
    if (fits(subject)) return subject.name;
    const speaker = unit.pairs.map((pair) => pair.ref).findLast(fits);
    return speaker?.name ?? resolvePronoun(this.focus, ref.gender, this.people);
  }

  /**
   * A description several people fit goes to the one mentioned last; one nobody fits, if it is
   * generic ("the candidate", "the businessman"), to the person the text is about.
   */
  private resolveDescription(description: Description): string | undefined {
    const candidates = new Set(this.people.describedBy(description));
    if (candidates.size) return this.focus.recent.findLast(({ name }) => candidates.has(name))?.name;
    const subject = this.focus.subject;
    const generic = FOCUS_NOUNS.has(description.head) && !description.modifiers.some((word) => /^\p{Lu}/u.test(word));
    return generic && subject && this.people.persons.has(subject.name) ? subject.name : undefined;
  }

  private mentionOf(ref: Ref): SpeakerMention {
    return { passage: this.passage, start: this.tokens[ref.start]!.start, end: this.tokens[ref.end - 1]!.end };
  }

  /**
   * The speaker a ref stands for, with the ref as its mention even when no name resolves ("the
   * report"). "It" stands for the body that is the sentence's subject ("The ministry condemned
   * what it called …"): that body is the mention.
   */
  private speakerFrom(ref: Ref, unit: Unit, found: Attribution, reported = false): Attribution {
    const unnamed = ref.kind === 'other' && !ref.name;
    // "It" stands for the body that opens the sentence; so does the clause before a second verb ("The
    // ministry condemned the raid and said …"), which names no speaker of its own.
    const said = unnamed && this.tokens[ref.start]!.lower === 'it' ? (this.bodySubject(unit, ref.start) ?? ref)
      : unnamed && ref.start === unit.start && this.tokens[ref.end - 1]?.lower === 'and' && this.tokens.slice(ref.start, ref.end).some(isVerbLike) ? (this.bodySubject(unit, ref.end) ?? ref)
      : ref;
    // "…, the statement said": what a document reports, whoever spoke last (in the paragraph or the one
    // before) said. (A quotation keeps the document as its source, as PolNeAR's annotators do.)
    const speaker = this.speakerOf(said, unit) ?? (reported && unnamed && this.isDocument(said) ? (this.lastSpeaker ?? this.previousSpeaker)?.speaker : undefined);
    if (speaker) found.speaker = speaker;
    found.mention = this.mentionOf(said);
    return found;
  }

  /** "the statement", "a report", "its letter": a document, which speaks for whoever issued it. */
  private isDocument(ref: Ref): boolean {
    const words = this.tokens.slice(ref.start, ref.end);
    return words.length === 2 && DOCUMENT_OPENERS.has(words[0]!.lower) && DOCUMENT_NOUNS.has(words[1]!.lower);
  }

  /**
   * A body named by its owner, "Iraq’s military" or "Acme’s board": a name, its possessive, then
   * lowercase words. It names a speaker as surely as a name does; "the ministry" alone does not.
   */
  private ownedBody(ref: Ref): string | undefined {
    const words = this.tokens.slice(ref.start, ref.end);
    const mark = words.findIndex(isPossessive);
    if (mark < 1 || mark === words.length - 1 || !words[mark - 1]!.cap) return undefined;
    if (!words.slice(mark + 1).every((token) => token.word && !token.cap)) return undefined;
    return this.passageText.slice(words[0]!.start, words.at(-1)!.end);
  }

  /**
   * The body a sentence opens with as its subject, before `before`: "The ministry", "Iraq’s
   * military", "Acme Corp" followed by a verb; not a person, whom "it" never stands for.
   */
  private bodySubject(unit: Unit, before: number): Ref | undefined {
    let start = unit.start;
    while (start < before && (!this.tokens[start]!.word || SUBJECT_OPENERS.has(this.tokens[start]!.lower)) && this.tokens[start]!.lower !== 'the') start++;
    let end = this.tokens[start]?.lower === 'the' ? start + 1 : start;
    while (end < before && end - start <= MAX_BODY_WORDS) {
      const token = this.tokens[end]!;
      if (!(token.word || isPossessive(token)) || this.inside[end] || NOT_IN_NOUN_PHRASE.has(token.lower) || isVerbLike(token)) break;
      end++;
    }
    const verb = this.tokens[end];
    const last = this.tokens[end - 1];
    if (end >= before || !verb || !isVerbLike(verb) || !last?.word || end - start > MAX_BODY_WORDS) return undefined;
    if (unit.refs.some((r) => r.kind !== 'other' && r.start >= start && r.end <= end && !isPossessive(this.tokens[r.end]))) return undefined;
    const named = unit.refs.some((r) => r.kind === 'other' && r.name && r.start >= start && r.end <= end);
    return named || this.tokens[start]!.lower === 'the' ? { start, end, kind: 'other', gender: undefined } : undefined;
  }

  private fromPair(pair: Pair, unit: Unit, trailing: boolean): Attribution {
    return this.speakerFrom(pair.ref, unit, { cue: pair.cue, trailing });
  }

  /**
   * "“Will it reopen?” Lee answered, “Not soon.”": after a quotation that ends its sentence, a
   * cue that ends in a comma or colon right before the next quotation (which opens a sentence)
   * introduces that one; it is no attribution of the first.
   */
  private introducesNext(s: number, pair: Pair): boolean {
    const span = this.spans[s]!;
    const nextSpan = this.spans[s + 1];
    if (!nextSpan || !/[.?!]\s*$/u.test(this.passageText.slice(span.innerStart, span.close))) return false;
    if (!/^\s*\p{Lu}/u.test(this.passageText.slice(nextSpan.innerStart, nextSpan.close))) return false;
    const nextOpen = this.openToken(s + 1);
    if (pair.end > nextOpen || !/^[,:]$/u.test(this.tokens[nextOpen - 1]?.text ?? '')) return false;
    return !this.tokens.slice(pair.end, nextOpen).some((token) => /^[.?!;]$/u.test(token.text));
  }

  private attributeSpan(s: number, unit: Unit, u: number, previousUnit: Attribution | undefined, previousParagraph: Attribution | undefined): Attribution {
    const { tokens } = this;
    const open = this.openToken(s);
    const close = this.closeToken(s);
    // 1. Straight after the quotation.
    let next = close + 1;
    while (tokens[next] && !tokens[next]!.word && !this.inside[next] && next < unit.end) next++;
    const trailing = unit.pairs.find((pair) => next < unit.end && this.startsAfterTitle(pair, next)) ?? unit.nounPairs.find((pair) => pair.start === next);
    // A cue that ends in a colon ("Trump said: “…”") introduces what follows it, not the quotation before.
    const introducing = trailing && tokens[trailing.end]?.text === ':' && this.spans[s + 1] !== undefined && this.openToken(s + 1) > trailing.end;
    if (trailing && this.spans[s]!.closed && !this.introducesNext(s, trailing) && !introducing) return this.fromPair(trailing, unit, true);
    const dashed = this.spans[s]!.closed ? this.dashedSource(close, u) : undefined;
    if (dashed) return this.speakerFrom(dashed.ref, dashed.unit, { trailing: true });
    // "“… the vote!” US Senator Ann Lee said as …": a question or exclamation ends the sentence
    // before its cue, which then opens the next one.
    const exclaimed = tokens[close - 1]?.text === '?' || tokens[close - 1]?.text === '!';
    const nextOpener = exclaimed && next >= unit.end ? this.openingPair(u + 1) ?? this.openingSayer(u + 1) : undefined;
    if (nextOpener && this.spans[s]!.closed && !this.introducesNext(s, nextOpener)) return this.fromPair(nextOpener, this.units[u + 1]!, true);
    // "“Go back to Univision,” Trump barked": after a quotation closed by a comma, a name and a
    // verb the cue list lacks still attribute it.
    // Not after a quotation woven into someone's words ("As Lee said, the plan is “a wish list,” Ray …").
    const wovenInClause = unit.pairs.some((p) => p.end <= open && isSpeechCue(p.cue));
    const sayer = this.spans[s]!.closed && tokens[close - 1]?.text === ',' && !wovenInClause ? this.nameBeforeVerb(unit, next) ?? this.nameAppositiveVerb(unit, next) : undefined;
    if (sayer) return this.fromPair(sayer, unit, true);
    // "“…,” scoffed Ann Lee." / "“…?” reacted Lee.": a verb the cue list lacks, then the name, ending the clause.
    const closing = tokens[close - 1]?.text ?? '';
    const verbFirst = this.spans[s]!.closed && [',', '?', '!'].includes(closing) ? this.verbBeforeName(next) ?? this.verbBeforePhrase(next) : undefined;
    if (verbFirst) return this.fromPair(verbFirst.pair, verbFirst.unit, true);
    // "“…,” the statement read." / "“…,” one message said.": a plain noun phrase and its verb end the clause.
    // Not after a quotation woven into someone's words ("When Lee said he would “act,” the crowd applauded").
    const woven = unit.pairs.some((p) => p.end <= open) || (unit.subject !== undefined && unit.subject.end <= open);
    // After a question or exclamation the phrase may open the next sentence: "“…?” a staffer wondered."
    const phraseUnit = next < unit.end ? unit : exclaimed && this.units[u + 1]?.start === next ? this.units[u + 1] : undefined;
    const phrase = this.spans[s]!.closed && [',', '?', '!'].includes(closing) && phraseUnit && !woven ? this.nounPhraseAndVerb(next, phraseUnit) : undefined;
    if (phrase && (this.endsClauseAt(phrase.end, phraseUnit!) || CUE_VERBS.has(phrase.cue) || SPEAKING_PHRASE_VERBS.has(phrase.cue))) return this.fromPair(phrase, phraseUnit!, true);
    // "After Lee criticized the plan, Ray shot back, “…”": a clause of a speaker and a verb, which the
    // cue list may lack, that leads straight into the quotation, nearer than any pair of an earlier clause.
    const leadIn = this.leadIn(unit, open);
    if (leadIn) return this.fromPair(leadIn, unit, false);
    // 2. A colon after a clause with a subject, or right after a name ("Carl Bialik: “…”").
    if (tokens[open - 1]?.text === ':') {
      // Only a name that is the whole clause ("Carl Bialik: “…”"), not an object ("said on Twitter: “…”").
      const named = unit.refs.find((ref) => ref.end === open - 1 && (ref.kind === 'person' || ref.kind === 'other') && ref.name && opensClause(tokens, unit, ref));
      if (named) return this.speakerFrom(named, unit, { trailing: false });
      const subject = [...unit.refs].reverse().find((ref) => ref.end < open && ref.kind !== 'other' && isSubject(tokens, unit, ref));
      if (subject) return this.fromSubject(subject, unit, open);
      // "More from Ann Lee:", "… doesn't surprise pollster Ann Lee:", "Here's Lee in 1992:": a person
      // named last before the colon, with at most a short phrase between, when no cue speaks.
      const introduced = this.personBeforeColon(unit, open - 1);
      if (introduced && !unit.pairs.some((p) => p.end <= open)) return this.speakerFrom(introduced, unit, { trailing: false });
    }
    // "The letter continues: “…”", "The crowd chanted “…”": a clause of a plain noun phrase and its
    // verb that runs straight into the quotation, with no name in it.
    const phraseClause = this.nounPhraseOpening(unit, open);
    if (phraseClause) return this.fromPair(phraseClause, unit, false);
    // 3. The nearest speaker–cue pair in the sentence.
    // In "Lee said that Ray shows “…”", a verb of thought or finding inside what was said is no speaker's cue.
    const pairsBefore = unit.pairs.filter((pair) => pair.end <= open);
    const lastBefore = pairsBefore.at(-1);
    const spoken = lastBefore && !isSpeechCue(lastBefore.cue)
      ? pairsBefore.findLast((pair) => isSpeechCue(pair.cue) && pair.end <= lastBefore.start && this.introducesClause(pair.end, lastBefore.start))
      : undefined;
    const before = spoken ?? lastBefore;
    const after = unit.pairs.find((pair) => pair.start > close && !this.introducesNext(s, pair));
    const pair = before ?? after;
    if (pair) return this.fromPair(pair, unit, false);
    // A speaker named by a noun phrase in the sentence ("Another commenter said, “…”", "the
    // lawsuit says"): the phrase is the mention, with no name to resolve.
    const nounPair = unit.nounPairs.filter((p) => p.end <= open).pop() ?? unit.nounPairs.find((p) => p.start > close);
    const nounSpeaker = nounPair && this.nounPhraseSpeaker(nounPair, unit);
    if (nounSpeaker) return this.fromPair(nounSpeaker, unit, false);
    // 4. The subject of reported speech, else of the nearest clause before the quotation ("so calm that Lee was moved to say “…”").
    if (unit.subject && unit.subject.end <= open) return this.fromSubject(unit.subject, unit, open);
    // Not across a comma: "As Lee spoke, the crowd chanted “…”" is the crowd's.
    const clauseSubject = clauseSubjectBefore(tokens, unit, open, QUOTE_CLAUSE_OPENERS);
    if (clauseSubject && !tokens.slice(clauseSubject.end, open).some((t) => t.text === ',')) return this.fromSubject(clauseSubject, unit, open);
    // A body that is the sentence's subject ("The State Department said for the first time that “…”",
    // "The Rove ad hits Lee for taking “…”"): its phrase is the mention.
    const body = this.bodyOpening(unit, open);
    if (body && (this.speechBetween(body.start, open) || this.wordsIn(s) >= MIN_CLAUSE_QUOTE_WORDS)) return this.fromPair(body, unit, false);
    // 4b. Whoever opens the sentence before the quotation, when words between it and its verb hid
    // the subject ("Ann Lee, for her part, is labeling it “…”", "Lee during a rally thanked them “…”").
    const opener = this.sentenceSubject(unit, open);
    if (opener) return { ...this.fromSubject(opener, unit, open), guessed: true };
    // "… so much that Lee during a rally thanked them “…”": the subject of a clause inside the sentence.
    const innerSubject = clauseSubjectBefore(tokens, unit, open, GUESS_CLAUSE_OPENERS);
    // Not across a comma ("As Lee spoke, the crowd chanted “…”"), unless the clause runs up to the
    // quotation ("As Lee had written, “…”").
    if (innerSubject && !tokens.slice(innerSubject.end, open - 1).some((t) => t.text === ',')) return { ...this.fromSubject(innerSubject, unit, open), guessed: true };
    // "The piece goes on to slam Lee's “…”": a body that opens the sentence, however short the quotation.
    if (body && (body.ref.kind !== 'other' || this.mayGuessName(body.ref))) return { ...this.fromPair(body, unit, false), guessed: true };
    // "Another tweeted, “…”", "Some chanted “…”": a lone pronoun of quantity opening the sentence, then its verb.
    const lone = this.loneSubject(unit, open);
    if (lone) return { ...this.speakerFrom(lone, unit, { trailing: false }), guessed: true };
    // 5. The sentence before. 6. The sentence after.
    if (previousUnit) return { ...previousUnit, trailing: false };
    const previousPair = this.units[u - 1]?.pairs.at(-1);
    if (previousPair) return this.fromPair(previousPair, this.units[u - 1]!, false);
    const followingOpener = this.openingPair(u + 1);
    if (followingOpener) return this.fromPair(followingOpener, this.units[u + 1]!, false);
    // 7. A paragraph that is only a quotation continues the previous paragraph's speaker.
    const onlyQuotes = tokens.every((t, i) => !t.word || this.inside[i]);
    if (open === 0 && onlyQuotes && previousParagraph?.speaker) return { ...previousParagraph, trailing: false };
    return { trailing: false };
  }

  /**
   * "…, Ray shot back, “…”", "…, to which Ray interjected: “…”": a person and a verb (and a
   * particle) that open a clause and end in the comma or colon before the quotation.
   */
  private leadIn(unit: Unit, open: number): Pair | undefined {
    const { tokens } = this;
    const mark = open - 1;
    if (tokens[mark]?.text !== ',' && tokens[mark]?.text !== ':') return undefined;
    let verb = mark - 1;
    if (VERB_PARTICLES.has(tokens[verb]?.lower ?? '')) verb--;
    const token = tokens[verb];
    if (!token || this.inside[verb] || !(isVerbLike(token) || SPEAKING_PHRASE_VERBS.has(token.lower))) return undefined;
    const ref = unit.refs.find((r) => r.end === verb && r.kind === 'person');
    if (!ref) return undefined;
    const start = titleStart(tokens, unit, ref, this.inside);
    const lead = tokens[start - 1];
    if (start > unit.start && lead && !CLAUSE_BOUNDARIES.has(lead.text) && !RELATIVE_PRONOUNS.has(lead.lower)) return undefined;
    return { ref, cue: tokens.slice(verb, mark).map((t) => t.lower).join(' '), start, end: mark };
  }

  /**
   * The person, pronoun, description or named body that opens the sentence before `open`, past any
   * title: the subject of a clause the quotation stands in, whatever stands between it and its verb.
   */
  private sentenceSubject(unit: Unit, open: number): Ref | undefined {
    // A body by a name of several words ("Breitbart News") or a lone name; not a lone word that is
    // a common word, place or people ("Nuclear", "Iowa", "Latinos") or a plural ("Marchers carried …").
    // Nor a place ("Middle East"), a dateline's agency in parentheses ("Washington (AFP) –"), an
    // adverb ("Specifically") or a contraction ("I'm").
    return unit.refs.find((r) => r.end <= open && !this.inside[r.start] && (r.kind !== 'other' || (r.name !== undefined && this.mayGuessName(r))) && opensClause(this.tokens, unit, r));
  }

  /** "Another", "One", "Some", "Others", "Many", "Several" or "Both" alone opening the sentence before `open`, followed by a verb. */
  private loneSubject(unit: Unit, open: number): Ref | undefined {
    let start = unit.start;
    while (start < open && !this.tokens[start]!.word && !this.inside[start]) start++;
    const word = this.tokens[start];
    const verb = this.tokens[start + 1];
    if (!word || start + 1 >= open || !LONE_SUBJECTS.has(word.lower) || !verb || this.inside[start + 1] || !(isPhraseVerb(verb) || isCueAdverb(verb))) return undefined;
    return { start, end: start + 1, kind: 'other', gender: undefined };
  }

  /** A name of unknown kind that may be guessed to speak: see `sentenceSubject`. */
  private mayGuessName(r: Ref): boolean {
    if (!r.name) return true;
    if (this.tokens[r.start - 1]?.text === '(' || this.runs.some((run) => run.start === r.start && run.end === r.end && run.kind === 'place')) return false;
    if (r.name.includes(' ')) return true;
    if (/s$|ly$|['’]/u.test(r.name)) return false;
    const cls = wordClass(r.name.toLowerCase());
    return cls !== 'common' && cls !== 'place' && cls !== 'demonym';
  }

  /** The paragraph holds quotations and nothing else. */
  onlyQuotes(): boolean {
    return this.spans.length > 0 && this.tokens.every((t, i) => !t.word || this.inside[i]);
  }

  /**
   * A paragraph that only names the source of the quotations before it: "– Ann Lee." or "—Sen.
   * Ann Lee, tweeting after the vote." A dash, a person's name past any title, then the end or a comma.
   */
  sourceLine(): Attribution | undefined {
    const unit = this.units[0];
    if (!unit || this.spans.length || this.tokens.length > MAX_SOURCE_LINE_TOKENS || !DASHES.has(this.tokens[0]!.text)) return undefined;
    const ref = refAfterTitle(this.tokens, unit, 1);
    if (!ref || ref.kind !== 'person') return undefined;
    const after = this.tokens[ref.end];
    if (after && ref.end < unit.end && ![',', '.', '('].includes(after.text)) return undefined;
    return this.speakerFrom(ref, unit, { trailing: false });
  }

  /**
   * A name set after a quotation by a dash, as a source line: "“…” – Ann Lee." or "“…” —Sen. Ann
   * Lee, tweeting after the vote." The name (past any title) ends its sentence or is followed by
   * a comma, parenthesis or period; the dash may open the next sentence.
   */
  private dashedSource(close: number, u: number): { ref: Ref; unit: Unit } | undefined {
    let k = close + 1;
    while (this.tokens[k] && !this.tokens[k]!.word && !DASHES.has(this.tokens[k]!.text) && this.inside[k]) k++;
    if (!DASHES.has(this.tokens[k]?.text ?? '')) return undefined;
    const at = k + 1;
    const unit = [this.units[u], this.units[u + 1]].find((candidate) => candidate && candidate.start <= at && at < candidate.end);
    if (!unit) return undefined;
    const ref = refAfterTitle(this.tokens, unit, at);
    if (!ref || ref.kind !== 'person') return undefined;
    const after = this.tokens[ref.end];
    return !after || ref.end >= unit.end || [',', '.', '(', ';'].includes(after.text) ? { ref, unit } : undefined;
  }

  /**
   * A quotation's speaker from a noun-phrase pair: a person, pronoun or role inside the phrase
   * ("Gorka similarly warned", "a spokesman for Acme said"), else the phrase itself when it is
   * short enough to name someone ("the lawsuit says"), not a clause ("Acme obtained a video and said").
   */
  private nounPhraseSpeaker(pair: Pair, unit: Unit): Pair | undefined {
    const inner = unit.refs.find((r) => r.start >= pair.ref.start && r.end <= pair.ref.end && r.kind !== 'other');
    if (inner) return { ...pair, ref: inner };
    return pair.ref.end - pair.ref.start <= MAX_DESCRIPTION_WORDS && this.isNounPhrase(pair.ref) ? pair : undefined;
  }

  /**
   * The words of a ref read as a noun phrase: not a conjunction, adverb, participle or other
   * clause word first ("and said", "so clearly believed", "having referred"), nor an article last
   * ("calls her record a").
   */
  private isNounPhrase(ref: Ref): boolean {
    const first = this.tokens[ref.start]!;
    const last = this.tokens[ref.end - 1]!;
    if (!first.word || !last.word || ['a', 'an', 'the'].includes(last.lower)) return false;
    if (first.cap || PHRASE_DETERMINERS.has(first.lower) || DESCRIPTION_OPENERS.has(first.lower)) return true;
    return !NOT_IN_NOUN_PHRASE.has(first.lower) && !SUBORDINATORS.has(first.lower) && !SUBJECT_OPENERS.has(first.lower) && !isCueAdverb(first) && !/ing$/u.test(first.lower);
  }

  /** A person or pronoun (with `anyName`, any name) at `at`, past any title, followed by a past or present verb: a speaker with an unlisted cue. */
  private nameBeforeVerb(unit: Unit, at: number, anyName = false): Pair | undefined {
    const speaks = (r: Ref): boolean => r.kind === 'person' || r.kind === 'pronoun' || (anyName && r.kind === 'other' && r.name !== undefined);
    const ref = unit.refs.find((r) => r.start >= at && speaks(r) && this.startsAfterTitle({ ref: r, cue: '', start: r.start, end: r.end }, at));
    const verb = ref && this.tokens[ref.end];
    if (!ref || !verb?.word || verb.cap || ref.end >= unit.end) return undefined;
    const past = /[a-z]{2}ed$/u.test(verb.lower) || IRREGULAR_PAST.has(verb.lower);
    const present = /[a-z]{2}s$/u.test(verb.lower) && !/(ss|us|is)$/u.test(verb.lower);
    return past || present ? { ref, cue: verb.lower, start: at, end: ref.end + 1 } : undefined;
  }

  /** What was said runs from `from` to `to` as one clause: no punctuation or subordinator between ("said that Ray shows"). */
  private introducesClause(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const token = this.tokens[i]!;
      if (this.inside[i] || !token.word || SUBORDINATORS.has(token.lower) || RELATIVE_PRONOUNS.has(token.lower) && token.lower !== 'that') return false;
    }
    return true;
  }

  /**
   * The noun phrase that opens the sentence before `before` and is its subject: a determiner or a
   * capitalised word, then words of a noun phrase, then a verb (or a day or short time phrase and
   * then the verb). Not a person, pronoun or role, which other rules read; not a clause ("As …").
   */
  private bodyOpening(unit: Unit, before: number): Pair | undefined {
    const { tokens } = this;
    let start = unit.start;
    while (start < before && !tokens[start]!.word && !this.inside[start]) start++;
    const first = tokens[start];
    if (!first || this.inside[start] || !(PHRASE_DETERMINERS.has(first.lower) || first.cap)) return undefined;
    if (SUBORDINATORS.has(first.lower) || NOT_IN_NOUN_PHRASE.has(first.lower) || QUOTE_CLAUSE_OPENERS.has(first.lower) || SUBJECT_OPENERS.has(first.lower) && first.lower !== 'the' && first.lower !== 'a' && first.lower !== 'an') return undefined;
    let end = start + 1;
    while (end < before && end - start <= MAX_BODY_WORDS + 2) {
      const token = tokens[end]!;
      if (this.inside[end] || !(token.word || isPossessive(token)) || AUXILIARIES.has(token.lower) || (isPhraseVerb(token) && !isPluralBeforeVerb(tokens, end) && !isNounAfterArticle(tokens, end)) || NOT_IN_NOUN_PHRASE.has(token.lower) || CLAUSE_PREPOSITIONS.has(token.lower)) break;
      if (['on', 'in', 'at', 'to', 'by', 'with'].includes(token.lower) || isCueAdverb(token)) break;
      end++;
    }
    let verb = end;
    while (verb < before && verb - end < 2 && isCueAdverb(tokens[verb]!)) verb++;
    // "… on Tuesday rejected", "… this week published": a short time phrase before the verb.
    if (tokens[verb]?.lower === 'on' && tokens[verb + 1]?.cap) verb += 2;
    else if (tokens[verb]?.lower === 'this' || tokens[verb]?.lower === 'last') verb += 2;
    const verbToken = tokens[verb];
    if (!verbToken || verb >= before || this.inside[verb] || !(AUXILIARIES.has(verbToken.lower) || isPhraseVerb(verbToken))) return undefined;
    if (unit.refs.some((r) => r.start < end && r.end > start && r.kind !== 'other')) return undefined;
    for (let i = verb; i < before; i++) {
      const token = tokens[i]!;
      if (token.text === ';' || token.text === ',' || SUBORDINATORS.has(token.lower)) return undefined;
      // "that" opens what was said ("said that …"), not a relative clause ("T-shirts appeared that said …").
      if (RELATIVE_PRONOUNS.has(token.lower) && (token.lower !== 'that' || (tokens[i + 1] && isPhraseVerb(tokens[i + 1]!)))) return undefined;
    }
    const ref = unit.refs.find((r) => r.start === start && r.end === end) ?? { start, end, kind: 'other' as const, gender: undefined };
    return { ref, cue: verbToken.lower, start, end: verb + 1 };
  }

  /** A speech or reporting verb stands between `from` and `to`, outside quotations. */
  private speechBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const lower = this.tokens[i]!.lower;
      if (!this.inside[i] && (CUE_VERBS.has(lower) || REPORTING_VERBS.has(lower) || CUE_PARTICIPLES.has(lower))) return true;
    }
    return false;
  }

  /** How many words quotation span `s` holds. */
  private wordsIn(s: number): number {
    let words = 0;
    for (let i = this.openToken(s); i <= this.closeToken(s) && i < this.tokens.length; i++) if (this.tokens[i]!.word) words++;
    return words;
  }

  /** The person whose name ends at most a short phrase ("in December 1992") before the colon at `colon`. */
  private personBeforeColon(unit: Unit, colon: number): Ref | undefined {
    const ref = unit.refs.findLast((r) => r.end <= colon);
    if (!ref || ref.kind !== 'person' || colon - ref.end > MAX_COLON_TAIL_TOKENS) return undefined;
    for (let i = ref.end; i < colon; i++) {
      const token = this.tokens[i]!;
      if (this.inside[i] || !(token.word || token.text === ',') || isPhraseVerb(token) || RELATIVE_PRONOUNS.has(token.lower)) return undefined;
    }
    return ref;
  }

  /**
   * "“…,” Ann Lee, the former governor, proclaimed": after a quotation closed by a comma, a person,
   * an appositive set off by commas, and a past or present verb the cue list lacks.
   */
  private nameAppositiveVerb(unit: Unit, at: number): Pair | undefined {
    const ref = refAfterTitle(this.tokens, unit, at);
    if (!ref || ref.kind !== 'person' || this.tokens[ref.end]?.text !== ',') return undefined;
    for (let k = ref.end + 1; k < unit.end && k - ref.end <= MAX_APPOSITIVE_TOKENS; k++) {
      if (this.inside[k]) return undefined;
      if (this.tokens[k]!.text !== ',') continue;
      const verb = this.tokens[k + 1];
      if (verb && k + 1 < unit.end && isPhraseVerb(verb) && !RELATIVE_PRONOUNS.has(verb.lower)) return { ref, cue: verb.lower, start: at, end: k + 2 };
    }
    return undefined;
  }

  /**
   * A past-tense verb at `at` that the cue list lacks, then a person's name (past any title) that
   * ends the clause: "scoffed Ann Lee,", "beamed Tom Ray of Acme." The verb may open the next sentence.
   */
  private verbBeforeName(at: number): { pair: Pair; unit: Unit } | undefined {
    const verb = this.tokens[at];
    if (!verb?.word || verb.cap || this.inside[at] || !(/[a-z]{2}ed$/u.test(verb.lower) || IRREGULAR_PAST.has(verb.lower))) return undefined;
    const unit = this.units.find((candidate) => candidate.start <= at && at < candidate.end);
    if (!unit || at + 1 >= unit.end) return undefined;
    const closes = (end: number): boolean => {
      const after = this.tokens[end];
      return !after || end >= unit.end || [',', '.', ':', ';', '('].includes(after.text) || AFFILIATION_WORDS.has(after.lower);
    };
    const owned = this.possessedAfter(unit, at + 1, closes);
    if (owned) return { pair: { ref: owned, cue: verb.lower, start: at, end: owned.end }, unit };
    const ref = refAfterTitle(this.tokens, unit, at + 1);
    if (!ref || ref.kind !== 'person' || !closes(ref.end)) return undefined;
    return { pair: { ref, cue: verb.lower, start: at, end: ref.end }, unit };
  }

  /**
   * "opined Cleveland's Plain Dealer", "exhorted Lee's introducer, actress Ann Ray": after a
   * possessive name, the thing owned speaks (a name, or the person an appositive names), else the
   * owned noun phrase itself; none when the phrase does not close the clause.
   */
  private possessedAfter(unit: Unit, at: number, closes: (end: number) => boolean): Ref | undefined {
    const { tokens } = this;
    const owner = unit.refs.find((r) => r.start === at && r.kind !== 'pronoun');
    if (!owner || !isPossessive(tokens[owner.end]) || this.inside[owner.end]) return undefined;
    const from = owner.end + 1;
    const named = unit.refs.find((r) => r.start === from);
    if (named) return named.kind !== 'pronoun' && closes(named.end) ? named : undefined;
    let k = from;
    while (k < unit.end && k - from < MAX_DESCRIPTION_WORDS && !this.inside[k] && tokens[k]!.word && !tokens[k]!.cap && !NOT_IN_NOUN_PHRASE.has(tokens[k]!.lower)) k++;
    if (k === from) return undefined;
    if (tokens[k]?.text === ',') {
      const person = refAfterTitle(tokens, unit, k + 1);
      if (person?.kind === 'person' && closes(person.end)) return person;
    }
    return closes(k) ? { start: at, end: k, kind: 'other', gender: undefined } : undefined;
  }

  /**
   * A plain noun phrase at `at` and the verb after it: a determiner ("the", "one", "a"), at most
   * a few words with no name of a person, then a past or present verb. The phrase is the mention.
   */
  private nounPhraseAndVerb(at: number, unit: Unit): Pair | undefined {
    if (!PHRASE_DETERMINERS.has(this.tokens[at]?.lower ?? '')) return undefined;
    let end = at + 1;
    while (end < unit.end && end - at <= MAX_BODY_WORDS && !this.inside[end]) {
      const token = this.tokens[end]!;
      if (!(token.word || isPossessive(token)) || NOT_IN_NOUN_PHRASE.has(token.lower) || (isPhraseVerb(token) && !isPluralBeforeVerb(this.tokens, end) && !isNounAfterArticle(this.tokens, end))) break;
      end++;
    }
    // "a staffer in the room wondered": a short prepositional phrase may follow the head before the verb.
    const head = end;
    const modifier = this.modifierPhraseEnd(head, unit);
    if (modifier !== undefined) end = modifier;
    const verb = this.tokens[end];
    if (head === at + 1 || end >= unit.end || !verb || this.inside[end] || !isPhraseVerb(verb)) return undefined;
    if (modifier !== undefined && !CUE_VERBS.has(verb.lower) && !SPEAKING_PHRASE_VERBS.has(verb.lower)) return undefined;
    // The phrase may be a role noun or description of its own ("the judge"), never hold a person's name.
    const whole = unit.refs.find((r) => r.start === at && r.end === head);
    if (!whole && unit.refs.some((r) => r.start >= at && r.end <= end && r.kind !== 'other')) return undefined;
    if (whole?.kind === 'person' || whole?.kind === 'pronoun') return undefined;
    const ref: Ref = whole ?? { start: at, end: head, kind: 'other', gender: undefined };
    return { ref, cue: verb.lower, start: at, end: end + 1 };
  }

  /** Where a prepositional phrase of a few lowercase words that opens at `at` ends ("in the room", "at the rally"). */
  private modifierPhraseEnd(at: number, unit: Unit): number | undefined {
    // "a source, who was not authorized to speak, told …": a relative clause set off by commas.
    if (this.tokens[at]?.text === ',' && (this.tokens[at + 1]?.lower === 'who' || this.tokens[at + 1]?.lower === 'which')) {
      let close = at + 2;
      while (close < unit.end && close - at <= MAX_RELATIVE_TOKENS && !this.inside[close] && this.tokens[close]!.text !== ',') close++;
      return this.tokens[close]?.text === ',' && close + 1 < unit.end && !this.inside[close + 1] && isPhraseVerb(this.tokens[close + 1]!) ? close + 1 : undefined;
    }
    if (!MODIFIER_PREPOSITIONS.has(this.tokens[at]?.lower ?? '')) return undefined;
    let end = at + 1;
    while (end < unit.end && end - at <= MAX_MODIFIER_TOKENS && !this.inside[end] && this.tokens[end]!.word && !this.tokens[end]!.cap && !NOT_IN_NOUN_PHRASE.has(this.tokens[end]!.lower) && !isPhraseVerb(this.tokens[end]!)) end++;
    return end > at + 1 && end < unit.end && isPhraseVerb(this.tokens[end]!) ? end : undefined;
  }

  /** Only punctuation, the end, or a phrase opened by a preposition or adverb follows token `at`: no object. */
  private endsClauseAt(at: number, unit: Unit): boolean {
    const token = this.tokens[at];
    if (!token || at >= unit.end || !token.word) return true;
    return CUE_OBJECT_STOPS.has(token.lower) || CLAUSE_PREPOSITIONS.has(token.lower) || isCueAdverb(token) || VERB_PARTICLES.has(token.lower);
  }

  /**
   * A clause that opens the sentence with a plain noun phrase and its verb and runs into the
   * quotation at `open`, with a colon or comma or nothing between: "The letter continues: “…”",
   * "The email goes on to say: “…”", "The crowd chanted “…”". At most a few words after the verb.
   */
  private nounPhraseOpening(unit: Unit, open: number): Pair | undefined {
    // The clause opens the sentence or follows a comma: "To alert the police, the message continues, “…”".
    let start = open - 1;
    while (start > unit.start && open - start <= MAX_VERB_TAIL_TOKENS + MAX_BODY_WORDS + 2 && !(this.tokens[start - 1]!.text === ',' && !this.inside[start - 1])) start--;
    if (start > unit.start && this.tokens[start - 1]!.text !== ',') return undefined;
    if (start === unit.start) {
      while (start < open && (!this.tokens[start]!.word || ['but', 'and', 'as', 'then', 'so'].includes(this.tokens[start]!.lower)) && !this.inside[start]) start++;
    }
    if (this.inside[start]) return undefined;
    const pair = this.nounPhraseAndVerb(start, unit);
    if (!pair || pair.end > open || open - pair.end > MAX_VERB_TAIL_TOKENS) return undefined;
    for (let i = pair.end; i < open; i++) {
      const token = this.tokens[i]!;
      if (this.inside[i] || (!token.word && !(i === open - 1 && (token.text === ':' || token.text === ',')))) return undefined;
      if (token.cap || RELATIVE_PRONOUNS.has(token.lower)) return undefined;
    }
    return pair;
  }

  /** A verb, then a plain noun phrase that ends the clause: "“…,” read one.", "“…,” reads an editorial in the Herald." */
  private verbBeforePhrase(at: number): { pair: Pair; unit: Unit } | undefined {
    const verb = this.tokens[at];
    if (!verb || this.inside[at] || !isPhraseVerb(verb)) return undefined;
    const unit = this.units.find((candidate) => candidate.start <= at && at < candidate.end);
    const first = this.tokens[at + 1];
    if (!unit || at + 1 >= unit.end || !first || !PHRASE_DETERMINERS.has(first.lower)) return undefined;
    let end = at + 2;
    while (end < unit.end && end - at <= MAX_DESCRIPTION_WORDS && !this.inside[end] && (this.tokens[end]!.word || isPossessive(this.tokens[end]!))) end++;
    const after = this.tokens[end];
    if (after && end < unit.end && !['.', ',', ';', ':'].includes(after.text)) return undefined;
    if (unit.refs.some((r) => r.start > at && r.end <= end && (r.kind === 'person' || r.kind === 'pronoun'))) return undefined;
    const whole = unit.refs.find((r) => r.start === at + 1 && r.end === end);
    return { pair: { ref: whole ?? { start: at + 1, end, kind: 'other', gender: undefined }, cue: verb.lower, start: at, end }, unit };
  }

  /** A speaker and cue that open unit `u`, past any title ("US Senator Ann Lee said …"). */
  private openingPair(u: number): Pair | undefined {
    const unit = this.units[u];
    if (!unit) return undefined;
    const firstWord = this.tokens.slice(unit.start, unit.end).findIndex((t) => t.word) + unit.start;
    return unit.pairs.find((pair) => this.startsAfterTitle(pair, firstWord));
  }

  /** A name (of a person or of unknown kind) and a verb the cue list lacks that are the whole of unit `u` ("“…?” Hannity pressed."). */
  private openingSayer(u: number): Pair | undefined {
    const unit = this.units[u];
    if (!unit) return undefined;
    const firstWord = this.tokens.slice(unit.start, unit.end).findIndex((t) => t.word) + unit.start;
    const sayer = this.nameBeforeVerb(unit, firstWord, true);
    const after = sayer && this.tokens[sayer.end];
    return sayer && (!after || !after.word || sayer.end >= unit.end) ? sayer : undefined;
  }

  /** The pair starts at `at`, or past title words from there ("…,” US Senator Jeff Sessions said). */
  private startsAfterTitle(pair: Pair, at: number): boolean {
    if (pair.start < at || pair.start - at > MAX_TITLE_WORDS) return false;
    for (let i = at; i < pair.start; i++) if (this.inside[i] || !(isTitleWord(this.tokens[i]!) || isTitleNoun(this.tokens[i]!))) return false;
    return true;
  }

  private fromSubject(subject: Ref, unit: Unit, open: number): Attribution {
    const found = this.speakerFrom(subject, unit, { trailing: false });
    const pair = unit.pairs.find((p) => p.ref === subject && p.end <= open);
    if (pair) {
      found.cue = pair.cue;
      return found;
    }
    // "Holt, who …, said that …": the first speech verb between subject and quotation.
    for (let i = subject.end; i < open; i++) {
      if (!this.inside[i] && CUE_VERBS.has(this.tokens[i]!.lower)) {
        found.cue = cueText(this.tokens, i).cue;
        return found;
      }
    }
    // Otherwise the subject's own verb ("returned to her warning:").
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
    const own = unit.refs.find((ref) => ref.kind === 'person' && ref.name === name && ref.gender)?.gender;
    if (name && this.people.persons.has(name)) this.focus.subject = { name, gender: own ?? this.people.gender(name) };
  }
}
