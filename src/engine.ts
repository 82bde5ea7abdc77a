import { watch, type FSWatcher } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleMeta, Engine, IndexReport, IndexStatus, Request, Response } from './types.ts';
import { BylineError, ReindexInProgressError } from './errors.ts';
import { CorpusIndex } from './index/corpusIndex.ts';
import { SnapshotChangedError } from './index/articleSource.ts';
import { buildIndex, checkCorpus, reportOf, type BuildOptions, type CorpusCheck, type Progress } from './index/build.ts';
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
   * shard reaches all of them. A snapshot of another corpus folder is never adopted. Needs `cacheDir`.
   */
  watchSnapshot?: boolean;
  /**
   * When the corpus has changed since the snapshot was built, answer from the snapshot (it is of
   * the same folder) while the index is brought up to date, and mark each such Response `stale`:
   * for the bot, which must keep answering. Without it (the one-shot faces), questions wait for an
   * index that matches the files. An index of another folder is never answered from.
   */
  answerWhileCatchingUp?: boolean;
  /**
   * Check the corpus again before a question when the last check is older than this: awaited by a
   * one-shot engine, in the background with `answerWhileCatchingUp`. Default: only at start (and
   * on `reindex`).
   */
  recheckAfterMs?: number;
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
  | { type: 'snapshot-of-another-corpus' }
  | { type: 'snapshot-changed' }
  | { type: 'snapshot-save-failed'; reason: string }
  | { type: 'index-built'; report: IndexReport }
  | { type: 'refresh-failed'; reason: string }
  | { type: 'snapshot-reloaded'; builtAt: string };

/** Events a face should show as warnings: answers or the cache are not what they should be. */
export const WARNING_EVENTS: ReadonlySet<EngineEvent['type']> = new Set(['snapshot-save-failed', 'refresh-failed', 'snapshot-of-another-corpus', 'snapshot-changed']);

/**
 * Byline's engine: holds the current index, answers questions from it, and rebuilds it on
 * request. A rebuild never disturbs answering: questions are answered from the index in use
 * until the new one is complete, then the new one replaces it in a single assignment.
 *
 * @example
 * const engine = BylineEngine.open({ corpusDir: 'articles', cacheDir: '.cache' }); // questions wait for the index
 * await engine.ask({ command: 'who', text: "Who is Norland's transport minister?" });
 * // => { command: 'who', query: "Who is Norland's transport minister?", answers: [{ text: 'Lena Holt', … }] }
 */
export class BylineEngine implements Engine {
  private current: CorpusIndex | undefined;
  /** Settles when an index may answer (it rejects when there is none the engine may use). */
  private readonly ready: Promise<void>;
  /** A start over, when the snapshot file in use was changed under the engine. */
  private recovering: Promise<void> | undefined;
  /** When the corpus was last checked against the index, and the check under way. */
  private checkedAt = 0;
  private rechecking: Promise<void> | undefined;
  /** Settles when the index in use matches the corpus, with the report of the build that made it so, if one was needed. */
  private caughtUp: Promise<IndexReport | undefined> = Promise.resolve(undefined);
  /** Why the index in use may not match the corpus (only ever set with `answerWhileCatchingUp`). */
  private stale: string | undefined;
  private running: Promise<IndexReport> | undefined;

  private watcher: FSWatcher | undefined;
  /** The quoted speakers' names of each index in use, for autocomplete. */
  private readonly speakerNames = new WeakMap<CorpusIndex, NameCompletion>();

  private constructor(private readonly options: EngineOptions) {
    this.ready = this.start({ first: true });
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
    await this.ready;
    return reportOf(this.current!, 0, 0);
  }

  /**
   * Resolves when the index in use has been checked against the corpus and brought up to date,
   * with the report of the build that did so, if one was needed.
   */
  async whenCurrent(): Promise<IndexReport | undefined> {
    await this.ready;
    await this.recovering;
    await this.rechecking;
    return this.caughtUp;
  }

