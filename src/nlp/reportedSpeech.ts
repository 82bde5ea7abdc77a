/**
 * Reported speech: what a speaker said as the text paraphrases it, read from the sentences the
 * attribution pass has already split into speaker refs and speaker–cue pairs (`attribution.ts`).
 * "X said (that) …" and "according to X, …" take what follows; "…, X said." takes what precedes;
 * "Costs, she said, will rise" takes both sides; a speech verb whose subject is a plain noun phrase
 * ("senior officials said", "the survey found") makes a statement with no resolved name.
 */
import { isPossessive, type Token } from './nameTokens.ts';
import type { QuoteSpan } from './quoteMarks.ts';
import { wordClass } from './model/lexicon.ts';
import { HONORIFICS } from './model/roleWords.ts';
import { CUE_PARTICIPLES, CUE_VERBS, OBJECT_CUES, REPORTING_VERBS } from './model/speechCues.ts';
import { SPEECH_TAGGER } from './model/learnedCues.ts';
import { contentEndFrom, isCueCandidate, loadTagger, refBefore, startsAfter, verbGroupStart, type SpeechTagger, type TaggerModel, type TaggerView } from './speechTagger.ts';
import { CLAUSE_BOUNDARIES, CUE_OBJECT_STOPS, cueText, IRREGULAR_PAST, isCueAdverb, NOT_AFTER_SUBJECT, NOT_IN_NOUN_PHRASE, NOUN_MARKERS, type Pair, type Ref, type ReportedSpeech, type SpeakerMention, type Unit } from './speechUnits.ts';

/** The tokens a closing quotation mark is written as (NYT's `''` is two). */
const QUOTE_MARK_TOKENS = new Set(['”', '"', "'", '’', '»']);

/** What the statement reader needs of the paragraph the attribution pass reads. */
export interface SpeechParagraph {
  /** Index of the paragraph in `article.passages`. */
  passage: number;
  tokens: readonly Token[];
  /** Which quotation span (1-based) each token lies in, 0 outside. */
  inside: Int32Array;
  spans: readonly QuoteSpan[];
  /** Token index by character offset. */
  tokenAt: ReadonlyMap<number, number>;
  /** The name a speaker ref resolves to, and the mention it came from. */
  speaker(ref: Ref, unit: Unit): { speaker?: string; mention?: SpeakerMention };
  /** Who a participle at token `at` speaks for ("…, saying …"): the clause's subject or the pair before it. */
  participleDoer(unit: Unit, at: number): Ref | undefined;
}

/** Words that open the one told after "said to", "wrote to": "to the board that", "to her that". */
const HEARER_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'me', 'him', 'them', 'us', 'you', 'reporters']);
/** Words that may sit between a cue and its "that": "said in a statement that", "told CNN on Tuesday that". */
const MAX_WORDS_BEFORE_THAT = 10;
/** At most this many words in an aside set off by commas between a cue and its "that": "said, with the benefit of hindsight, that". */
const MAX_ASIDE_WORDS = 8;
/** At most this many words may follow a speaker–cue pair that closes a sentence ("…, he said on Tuesday."). */
const MAX_TAIL_WORDS = 4;
/** A closing pair may be followed by a longer phrase that opens with one of these: "…, she said in an interview with the Times." */
const TAIL_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'from', 'of', 'for', 'with', 'when', 'while', 'as', 'late', 'early', 'last', 'this']);
const MAX_ADJUNCT_TAIL_WORDS = 10;
/**
 * A closing pair may be followed by a clause of the writer's set off by a comma, however long: "…,
 * Blinken said on Tuesday, even as the Pentagon warned …". These words open it.
 */
const WRITERS_CLAUSE_OPENERS = new Set(['even', 'as', 'while', 'although', 'though', 'but', 'adding', 'citing', 'amid', 'despite', 'whereas', 'after', 'before', 'when', 'days', 'hours', 'weeks']);
/**
 * Words that open a phrase of time, place or occasion set before a sentence's subject ("In a 1963
 * speech, he declared:", "Shortly after the vote, Lee announced her resignation"): such a phrase
 * alone before a speaker and verb is no sentence of what was said.
 */
const ADVERBIAL_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'over', 'since', 'shortly', 'soon', 'then', 'later', 'earlier', 'last',
  'under', 'through', 'throughout', 'within', 'amid', 'following', 'with', 'without', 'for', 'despite', 'by', 'from', 'among', 'until', 'upon']);
/** Words that close a phrase of time: "A year later", "Two days ago". */
const ADVERBIAL_CLOSERS = new Set(['later', 'ago', 'earlier']);
/** At most this many words in such a phrase. */
const MAX_ADVERBIAL_WORDS = 8;
/** At most this many words describe a speaker before its name: "…, journalist Ann Lee said", "…, teachers and union officials told". */
const MAX_DESCRIPTION_LEAD = 4;
/** At most this many words describe a speaker named last: "…, said Ann Lee, a spokeswoman for the party." */
const MAX_APPOSITIVE_WORDS = 16;
/** At most this many tokens name a speaker set off by a comma before a closing cue: "…, a source close to him said." */
const MAX_CLOSING_SPEAKER_TOKENS = 8;
/** Verbs of saying that close a sentence after a speaker set off by a comma: "…, people familiar with the talks said." */
const CLOSING_CUES = new Set(['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'add', 'wrote', 'writes', 'noted', 'argued', 'argue', 'argues',
  'insisted', 'insist', 'explained', 'warned', 'warn', 'acknowledged', 'conceded', 'believe', 'believes', 'predicted', 'predict', 'reported', 'estimated',
  'estimate', 'suggested', 'cautioned', 'contend', 'contended', 'agreed', 'agree']);
/** At most this many words label a headline's source before its colon: "Former AG Mukasey at RNC: …". */
const MAX_HEADLINE_LABEL_WORDS = 8;
/** Words that open a headline's kicker rather than name a source: "Breaking:", "Watch:", "Just in:". */
const HEADLINE_KICKERS = new Set(['breaking', 'exclusive', 'watch', 'look', 'wow', 'update', 'live', 'video', 'photos', 'analysis', 'opinion', 'spoiler',
  'just', 'boom', 'must', 'new', 'inside', 'fact', 'review', 'quiz', 'graphic', 'timeline', 'explainer', 'factbox', 'first']);
/** A time phrase between a cue and what was said: "said on Tuesday", "said late Monday". */
const TIME_PREPOSITIONS = new Set(['on', 'late', 'early', 'last', 'this', 'in', 'during']);
const MAX_TIME_WORDS = 4;
/** Words inside a time phrase after a cue: "for several weeks", "over the past year". */
const TIME_MODIFIERS = new Set(['for', 'over', 'the', 'past', 'recent', 'several', 'few', 'many', 'a', 'earlier', 'next', 'same']);
/** Nouns that end a time phrase after a cue: "said last week", "has said for months". */
const TIME_NOUNS = new Set(['week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'days', 'decades', 'night', 'morning', 'afternoon', 'evening']);
/** Before these a speech verb's word is a noun: "the other states", "any hope", "an estimated 200". */
const DETERMINERS = new Set(['other', 'these', 'those', 'any', 'every', 'each', 'only', 'your', 'my', 'no', 'another']);
/** At most this many tokens between ", who" and what its cue says: ", who has repeatedly and publicly said". */
const MAX_RELATIVE_LEAD = 8;
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself']);
/** Participles that name what stands before them: "a group called …", "one PAC named …". */
const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed']);
/** Words that open an indefinite noun phrase, which a naming participle follows: "a firm called …". */
const INDEFINITES = new Set(['a', 'an', 'one', 'another']);
/** At most this many words of a noun phrase before its naming participle: "a new super PAC called". */
const MAX_NAMED_WORDS = 4;
/** Verbs of finding whose noun-phrase object is something come upon, not a finding: "found a way to …", "found sanctuary". */
const COME_UPON_VERBS = new Set(['found', 'find', 'finds']);
/** Words that may be a subject alone ("many say") or a determiner ("many reports"). */
const QUANTIFIERS = new Set(['few', 'some', 'many', 'all', 'both', 'several', 'most']);
/** Participles that name a source after "as … by" the way "according to" does: "as reported by the Ledger". */
const REPORTED_BY = new Set(['reported', 'noted', 'revealed', 'disclosed', 'described', 'stated']);
/** At most this many tokens name the source after "according to": "early results of the exit poll by …". */
const MAX_SOURCE_TOKENS = 20;
/** A noun phrase that speaks: "Senior administration officials", "the survey". */
const MAX_NOUN_PHRASE_WORDS = 7;
/** Words after which a noun phrase can start a clause: "and officials said", "but critics argue". */
const NOUN_PHRASE_OPENERS = new Set(['and', 'but', 'while', 'as', 'because', 'though', 'although', 'yet', 'so']);
/** After "said," these open an adjunct of the cue ("referring to …", "according to …", "a smile on her face"). */
const ADJUNCT_OPENERS = /^(?:[a-z]{2,}ing|according|a|an|without|with|amid)$/u;
/** Words that open a description of a speaker named after a closing cue: "…, said Ann Lee, the bank's analyst, who …". */
const APPOSITIVE_OPENERS = new Set(['the', 'who', 'whose', 'one']);
/** Prepositions that open a sentence on a group its main clause counts: "Among those who said …, most backed Lee". */
const FRONTED_GROUPS = new Set(['among', 'of']);
/** Subjects whose past verb after "and" starts a new clause of the writer's: "… and she accused …". */
const SPEAKER_SUBJECTS = new Set(['he', 'she', 'they']);
/** Verbs that start a second predicate after "and": "endorsed Lee and has appeared …". */
const AUXILIARY_VERBS = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'did', 'does', 'then', 'later', 'also']);
/** Words that make a clause of what follows a speech verb. */
const CLAUSE_VERBS_LIST = [
  'that', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'shall', 'may', 'might', 'must', 'do', 'does', 'did', 'wants', 'needs', 'plans', 'supports', 'opposes', 'to',
];
const CLAUSE_VERBS = new Set(CLAUSE_VERBS_LIST);
/** Words that make a clause, not a noun phrase, of what stands before a closing cue ("a source close to him" is one). */
const NOT_IN_CLOSING_SPEAKER = new Set([...CLAUSE_VERBS_LIST.filter((w) => w !== 'to'), 'who', 'which', 'when', 'where', 'as', 'if', 'while', 'because', 'than', 'so', 'or',
  'he', 'she', 'they', 'we', 'i', 'you', 'it']);
