/**
 * A temporary corpus folder for fault tests: write, rename and delete files in it, open the real
 * engine on it, and read back the paragraphs the engine should be citing. Everything lives under
 * one temporary root that `stop()` removes.
 */
import { chmod, cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/corpus/passages.ts';
import { readCorpus } from '../../src/corpus/read.ts';
import { BylineEngine, type EngineEvent } from '../../src/engine.ts';

/** The bundled articles, copied (never used in place). */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

export interface TempCorpus {
  /** The temporary root: `corpus/` and `cache/` are inside it; put files "outside the corpus" here. */
  root: string;
  corpusDir: string;
  cacheDir: string;
  /** Writes a file under the corpus folder, creating sub-folders. */
  put(relative: string, content: string | Uint8Array): Promise<void>;
  /** Renames a file within the corpus folder, creating the target's sub-folders. */
  move(from: string, to: string): Promise<void>;
  remove(relative: string): Promise<void>;
  /**
   * Opens the real engine on the folder (with the cache unless `cache: false`) and waits until it is
   * ready. It extracts inline, as a one-shot run does, unless `serving: true` (workers, as the bot):
   * starting a worker for every test's build would cost seconds each.
   */
  open(options?: { cache?: boolean; events?: EngineEvent[]; serving?: boolean }): Promise<BylineEngine>;
  /** Closes the engines opened here, lets a running reindex finish, and removes the root. */
  stop(): Promise<void>;
}

/** Creates a temporary corpus, empty or holding a copy of the seeds. */
export async function tempCorpus({ seeds = false }: { seeds?: boolean } = {}): Promise<TempCorpus> {
  const root = await mkdtemp(path.join(tmpdir(), 'byline-faults-'));
  // Readable by an unprivileged child process too (see the unreadable-file test).
  await chmod(root, 0o755);
  const corpusDir = path.join(root, 'corpus');
  const cacheDir = path.join(root, 'cache');
  if (seeds) await cp(SEEDS_DIR, corpusDir, { recursive: true });
  else await mkdir(corpusDir);
  const engines: BylineEngine[] = [];
  const inCorpus = (relative: string) => path.join(corpusDir, relative);
  return {
    root,
    corpusDir,
    cacheDir,
    async put(relative, content) {
      await mkdir(path.dirname(inCorpus(relative)), { recursive: true });
      await writeFile(inCorpus(relative), content);
    },
    async move(from, to) {
      await mkdir(path.dirname(inCorpus(to)), { recursive: true });
      await rename(inCorpus(from), inCorpus(to));
    },
    remove: (relative) => rm(inCorpus(relative), { recursive: true, force: true }),
    async open({ cache = true, events, serving = false } = {}) {
      const engine = BylineEngine.open({
        corpusDir,
        serving,
        ...(cache ? { cacheDir } : {}),
        ...(events ? { onEvent: (event: EngineEvent) => events.push(event) } : {}),
      });
      engines.push(engine);
      await engine.whenReady();
      return engine;
    },
    async stop() {
      for (const engine of engines) {
        engine.close();
        await engine.whenCurrent().catch(() => undefined);
        for (let waited = 0; engine.status().reindexing && waited < 10_000; waited += 50) await sleep(50);
      }
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Every paragraph's text by file and 1-based number, read independently of the engine's index. */
export async function paragraphsOf(corpusDir: string): Promise<Map<string, Map<number, string>>> {
  const { files } = await readCorpus(corpusDir);
  return new Map(
    files.map((file) => [file.file, new Map(parseArticle(file).passages.map((passage) => [passage.paragraph, passage.text]))]),
  );
}

/**
 * A short news article about an invented place, so that a search for `place` finds it and nothing
 * else. Paragraph 1 is the headline.
 */
export function article(place: string, person = 'Marta Okonkwo'): string {
  return [
    `Harbour board of ${place} names a new harbour master`,
    `${place.toUpperCase()} (Reuters) - The harbour board of ${place} on Tuesday named ${person} as its new harbour master, ending a six-month search.`,
    `"We needed someone who knows the tides of ${place}," board chair Ivan Petrov told reporters.`,
  ].join('\n\n');
}
