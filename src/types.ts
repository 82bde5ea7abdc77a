/**
 * Byline's data model: what ingestion reads, what extraction finds, and the one answer
 * contract (`Request` → `Response`) that every face (Discord, console, CLI) renders.
 * Nothing here knows about Discord.
 */

/** An ISO date as precise as the text allows: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type IsoDate = string;

/** The questions Byline answers. `auto` routes a plain question to one of the others. */
export type Command = 'who' | 'when' | 'quote' | 'search' | 'auto';

export const COMMANDS: readonly Command[] = ['who', 'when', 'quote', 'search', 'auto'];

/** Where an answer came from: a paragraph of an article, quoted. */
export interface Citation {
  /** The article's path relative to the corpus folder, with `/` separators. */
  file: string;
  /** 1-based number of the cleaned paragraph. */
  paragraph: number;
  /** The paragraph's text, or the part of it that supports the answer. */
  excerpt: string;
}

/** One answer: always an extract of the corpus, always cited. */
export interface Answer {
  /** The answer itself: a name, a time expression as written, a quotation, or a passage. */
  text: string;
  /** For quotations: the speaker's canonical name (absent when unattributed). */
  speaker?: string;
  /** For people: a role the corpus gives them ("Minister of Transport"). */
  role?: string;
  /** For time answers: the resolved date, when the article's date allows it. */
  date?: IsoDate;
  /** Retrieval score: higher is more relevant. */
  score?: number;
  /** The query terms this answer matched, so a face can show why it was chosen. */
  matched?: string[];
  /** For quotations: the verb that introduced it ("said", "told reporters", "cautioned"). */
  cue?: string;
  /** Reported speech: the story's paraphrase of what someone said, which no face puts in quotation marks. */
  reported?: true;
  /** A short remark a face should show, e.g. that sources disagree. */
  note?: string;
  /** Other answers that supporting articles give for the same question (disagreement). */
  alternatives?: Array<Pick<Answer, 'text' | 'date' | 'citations'>>;
  /** The supporting passages, most relevant first (the best ten at most). Never empty. */
  citations: Citation[];
  /** How many passages support the answer, when more do than are cited. */
  sources?: number;
}

/** A question to the engine, as every face sends it. */
export interface Request {
  command: Command;
  /** The question (who, when, search, auto). */
  text?: string;
  /** For quote: whose quotations. */
  speaker?: string;
  /** For quote: what about. */
  topic?: string;
  /** For follow-ups: the answer being replied to, so "what else did he say?" has a subject. */
  context?: FollowUpContext;
}

/** What a follow-up question refers back to. */
export interface FollowUpContext {
  command: Command;
  query: string;
  answer: Pick<Answer, 'text' | 'speaker' | 'date'> & { file?: string };
}

/**
 * What a question asks for, as the question stage (`src/answer/question.ts`) reads it: a person's
 * profile, a role's holder, the organisation in someone's role, a story's credits, who said
 * something, who did something, when, an article's own date or dateline, how long, quotations, or
 * passages.
 */
export type QuestionKind =
  | 'profile' | 'role' | 'affiliation' | 'credit' | 'saidBy' | 'eventActor'
  | 'eventTime' | 'articleDate' | 'duration' | 'place' | 'description' | 'quote' | 'search';

/** The engine's reply. An empty `answers` means the corpus does not support an answer. */
export interface Response {
  command: Command;
  /** The question as understood, for echoing back. */
  query: string;
  /** For `auto`: the command the question was routed to. */
  routed?: Command;
  /** What the question was read as asking for. */
  kind?: QuestionKind;
  /** Why it was read so: the reason of the question rule that matched. */
  reason?: string;
  /** A remark about the whole reply, e.g. that the coverage denies what the question takes for granted. */
  note?: string;
  answers: Answer[];
  /**
   * Set when the answers come from an index that may not match the corpus now: the bot answers
   * from the previous index of the same corpus folder while it brings it up to date, or while the
   * folder cannot be read. Why, in a sentence a face can show as it is.
   */
  stale?: string;
}

// ---------------------------------------------------------------------------------------
// Ingestion

/** Who did what for an article: from a credit line such as "(Reporting by …; Editing by …)". */
export interface Credit {
  role: 'reporting' | 'writing' | 'editing' | 'photo';
  name: string;
  paragraph: number;
}

/** What Byline knows about an article besides its paragraphs. */
export interface ArticleMeta {
  /** Path relative to the corpus folder, `/`-separated. */
  file: string;
  /** The headline. */
  title: string;
  /** The news agency or publication, when the text names it (Reuters, dpa…). */
  outlet?: string;
  /** The site section the page files it under, from the labels above its headline ("U.S News"). */
  section?: string;
  /** The dateline place ("CAPRI", "ANNAPOLIS, Md."). */
  place?: string;
  /** Publication date as precise as the text gives it. */
  date?: IsoDate;
  url?: string;
  credits: Credit[];
  /** Lines of the page around the article's text ("Next" → "Squatters In NYC Arrested", "READ ALSO" links), which are no paragraphs. */
  pageLines?: PageLine[];
  /** The page's copyright line ("Copyright 2024 Thomson Reuters."), which is no paragraph: its year and holder as written. */
  copyright?: { line: string; year?: number; holder?: string };
}

/** A line of the page that is not the article's: a link to another story, a newsletter prompt, a widget's error. */
export interface PageLine {
  /** What the page calls it ("Next", "Previous", "READ ALSO", "Related"), or what kind of line it is ("newsletter prompt"). */
  label: string;
  text: string;
}