/** At most this many words of a subject before a relative clause: "that the former governor, who …". */
const MAX_SUBJECT_WORDS = 6;
/** At most this many tokens of a new clause's subject and verb after ", and": ", and the state's largest union has sued". */
const MAX_NEW_SUBJECT_TOKENS = 8;
/** At most this many tokens between a conjunction and the next speaker: "and more than 4 in 10 said". */
const MAX_LEAD_TO_SPEAKER = 6;
/** Words before a speaker and cue set inside a sentence: "Greensboro, Sexton said, made him …". */
const MIN_MEDIAL_LEAD_WORDS = 1;
/** A paraphrase shorter than this is not a statement ("he said so"). */
const MIN_STATEMENT_WORDS = 3;
const FINAL_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '-']);
/** Marks that close a paraphrase when it runs on: "… — asserting that", "…; he also". */
const CLAUSE_BREAKS = new Set([';', '—', '–']);
/** After a comma these start a new clause, not more of what was said: "…, while Sanders …". */
const CLAUSE_OPENERS = new Set(['while', 'but', 'although', 'though', 'whereas', 'compared', 'so', 'despite', 'even']);
const COORDINATORS = new Set(['and', 'but']);
/** Words that open a subordinate clause at a sentence's start ("When she said …, he left"). */
const SUBORDINATORS = new Set(['when', 'while', 'although', 'though', 'whereas', 'if', 'because', 'since', 'after', 'before', 'once', 'unless', 'as']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);
/** After a comma these add to a noun of what was said rather than say more: ", which …". */
const RELATIVE_OPENERS = new Set(['which', 'who', 'where']);


/** Verbs of saying, after which a subject starts what was said even without a verb form we know ("said Doyle yields …"). */
const SAYING_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'add', 'noted', 'notes', 'note', 'argued', 'argues', 'argue',
  'insisted', 'insists', 'insist', 'claimed', 'claims', 'claim', 'stated', 'states', 'explained', 'explains', 'warned', 'warns', 'warn', 'wrote', 'writes',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'believes', 'believe', 'believed', 'thinks', 'think', 'thought', 'contends', 'contended',
  'maintains', 'maintained', 'suggested', 'suggests', 'suggest', 'predicted', 'predicts', 'reported', 'reports', 'hopes', 'hope', 'hoped',
  'fears', 'fear', 'feared', 'knows', 'know', 'knew', 'feel', 'feels', 'felt', 'expects', 'expect', 'expected', 'found', 'finds', 'find',
  'show', 'shows', 'showed', 'agreed', 'agree', 'agrees', 'announced', 'announces', 'recalled', 'recalls', 'conceded',
  'concedes', 'tweeted', 'posted', 'testified', 'replied', 'responded', 'answered', 'stressed', 'emphasized', 'reiterated', 'indicated', 'revealed',
  'asserted', 'asserts', 'alleged', 'alleges', 'charged', 'concluded', 'estimated', 'estimates', 'worry', 'worries', 'worried',
]);
/**
 * Cue words that report no statement often enough to leave out: mostly nouns in news ("the
 * states", "a call", "the point"), or knowledge and feeling rather than a claim ("he knew the way").
 */
const NOT_STATEMENT_CUES = new Set(['states', 'know', 'knew', 'felt', 'thought', 'find', 'maintains', 'maintained', 'call', 'point']);
/**
 * Words that, before a number, make a quantity and not a topic or a place: "said about half of
 * …", "reported at least six planes …" ("at" and "about" otherwise end the cue: "said at the rally").
 */
const QUANTITY_OPENERS: readonly (readonly string[])[] = [['about'], ['around'], ['roughly'], ['at', 'least'], ['at', 'most'], ['as', 'many', 'as'], ['up', 'to']];
/** Words that count: "half", "two-thirds", "a dozen" (a numeral is one too). */
const COUNT_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|dozen|dozens|thousand|thousands|million|millions|half|third|thirds|quarter|quarters|fifth|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?))$/u;
/** Words that open a reported question: "asked whether …", "asked Trump about …". */
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'who', 'about', 'when', 'where', 'which']);
/** Words between "asked" and its question: the one asked and a time or place ("asked Trump", "asked at a briefing Monday in Iowa"). */
const MAX_ASKED_OBJECT_WORDS = 8;
/** Participles of saying whose clause is what the subject said: "…, saying the law violated …". */
const SAYING_PARTICIPLES = new Set(['saying', 'adding', 'arguing', 'noting', 'warning', 'insisting', 'claiming', 'explaining', 'stating', 'declaring', 'suggesting', 'acknowledging', 'predicting', 'writing', 'telling']);
/**
 * Verbs of impression before "to": "seemed to …", "appears to …". "Appeared" and the base forms
 * are left out: they mostly mean showing up ("appeared on Fox") or follow a modal.
 */
const HEDGES = new Set(['seems', 'seemed', 'seem', 'appears', 'appeared', 'appear']);
/** After a comma these open a clause that a hedge does not cover: "…, as the president traveled". */
const HEDGE_CLAUSE_OPENERS = new Set(['as', 'when', 'after', 'before', 'but', 'and', 'because', 'since', 'even', 'though', 'although', 'while', 'with', 'so']);
/** Passive verbs of view: "is seen as", "was widely viewed as", "is considered an asset". */
const VIEW_PARTICIPLES = new Set(['seen', 'viewed', 'regarded', 'considered', 'perceived', 'remembered', 'interpreted', 'described', 'characterized', 'portrayed', 'criticized', 'hailed', 'billed', 'touted', 'labeled', 'branded']);
/** Finite forms of "be" before a passive: "is seen", "has been viewed". */
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);
/** Hedges that take a complement as well as "to": "seemed equally unperturbed", "seems like …". */
const SEEM_FORMS = new Set(['seems', 'seemed', 'seem']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'widely']);
/** Where the clause of a hedge starts: after these marks, or after ", but" and the like. */
const HEDGE_CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(']);
const CLAUSE_CONJUNCTIONS = new Set(['but', 'and', 'while', 'although', 'though', 'because', 'so', 'yet']);
/** At most this many tokens of a subject before a verb of saying: "Supporters who have heard … say". */
const MAX_SUBJECT_TOKENS = 24;
/** At most this many tokens of an object before its infinitive: "asked Republican leaders to …". */
const MAX_INFINITIVE_OBJECT = 5;
const BECOME_FORMS = new Set(['became', 'become', 'becomes', 'seemed', 'seems', 'remain', 'remains', 'remained', 'felt', 'feel', 'feels', 'grew']);
/** Words before "that" that make no complement: "so that", "now that", "given that". */
const NOT_COMPLEMENT = new Set(['so', 'such', 'now', 'given', 'except', 'provided', 'assuming', 'considering', 'seeing', 'the', 'of', 'and', 'but', 'or', 'said', 'says', 'say', 'told']);
/** Answers in one word after a verb of saying: "said yes", "said so". */
const ONE_WORD_ANSWERS = new Set(['yes', 'no', 'so']);
/** Words after which a one-word answer has ended: "said so in December", "said yes while …". */
const ANSWER_FOLLOWERS = new Set(['in', 'on', 'while', 'and', 'but', 'when', 'after', 'last', 'this']);
/** Verbs of finding, which "up" makes verbs of arriving: "showed up". */
const FINDING_VERBS = new Set(['found', 'finds', 'find', 'showed', 'shows', 'show']);
/** Verbs of stance whose object is what the speaker holds a view on: "blamed the storm", "endorsed Clinton". */
const STANCE_VERBS = new Set([...OBJECT_CUES, 'endorsed', 'endorses', 'defended', 'attacked', 'touted', 'hailed']);
/**
 * Words where a verb's noun-phrase object has ended: "attacked Romney during …", "attacked Romney
 * but …". Its prepositional phrases stay in it ("the tumble in oil prices", "his record as …").
 */
const OBJECT_STOPS = new Set(['during', 'after', 'before', 'last', 'while', 'when', 'since', 'amid', 'but', ';', 'at', '—', '–', '(']);
/** Words that open a clause as (the start of) its subject. */
const SUBJECT_OPENERS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our',
  'my', 'your', 'the', 'a', 'an', 'some', 'many', 'most', 'all', 'no', 'every', 'each', 'both', 'any', 'nobody', 'everyone', 'everybody',
  'people', 'voters', 'americans', 'if', 'because', 'when', 'what', 'how', 'why', 'whether', 'neither', 'either', 'one', 'more', 'fewer', 'half',
]);

/**
 * The trained tagger (`speechTagger.ts`, weights in `model/learnedCues.ts` from
 * `scripts/trainCues.ts`): where no rule found a statement, it reads cue words of stance, intent
 * and finding ("opposed the deal", "declined to …", "sought …") and where what follows them ends.
 */
let tagger: SpeechTagger | undefined = loadTagger(SPEECH_TAGGER);
/** Sees every sentence before it is read: for the trainer, which learns from them. */
export type SentenceTap = (view: TaggerView, unit: Unit, passage: number) => void;
let sentenceTap: SentenceTap | undefined;
/** For the trainer only: read with another tagger (or none), handing each sentence to `tap`. */
export function useSpeechTagger(model: TaggerModel | undefined, tap?: SentenceTap): void {
  tagger = model ? loadTagger(model) : undefined;
  sentenceTap = tap;
}
/** Objects that name no content: "said nothing about fares", "said something odd". */
const NO_CONTENT_OBJECTS = new Set(['nothing', 'something', 'anything']);
/** A list after a comma ("A, B and C"): at most this many items before its last, of at most this many words each. */
const MAX_LIST_ITEMS = 4;
const MAX_LIST_ITEM_WORDS = 5;
/** Words that close the last item of a list: "…, rural and working-class voters as they …". */
const LIST_CLOSERS = new Set(['as', 'while', 'when', 'after', 'before', 'during', 'because', 'since', 'who', 'which', 'that', 'but']);
/** Verbs of refusing before "to": the cue after them reports nothing said ("declined to confirm …"). */
const REFUSALS = new Set(['declined', 'declines', 'decline', 'declining', 'refused', 'refuses', 'refuse', 'refusing']);
/** A tagger's statement: at least this many words. */
const MIN_LEARNED_WORDS = 2;