  async ask(request: Request): Promise<Response> {
    await this.ready;
    await this.recovering;
    await this.recheckIfDue();
    try {
      return this.answerNow(request);
    } catch (error) {
      if (!(error instanceof SnapshotChangedError)) throw error;
    }
    await this.recover();
    return this.answerNow(request);
  }

  private answerNow(request: Request): Response {
    // Read the index once: a swap during answering cannot mix two indexes.
    const response = answer(this.current!, request);
    return this.stale === undefined ? response : { ...response, stale: this.stale };
  }

  /**
   * The snapshot file in use was rewritten in place (not by Byline, which renames): start over
   * from it as from a new snapshot, which is used only if its checksum passes and it is of this
   * corpus and current; otherwise the index is brought up to date or rebuilt from the corpus.
   */
  private recover(): Promise<void> {
    if (this.recovering === undefined) {
      this.options.onEvent?.({ type: 'snapshot-changed' });
      this.recovering = this.start().finally(() => {
        this.recovering = undefined;
      });
    }
    return this.recovering;
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
      ...(this.stale === undefined ? {} : { stale: this.stale }),
    };
  }

  reindex(onProgress?: Progress): Promise<IndexReport> {
    return this.exclusive(async () => {
      await this.ready;
      return this.rebuild(await this.check({ rehash: true }), onProgress);
    });
  }

  /** Runs one build at a time: a second is refused while one runs. */
  private exclusive(build: () => Promise<IndexReport>): Promise<IndexReport> {
    if (this.running !== undefined) return Promise.reject(new ReindexInProgressError());
    this.running = build().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** The corpus against the index in use; a folder that is gone or holds no articles is an error. */
  private async check(options: { rehash?: boolean } = {}, index = this.current): Promise<CorpusCheck> {
    const check = await checkCorpus(this.options.corpusDir, index, options);
    if (check.outcome.hashes.size === 0) {
      const skipped = check.outcome.skipped.length;
      const keeping = this.current === undefined ? '' : '; keeping the current index';
      throw new BylineError(`the corpus folder "${this.folderName}" has no articles to index${skipped > 0 ? ` (${skipped} files skipped)` : ''}${keeping}`);
    }
    return check;
  }

  private get folderName(): string {
    return path.basename(path.resolve(this.options.corpusDir));
  }

  /** Builds from a check of the corpus (reusing the index in use's extractions), swaps it in and saves it. */
  private async rebuild(check: CorpusCheck, onProgress?: Progress): Promise<IndexReport> {
    const { index, report } = await buildIndex(this.options.corpusDir, this.current, { ...this.buildOptions(onProgress), check }).catch((error: unknown) => {
      // The previous index's extractions cannot be read from a snapshot file rewritten under it: extract afresh.
      if (error instanceof SnapshotChangedError) return buildIndex(this.options.corpusDir, undefined, this.buildOptions(onProgress));
      throw error;
    });
    this.swap(index);
    this.stale = undefined;
    const unsaved = await this.persist(index);
    const saved: IndexReport = unsaved === undefined ? report : { ...report, unsaved };
    this.options.onEvent?.({ type: 'index-built', report: saved });
    return saved;
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
    // Once the question that may be waiting has been answered, build what later ones would build;
    // not worth keeping a one-shot run alive for.
    setImmediate(() => {
      prepare(index);
      this.speakerNamesOf(index);
    }).unref();
  }

  /** Stops watching the snapshot; the engine still answers from the index it holds. */
  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  private watch(cacheDir: string): void {
    let timer: NodeJS.Timeout | undefined;
    this.watcher = watch(cacheDir, (_event, name) => {
      if (name !== path.basename(snapshotPath(cacheDir))) return;
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
    // Another process sharing the cache folder may index another corpus: its snapshot is not ours.
    if (loaded.corpusRoot !== (await this.corpusRoot())) {
      loaded.close();
      this.options.onEvent?.({ type: 'snapshot-of-another-corpus' });
      return;
    }
    this.swap(loaded);
    this.stale = undefined;
    this.options.onEvent?.({ type: 'snapshot-reloaded', builtAt: loaded.builtAt });
  }

  /** The corpus folder resolved, as an index records it; its plain absolute path when it cannot be resolved (it is gone). */
  private async corpusRoot(): Promise<string> {
    return realpath(this.options.corpusDir).catch(() => path.resolve(this.options.corpusDir));
  }

  /**
   * Starts from the snapshot when it is of this corpus folder, brought up to date with the files.
   * The `first` start builds before any reindex can run (a reindex waits for it), so it does not
   * count as one.
   */
  private async start({ first = false }: { first?: boolean } = {}): Promise<void> {
    const snapshot = await this.loadFromSnapshot();
    const own = snapshot !== undefined && snapshot.corpusRoot === (await this.corpusRoot()) ? snapshot : undefined;
    if (snapshot !== undefined && own === undefined) {
      snapshot.close();
      this.options.onEvent?.({ type: 'snapshot-of-another-corpus' });
    }
    await this.bringUpToDate(own, { first });
  }

  /**
   * Checks an index against the corpus by the files' stamps (as git checks its index) and puts an
   * index that matches the files in use: this one when it does, otherwise one built from it,
   * reading and re-extracting only the files that changed. With `answerWhileCatchingUp`, the
   * index answers meanwhile, its answers marked stale; so it does when the folder cannot be read,
   * saying why.
   */
  private async bringUpToDate(index: CorpusIndex | undefined, { first = false }: { first?: boolean } = {}): Promise<void> {
    this.checkedAt = Date.now();
    const serveMeanwhile = this.options.answerWhileCatchingUp === true && index !== undefined;
    let check: CorpusCheck;
    try {
      check = await this.check({}, index);
    } catch (error) {
      if (!serveMeanwhile || !(error instanceof BylineError)) throw error;
      if (this.current !== index) this.swap(index);
      this.stale = `${error.message.replace(/^Byline: /, '')}; answering from the index built ${index.builtAt}`;
      this.options.onEvent?.({ type: 'refresh-failed', reason: error.message });
      return;
    }
    if (index !== undefined && check.current) {
      if (this.current !== index) this.swap(index);
      this.stale = undefined;
      return;
    }
    if (serveMeanwhile) {
      if (this.current !== index) this.swap(index);
      this.stale = `the corpus changed since this index was built (${index.builtAt}); it is being brought up to date`;
      this.caughtUp = this.exclusive(() => this.rebuild(check)).catch((error: unknown) => {
        this.options.onEvent?.({ type: 'refresh-failed', reason: String(error) });
        return undefined;
      });
      return;
    }
    this.current = index;
    const report = first ? await this.rebuild(check) : await this.exclusive(() => this.rebuild(check));
    if (index !== undefined && index !== this.current) index.close();
    this.caughtUp = Promise.resolve(report);
  }

  /** With `recheckAfterMs`, checks the corpus again before a question when the last check is that old. */
  private async recheckIfDue(): Promise<void> {
    const after = this.options.recheckAfterMs;
    if (after === undefined || this.running !== undefined || Date.now() - this.checkedAt < after) return;
    this.rechecking ??= this.bringUpToDate(this.current).finally(() => {
      this.rechecking = undefined;
    });
    if (this.options.answerWhileCatchingUp) void this.rechecking.catch((error: unknown) => this.options.onEvent?.({ type: 'refresh-failed', reason: String(error) }));
    else await this.rechecking;
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
   * article's extraction in memory, the snapshot only what questions read. Returns why it could
   * not be saved, if it could not.
   */
  private async persist(index: CorpusIndex): Promise<string | undefined> {
    if (this.options.cacheDir === undefined) return undefined;
    try {
      await saveSnapshot(this.options.cacheDir, index.toParts());
    } catch (error) {
      const reason = saveFailure(this.options.cacheDir, error);
      this.options.onEvent?.({ type: 'snapshot-save-failed', reason });
      return `${reason}; the next start indexes again`;
    }
    const saved = await loadSnapshot(this.options.cacheDir);
    if (!('parts' in saved)) return undefined;
    const reloaded = CorpusIndex.fromParts(saved.parts);
    if (this.current === index && reloaded.builtAt === index.builtAt) this.swap(reloaded);
    else reloaded.close();
    return undefined;
  }
}
