import type {
  ArticleExtract,
  ArticleMeta,
  Entity,
  Mention,
  Passage,
  Quote,
  SkippedFile,
  TimeExpression,
} from '../types.ts';
import { mergeEntities } from '../nlp/entities.ts';
import { EntityLookup } from '../nlp/entityLookup.ts';
import { TextSearch, type SearchData, type TextDocument } from './textSearch.ts';

/** An article's extraction together with the hash of the file it came from. */
export interface FileExtract {
  hash: string;
  extract: ArticleExtract;
}

/** A quotation with the entity its speaker resolved to. */
export interface IndexedQuote extends Quote {
  id: string;
  speakerId?: string;
}

/** What an index is made of, besides its search structures. */
interface IndexCore {
  builtAt: string;
  files: FileExtract[];
  entities: Entity[];
  skipped: SkippedFile[];
  notes: SkippedFile[];
}

/** An index in serialisable form: the core plus the search structures in plain form. */
export interface IndexData extends IndexCore {
  passageSearch: SearchData;
  quoteSearch: SearchData;
}

export function passageId(file: string, paragraph: number): string {
  return `${file}#${paragraph}`;
}

/**
 * Everything Byline answers from, immutable once built: articles, passages, quotations, time
 * expressions, entities, and the full-text indexes over passages and quotations. A reindex
 * builds a new one and the engine swaps it in, so a question is always answered from one
 * consistent index.
 */
export class CorpusIndex {
  readonly articles = new Map<string, ArticleMeta>();
  readonly passages = new Map<string, Passage>();
  readonly quotes = new Map<string, IndexedQuote>();
  readonly timesByPassage = new Map<string, TimeExpression[]>();
  readonly mentionsByPassage = new Map<string, Mention[]>();
  readonly entities: EntityLookup;
  private readonly quotesBySpeaker = new Map<string, IndexedQuote[]>();
  private readonly entityById: Map<string, Entity>;

  private constructor(
    private readonly data: IndexCore,
    readonly passageSearch: TextSearch,
    readonly quoteSearch: TextSearch,
  ) {
    this.entities = new EntityLookup(data.entities);
    this.entityById = new Map(data.entities.map((entity) => [entity.id, entity]));
    for (const { extract } of data.files) {
      const { meta, passages } = extract.article;
      this.articles.set(meta.file, meta);
      for (const passage of passages) this.passages.set(passageId(passage.file, passage.paragraph), passage);
      for (const time of extract.times) push(this.timesByPassage, passageId(time.file, time.paragraph), time);
      for (const mention of extract.mentions) push(this.mentionsByPassage, passageId(mention.file, mention.paragraph), mention);
      extract.quotes.forEach((quote, n) => {
        const id = `${quote.file}#q${n}`;
        const speakerId = quote.speaker === undefined ? undefined : this.entities.resolve(quote.speaker)?.id;
        const indexed: IndexedQuote = speakerId === undefined ? { ...quote, id } : { ...quote, id, speakerId };
        this.quotes.set(id, indexed);
        if (speakerId !== undefined) push(this.quotesBySpeaker, speakerId, indexed);
      });
    }
  }

  /** Builds an index from extracted articles (in any order: they are sorted by file). */
  static build(files: FileExtract[], skipped: SkippedFile[], notes: SkippedFile[] = []): CorpusIndex {
    const sorted = [...files].sort((a, b) => compare(a.extract.article.meta.file, b.extract.article.meta.file));
    const extracts = sorted.map((f) => f.extract);
    const entities = mergeEntities(
      extracts.flatMap((e) => e.mentions),
      extracts.flatMap((e) => e.quotes),
    );
    const passageDocuments: TextDocument[] = [];
    const quoteDocuments: TextDocument[] = [];
    for (const { article, quotes } of extracts) {
      for (const passage of article.passages) {
        passageDocuments.push({ id: passageId(passage.file, passage.paragraph), text: passage.text });
      }
      quotes.forEach((quote, n) => quoteDocuments.push({ id: `${quote.file}#q${n}`, text: quote.text }));
    }
    const core: IndexCore = { builtAt: new Date().toISOString(), files: sorted, entities, skipped, notes };
    return new CorpusIndex(core, TextSearch.build(passageDocuments), TextSearch.build(quoteDocuments));
  }

  /** Restores an index saved with `toData`, without re-running any NLP. */
  static fromData({ passageSearch, quoteSearch, ...core }: IndexData): CorpusIndex {
    return new CorpusIndex(core, TextSearch.fromData(passageSearch), TextSearch.fromData(quoteSearch));
  }

  /**
   * Like `fromData`, yielding to the event loop between the two search indexes and before the
   * rest, so a face can go on connecting (e.g. the Discord client log in) while a large snapshot
   * loads. Each index loads in one go: minisearch's `loadJSAsync` waits a timer tick every
   * 1,000 postings, which more than doubled the load time at 10,000 articles (6.7 s against 2.7 s).
   */
  static async load({ passageSearch, quoteSearch, ...core }: IndexData): Promise<CorpusIndex> {
    const passages = TextSearch.fromData(passageSearch);
    await yieldToEventLoop();
    const quotes = TextSearch.fromData(quoteSearch);
    await yieldToEventLoop();
    return new CorpusIndex(core, passages, quotes);
  }

  toData(): IndexData {
    return { ...this.data, passageSearch: this.passageSearch.toData(), quoteSearch: this.quoteSearch.toData() };
  }

  get passageCount(): number {
    return this.passages.size;
  }

  get quoteCount(): number {
    return this.quotes.size;
  }

  get builtAt(): string {
    return this.data.builtAt;
  }

  get files(): readonly FileExtract[] {
    return this.data.files;
  }

  get entityList(): readonly Entity[] {
    return this.data.entities;
  }

  get skipped(): readonly SkippedFile[] {
    return this.data.skipped;
  }

  get notes(): readonly SkippedFile[] {
    return this.data.notes;
  }

  entity(id: string): Entity | undefined {
    return this.entityById.get(id);
  }

  /** The quotations attributed to an entity, in file and reading order. */
  quotesBy(speakerId: string): readonly IndexedQuote[] {
    return this.quotesBySpeaker.get(speakerId) ?? [];
  }

  /** A passage by file and paragraph, if it exists. */
  passage(file: string, paragraph: number): Passage | undefined {
    return this.passages.get(passageId(file, paragraph));
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