/** A verb contracted onto its subject: "he’s", "they're", "we’ll", "I'd". */
const CONTRACTION = /^([a-z]+)['’](s|re|ve|ll|d|m)$/u;
/** Subjects whose "’s" is "is" or "has", not a possessive: "he’s", "that's", "there’s". */
const CONTRACTED_IS = new Set([...SUBJECT_PRONOUNS, 'that', 'what', 'who', 'here', 'where', 'everyone', 'nobody']);

/** The word a contraction is written onto ("he" of "he’s"), or undefined when it is none. */
function contracted(lower: string): string | undefined {
  const m = CONTRACTION.exec(lower);
  if (!m) return undefined;
  return m[2] !== 's' || CONTRACTED_IS.has(m[1]!) ? m[1] : undefined;
}

/** True for a subject with a contracted verb: "he’s", "they're", "it’ll" (not "Trump’s"). */
function isContractedVerb(lower: string): boolean {
  return contracted(lower) !== undefined;
}

/** Counts over a paragraph's tokens, by token index. */
interface ClauseMarks {
  /** Words among tokens [0, i), at i. */
  wordsBefore: Int32Array;
  /** The first token at or after i that makes a clause (an auxiliary, a modal, "that", "n't"). */
  nextClauseWord: Int32Array;
  /** The first past form at or after i ("wrote", "reported"). */
  nextPastForm: Int32Array;
}

/** Finds the reported speech of one paragraph, sentence by sentence. */
export class StatementReader {
  private readonly tokens: readonly Token[];
  private readonly inside: Int32Array;
  private readonly passage: number;
  private readonly spans: readonly QuoteSpan[];
  private readonly tokenAt: ReadonlyMap<number, number>;
  /** The token after the last statement found: the next one starts after it. */
  private endToken = 0;
  private clauseMarks: ClauseMarks | undefined;
  /** Where the speaker–cue pairs of the sentence being read start. */
  private speakerStarts: ReadonlySet<number> = new Set();

  constructor(private readonly paragraph: SpeechParagraph) {
    this.tokens = paragraph.tokens;
    this.inside = paragraph.inside;
    this.passage = paragraph.passage;
    this.spans = paragraph.spans;
    this.tokenAt = paragraph.tokenAt;
  }

  /** Number of words in tokens [from, to). */
  private words(from: number, to: number): number {
    return to > from ? this.marks().wordsBefore[to]! - this.marks().wordsBefore[from]! : 0;
  }

  /**
   * Word counts and clause marks, read once a paragraph when a sentence first asks (most
   * paragraphs have no speech verb), since every pair of a sentence asks them again.
   */
  private marks(): ClauseMarks {
    if (this.clauseMarks) return this.clauseMarks;
    const n = this.tokens.length;
    const marks: ClauseMarks = { wordsBefore: new Int32Array(n + 1), nextClauseWord: new Int32Array(n + 1).fill(n), nextPastForm: new Int32Array(n + 1).fill(n) };
    for (let i = 0; i < n; i++) marks.wordsBefore[i + 1] = marks.wordsBefore[i]! + (this.tokens[i]!.word ? 1 : 0);
    for (let i = n - 1; i >= 0; i--) {
      const lower = this.tokens[i]!.lower;
      const clause = CLAUSE_VERBS.has(lower) || lower.endsWith("n't") || lower.endsWith('n’t') || isContractedVerb(lower);
      marks.nextClauseWord[i] = clause ? i : marks.nextClauseWord[i + 1]!;
      const past = (lower.endsWith('ed') && /[a-z]{3}ed$/u.test(lower)) || IRREGULAR_PAST.has(lower);
      marks.nextPastForm[i] = past ? i : marks.nextPastForm[i + 1]!;
    }
    this.clauseMarks = marks;
    return marks;
  }

  /**
   * Where a paraphrase after its cue starts: at a "that" a few words on, else right after the cue
   * and any time phrase ("said on Tuesday the port …").
   */
  private contentStart(from: number, unit: Unit, according = false): number | undefined {
    let i = from;
    while (i < unit.end && (this.tokens[i]!.text === ',' || this.tokens[i]!.text === ':')) i++;
    // "According to the bank, about 12 percent …": a clause always follows its comma.
    if (according && i > from && this.tokens[i - 1]!.text === ',') return i < unit.end ? i : undefined;
    // "can now say, with the benefit of hindsight, that …", "believes, for example, that …": an aside
    // set off by commas between the cue and its "that".
    if (i > from && this.tokens[i - 1]!.text === ',') {
      const that = this.thatAfterAside(i, unit);
      if (that !== undefined) return that;
    }
    // "“…,” she said, smiling broadly", "he said, a hint of anger in his voice": after a comma an
    // adjunct of the cue follows, not what was said (a participle of saying says more: ", adding that …").
    if (i > from && this.tokens[i - 1]!.text === ',' && this.tokens[i] && !this.inside[i] && ADJUNCT_OPENERS.test(this.tokens[i]!.lower)
      && !CUE_PARTICIPLES.has(this.tokens[i]!.lower) && this.tokens[i + 1]?.lower !== 'that') return undefined;
    let time = i;
    const isTime = (lower: string): boolean => wordClass(lower) === 'calendar' || TIME_NOUNS.has(lower);
    while (time < unit.end && time - i < MAX_TIME_WORDS && (TIME_PREPOSITIONS.has(this.tokens[time]!.lower) || TIME_MODIFIERS.has(this.tokens[time]!.lower) || isTime(this.tokens[time]!.lower))) time++;
    // "said for weeks he …", "said last month the port …": the time ends at its noun.
    while (time > i && !isTime(this.tokens[time - 1]!.lower)) time--;
    if (time > i) i = time;
    for (let j = i; j < unit.end && this.words(i, j) <= MAX_WORDS_BEFORE_THAT; j++) {
      const token = this.tokens[j]!;
      if (token.lower === 'that' && !this.inside[j]) return j;
      // "said on NBC’s “Meet the Press” on Sunday that": possessives and quoted titles stay in the way.
      if (this.inside[j] || isPossessive(token) || token.text === '’' || token.text === '‘' || token.text === "'") continue;
      // "wrote to the mayor’s office that", "confided to her that": the one told, after "to".
      if (j === i && token.lower === 'to' && this.opensHearer(j + 1)) continue;
      if (!token.word || CLAUSE_VERBS.has(token.lower)) break;
    }
    const first = this.tokens[i];
    if (!first || ((CUE_OBJECT_STOPS.has(first.lower) || NOT_AFTER_SUBJECT.has(first.lower)) && !this.opensQuantity(i))) return undefined;
    return i;
  }

  /** True when token `at` opens the one told after "to": a determiner, an object pronoun or a name ("to the board", "to her", "to CBS"). */
  private opensHearer(at: number): boolean {
    const token = this.tokens[at];
    return token !== undefined && token.word && !this.inside[at] && (HEARER_OPENERS.has(token.lower) || token.cap);
  }

  /** True when token `at` opens a quantity ("about half", "at least 20", "as many as six", "up to a third"), not a phrase of topic or place. */
  private opensQuantity(at: number): boolean {
    return QUANTITY_OPENERS.some((words) => {
      if (words.some((word, k) => this.tokens[at + k]?.lower !== word || this.inside[at + k])) return false;
      const count = at + words.length;
      const token = this.tokens[count];
      if (!token || this.inside[count]) return false;
      // "a third", "a dozen": the article counts only before a word that does.
      return /^[$€£]?\d/u.test(token.text) || (token.lower === 'a' ? COUNT_WORDS.test(this.tokens[count + 1]?.lower ?? '') : COUNT_WORDS.test(token.lower));
    });
  }

  /**
   * The "that" after an aside that opens at token `from` and a comma closes ("for example, that",
   * "with the benefit of hindsight, that"), when the aside has at most `MAX_ASIDE_WORDS` words
   * and no verb of a clause; undefined otherwise.
   */
  private thatAfterAside(from: number, unit: Unit): number | undefined {
    for (let k = from; k + 1 < unit.end && this.words(from, k) <= MAX_ASIDE_WORDS; k++) {
      const token = this.tokens[k]!;
      if (this.inside[k]) return undefined;
      if (token.text === ',') return k > from && this.tokens[k + 1]!.lower === 'that' && !this.inside[k + 1] ? k + 1 : undefined;
      if (!token.word && !isPossessive(token) && token.text !== '’' && token.text !== "'") return undefined;
      if (CLAUSE_VERBS.has(token.lower) || CUE_PARTICIPLES.has(token.lower)) return undefined;
    }
    return undefined;
  }

  /**
   * When token `i` is the last closing mark of a quotation whose words end on a comma inside the
   * marks ("“a disgrace,” and", NYT's "''a disgrace,'' and", whose second mark lies outside the
   * span), that comma's index.
   */
  private commaBeforeMark(i: number): number | undefined {
    const token = this.tokens[i];
    if (!token || !QUOTE_MARK_TOKENS.has(token.text)) return undefined;
    const after = this.tokens[i + 1];
    if (after && after.start === token.end && QUOTE_MARK_TOKENS.has(after.text)) return undefined;
    let k = i;
    while (k > 0 && QUOTE_MARK_TOKENS.has(this.tokens[k]!.text) && this.tokens[k - 1]!.end === this.tokens[k]!.start) k--;
    const q = this.inside[k]!;
    return k < i && q !== 0 && this.tokens[k]!.text === ',' && this.spans[q - 1]?.closed === true && this.inside[i + 1] !== q ? k : undefined;
  }

  /**
   * True when what was said from `start` follows a cue in a relative clause set off by a comma
   * (", who said …", ", who has long argued that …"): "who" after a comma, then no other comma.
   */
  private relativeCueBefore(start: number, unit: Unit): boolean {
    for (let k = start - 1; k > unit.start && start - k <= MAX_RELATIVE_LEAD; k--) {
      if (this.inside[k] || this.tokens[k]!.text === ',') return false;
      if (this.tokens[k]!.lower === 'who') return this.tokens[k - 1]!.text === ',' && !this.inside[k - 1];
    }
    return false;
  }

  /** The token after the last dash ("—", "–", "--") outside quotations in [from, to), or `from`. */
  private afterDash(from: number, to: number): number {
    for (let k = to - 1; k > from; k--) {
      if (this.inside[k]) continue;
      const text = this.tokens[k]!.text;
      if (text === '—' || text === '–' || (text === '-' && this.tokens[k - 1]?.text === '-' && this.tokens[k - 1]!.end === this.tokens[k]!.start)) return k + 1;
    }
    return from;
  }

  /**
   * The sentence's last dash ("—", "–", "--") outside quotations from token `from` when no other
   * follows it (a pair of dashes sets off an aside), or the sentence's end.
   */
  private tailBreak(from: number, unit: Unit): number {
    let dash = unit.end;
    let dashes = 0;
    for (let k = from; k < unit.end; k++) {
      if (this.inside[k]) continue;
      const text = this.tokens[k]!.text;
      if (text === '—' || text === '–' || (text === '-' && this.tokens[k + 1]?.text === '-' && this.tokens[k + 1]!.start === this.tokens[k]!.end)) {
        if (dashes++ === 0) dash = k;
        if (text === '-') k++;
      }
    }
    return dashes === 1 ? dash : unit.end;
  }

  /**
   * Where a paraphrase that starts at `start` ends: at the sentence's end, or where the sentence
   * moves on (a semicolon, ", noting …", ", while …", ", compared with …", ", which …", "and
   * said …", ", and three-quarters said …", ", and he …").
   */
  private contentEnd(start: number, unit: Unit): number {
    // "When X said …, Y did …": a sentence that opens on a subordinate clause has its main clause
    // after the clause's first comma, so what was said inside the clause ends there.
    const opener = this.tokens[unit.start]!.lower === 'and' || this.tokens[unit.start]!.lower === 'but' ? unit.start + 1 : unit.start;
    let subordinate = (SUBORDINATORS.has(this.tokens[opener]?.lower ?? '') || FRONTED_GROUPS.has(this.tokens[opener]?.lower ?? '')) && start > opener;
    // "When asked, she said …": a clause closed before the cue leaves what was said in the main one.
    for (let i = opener + 1; subordinate && i < start; i++) if (this.tokens[i]!.text === ',' && !this.inside[i]) subordinate = false;
    // "Lee, who said last week that the judge was biased, issued …": what was said in a relative
    // clause set off by commas ends where the sentence's own verb follows its closing comma.
    const relative = this.relativeCueBefore(start, unit);
    for (let i = start + 1; i < unit.end; i++) {
      // "Lee called it “a disgrace,” and officials said …": a comma inside a closing mark sets off
      // what follows as one outside it would; what was said ends after the mark.
      const quoteComma = this.commaBeforeMark(i);
      if (this.inside[i] && quoteComma === undefined) continue;
      const at = quoteComma === undefined ? i : i + 1;
      const token = this.tokens[quoteComma ?? i]!;
      const next = this.tokens[i + 1];
      if (token.text === ';') return i;
      // ", with whom he clashed …", ", for which …": a relative clause after a preposition.
      if (token.text === ',' && next && NOT_AFTER_SUBJECT.has(next.lower) && /^(?:whom|which)$/u.test(this.tokens[i + 2]?.lower ?? '')) return at;
      if (token.text === ',' && next && (CLAUSE_OPENERS.has(next.lower) || CUE_PARTICIPLES.has(next.lower))) return at;
      if ((token.lower === 'and' || token.lower === 'but') && next && (CUE_VERBS.has(next.lower) || REPORTING_VERBS.has(next.lower))) return at;
      if ((token.lower === 'and' || token.lower === 'but') && next && !this.inside[i + 1] && SPEAKER_SUBJECTS.has(next.lower) && this.tokens[i + 2] && (CUE_VERBS.has(this.tokens[i + 2]!.lower) || REPORTING_VERBS.has(this.tokens[i + 2]!.lower) || /^[a-z]{3,}ed$/u.test(this.tokens[i + 2]!.lower))) return at;
      if (token.text !== ',' || !next) continue;
      if (subordinate) return at;
      if (relative && !this.inside[i + 1] && (AUXILIARY_VERBS.has(next.lower) || /^[a-z]{3,}ed$/u.test(next.lower) || IRREGULAR_PAST.has(next.lower) || CUE_VERBS.has(next.lower))) return at;
      // ", according to …", ", and three-quarters said …": another speaker's words start there.
      if (this.speakerStarts.has(i + 1) || (COORDINATORS.has(next.lower) && this.speakerStarts.has(i + 2))) return at;
      // ", and he …", ", which …": the sentence goes on about something else.
      // "that Sanders, who won Rhode Island, would …": a relative clause before any verb describes
      // the subject of what was said, which goes on after it.
      if (RELATIVE_OPENERS.has(next.lower) && (this.hasClause(this.tokens[start]!.lower === 'that' ? start + 1 : start, i) || this.words(start, i) > MAX_SUBJECT_WORDS)) return at;
      if (next.lower === 'and' && (SUBJECT_PRONOUNS.has(this.tokens[i + 2]?.lower ?? '') || SUBORDINATORS.has(this.tokens[i + 2]?.lower ?? ''))) return at;
      // ", and the ACLU has sued …": a subject of its own and its verb start the writer's next clause.
      if (next.lower === 'and' && this.resumedClause(i + 2, unit, MAX_NEW_SUBJECT_TOKENS)) return at;
      // ", and more than 4 in 10 said …", ", after Lee said …": another speaker's words start a few words on.
      if ((COORDINATORS.has(next.lower) || SUBORDINATORS.has(next.lower)) && this.speakerStartsWithin(i + 2, unit)) return at;
    }
    return unit.end;
  }

  /**
   * Where what a cue word names, from token `start`, gives way to a second verb of the subject
   * before `end`: "endorsed Lee last week and has appeared at his side", "picked Lee and worked …".
   */
  private secondPredicate(start: number, end: number): number {
    for (let k = start + 1; k + 1 < end; k++) {
      if (this.inside[k] || this.inside[k + 1] || !COORDINATORS.has(this.tokens[k]!.lower)) continue;
      const next = this.tokens[k + 1]!.lower;
      if (AUXILIARY_VERBS.has(next) || /^[a-z]{3,}ed$/u.test(next) || IRREGULAR_PAST.has(next)) return k;
    }
    return end;
  }

  /**
   * Where a hedged clause from token `from` ends before `end`: at a colon or a dash, or at a comma
   * before a clause of time, reason or contrast ("seemed a distant memory, as they took the stage").
   */
  private hedgeEnd(from: number, end: number): number {
    for (let k = from + 1; k < end; k++) {
      if (this.inside[k]) continue;
      const text = this.tokens[k]!.text;
      if (text === ':' || text === '—' || text === '–') return k;
      if (text === ',' && HEDGE_CLAUSE_OPENERS.has(this.tokens[k + 1]?.lower ?? '')) return k;
    }
    return end;
  }

  /**
   * True when what follows the cue of `pair` at `start` tells how or when it was said rather than
   * what: after a quotation, anything but a clause ("“…,” Lee said happily on MSNBC as …"); "showed up".
   */
  private adjunctAfterCue(pair: Pair, unit: Unit, start: number): boolean {
    const verb = pair.cue.split(' ')[0]!;
    const first = this.tokens[start]!;
    const clause = first.lower === 'that' || SUBJECT_OPENERS.has(first.lower) || contracted(first.lower) !== undefined;
    if (pair.start > unit.start && this.inside[pair.start - 1] && pair.ref.end <= pair.end && !clause && !first.cap) return true;
    return FINDING_VERBS.has(verb) && first.lower === 'up';
  }

  /** True when tokens [start, end) open with an object and its infinitive ("party leaders to disavow …"), not a clause. */
  private infinitiveObject(start: number, end: number): boolean {
    if (this.tokens[start]!.lower === 'that' || SUBJECT_PRONOUNS.has(this.tokens[start]!.lower)) return false;
    for (let k = start; k < end && k - start <= MAX_INFINITIVE_OBJECT; k++) {
      const lower = this.tokens[k]!.lower;
      if (lower === 'to' && !this.inside[k]) return k > start;
      if (!this.tokens[k]!.word || (CLAUSE_VERBS.has(lower) && lower !== 'to')) return false;
    }
    return false;
  }

  /** The first token at or after `from` past a time of day or date: "Wednesday morning", "last night" ("last" and "late" stay). */
  private pastTime(from: number, unit: Unit): number {
    let k = from;
    while (k < unit.end && k - from < MAX_TIME_WORDS && !this.inside[k] && (wordClass(this.tokens[k]!.lower) === 'calendar' || TIME_NOUNS.has(this.tokens[k]!.lower))) k++;
    return k;
  }

  /** True when a speaker–cue pair of the sentence starts within a few words of `from`, before any comma. */
  private speakerStartsWithin(from: number, unit: Unit): boolean {
    for (let j = from; j < unit.end && j - from < MAX_LEAD_TO_SPEAKER && this.tokens[j]!.text !== ',' && !this.inside[j]; j++) if (this.speakerStarts.has(j)) return true;
    return false;
  }

  /**
   * What a verb of stance names as its object when that is a noun phrase, not a clause: "endorsed
   * Clinton", "defended his record against ISIS on Sunday night" → up to a comma, a time or a
   * circumstance. A name alone is enough here.
   */
  private objectStatement(pair: Pair, unit: Unit, start: number): ReportedSpeech | undefined {
    if (!STANCE_VERBS.has(pair.cue.split(' ')[0]!) || this.tokens[start]!.lower === 'that') return undefined;
    const clauseEnd = this.secondPredicate(start, this.contentEnd(start, unit));
    if (this.hasClause(start, clauseEnd)) return undefined;
    let end = start + 1;
    while (end < clauseEnd && (this.inside[end] || this.listGoesOn(end, clauseEnd) || !(this.tokens[end]!.text === ',' || OBJECT_STOPS.has(this.tokens[end]!.lower) || wordClass(this.tokens[end]!.lower) === 'calendar'
      || (this.tokens[end]!.lower === 'in' && /^an?$/u.test(this.tokens[end + 1]?.lower ?? ''))))) end++;
    // "endorsed Lee on Monday": the time's preposition goes with it.
    while (end > start + 1 && end < clauseEnd && TIME_PREPOSITIONS.has(this.tokens[end - 1]!.lower)) end--;
    return this.statement(pair, unit, start, end, true, 1);
  }

  /**
   * Where a list that a comma at `end` interrupts closes ("cited low growth, unemployment and
   * growing inequality", "sought to rally older, rural and working-class voters"): the items after
   * the comma are a few words each, with no verb, and the last follows "and" or "or"; `end` when
   * no such list goes on there.
   */
  private listEnd(end: number, unit: Unit): number {
    if (end >= unit.end || this.tokens[end]!.text !== ',' || this.inside[end]) return end;
    let k = end + 1;
    let items = 0;
    let closing = false;
    let words = 0;
    for (; k < unit.end; k++) {
      const token = this.tokens[k]!;
      if (this.inside[k]) return end;
      if (token.text === ',') {
        if (closing || words === 0) break;
        items++;
        words = 0;
        if (items > MAX_LIST_ITEMS) return end;
        continue;
      }
      if (!token.word) break;
      if (closing && LIST_CLOSERS.has(token.lower)) break;
      if (CLAUSE_VERBS.has(token.lower) || this.hasFiniteClause(k, k + 1) || isContractedVerb(token.lower)) return end;
      if (token.lower === 'and' || token.lower === 'or') {
        if (closing || words === 0) return end;
        closing = true;
        words = 0;
        continue;
      }
      if (++words > MAX_LIST_ITEM_WORDS) return end;
    }
    return closing && words > 0 ? k : end;
  }

  /** A comma at `at` inside a noun-phrase object that goes on with more of it: no clause before `end`. */
  private listGoesOn(at: number, end: number): boolean {
    const next = this.tokens[at + 1];
    return this.tokens[at]!.text === ',' && next !== undefined && next.word && !this.inside[at + 1] && !CLAUSE_OPENERS.has(next.lower) && !RELATIVE_OPENERS.has(next.lower)
      && !/ing$/u.test(next.lower) && !this.hasClause(at + 1, end);
  }

  /**
   * True when what follows a closing "said X" describes X and nothing more: "…, said Ann Lee,
   * the party's chairwoman." (a comma, then at most `MAX_APPOSITIVE_WORDS` words).
   */
  private appositiveTail(pair: Pair, unit: Unit): boolean {
    return pair.ref.start >= pair.start + 1 && pair.ref.end === pair.end && this.tokens[pair.end]?.text === ',' && !this.inside[pair.end]
      && this.words(pair.end, unit.end) <= MAX_APPOSITIVE_WORDS;
  }

  /**
   * True when a closing "said X" is followed by a comma and what describes X or how it was said
   * rather than more of what was said: "…, said Ann Lee, a senior analyst at the bank, who notes …",
   * "…, said Ann Lee, with games of …" (`medialStatement` would join the two sides).
   */
  private describedAfterName(pair: Pair, unit: Unit): boolean {
    if (!(pair.ref.start >= pair.start + 1 && pair.ref.end === pair.end && this.tokens[pair.end]?.text === ',' && !this.inside[pair.end])) return false;
    const next = this.tokens[pair.end + 1];
    return next !== undefined && pair.end + 1 < unit.end && !this.inside[pair.end + 1] && (ADJUNCT_OPENERS.test(next.lower) || APPOSITIVE_OPENERS.has(next.lower))
      && !this.resumedClause(pair.end + 1, unit);
  }

  /**
   * True when the words from token `from` to the next comma are a clause of their own, a subject
   * and its verb ("…, according to the report, the crews left for the port"), not a description
   * ("…, said Ann Lee, the bank's analyst, who …"): a finite verb stands there before any relative
   * word, within `maxTokens` tokens.
   */
  private resumedClause(from: number, unit: Unit, maxTokens = unit.end - from): boolean {
    const first = this.tokens[from];
    if (!first || this.inside[from] || !(SUBJECT_OPENERS.has(first.lower) || (first.cap && first.word)) || first.lower === 'that' || SUBORDINATORS.has(first.lower)) return false;
    for (let k = from + 1; k < unit.end && k - from <= maxTokens && !(this.tokens[k]!.text === ',' && !this.inside[k]); k++) {
      const lower = this.tokens[k]!.lower;
      if (this.inside[k]) continue;
      if (RELATIVE_OPENERS.has(lower) || lower === 'that' || lower === 'whose') return false;
      if (this.hasFiniteClause(k, k + 1)) return true;
    }
    return false;
  }

  /**
   * Where a short description before a speaker–cue pair at `start` begins, when a comma sets it
   * off ("…, journalist Ann Lee said", "…, teachers and union officials told"); `start` otherwise.
   */
  private descriptionLead(start: number, unit: Unit): number {
    let lead = start;
    while (lead > unit.start && start - lead < MAX_DESCRIPTION_LEAD && !this.inside[lead - 1] && this.tokens[lead - 1]!.word
      && (this.tokens[lead - 1]!.lower === 'and' || !NOT_IN_NOUN_PHRASE.has(this.tokens[lead - 1]!.lower))
      && !IRREGULAR_PAST.has(this.tokens[lead - 1]!.lower) && !/[a-z]{3}ed$/u.test(this.tokens[lead - 1]!.lower)) lead--;
    return lead < start && this.tokens[lead]!.lower !== 'and' && this.tokens[lead - 1]?.text === ',' ? lead : start;
  }

  /** A "that", an auxiliary, a modal or a past form among tokens [start, end); unlike `hasClause`, "to" is none ("found ways to …"). */
  private hasFiniteClause(start: number, end: number): boolean {
    for (let k = start; k < end; k++) {
      const lower = this.tokens[k]!.lower;
      if (this.inside[k] || lower === 'to') continue;
      if (CLAUSE_VERBS.has(lower) || isContractedVerb(lower) || lower.endsWith("n't") || lower.endsWith('n’t') || IRREGULAR_PAST.has(lower) || /^[a-z]{3,}ed$/u.test(lower)) return true;
    }
    return false;
  }

  /** True when a word in "-ing" stands among tokens [start, end) outside quotations: "found Clinton leading …". */
  private hasParticiple(start: number, end: number): boolean {
    for (let k = start; k < end; k++) if (!this.inside[k] && /^[a-z]{2,}ing$/u.test(this.tokens[k]!.lower)) return true;
    return false;
  }

  /**
   * True when a naming participle at `c` names the indefinite noun phrase before it ("a group
   * called Citizens for Trump", "one PAC named …"): no one calls anything there.
   */
  private namingUse(c: number): boolean {
    if (!NAMING_PARTICIPLES.has(this.tokens[c]!.lower)) return false;
    for (let k = c - 1; k >= 0 && c - k <= MAX_NAMED_WORDS; k--) {
      const token = this.tokens[k]!;
      if (!token.word || this.inside[k]) return false;
      if (INDEFINITES.has(token.lower)) return k < c - 1 || token.lower !== 'a';
      if (SUBJECT_PRONOUNS.has(token.lower) || NOT_IN_NOUN_PHRASE.has(token.lower) || IRREGULAR_PAST.has(token.lower) || /^[a-z]{3,}ed$/u.test(token.lower)) return false;
    }
    return false;
  }

  /**
   * True when tokens [start, end) are only phrases of time, place or occasion, each set off by a
   * comma and none with a verb: "In a 1963 speech", "Then, last week", "A year later".
   */
  private frontedAdverbial(start: number, end: number): boolean {
    if (end <= start || this.words(start, end) > MAX_ADVERBIAL_WORDS || this.hasClause(start, end)) return false;
    const phrases: string[][] = [[]];
    for (let k = start; k < end; k++) {
      const token = this.tokens[k]!;
      if (this.inside[k]) return false;
      if (token.text === ',') phrases.push([]);
      else if (token.word) phrases.at(-1)!.push(token.lower);
    }
    return phrases.every((words) => words.length === 0 || ADVERBIAL_OPENERS.has(words[0]!) || ADVERBIAL_CLOSERS.has(words.at(-1)!));
  }

  /** A "that" or a verb form among tokens [start, end): an auxiliary, a modal, or a past form. */
  private hasClause(start: number, end: number): boolean {
    const { nextClauseWord, nextPastForm } = this.marks();
    return nextClauseWord[start]! < end || (start + 1 < end && nextPastForm[start + 1]! < end);
  }

  /**
   * Whether the words after a closing pair are at most a short time or place phrase, then a comma and
   * a clause of the writer's ("said on Tuesday, even as …", "said, adding …").
   */
  private writersClauseAfter(at: number, unit: Unit): boolean {
    for (let i = at; i < unit.end && i - at <= MAX_TAIL_WORDS + 1; i++) {
      if (this.tokens[i]!.text !== ',') continue;
      return WRITERS_CLAUSE_OPENERS.has(this.tokens[i + 1]?.lower ?? '') && this.words(at, i) <= MAX_TAIL_WORDS && !this.hasClause(at, i);
    }
    return false;
  }

  /**
   * True when a verb of saying is followed at `at` by what opens a clause: "that", or a subject
   * ("said he hopes …", "says the party doesn't care") even when its verb is not one we know.
   */
  private opensClauseAt(at: number, cue: string): boolean {
    const first = this.tokens[at];
    if (!first || !(SAYING_VERBS.has(cue.split(' ')[0]!) || SAYING_PARTICIPLES.has(cue))) return false;
    return first.lower === 'that' || SUBJECT_OPENERS.has(first.lower) || SUBJECT_OPENERS.has(contracted(first.lower) ?? '') || first.cap || /^\d/u.test(first.text) || this.opensQuantity(at);
  }

  /** The statement for tokens [start, end) of a unit, unless it is a quotation and nothing else. */
  private statement(pair: { ref?: Ref; cue: string }, unit: Unit, start: number, end: number, cueAfter = false, minWords = MIN_STATEMENT_WORDS): ReportedSpeech | undefined {
    while (end > start && FINAL_PUNCTUATION.has(this.tokens[end - 1]!.text) && !this.inside[end - 1]) end--;
    while (start < end && !this.tokens[start]!.word && !this.inside[start]) start++;
    if (this.words(start, end) < minWords) return undefined;
    // "found himself embroiled …", "called himself pro-choice": a reflexive object makes no claim.
    if (REFLEXIVES.has(this.tokens[start]!.lower) && !this.inside[start]) return undefined;
    // "found ways to press his agenda", "found sanctuary in Russia": found with a plain noun phrase
    // (no clause, no "-ing" predicate as in "found Clinton leading …") came upon something.
    if (COME_UPON_VERBS.has(pair.cue) && this.tokens[start - 1]?.lower === pair.cue && !this.hasFiniteClause(start, end) && !this.hasParticiple(start, end)) return undefined;
    const quotes = new Set<number>();
    let outside = 0;
    for (let i = start; i < end; i++) {
      if (this.inside[i]) quotes.add(this.inside[i]! - 1);
      else if (this.tokens[i]!.word) outside++;
    }
    if (outside === 0) return undefined;
    // Without quoted words, what was said is a clause ("claimed victory" reports no statement),
    // unless the verb's object is itself the claim ("blamed the storm").
    // "According to X" always attributes a claim, whatever its verb ("most ferries run late").
    // What stands before "…, X said" is a sentence already.
    const claims = cueAfter || OBJECT_CUES.has(pair.cue.split(' ')[0]!) || pair.cue === 'according to';
    if (quotes.size === 0 && !claims && !this.hasClause(start, end) && !this.opensClauseAt(start, pair.cue)) return undefined;
    const found = pair.ref ? this.paragraph.speaker(pair.ref, unit) : {};
    const statement: ReportedSpeech = {
      passage: this.passage, start: this.tokens[start]!.start, end: this.tokens[end - 1]!.end, cue: pair.cue, quotes: [...quotes],
    };
    if (found.speaker) statement.speaker = found.speaker;
    if (found.mention) statement.mention = found.mention;
    this.endToken = end;
    return statement;
  }

  /** True when what was said goes on after a comma at `at`, rather than ", adding …" or ", while …". */
  private resumesAfter(at: number): boolean {
    const next = this.tokens[at + 1];
    return this.tokens[at]?.text === ',' && next !== undefined && next.word && !this.inside[at + 1]
      && (!CLAUSE_OPENERS.has(next.lower) || next.lower === 'but') && !CUE_PARTICIPLES.has(next.lower) && !/ing$/u.test(next.lower);
  }

  /**
   * A speaker and cue set inside what they said ("In the long run, many economists say, costs
   * will rise"): the statement runs from the sentence's start to where it moves on, in two pieces
   * around the speaker and cue.
   */
  private medialStatement(pair: Pair, unit: Unit, taken: number): ReportedSpeech | undefined {
    // "Any attempt to debunk it, he said, becomes hopeless": a word or two after the cue finish the
    // sentence the words before it began; `statement` counts the words of both sides.
    const resume = pair.end + 1;
    const statement = this.statement(pair, unit, taken, this.contentEnd(resume, unit));
    if (!statement) return undefined;
    const beforeComma = this.tokens[pair.start - 2]!;
    const after = this.tokens[resume]!;
    statement.pieces = [{ start: statement.start, end: beforeComma.end }, { start: after.start, end: statement.end }];
    return statement;
  }

  /**
   * The reported speech of one sentence: "X said (that) …" and "according to X, …" take what
   * follows; "…, X said." and "…, according to X." take what precedes.
   */
  reportedSpeech(unit: Unit): ReportedSpeech[] {
    sentenceTap?.(this.paragraph, unit, this.passage);
    // The rest of a labelled paragraph is one statement already.
    if (unit.start < this.endToken && unit.start > 0) return [];
    const labelled = unit.start === 0 ? this.labelledParagraph(unit) : undefined;
    if (labelled) return [labelled];
    const found: ReportedSpeech[] = [];
    let taken = unit.start;
    const pairs = [...unit.pairs, ...unit.nounPairs].sort((a, b) => a.start - b.start);
    this.speakerStarts = new Set(pairs.map((pair) => pair.start));
    for (const pair of pairs) {
      if (pair.start < taken || this.inside[pair.start] || NOT_STATEMENT_CUES.has(pair.cue.split(' ')[0]!)) continue;
      // The speaker comes first when the cue follows it ("Sen. Ann Lee said", "Lee, the coroner, said").
      const refFirst = pair.ref.end < pair.end;
      const participle = pair.ref.end <= pair.start && CUE_PARTICIPLES.has(pair.cue.split(' ')[0]!);
      const according = pair.cue === 'according to';
      let statement: ReportedSpeech | undefined;
      // "…, the board reported on Tuesday — a development that …": a dash ends the pair's tail, and
      // what follows is the writer's.
      const tailEnd = this.tailBreak(pair.end, unit);
      const tail = this.words(pair.end, tailEnd);
      // "…, teachers and union officials told POLITICO.", "…, journalist Ann Lee said": a few words
      // of description before the pair still leave it set off by the comma.
      const comma = pair.start - 1 > unit.start && this.tokens[pair.start - 1]!.text === ',';
      const writers = this.writersClauseAfter(pair.end, unit);
      // "…, he said Wednesday morning on MSNBC": a time may come before the tail's preposition.
      const adjunctTail = tail === 0 || (tail <= MAX_ADJUNCT_TAIL_WORDS && TAIL_PREPOSITIONS.has(this.tokens[this.pastTime(pair.end, unit)]?.lower ?? '')) || writers;
      const lead = !comma && refFirst && pair.start > taken && adjunctTail && CLOSING_CUES.has(pair.cue.split(' ')[0]!) && !/ an? /u.test(pair.cue) ? this.descriptionLead(pair.start, unit) : pair.start;
      const closes = (comma || lead < pair.start) && (writers || (!this.hasClause(pair.end, tailEnd) && (tail <= MAX_TAIL_WORDS || adjunctTail)));
      const described = comma && ((this.appositiveTail(pair, unit) && !this.hasClause(pair.end, unit.end)) || this.describedAfterName(pair, unit));
      const medial = comma && !described && this.words(taken, pair.start) >= MIN_MEDIAL_LEAD_WORDS && this.resumesAfter(pair.end);
      if (medial) {
        statement = this.medialStatement(pair, unit, taken);
      } else if (closes || described || (according && this.words(taken, pair.start) >= MIN_STATEMENT_WORDS)) {
        // "…, X said." and "… according to a count by the AP[, but …]": what precedes is what was said,
        // unless it is only a phrase of time or place ("In a 1963 speech, he declared:").
        const to = comma || lead < pair.start ? lead - 1 : pair.start;
        // "… — that won’t happen, sources say — but …": a pair set off by dashes closes an aside,
        // which starts after the first of them.
        const from = tailEnd < unit.end ? this.afterDash(Math.max(taken, unit.start), to) : Math.max(taken, unit.start);
        if (!this.frontedAdverbial(from, to)) statement = this.statement(pair, unit, from, to, true);
      } else if (refFirst || participle || according) {
        const start = this.contentStart(pair.end, unit, according);
        // "72 percent said yes", "half said so": an answer in one word.
        if (start !== undefined && ONE_WORD_ANSWERS.has(this.tokens[start]!.lower) && SAYING_VERBS.has(pair.cue.split(' ')[0]!) && !this.inside[start]
          && !(this.tokens[start + 1]?.word && !ANSWER_FOLLOWERS.has(this.tokens[start + 1]!.lower))) {
          statement = this.statement(pair, unit, start, start + 1, true, 1);
        } else if (start !== undefined && !this.adjunctAfterCue(pair, unit, start)) {
          // "asked party leaders to disavow him and has repeatedly …": an object and its infinitive
          // end where the speaker's next verb starts, as a noun-phrase object does.
          const end = this.contentEnd(start, unit);
          statement = this.objectStatement(pair, unit, start) ?? this.statement(pair, unit, start, this.infinitiveObject(start, end) ? this.secondPredicate(start, end) : end);
        }
      }
      if (!statement) continue;
      found.push(statement);
      // A sentence may report more than one speaker: "One in three said …, and one in four said …".
      taken = this.endToken;
    }
    const question = this.askedQuestion(unit, found);
    if (question) found.push(question);
    found.push(...this.participleStatements(unit, found));
    found.push(...this.hedgedStatements(unit, found));
    found.push(...this.complementStatements(unit, found));
    found.push(...this.taggedStatements(unit, found));
    for (let s = 0; s < this.spans.length; s++) {
      const open = this.tokenAt.get(this.spans[s]!.open);
      if (open === undefined || open < unit.start || open >= unit.end || found.some((f) => f.quotes.includes(s))) continue;
      const carrier = this.carrierOf(open, unit);
      if (carrier) found.push(carrier);
    }
    return found;
  }

  /**
   * A question put to someone, reported as what was asked ("Asked whether he would support Trump,
   * Rubio …", "Hewitt asked Trump about statements he had made"): from the question word to the
   * comma or the sentence's end. The asker is often unnamed, so it carries no speaker.
   */
  private askedQuestion(unit: Unit, found: readonly ReportedSpeech[]): ReportedSpeech | undefined {
    for (let c = unit.start; c < unit.end; c++) {
      if (this.tokens[c]!.lower !== 'asked' || this.inside[c]) continue;
      let q = c + 1;
      while (q < unit.end && q - c <= MAX_ASKED_OBJECT_WORDS && this.tokens[q]!.word && !QUESTION_WORDS.has(this.tokens[q]!.lower)) q++;
      if (q >= unit.end || !QUESTION_WORDS.has(this.tokens[q]!.lower)) continue;
      const start = this.tokens[q]!.start;
      if (found.some((statement) => statement.start <= start && start < statement.end)) return undefined;
      let end = q + 1;
      while (end < unit.end && (this.inside[end] || this.tokens[end]!.text !== ',')) end++;
      return this.statement({ cue: 'asked' }, unit, q, end, true);
    }
    return undefined;
  }

  /**
   * What a participle of saying hands to the sentence's subject when that subject is no name the
   * pairs know ("A U.S. District Court judge sided with the Democrats, saying the law violated …").
   */
  private participleStatements(unit: Unit, found: readonly ReportedSpeech[]): ReportedSpeech[] {
    const statements: ReportedSpeech[] = [];
    for (let c = unit.start + 1; c < unit.end; c++) {
      const cue = this.tokens[c]!.lower;
      if (this.tokens[c - 1]!.text !== ',' || this.inside[c] || !SAYING_PARTICIPLES.has(cue)) continue;
      const from = this.contentStart(c + 1, unit);
      if (from === undefined || !this.opensClauseAt(from, cue)) continue;
      const start = this.tokens[from]!.start;
      if ([...found, ...statements].some((statement) => statement.start <= start && start < statement.end)) continue;
      const statement = this.statement({ ...(unit.subject && unit.subject.end < c ? { ref: unit.subject } : {}), cue }, unit, from, this.contentEnd(from, unit));
      if (statement) statements.push(statement);
    }
    return statements;
  }

  /**
   * A clause the writer hedges as an impression or an expectation rather than a fact ("Sanders
   * seemed to reap the benefits", "she is expected to move swiftly"): the clause is the statement,
   * with no speaker.
   */
  private hedgedStatements(unit: Unit, found: readonly ReportedSpeech[]): ReportedSpeech[] {
    const statements: ReportedSpeech[] = [];
    for (let c = unit.start + 1; c < unit.end; c++) {
      const cue = this.tokens[c]!.lower;
      const hedge = HEDGES.has(cue) || (cue === 'expected' && BE_FORMS.has(this.tokens[c - 1]!.lower));
      const viewed = !hedge && this.viewedAs(c);
      if (!(hedge || viewed) || this.inside[c] || NOT_AFTER_SUBJECT.has(this.tokens[c - 1]!.lower)) continue;
      // "seemed to …", and for "seem" also a complement: "seemed equally unperturbed", "seems like …".
      const next = this.tokens[c + 1];
      if (!viewed && next?.lower !== 'to' && !(SEEM_FORMS.has(cue) && next?.word && !next.cap && !this.inside[c + 1] && !NOT_AFTER_SUBJECT.has(next.lower) && !CUE_OBJECT_STOPS.has(next.lower))) continue;
      let from = c;
      while (from > unit.start && !this.inside[from - 1] && !HEDGE_CLAUSE_BREAKS.has(this.tokens[from - 1]!.text)
        && !(CLAUSE_CONJUNCTIONS.has(this.tokens[from - 1]!.lower) && this.tokens[from - 2]?.text === ',')) from--;
      const start = this.tokens[from]!.start;
      const end = this.hedgeEnd(c, this.contentEnd(c, unit));
      if ([...found, ...statements].some((statement) => statement.start < this.tokens[end - 1]!.end && start < statement.end)) continue;
      const statement = this.statement({ cue }, unit, from, end, true);
      if (statement) statements.push(statement);
      c = end;
    }
    return statements;
  }

  /**
   * True when token `c` is a passive verb of view with its "as" ("is widely seen as", "had been
   * viewed as", "is remembered as"): the clause reports how someone regards its subject, whoever
   * that is ("considered" needs no "as": "is considered an asset").
   */
  private viewedAs(c: number): boolean {
    const cue = this.tokens[c]!.lower;
    if (!VIEW_PARTICIPLES.has(cue)) return false;
    let be = c - 1;
    while (be > 0 && !this.inside[be] && (isCueAdverb(this.tokens[be]!) || this.tokens[be]!.lower === 'not')) be--;
    const form = this.tokens[be]?.lower ?? '';
    // A finite "be" or one after a modal: "to be seen as" and "being viewed as" are wishes and topics.
    if (this.inside[be] || !(PASSIVE_BE.has(form) || (form === 'be' && MODALS.has(this.tokens[be - 1]?.lower ?? '')))) return false;
    const next = this.tokens[c + 1];
    if (!next || this.inside[c + 1]) return false;
    return next.lower === 'as' || (cue === 'considered' && next.word && !next.cap && !NOT_AFTER_SUBJECT.has(next.lower) && !CUE_OBJECT_STOPS.has(next.lower));
  }

  /**
   * A "that" clause that completes a verb or an adjective rather than a noun ("wrote that it had
   * no permission", "are optimistic that he'll win"): news reports a claim, a belief or a finding
   * so whatever the verb. "that" after a noun is left alone, since it mostly opens a relative
   * clause ("a bill that would end …"), and so is "is that …" (mostly no one's claim).
   */
  private complementStatements(unit: Unit, found: readonly ReportedSpeech[]): ReportedSpeech[] {
    const statements: ReportedSpeech[] = [];
    for (let t = unit.start + 1; t + 1 < unit.end; t++) {
      const that = this.tokens[t]!;
      if (that.lower !== 'that' || this.inside[t] || this.inside[t - 1]) continue;
      const previous = this.tokens[t - 1]!.lower;
      const before = this.tokens[t - 2]?.lower ?? '';
      const verb = IRREGULAR_PAST.has(previous) || /^[a-z]{3,}ed$/u.test(previous) || CUE_VERBS.has(previous) || REPORTING_VERBS.has(previous) || SAYING_VERBS.has(previous);
      const adjective = (BE_FORMS.has(before) || BECOME_FORMS.has(before)) && this.tokens[t - 1]!.word && !this.tokens[t - 1]!.cap && !NOT_AFTER_SUBJECT.has(previous) && !CUE_OBJECT_STOPS.has(previous);
      if (!(verb || adjective) || NOT_COMPLEMENT.has(previous)) continue;
      const next = this.tokens[t + 1]!;
      if (!(SUBJECT_OPENERS.has(next.lower) || contracted(next.lower) !== undefined || (next.cap && next.word) || /^\d/u.test(next.text))) continue;
      const start = that.start;
      if ([...found, ...statements].some((statement) => statement.start <= start && start < statement.end)) continue;
      const end = this.contentEnd(t, unit);
      const ref = refBefore(this.paragraph, unit, t - 1);
      const statement = this.statement({ ...(ref ? { ref } : {}), cue: previous }, unit, t, end, true);
      if (statement) statements.push(statement);
    }
    return statements;
  }

  /**
   * What follows a cue word the tagger reads as one, where no rule above found a statement ("Cruz
   * denied that waterboarding …", "She opposed the deal"), to where its end model closes it; the
   * speaker is the ref just before the cue's verb group, else the sentence's subject, else the
   * plain noun phrase before the verb group ("The survey showed …").
   */
  private taggedStatements(unit: Unit, found: readonly ReportedSpeech[]): ReportedSpeech[] {
    const statements: ReportedSpeech[] = [];
    if (!tagger) return statements;
    const view = this.paragraph;
    const taken = (from: number, to: number): boolean => found.some((s) => s.start < to && from < s.end) || statements.some((s) => s.start < to && from < s.end);
    for (let c = unit.start; c < unit.end; c++) {
      // The words the rules hold to be mostly no claim ("knew", "thought", "the states") are the
      // tagger's to weigh: it learns from their frames when one reports what someone holds.
      if (!isCueCandidate(tagger, view, unit, c) || this.namingUse(c) || this.namesSpeakerAfter(unit, c)) continue;
      // "Lee declined to confirm the attack": what someone refused to say is not what they said.
      if (this.tokens[c - 1]?.lower === 'to' && REFUSALS.has(this.tokens[c - 2]?.lower ?? '')) continue;
      const start = c + 1;
      if (NO_CONTENT_OBJECTS.has(this.tokens[start]!.lower) || taken(this.tokens[start]!.start, this.tokens[start]!.end) || !startsAfter(tagger, view, unit, c)) continue;
      const cue = this.tokens[c]!.lower;
      const end = this.secondPredicate(start, this.listEnd(contentEndFrom(tagger, view, unit, cue, start), unit));
      if (taken(this.tokens[start]!.start, this.tokens[end - 1]!.end)) continue;
      const ref = refBefore(view, unit, c) ?? (unit.subject && unit.subject.end <= c ? unit.subject : this.nounPhraseBefore(verbGroupStart(view, unit, c), unit));
      const statement = this.statement({ ...(ref ? { ref } : {}), cue }, unit, start, end, true, MIN_LEARNED_WORDS);
      if (!statement) continue;
      statements.push(statement);
      c = end;
    }
    return statements;
  }

  /**
   * True when cue token `c` opens a pair set off by a comma whose speaker follows it and closes the
   * sentence or is set off in turn ("…, said the company's chief executive."): what follows is who spoke.
   */
  private namesSpeakerAfter(unit: Unit, c: number): boolean {
    if (this.tokens[c - 1]?.text !== ',' || this.inside[c - 1]) return false;
    const closing = (pair: Pair): boolean => pair.start === c && pair.ref.start > c && CLOSING_CUES.has(pair.cue.split(' ')[0]!)
      && (pair.ref.end >= unit.end - 1 || (this.tokens[pair.ref.end]!.text === ',' && !this.inside[pair.ref.end]));
    return unit.pairs.some(closing) || unit.nounPairs.some(closing);
  }

  /** A plain noun phrase that opens its clause and ends before token `end` ("The survey showed"), as a speaker mention with no name. */
  private nounPhraseBefore(end: number, unit: Unit): Ref | undefined {
    const start = this.nounPhraseStart(end, unit);
    return start < end && this.opensNounPhrase(start, unit) ? { start, end, kind: 'other', gender: undefined } : undefined;
  }

  /**
   * A paragraph that opens with a name and a colon, as headlines and transcripts write who says
   * what ("Obama: Families of victims want change", "BOULDUAN: Why not debate?"): the rest of the
   * paragraph is the statement.
   */
  private labelledParagraph(unit: Unit): ReportedSpeech | undefined {
    const colon = this.tokens.findIndex((token) => token.text === ':');
    if (colon < 1 || colon >= unit.end || this.inside[colon]) return undefined;
    const named = unit.refs.find((ref) => ref.end === colon && ref.name !== undefined);
    // "Bill Clinton: …", "De Blasio: …", "Clinton to Planned Parenthood: …": a name that leaves words
    // other than titles before it labels no paragraph alone, but a headline may still name its source so.
    const label = named && this.tokens.slice(0, named.start).every((token) => HONORIFICS.has(token.lower)) ? named : undefined;
    if (!label) {
      // A headline writes any source so: "Poll: Trump leads in Ohio", "Clinton camp: Trump’s plan …".
      // Not a kicker in capitals or a title ("BREAKING:", "WOW:", "The Latest:").
      if (this.passage !== 0 || this.words(0, colon) > MAX_HEADLINE_LABEL_WORDS || this.words(0, colon) < colon || this.tokens[0]!.lower === 'the'
        || this.tokens.slice(0, colon).every((token) => token.text === token.text.toUpperCase())
        || HEADLINE_KICKERS.has(this.tokens[0]!.lower) || /(?:ing|ed)$/u.test(this.tokens[colon - 1]!.lower)) return undefined;
      // "Bill Clinton: …": capitalised words before the name are more of it; the name still speaks.
      const ref = named && this.tokens.slice(0, named.start).every((token) => token.cap && token.word) ? named : { start: 0, end: colon, kind: 'other' as const, gender: undefined };
      return this.statement({ ref, cue: ':' }, unit, colon + 1, this.tokens.length, true);
    }
    return this.statement({ ref: label, cue: ':' }, unit, colon + 1, this.tokens.length, true);
  }

  /**
   * Speech verbs whose subject is a plain noun phrase rather than a name, pronoun or role:
   * "Senior officials said …", "Most voters say …", "…, the survey found". They make statements
   * with the phrase as the speaker mention and no resolved name; quotations do not use them.
   */
  nounPhrasePairs(unit: Unit): Pair[] {
    const pairs: Pair[] = [];
    for (let c = unit.start; c < unit.end; c++) {
      const token = this.tokens[c]!;
      if (token.lower === 'according' && this.tokens[c + 1]?.lower === 'to' && !this.inside[c]) {
        const source = this.sourceAfterAccording(c + 2, unit);
        if (source && !unit.pairs.some((pair) => pair.start === c)) pairs.push({ ref: source, cue: 'according to', start: c, end: source.end });
        continue;
      }
      // "As reported by the Ledger, …", "…, as first reported by Reuters.": a source as "according to" gives one.
      const reportedBy = this.reportedBySource(c, unit);
      if (reportedBy) {
        pairs.push({ ref: reportedBy, cue: 'according to', start: c, end: reportedBy.end });
        continue;
      }
      if (c === unit.start || this.inside[c] || (!CUE_VERBS.has(token.lower) && !REPORTING_VERBS.has(token.lower))) continue;
      if (this.isNounUse(c)) continue;
      if (unit.pairs.some((pair) => pair.start <= c && c < pair.end)) continue;
      let end = c;
      // "The League strongly criticized …": an adverb before the verb is no part of the speaking phrase.
      while (end > unit.start && isCueAdverb(this.tokens[end - 1]!) && c - end < 2) end--;
      const start = this.nounPhraseStart(end, unit);
      const opens = this.opensNounPhrase(start, unit);
      const { cue, end: cueEnd } = cueText(this.tokens, c);
      if (start === end || !opens) {
        // A verb of saying that opens a clause speaks for its subject however long it is ("Supporters
        // who have heard from the campaign say they …", "…, who said none of …"): the mention is
        // the clause's words before the verb, or the sentence's subject for "… and said".
        if (!CUE_VERBS.has(token.lower) || !this.tokens[c - 1]!.word || this.inside[c - 1]) continue;
        // "…, a source close to him said.": a phrase set off by a comma before a cue that ends the sentence.
        const closing = this.closingPhraseStart(c, cueEnd, unit);
        if (closing !== undefined) {
          pairs.push({ ref: { start: closing, end, kind: 'other', gender: undefined }, cue, start: closing, end: cueEnd });
          continue;
        }
        // "…, who said last week the pier was unsafe", "… say in interviews that …": a time or place
        // phrase may stand before the clause.
        const clause = this.contentStart(cueEnd, unit);
        if (clause === undefined || !this.opensClauseAt(clause, cue)) continue;
        // "coastal states that have moved": an -s form before "that" reads as a plural noun.
        if (token.lower !== 'says' && token.lower.endsWith('s') && this.tokens[c + 1]?.lower === 'that') continue;
        if (COORDINATORS.has(this.tokens[end - 1]!.lower) && unit.subject && unit.subject.end < c) {
          pairs.push({ ref: unit.subject, cue, start: c, end: cueEnd });
          continue;
        }
        let subject = end;
        while (subject > unit.start && end - subject < MAX_SUBJECT_TOKENS && !this.inside[subject - 1] && !CLAUSE_BOUNDARIES.has(this.tokens[subject - 1]!.text)) subject--;
        // "ProPublica obtained a video of the speech and said …": a second verb of the clause's subject,
        // which is the noun phrase before its first verb, not the clause's words.
        const second = COORDINATORS.has(this.tokens[end - 1]!.lower) ? this.subjectBeforeVerb(subject, end - 1) : undefined;
        pairs.push({ ref: { start: subject, end: second ?? end, kind: 'other', gender: undefined }, cue, start: c, end: cueEnd });
        continue;
      }
      const ref: Ref = { start, end, kind: 'other', gender: undefined };
      pairs.push({ ref, cue, start, end: cueEnd });
    }
    return pairs;
  }

  /**
   * Where the speaker of a cue at token `c` that closes its sentence starts, when it is a phrase
   * set off by a comma ("…, a source close to him said.", "…, teachers and union officials told
   * POLITICO."); undefined when the cue does not close the sentence or no comma sets it off.
   */
  private closingPhraseStart(c: number, cueEnd: number, unit: Unit): number | undefined {
    if (!CLOSING_CUES.has(this.tokens[c]!.lower) || this.words(cueEnd, unit.end) > MAX_TAIL_WORDS || this.hasClause(cueEnd, unit.end)) return undefined;
    let start = c;
    while (start > unit.start && c - start < MAX_CLOSING_SPEAKER_TOKENS && !this.inside[start - 1] && this.tokens[start - 1]!.text !== ',') {
      const previous = this.tokens[start - 1]!;
      if (!(previous.word || isPossessive(previous)) || NOT_IN_CLOSING_SPEAKER.has(previous.lower) || SUBORDINATORS.has(previous.lower)
        || IRREGULAR_PAST.has(previous.lower) || /[a-z]{3}ed$/u.test(previous.lower)) return undefined;
      start--;
    }
    if (start === c || /ing$/u.test(this.tokens[start]!.lower)) return undefined;
    return start - 1 > unit.start && this.tokens[start - 1]!.text === ',' && !this.inside[start - 1] ? start : undefined;
  }

  /** The end of the noun phrase that opens [`start`, `end`) when a past or auxiliary verb follows it, else undefined. */
  private subjectBeforeVerb(start: number, end: number): number | undefined {
    for (let k = start + 1; k < end; k++) {
      const lower = this.tokens[k]!.lower;
      if (!this.tokens[k]!.word || this.inside[k]) return undefined;
      // Case-sensitive on purpose: a capitalised "-ed" word is a name ("United"), not a verb.
      if (AUXILIARY_VERBS.has(lower) || /^[a-z]{3,}ed$/u.test(this.tokens[k]!.text) || IRREGULAR_PAST.has(lower)) return k;
    }
    return undefined;
  }

  /** Where a plain noun phrase that ends before token `end` starts ("Senior administration officials"); `end` when there is none. */
  private nounPhraseStart(end: number, unit: Unit): number {
    let start = end;
    while (start > unit.start && end - start < MAX_NOUN_PHRASE_WORDS) {
      const previous = this.tokens[start - 1]!;
      // "Sanders’ aides", "Lee’s office": a possessive mark stays inside the phrase.
      const possessive = ((previous.text === '’' || previous.text === "'") && this.tokens[start - 2]?.word) || isPossessive(previous);
      // "Six in 10 voters": a proportion keeps its "in".
      const proportion = previous.lower === 'in' && /^\d/u.test(this.tokens[start]!.text);
      if ((!previous.word && !possessive && !this.groupsDigits(start - 1)) || this.inside[start - 1] || (NOT_IN_NOUN_PHRASE.has(previous.lower) && !proportion) || unit.refs.some((r) => r.end === start && r.kind === 'pronoun')) break;
      start--;
    }
    return start;
  }

  /** True when a noun phrase starting at `start` opens its clause: at the sentence's start, after a quotation, a boundary mark or "and", "but". */
  private opensNounPhrase(start: number, unit: Unit): boolean {
    const opener = this.tokens[start - 1];
    return start === unit.start || this.inside[start - 1] !== 0 || (CLAUSE_BOUNDARIES.has(opener!.text) && !this.groupsDigits(start - 1)) || NOUN_PHRASE_OPENERS.has(opener!.lower);
  }

  /** True when the comma at token `at` groups the digits of one number ("1,100 names"): no clause break. */
  private groupsDigits(at: number): boolean {
    const [before, comma, after] = [this.tokens[at - 1], this.tokens[at]!, this.tokens[at + 1]];
    return comma.text === ',' && before !== undefined && after !== undefined && before.end === comma.start && comma.end === after.start
      && /\d$/u.test(before.text) && /^\d{3}/u.test(after.text);
  }

  /**
   * True when a speech verb's word is a noun or a modifier here: after a determiner ("the
   * states", "an added benefit", "their shows") or inside a capitalised title ("The Daily Show Takes").
   */
  private isNounUse(c: number): boolean {
    const previous = this.tokens[c - 1];
    if (!previous) return false;
    // "Editor’s note:", "the board’s findings": after a possessive it is a noun.
    if (NOUN_MARKERS.has(previous.lower) || DETERMINERS.has(previous.lower) || isPossessive(previous)) return true;
    // "found himself in a fight": a reflexive object makes no finding.
    if (REFLEXIVES.has(this.tokens[c + 1]?.lower ?? '') || this.namingUse(c)) return true;
    // "some states" is a plural noun, "some say" a verb: a quantifier never takes a verb in -s.
    if (QUANTIFIERS.has(previous.lower) && this.tokens[c]!.lower.endsWith('s')) return true;
    return this.tokens[c]!.cap && previous.cap && previous.word && c - 1 > 0 && this.tokens[c - 2]!.word;
  }

  /**
   * The source after "according to" when it is no name: "a new poll by Acme Research", "the
   * results", "FEC filings" — up to the comma or the sentence's end.
   */
  /** The source after "as reported by" (or "as first reported by") at token `c`, if that phrase stands there. */
  private reportedBySource(c: number, unit: Unit): Ref | undefined {
    if (this.tokens[c]!.lower !== 'as' || this.inside[c]) return undefined;
    const verb = this.tokens[c + 1]?.lower === 'first' ? c + 2 : c + 1;
    if (!REPORTED_BY.has(this.tokens[verb]?.lower ?? '') || this.tokens[verb + 1]?.lower !== 'by' || this.inside[verb] || this.inside[verb + 1]) return undefined;
    return this.sourceAfterAccording(verb + 2, unit);
  }

  private sourceAfterAccording(from: number, unit: Unit): Ref | undefined {
    let end = from;
    while (end < unit.end && !this.inside[end] && this.tokens[end]!.text !== ',' && end - from < MAX_SOURCE_TOKENS && (this.tokens[end]!.word || /^[’'.&/-]$/u.test(this.tokens[end]!.text))) end++;
    while (end > from && !this.tokens[end - 1]!.word) end--;
    return end > from ? { start: from, end, kind: 'other', gender: undefined } : undefined;
  }

  /**
   * The paraphrase around a quoted fragment woven into a sentence whose cue is no speaker–verb
   * pair ("The ministry called both plans “reckless”", "…, slamming the GOP for “turning its back”"):
   * from the nearest speech verb before the fragment to where the sentence moves on.
   */
  private carrierOf(open: number, unit: Unit): ReportedSpeech | undefined {
    const before = this.tokens[open - 1];
    if (!before?.word || CUE_VERBS.has(before.lower) || CUE_PARTICIPLES.has(before.lower)) return undefined;
    for (let v = open - 1; v >= unit.start; v--) {
      const token = this.tokens[v]!;
      if (this.inside[v] || CLAUSE_BREAKS.has(token.text)) return undefined;
      if (!CUE_VERBS.has(token.lower) && !REPORTING_VERBS.has(token.lower) && !CUE_PARTICIPLES.has(token.lower)) continue;
      const start = this.contentStart(v + 1, unit) ?? v + 1;
      const end = this.contentEnd(start, unit);
      if (start > open || end <= open) return undefined;
      const doer = CUE_PARTICIPLES.has(token.lower) ? this.paragraph.participleDoer(unit, v) : unit.subject;
      return this.statement({ ...(doer ? { ref: doer } : {}), cue: token.lower }, unit, start, end);
    }
    return undefined;
  }
}
