import type {
  ArticleExtract,
  ArticleMeta,
  Entity,
  Mention,
  Passage,
  Quote,
  SkippedFile,
  Statement,
  TimeExpression,
} from '../types.ts';
import type { FileStamp } from '../corpus/read.ts';
import { mergeEntities } from '../nlp/entities.ts';
import { EntityLookup } from '../nlp/entityLookup.ts';
import { TextSearch, type TextHit } from './textSearch.ts';
import { RecentCache, MemoryArticles, articleOf, type ArticleSource } from './articleSource.ts';

/** An article's extraction together with the hash of the file it came from. */
export interface FileExtract {
  hash: string;
  extract: ArticleExtract;
}

/**
 * Which corpus an index was built from: the corpus folder, resolved, and the stamp of each file
 * (indexed or skipped when read) whose content the index holds. An index answers for a folder only
 * when both still match it.
 */
export interface CorpusRecord {
  /** Empty when unknown (an index built from extractions alone): it then matches no folder. */
  root: string;
  stamps: Array<[file: string, stamp: FileStamp]>;
}

/** The record of an index whose corpus is unknown. */
export const UNKNOWN_CORPUS: CorpusRecord = { root: '', stamps: [] };

/** A quotation with the entity its speaker resolved to. */
export interface IndexedQuote extends Quote {
  id: string;
  /** The quotation's number across the corpus (its search document). */
  doc: number;
  speakerId?: string;
}

/** A reported statement with the entity its speaker resolved to. */
export interface IndexedStatement extends Statement {
  speakerId?: string;
}

/** A passage or quotation found by a text search, with its score and the query terms it matched. */
export interface Found<T> {
  item: T;
  score: number;
  matched: string[];
}

/**
 * What an index holds besides its articles' extractions, all of it small next to them: loaded at
 * once, where the extractions are read one article at a time when a question needs them.
 */
export interface IndexTables {
  builtAt: string;
  /** Articles in file order. */
  metas: ArticleMeta[];
  /** The content hash of each article's file, in the same order. */
  hashes: string[];
  entities: Entity[];
  skipped: SkippedFile[];
  notes: SkippedFile[];
  corpus: CorpusRecord;
  /** Article n's passages are search documents `passageStart[n]` to `passageStart[n + 1] - 1`. */
  passageStart: Uint32Array;
  /** Likewise for quotations. */
  quoteStart: Uint32Array;
  /** Each quotation's speaker as a position in `entities`, or -1 when unattributed or unresolved. */
  quoteSpeakers: Int32Array;
  /** The paragraph each quotation starts in, so quotations are placed without reading them. */
  quoteParagraphs: Uint32Array;
  /** Article n's reported statements are numbers `statementStart[n]` to `statementStart[n + 1] - 1`, in extraction order. */
  statementStart: Uint32Array;
  /**
   * Each statement's speaker as a position in `entities`, or -1 when unresolved: resolved at build,
   * as quotations' are, so "who said" does not run the fuzzy name lookup while answering.
   */
  statementSpeakers: Int32Array;
  /** Article n's mentions are numbers `mentionStart[n]` to `mentionStart[n + 1] - 1`, in extraction order. */
  mentionStart: Uint32Array;
  /**
   * Each mention's entity (what the name lookup resolves its name to) as a position in `entities`,
   * or -1: resolved at build, so the first question that reads a passage does not run the fuzzy
   * lookup for each name in it (see `view`).
   */
  mentionEntities: Int32Array;
}

/** Everything an index is made of: what a snapshot stores and restores. */
export interface IndexParts {
  tables: IndexTables;
  articles: ArticleSource;
  passageSearch: TextSearch;
  quoteSearch: TextSearch;
}

/**
 * An article's extraction arranged for answering: by paragraph, with its quotations' speakers.
 * Each kind is read when first asked for: a "who said" question reads statements and quotations
 * of up to 20 articles, and parsing their mentions and times too was most of its first reading.
 */