/** One cleaned paragraph of an article. Numbers are stable: the same file gives the same numbers. */
export interface Passage {
  file: string;
  /** 1-based. */
  paragraph: number;
  text: string;
  /** The paragraph split into sentences, in order; joined they cover `text`. */
  sentences: string[];
}

/** An article after reading and cleaning, before any NLP. */
export interface ParsedArticle {
  meta: ArticleMeta;
  passages: Passage[];
}

/** A corpus file Byline did not index, and why (shown by /reindex and the console). */
export interface SkippedFile {
  file: string;
  reason: string;
}

// ---------------------------------------------------------------------------------------
// Extraction

export type EntityKind = 'person' | 'organization' | 'place';

/** A name as it occurs in one paragraph, before names are merged across articles. */
export interface Mention {
  /** The name as written, without title ("Lena Holt", "Holt"). */
  name: string;
  kind: EntityKind;
  file: string;
  paragraph: number;
  /** A role stated for this mention in the same passage ("Minister of Transport"). */
  role?: string;
}

/** A direct quotation. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** The speaker's name as the article gives it (pronouns already resolved); absent when unattributed. */
  speaker?: string;
  /** The verb or phrase that attributes it ("said", "told reporters", "according to"). */
  cue?: string;
  file: string;
  /** The paragraph the quotation starts in. */
  paragraph: number;
  /** Further paragraphs it runs over, when it spans several. */
  continues?: number[];
  /** True for a fragment quoted inside reported speech ("was 'told far too late'"). */
  partial: boolean;
}

/**
 * Reported speech with a named speaker: what someone is said to have said, in the article's
 * words rather than theirs ("Holt said the pier would reopen in May", "Ray blamed the storm").
 * Faces show it as paraphrase, never inside quotation marks.
 */
export interface Statement {
  /** The paraphrase, without its speaker and cue ("the pier would reopen in May"). */
  text: string;
  /** The speaker's name as the article gives it (pronouns already resolved). */
  speaker: string;
  /** The verb or phrase that reports it ("said", "blamed", "according to"). */
  cue?: string;
  file: string;
  paragraph: number;
}

/** TimeML's kinds of time expression: a calendar date, a clock time, a length of time, a recurrence. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression in a passage, resolved against the article's date where possible. */
export interface TimeExpression {
  /** As written ("Friday", "Aug 6", "last week", "three years"). */
  text: string;
  /** Resolved date; absent when the article's date does not allow it (and for durations and sets). */
  date?: IsoDate;
  /** DATE, TIME, DURATION ("three years": answers "how long") or SET ("every week"). */
  type?: TimexType;
  /** TimeML value: `2024-04-19`, `2024-Q3`, `2024-W16`, `P3Y`, `PT48H`, `PRESENT_REF`, `2024-04-19T15:00`… */
  value?: string;
  file: string;
  paragraph: number;
  /** Index of the sentence in the passage's `sentences`. */
  sentence: number;
  /** Character offset of `text` in the passage text. */
  offset: number;
}

/** A role held by an entity, with the passage that states it. */
export interface RoleClaim {
  title: string;
  file: string;
  paragraph: number;
}

/** One person (or organisation, or place) across the whole corpus. */
export interface Entity {
  id: string;
  /** Canonical name: the fullest form the corpus uses. */
  name: string;
  kind: EntityKind;
  /** Every form seen: surname alone, variant spellings. */
  aliases: string[];
  roles: RoleClaim[];
  /** Files that mention the entity. */
  files: string[];
}

/** Everything extracted from one article. A pure function of the article text. */
export interface ArticleExtract {
  article: ParsedArticle;
  mentions: Mention[];
  quotes: Quote[];
  /** Reported speech whose speaker is named; unattributed reporting ("officials said") is left out. */
  statements: Statement[];
  times: TimeExpression[];
}

// ---------------------------------------------------------------------------------------
// Engine

/** Counts and timing of an index build, as /reindex and the console report it. */
export interface IndexReport {
  articles: number;
  passages: number;
  quotes: number;
  people: number;
  /** Build time in milliseconds. */
  ms: number;
  /** Files re-extracted (others came from the previous index unchanged). */
  extracted: number;
  skipped: SkippedFile[];
  /** Files indexed with a remark (truncated, a sidecar ignored), and the remark. */
  notes: SkippedFile[];
  /** Why the index could not be saved to the cache folder, when it could not: the next start indexes again. */
  unsaved?: string;
}

/** What a face shows about the index in use (e.g. an embed footer). */
export interface IndexStatus {
  builtAt: string;
  articles: number;
  passages: number;
  reindexing: boolean;
  /** Why the index in use may not match the corpus now, as `Response.stale` says it. */
  stale?: string;
}

/** The engine as every face sees it. */
export interface Engine {
  /** Answers one question. Never throws for bad input: a question it cannot answer gets empty `answers`. */
  ask(request: Request): Promise<Response>;
  /** The indexed articles, in file order. */
  sources(): ArticleMeta[];
  /** One indexed article, by its file. */
  article(file: string): ArticleMeta | undefined;
  /** Canonical names of quoted speakers matching a prefix or near-spelling, best first. */
  speakers(partial: string, limit: number): string[];
  /**
   * Rebuilds the index from the corpus folder and swaps it in when complete; questions are answered
   * from the previous index meanwhile. Throws `ReindexInProgressError` if one is already running.
   */
  reindex(onProgress?: (done: number, total: number) => void): Promise<IndexReport>;
  status(): IndexStatus;
}
