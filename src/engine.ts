import { watch, type FSWatcher } from 'node:fs';
import { basename } from 'node:path';
import type { ArticleMeta, Engine, IndexReport, IndexStatus, Request, Response } from './types.ts';
import { BylineError, ReindexInProgressError } from './errors.ts';
import { CorpusIndex } from './index/corpusIndex.ts';
import { buildIndex, isCurrent, reportOf, type BuildOptions, type Progress } from './index/build.ts';
import { loadSnapshot, saveSnapshot, snapshotPath } from './index/snapshot.ts';
import { saveFailure } from './index/writeErrors.ts';
import { answer, prepare } from './answer/answer.ts';
import { NameCompletion } from './nameCompletion.ts';

export interface EngineOptions {
  /** The folder of `.txt` articles. */
  corpusDir: string;
  /** Where the snapshot is kept; without it nothing is persisted. */
  cacheDir?: string;
  /**
   * Reload whenever another process (another shard) rewrites the snapshot, so a reindex on one
   * shard reaches all of them. Needs `cacheDir`.
   */
  watchSnapshot?: boolean;
  /** Told about snapshot problems and background refreshes; the engine itself never logs. */
  onEvent?: (event: EngineEvent) => void;
  /**
   * The process answers others while it indexes (the bot, the console): every changed file is then
   * extracted on worker threads, because one large article holds the event loop for seconds.
   * `false` for one-shot runs, which have nothing else to do meanwhile: a few changed files are
   * extracted inline, which saves starting a worker (~0.5 s compiled, ~1.5 s from source).
   * Default true.
   */
  serving?: boolean;
}

export type EngineEvent =
  | { type: 'snapshot-loaded'; articles: number; ms: number }
  | { type: 'snapshot-unusable'; reason: string }
  | { type: 'snapshot-save-failed'; reason: string }
  | { type: 'index-built'; report: IndexReport }
  | { type: 'refresh-failed'; reason: string }
  | { type: 'snapshot-reloaded'; builtAt: string };

/**
 * Byline's engine: holds the current index, answers questions from it, and rebuilds it on
 * request. A rebuild never disturbs answering: questions are answered from the index in use
 * until the new one is complete, then the new one replaces it in a single assignment.
 *
 * @example
 * const engine = BylineEngine.open({ corpusDir: 'seeds', cacheDir: '.cache' }); // questions wait for the index
 * await engine.ask({ command: 'who', text: "Who is Italy's foreign minister?" });
 * // => { command: 'who', query: "Who is Italy's foreign minister?", answers: [{ text: 'Antonio Tajani', … }] }
 */
export class BylineEngine implements Engine {
  private current: CorpusIndex | undefined;
  private readonly ready: Promise<CorpusIndex>;
  private running: Promise<IndexReport> | undefined;
  /** The background check of a snapshot against the corpus, when the engine started from one. */
  private refreshed: Promise<void> = Promise.resolve();

  private watcher: FSWatcher | undefined;
  /** The quoted speakers' names of each index in use, for autocomplete. */
  private readonly speakerNames = new WeakMap<CorpusIndex, NameCompletion>();

  private constructor(private readonly options: EngineOptions) {
    this.ready = this.start();
    if (options.watchSnapshot && options.cacheDir !== undefined) {
      void this.ready.then(() => this.watch(options.cacheDir!), () => undefined);
    }
  }

  /**
   * Starts an engine. It resolves at once; questions asked before the index is loaded wait for
   * it. Use `whenReady()` to wait explicitly (it rejects if the corpus cannot be read at all).
   */
  static open(options: EngineOptions): BylineEngine {
    return new BylineEngine(options);
  }

  /** Resolves when an index is in use. */
  async whenReady(): Promise<IndexReport> {
    return reportOf(await this.ready, 0, 0);
  }

  /** Resolves when the index in use has been checked against the corpus (and refreshed if stale). */
  async whenCurrent(): Promise<void> {
    await this.ready;
    await this.refreshed;
  }

  async ask(request: Request): Promise<Response> {
    const initial = await this.ready;
    // Read the index once: a swap during answering cannot mix two indexes.
    return answer(this.current ?? initial, request);
  }

  sources(): ArticleMeta[] {
    return [...(this.current?.articles.values() ?? [])];
  }

  article(file: string): ArticleMeta | undefined {
    return this.current?.articles.get(file);
  }

  speakers(partial: string, limit: number): string[] {
    return this.current === undefined ? [] : this.speakerNamesOf(this.current).complete(partial, limit);
  }

  /** Quoted speakers by name, alias or near spelling, the most quoted first; built once per index. */
  private speakerNamesOf(index: CorpusIndex): NameCompletion {
    let names = this.speakerNames.get(index);
    if (names === undefined) {
      const quoted = index.entityList.filter((entity) => index.quoteCountBy(entity.id) > 0);
      names = new NameCompletion(quoted.map((entity) => ({ name: entity.name, aliases: entity.aliases, weight: index.quoteCountBy(entity.id) })));
      this.speakerNames.set(index, names);
    }
    return names;
  }