class ArticleView {
  private timesByParagraph: Map<number, TimeExpression[]> | undefined;
  private mentionsByParagraph: { mentions: Map<number, Mention[]>; entities: Map<number, Array<Entity | undefined>> } | undefined;
  private quotations: { quotes: IndexedQuote[]; byParagraph: Map<number, IndexedQuote[]> } | undefined;
  private statementsByParagraph: Map<number, IndexedStatement[]> | undefined;

  constructor(
    /** The article's position in file order. */
    private readonly n: number,
    private readonly parts: IndexParts,
    private readonly indexed: (quote: Quote, doc: number) => IndexedQuote,
  ) {}

  get times(): Map<number, TimeExpression[]> {
    if (this.timesByParagraph === undefined) {
      this.timesByParagraph = new Map();
      for (const time of this.parts.articles.findings(this.n, 'times')) push(this.timesByParagraph, time.paragraph, time);
    }
    return this.timesByParagraph;
  }

  get mentions(): Map<number, Mention[]> {
    return this.mentionsOf().mentions;
  }

  /** Each of `mentions`' entities as the build resolved its name (`IndexTables.mentionEntities`). */
  get mentionEntities(): Map<number, Array<Entity | undefined>> {
    return this.mentionsOf().entities;
  }

  get quotes(): IndexedQuote[] {
    return this.quotationsOf().quotes;
  }

  /** Quotations by every paragraph they start in or run through. */
  get quotesByParagraph(): Map<number, IndexedQuote[]> {
    return this.quotationsOf().byParagraph;
  }

  /** Statements by paragraph, with their speakers' entities. */
  get statements(): Map<number, IndexedStatement[]> {
    if (this.statementsByParagraph === undefined) {
      const { entities, statementStart, statementSpeakers } = this.parts.tables;
      const statements = new Map<number, IndexedStatement[]>();
      this.parts.articles.findings(this.n, 'statements').forEach((statement, s) => {
        const speakerId = entities[statementSpeakers[statementStart[this.n]! + s]!]?.id;
        push(statements, statement.paragraph, speakerId === undefined ? statement : { ...statement, speakerId });
      });
      this.statementsByParagraph = statements;
    }
    return this.statementsByParagraph;
  }

  private mentionsOf(): NonNullable<ArticleView['mentionsByParagraph']> {
    if (this.mentionsByParagraph === undefined) {
      const { entities, mentionStart, mentionEntities } = this.parts.tables;
      const mentions = new Map<number, Mention[]>();
      const resolved = new Map<number, Array<Entity | undefined>>();
      this.parts.articles.findings(this.n, 'mentions').forEach((mention, m) => {
        push(mentions, mention.paragraph, mention);
        push(resolved, mention.paragraph, entities[mentionEntities[mentionStart[this.n]! + m]!]);
      });
      this.mentionsByParagraph = { mentions, entities: resolved };
    }
    return this.mentionsByParagraph;
  }

  private quotationsOf(): NonNullable<ArticleView['quotations']> {
    if (this.quotations === undefined) {
      const { quoteStart } = this.parts.tables;
      const byParagraph = new Map<number, IndexedQuote[]>();
      const quotes = this.parts.articles.quotesOf(this.n).map((quote, q) => {
        const indexed = this.indexed(quote, quoteStart[this.n]! + q);
        for (const paragraph of [quote.paragraph, ...(quote.continues ?? [])]) push(byParagraph, paragraph, indexed);
        return indexed;
      });
      this.quotations = { quotes, byParagraph };
    }
    return this.quotations;
  }
}

/** Parsed articles kept for reuse: a question reads a few dozen, a corpus has up to hundreds of thousands. */
const ARTICLE_CACHE_SIZE = 2_048;

/** Passages and quotations read on their own (a search's, a speaker's) kept for reuse. */
const DOCUMENT_CACHE_SIZE = 16_384;