  status(): IndexStatus {
    return {
      builtAt: this.current?.builtAt ?? '',
      articles: this.current?.articles.size ?? 0,
      passages: this.current?.passageCount ?? 0,
      reindexing: this.running !== undefined,
    };
  }

  reindex(onProgress?: Progress): Promise<IndexReport> {
    if (this.running !== undefined) return Promise.reject(new ReindexInProgressError());
    this.running = this.rebuild(onProgress).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async rebuild(onProgress?: Progress): Promise<IndexReport> {
    await this.ready;
    const { index, report } = await buildIndex(this.options.corpusDir, this.current, this.buildOptions(onProgress));
    // An emptied or unmounted folder must not wipe a working index (and its snapshot).
    if (index.articles.size === 0 && (this.current?.articles.size ?? 0) > 0) {
      throw new BylineError('the corpus folder has no readable articles now; keeping the current index');
    }
    this.swap(index);
    await this.persist(index);
    this.options.onEvent?.({ type: 'index-built', report });
    return report;
  }

  private buildOptions(onProgress?: Progress): BuildOptions {
    return {
      ...(onProgress === undefined ? {} : { onProgress }),
      // No number of changed files is too few for the workers when the event loop must stay free.
      ...(this.options.serving === false ? {} : { inlineLimit: 0 }),
    };
  }

  /**
   * Puts an index in use. The one it replaces is not closed here: a rebuild may still be reading
   * its articles; its snapshot file is closed when it is garbage-collected.
   */
  private swap(index: CorpusIndex): void {
    this.current = index;
    // Once the question that may be waiting has been answered, build what later ones would build.
    setImmediate(() => {
      prepare(index);
      this.speakerNamesOf(index);
    });
  }

  /** Stops watching the snapshot; the engine still answers from the index it holds. */
  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  private watch(cacheDir: string): void {
    let timer: NodeJS.Timeout | undefined;
    this.watcher = watch(cacheDir, (_event, name) => {
      if (name !== basename(snapshotPath(cacheDir))) return;
      // A rename lands as several events: reload once they settle.
      clearTimeout(timer);
      timer = setTimeout(() => void this.reloadIfNewer(), 200);
    });
    this.watcher.unref();
  }

  private async reloadIfNewer(): Promise<void> {
    const loaded = await this.loadFromSnapshot();
    if (loaded === undefined) return;
    if (loaded.builtAt <= (this.current?.builtAt ?? '')) {
      loaded.close();
      return;
    }
    this.swap(loaded);
    this.options.onEvent?.({ type: 'snapshot-reloaded', builtAt: loaded.builtAt });
  }

  /**
   * Serves from the snapshot at once when there is one, then checks it against the corpus in
   * the background and refreshes it (re-extracting only changed files) if the folder changed.
   * Without a usable snapshot, builds from the corpus first.
   */
  private async start(): Promise<CorpusIndex> {
    const fromSnapshot = await this.loadFromSnapshot();
    if (fromSnapshot === undefined) {
      const { index, report } = await buildIndex(this.options.corpusDir, undefined, this.buildOptions());
      this.swap(index);
      await this.persist(index);
      this.options.onEvent?.({ type: 'index-built', report });
      return index;
    }
    this.swap(fromSnapshot);
    this.refreshed = isCurrent(this.options.corpusDir, fromSnapshot)
      .then(async (current) => {
        if (!current) await this.reindex();
      })
      .catch((error: unknown) => this.options.onEvent?.({ type: 'refresh-failed', reason: String(error) }));
    return fromSnapshot;
  }

  private async loadFromSnapshot(): Promise<CorpusIndex | undefined> {
    if (this.options.cacheDir === undefined) return undefined;
    const started = performance.now();
    const result = await loadSnapshot(this.options.cacheDir);
    if ('missing' in result) return undefined;
    if ('invalid' in result) {
      this.options.onEvent?.({ type: 'snapshot-unusable', reason: result.invalid });
      return undefined;
    }
    const index = CorpusIndex.fromParts(result.parts);
    this.options.onEvent?.({ type: 'snapshot-loaded', articles: index.articles.size, ms: performance.now() - started });
    return index;
  }

  /**
   * Saves a freshly built index, then answers from the saved snapshot instead: a build holds every
   * article's extraction in memory, the snapshot only what questions read.
   */
  private async persist(index: CorpusIndex): Promise<void> {
    if (this.options.cacheDir === undefined) return;
    try {
      await saveSnapshot(this.options.cacheDir, index.toParts());
    } catch (error) {
      this.options.onEvent?.({ type: 'snapshot-save-failed', reason: saveFailure(this.options.cacheDir, error) });
      return;
    }
    const saved = await loadSnapshot(this.options.cacheDir);
    if (!('parts' in saved)) return;
    const reloaded = CorpusIndex.fromParts(saved.parts);
    if (this.current === index && reloaded.builtAt === index.builtAt) this.swap(reloaded);
    else reloaded.close();
  }
}