/**
 * Everything Byline answers from, immutable once built: articles, passages, quotations, time
 * expressions, entities, and the full-text indexes over passages and quotations. A reindex
 * builds a new one and the engine swaps it in, so a question is always answered from one
 * consistent index.
 *
 * Articles' extractions are read when a question needs them (and cached), so an index restored
 * from a snapshot is ready without parsing every article.
 */
export class CorpusIndex {
  readonly articles = new Map<string, ArticleMeta>();
  private lookup: EntityLookup | undefined;
  private readonly articleNumber = new Map<string, number>();
  private readonly entityById: Map<string, Entity>;
  private readonly quotesBySpeaker = new Map<string, number[]>();
  private readonly views: RecentCache<ArticleView>;
  private readonly quotes: RecentCache<IndexedQuote>;
  private readonly passages: RecentCache<Passage>;
  private stampsByFile: Map<string, FileStamp> | undefined;

  private constructor(private readonly parts: IndexParts) {
    const { tables } = parts;
    tables.metas.forEach((meta, n) => {
      this.articles.set(meta.file, meta);
      this.articleNumber.set(meta.file, n);
    });
    this.entityById = new Map(tables.entities.map((entity) => [entity.id, entity]));
    tables.quoteSpeakers.forEach((speaker, quote) => {
      const entity = tables.entities[speaker];
      if (entity !== undefined) push(this.quotesBySpeaker, entity.id, quote);
    });
    this.views = new RecentCache(ARTICLE_CACHE_SIZE, (n) => new ArticleView(n, parts, (quote, doc) => this.indexed(quote, doc)));
    this.quotes = new RecentCache(DOCUMENT_CACHE_SIZE, (doc) => this.indexed(parts.articles.quote(doc), doc));
    this.passages = new RecentCache(DOCUMENT_CACHE_SIZE, (doc) => parts.articles.passage(doc));
  }

  /** Builds an index from extracted articles (in any order: they are sorted by file). */
  static build(files: FileExtract[], skipped: SkippedFile[], notes: SkippedFile[] = [], corpus: CorpusRecord = UNKNOWN_CORPUS): CorpusIndex {
    const sorted = [...files].sort((a, b) => compare(a.extract.article.meta.file, b.extract.article.meta.file));
    const extracts = sorted.map((f) => f.extract);
    const entities = mergeEntities(
      extracts.flatMap((e) => e.mentions),
      extracts.flatMap((e) => e.quotes),
    );
    const lookup = new EntityLookup(entities);
    const position = new Map(entities.map((entity, n) => [entity, n]));
    const passageTexts: string[] = [];
    const quoteTexts: string[] = [];
    const quoteSpeakers: number[] = [];
    const quoteParagraphs: number[] = [];
    const statementSpeakers: number[] = [];
    const mentionEntities: number[] = [];
    const passageStart = new Uint32Array(sorted.length + 1);
    const quoteStart = new Uint32Array(sorted.length + 1);
    const statementStart = new Uint32Array(sorted.length + 1);
    const mentionStart = new Uint32Array(sorted.length + 1);
    const positionOf = (name: string | undefined): number => {
      const entity = name === undefined ? undefined : lookup.resolve(name);
      return entity === undefined ? -1 : position.get(entity)!;
    };
    extracts.forEach(({ article, quotes, statements, mentions }, n) => {
      for (const passage of article.passages) passageTexts.push(passage.text);
      for (const quote of quotes) {
        quoteTexts.push(quote.text);
        quoteSpeakers.push(positionOf(quote.speaker));
        quoteParagraphs.push(quote.paragraph);
      }
      for (const statement of statements) statementSpeakers.push(positionOf(statement.speaker));
      for (const mention of mentions) mentionEntities.push(positionOf(mention.name));
      passageStart[n + 1] = passageTexts.length;
      quoteStart[n + 1] = quoteTexts.length;
      statementStart[n + 1] = statementSpeakers.length;
      mentionStart[n + 1] = mentionEntities.length;
    });
    return new CorpusIndex({
      tables: {
        builtAt: new Date().toISOString(),
        metas: extracts.map((e) => e.article.meta),
        hashes: sorted.map((f) => f.hash),
        entities,
        skipped,
        notes,
        corpus,
        passageStart,
        quoteStart,
        quoteSpeakers: Int32Array.from(quoteSpeakers),
        quoteParagraphs: Uint32Array.from(quoteParagraphs),
        statementStart,
        statementSpeakers: Int32Array.from(statementSpeakers),
        mentionStart,
        mentionEntities: Int32Array.from(mentionEntities),
      },
      articles: new MemoryArticles(sorted, { passageStart, quoteStart }),
      passageSearch: TextSearch.build(passageTexts),
      quoteSearch: TextSearch.build(quoteTexts),
    });
  }

  /** An index from its parts (a snapshot's), without re-running any NLP. */
  static fromParts(parts: IndexParts): CorpusIndex {
    return new CorpusIndex(parts);
  }

  /** Finds entities by name; built when first needed (a one-shot search never needs it, and it costs ~50 ms at 2,000 articles). */
  get entities(): EntityLookup {
    this.lookup ??= new EntityLookup(this.parts.tables.entities);
    return this.lookup;
  }

  /** The parts a snapshot stores. */
  toParts(): IndexParts {
    return this.parts;
  }

  get builtAt(): string {
    return this.parts.tables.builtAt;
  }

  get passageCount(): number {
    return this.parts.passageSearch.size;
  }

  get quoteCount(): number {
    return this.parts.quoteSearch.size;
  }

  get entityList(): readonly Entity[] {
    return this.parts.tables.entities;
  }

  get skipped(): readonly SkippedFile[] {
    return this.parts.tables.skipped;
  }

  get notes(): readonly SkippedFile[] {
    return this.parts.tables.notes;
  }

  /** The corpus folder the index was built from, resolved; empty when unknown. */
  get corpusRoot(): string {
    return this.parts.tables.corpus.root;
  }

  /** The stamp a file had when the index read it, if it was read and its stamp can be trusted. */
  stampOf(file: string): FileStamp | undefined {
    this.stampsByFile ??= new Map(this.parts.tables.corpus.stamps);
    return this.stampsByFile.get(file);
  }

  /** Every article's extraction, in file order. Reads them all: for rebuilding, not for answering. */
  get files(): FileExtract[] {
    const { articles } = this.parts;
    return Array.from({ length: articles.size }, (_, n) => articles.extract(n));
  }

  /** The content hash of each article's file, by file. */
  hashes(): Map<string, string> {
    const { metas, hashes } = this.parts.tables;
    return new Map(metas.map((meta, n) => [meta.file, hashes[n]!]));
  }

  entity(id: string): Entity | undefined {
    return this.entityById.get(id);
  }

  /** A passage by file and paragraph, if it exists. */
  passage(file: string, paragraph: number): Passage | undefined {
    const doc = this.passageDoc(file, paragraph);
    return doc === undefined ? undefined : this.passages.get(doc);
  }

  /** A passage by its search document. */
  passageAt(doc: number): Passage {
    return this.passages.get(doc);
  }

  /**
   * The query terms (index terms) a passage holds in some form (`termMatches`), from its search
   * document's terms: the passage itself is not read.
   */
  matchedInPassage(doc: number, queryTerms: readonly string[]): string[] {
    return this.parts.passageSearch.matchedIn(doc, queryTerms);
  }

  /**
   * The query terms (index terms) a quotation holds in some form (`termMatches`), from its search
   * document's terms: the quotation itself is not read.
   */
  matchedInQuote(doc: number, queryTerms: readonly string[]): string[] {
    return this.parts.quoteSearch.matchedIn(doc, queryTerms);
  }

  /** Whether a quotation holds an index term as it is written (a word whose index term it is), without reading it. */
  quoteHolds(doc: number, term: string): boolean {
    return this.parts.quoteSearch.holds(doc, term);
  }

  /** A passage's search document, if the passage exists. */
  passageDoc(file: string, paragraph: number): number | undefined {
    const n = this.articleNumber.get(file);
    if (n === undefined || !Number.isInteger(paragraph)) return undefined;
    const { passageStart } = this.parts.tables;
    // Paragraphs are numbered 1..N, so an article's passage documents are in paragraph order.
    const doc = passageStart[n]! + paragraph - 1;
    return doc >= passageStart[n]! && doc < passageStart[n + 1]! ? doc : undefined;
  }

  /** How many passages an article has (its paragraphs are 1 to that), without reading them; 0 for an unknown file. */
  paragraphCount(file: string): number {
    const n = this.articleNumber.get(file);
    if (n === undefined) return 0;
    const { passageStart } = this.parts.tables;
    return passageStart[n + 1]! - passageStart[n]!;
  }

  /** An article's passages in order (none for an unknown file). */
  passagesOf(file: string): Passage[] {
    const n = this.articleNumber.get(file);
    if (n === undefined) return [];
    const { passageStart } = this.parts.tables;
    return Array.from({ length: passageStart[n + 1]! - passageStart[n]! }, (_, i) => this.passages.get(passageStart[n]! + i));
  }

  /** The time expressions of a passage. */
  timesIn(passage: Pick<Passage, 'file' | 'paragraph'>): readonly TimeExpression[] {
    return this.articleView(passage.file)?.times.get(passage.paragraph) ?? [];
  }

  /**
   * The names mentioned in a passage. The names of a passage a question reads are resolved next:
   * the name lookup is told what the build resolved them to (only a lookup already in use: one-shot
   * searches never build it).
   */
  mentionsIn(passage: Pick<Passage, 'file' | 'paragraph'>): readonly Mention[] {
    const view = this.articleView(passage.file);
    const mentions = view?.mentions.get(passage.paragraph) ?? [];
    if (this.lookup !== undefined && mentions.length > 0) {
      const entities = view!.mentionEntities.get(passage.paragraph)!;
      mentions.forEach((mention, m) => this.lookup!.remember(mention.name, entities[m]));
    }
    return mentions;
  }

  /** The quotations that start in or run through a passage. */
  quotesIn(passage: Pick<Passage, 'file' | 'paragraph'>): readonly IndexedQuote[] {
    return this.articleView(passage.file)?.quotesByParagraph.get(passage.paragraph) ?? [];
  }

  /** The reported statements of a passage, each with its speaker's entity when the name resolves. */
  statementsIn(passage: Pick<Passage, 'file' | 'paragraph'>): readonly IndexedStatement[] {
    return this.articleView(passage.file)?.statements.get(passage.paragraph) ?? [];
  }

  /** The quotations attributed to an entity, in file and reading order. */
  quotesBy(speakerId: string): IndexedQuote[] {
    return (this.quotesBySpeaker.get(speakerId) ?? []).map((quote) => this.quote(quote));
  }

  /** The document numbers of the quotations attributed to an entity, in file and reading order. */
  quoteDocsBy(speakerId: string): readonly number[] {
    return this.quotesBySpeaker.get(speakerId) ?? [];
  }

  /** Where a quotation starts, without reading it. */
  quotePlace(doc: number): Pick<Quote, 'file' | 'paragraph'> {
    const { quoteStart, quoteParagraphs, metas } = this.parts.tables;
    return { file: metas[articleOf(quoteStart, doc)]!.file, paragraph: quoteParagraphs[doc]! };
  }

  /** The quotations of an article that start in a paragraph, without reading them. */
  quoteDocsIn(file: string, paragraph: number): number[] {
    const n = this.articleNumber.get(file);
    if (n === undefined) return [];
    const { quoteStart, quoteParagraphs } = this.parts.tables;
    const docs: number[] = [];
    for (let doc = quoteStart[n]!; doc < quoteStart[n + 1]!; doc++) if (quoteParagraphs[doc] === paragraph) docs.push(doc);
    return docs;
  }

  /** How many quotations are attributed to an entity, without reading them. */
  quoteCountBy(speakerId: string): number {
    return this.quotesBySpeaker.get(speakerId)?.length ?? 0;
  }

  /** Passages matching any of the query's terms, best first (only those `within`, if given). */
  searchPassages(query: string, limit: number, within?: ReadonlySet<number>): Array<Found<Passage>> {
    return this.parts.passageSearch.query(query, limit, within).map(({ doc, score, matched }) => ({ item: this.passages.get(doc), score, matched }));
  }

  /** The first passage documents (in corpus order) that hold an index term exactly; cheaper than a search. */
  passagesWithTerm(term: string, limit: number): number[] {
    return this.parts.passageSearch.documentsWith(term, limit);
  }

  /** Passage documents matching any of the query's terms, best first, without reading the passages. */
  scorePassages(query: string, limit: number, within?: ReadonlySet<number>): TextHit[] {
    return this.parts.passageSearch.query(query, limit, within);
  }

  /** How rare a term is among the passages (see `TextSearch.rarity`): a topic's telling word against its common ones. */
  passageTermRarity(term: string): number {
    return this.parts.passageSearch.rarity(term);
  }

  /** Quotation documents matching any of the query's terms, best first, without reading the quotations. */
  scoreQuotes(query: string, limit: number, within?: ReadonlySet<number>): TextHit[] {
    return this.parts.quoteSearch.query(query, limit, within);
  }

  /** Where a passage document is, without reading it. */
  placeOf(passageDoc: number): Pick<Passage, 'file' | 'paragraph'> {
    const { passageStart, metas } = this.parts.tables;
    const n = articleOf(passageStart, passageDoc);
    return { file: metas[n]!.file, paragraph: passageDoc - passageStart[n]! + 1 };
  }

  /** Every passage, in file and paragraph order. Reads every article: for tools, not for answering. */
  *allPassages(): Generator<Passage> {
    for (let n = 0; n < this.parts.articles.size; n++) yield* this.parts.articles.extract(n).extract.article.passages;
  }

  /** Every quotation, in file and reading order. Reads every article: for tools, not for answering. */
  *allQuotes(): Generator<IndexedQuote> {
    for (let n = 0; n < this.parts.articles.size; n++) yield* this.views.get(n).quotes;
  }

  /** Builds the search indexes' lazy parts and the name lookup, so the first questions do not pay for them. */
  prepare(): void {
    this.entities.prepare();
    this.parts.passageSearch.prepare();
    this.parts.passageSearch.prepareMatching();
    this.parts.quoteSearch.prepare();
    this.parts.quoteSearch.prepareMatching();
  }

  /** Releases the snapshot file the index reads its articles from; the index must not be used afterwards. */
  close(): void {
    this.parts.articles.close();
  }

  /** A quotation by its document number. */
  quote(doc: number): IndexedQuote {
    return this.quotes.get(doc);
  }

  private indexed(quote: Quote, doc: number): IndexedQuote {
    const { entities, quoteStart, quoteSpeakers } = this.parts.tables;
    const speakerId = entities[quoteSpeakers[doc]!]?.id;
    const id = `${quote.file}#q${doc - quoteStart[articleOf(quoteStart, doc)]!}`;
    return { ...quote, id, doc, ...(speakerId === undefined ? {} : { speakerId }) };
  }

  private articleView(file: string): ArticleView | undefined {
    const n = this.articleNumber.get(file);
    return n === undefined ? undefined : this.views.get(n);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
