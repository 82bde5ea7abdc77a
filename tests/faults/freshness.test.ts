/**
 * Never a stale or foreign answer: an index answers for a corpus folder only when it was built
 * from that folder and its files have not changed since (issue 13). One-shot faces wait for an
 * index that matches the files; the bot may answer from the previous index of the same folder
 * while it catches up, and says so; nothing answers from another folder's index.
 */
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BylineEngine, type EngineEvent, type EngineOptions } from '../../src/engine.ts';
import { renderReport } from '../../src/render/text.ts';
import type { Response } from '../../src/types.ts';
import { article, tempCorpus, type TempCorpus } from './tempCorpus.ts';

let corpus: TempCorpus;
const engines: BylineEngine[] = [];
beforeEach(async () => {
  corpus = await tempCorpus();
  await corpus.put('zembla.txt', article('Port Zembla'));
  await corpus.put('dunmore.txt', article('Dunmore Quay', 'Olu Bankole'));
});
afterEach(async () => {
  for (const engine of engines.splice(0)) {
    engine.close();
    await engine.whenCurrent().catch(() => undefined);
  }
  await corpus.stop();
});

/** An engine on the temporary corpus (or `corpusDir`) with its cache, its events collected. */
function open(options: Partial<EngineOptions> = {}, events: EngineEvent[] = []): BylineEngine {
  const engine = BylineEngine.open({ corpusDir: corpus.corpusDir, cacheDir: corpus.cacheDir, onEvent: (event) => events.push(event), ...options });
  engines.push(engine);
  return engine;
}

const cited = (response: Response): string[] => response.answers.flatMap((answer) => answer.citations.map((citation) => citation.file));
const search = (engine: BylineEngine, text: string) => engine.ask({ command: 'search', text });

/** Builds the snapshot in the cache once, as a first run would. */
async function firstRun(options: Partial<EngineOptions> = {}): Promise<void> {
  const engine = open(options);
  await engine.whenCurrent();
  engine.close();
}

describe('an index of another corpus folder sharing the cache', () => {
  it('is never answered from: a run on another folder rebuilds, and so does the run back', async () => {
    await firstRun();
    const other = path.join(corpus.root, 'other');
    await corpus.put('../other/argent.txt', article('Cape Argent', 'Ada Mensah'));
    const events: EngineEvent[] = [];
    const onOther = open({ corpusDir: other }, events);
    expect(cited(await search(onOther, 'Zembla'))).toEqual([]);
    expect(cited(await search(onOther, 'Argent'))).toContain('argent.txt');
    expect(onOther.sources().map((meta) => meta.file)).toEqual(['argent.txt']);
    expect(events.map((event) => event.type)).toContain('snapshot-of-another-corpus');
    await onOther.whenCurrent();
    const back = open();
    expect(cited(await search(back, 'Zembla'))).toContain('zembla.txt');
    expect(cited(await search(back, 'Argent'))).toEqual([]);
  });

  it('is not answered from by the bot either, even while it builds', async () => {
    await firstRun();
    await corpus.put('../other/argent.txt', article('Cape Argent', 'Ada Mensah'));
    const bot = open({ corpusDir: path.join(corpus.root, 'other'), answerWhileCatchingUp: true });
    const response = await search(bot, 'Zembla');
    expect(cited(response)).toEqual([]);
    expect(response.stale).toBeUndefined();
  });

  it('written by another process is not adopted by a watching engine', async () => {
    await firstRun();
    const events: EngineEvent[] = [];
    const watching = open({ watchSnapshot: true }, events);
    await watching.whenCurrent();
    await corpus.put('../other/argent.txt', article('Cape Argent', 'Ada Mensah'));
    const otherProcess = open({ corpusDir: path.join(corpus.root, 'other') });
    await otherProcess.whenCurrent();
    for (let waited = 0; !events.some((event) => event.type === 'snapshot-of-another-corpus') && waited < 3000; waited += 50) await sleep(50);
    expect(events.map((event) => event.type)).toContain('snapshot-of-another-corpus');
    expect(events.map((event) => event.type)).not.toContain('snapshot-reloaded');
    expect(watching.sources().map((meta) => meta.file)).toEqual(['dunmore.txt', 'zembla.txt']);
    expect(cited(await search(watching, 'Zembla'))).toContain('zembla.txt');
  });
});

describe('files changed between runs', () => {
  it('are answered from as they are now on the first question of the next run', async () => {
    await firstRun();
    await corpus.put('zembla.txt', article('Port Argent'));
    await corpus.remove('dunmore.txt');
    await corpus.put('added.txt', article('Lake Vostra', 'Ada Mensah'));
    const engine = open();
    expect(cited(await search(engine, 'Zembla'))).toEqual([]);
    expect(cited(await search(engine, 'Argent'))).toContain('zembla.txt');
    expect(cited(await search(engine, 'Dunmore'))).toEqual([]);
    expect(cited(await search(engine, 'Vostra'))).toContain('added.txt');
    expect(engine.status().articles).toBe(2);
  });

  it('include a sidecar added, changed or removed', async () => {
    await sleep(1100);
    await firstRun();
    const titleNow = async () => {
      const engine = open();
      await engine.whenReady();
      return engine.article('zembla.txt')?.title;
    };
    await corpus.put('zembla.meta.json', '{"title": "Zembla names its harbour master"}');
    expect(await titleNow()).toBe('Zembla names its harbour master');
    await sleep(1100);
    await corpus.put('zembla.meta.json', '{"title": "Zembla chooses a harbour master"}');
    expect(await titleNow()).toBe('Zembla chooses a harbour master');
    await corpus.remove('zembla.meta.json');
    expect(await titleNow()).toBe('Harbour board of Port Zembla names a new harbour master');
  });

  it('are found when an edit keeps the size and sets the modification time back', async () => {
    await firstRun();
    const file = path.join(corpus.corpusDir, 'zembla.txt');
    const before = await stat(file);
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('Zembla', 'Argent'));
    await utimes(file, before.atime, before.mtime);
    const engine = open();
    expect(cited(await search(engine, 'Argent'))).toContain('zembla.txt');
  });

  it('are answered from by the bot only as the old index, marked stale, until it has caught up', async () => {
    await firstRun();
    await corpus.put('zembla.txt', article('Port Argent'));
    const bot = open({ answerWhileCatchingUp: true });
    const meanwhile = await search(bot, 'Zembla');
    expect(meanwhile.stale).toMatch(/^the corpus changed since this index was built \(.+\); it is being brought up to date$/);
    await bot.whenCurrent();
    const after = await search(bot, 'Argent');
    expect(after.stale).toBeUndefined();
    expect(cited(after)).toContain('zembla.txt');
  });

  it('are not read again when their stamps have not changed', async () => {
    // Files changed within RACY_MS of being read are not trusted by their stamps: let them settle first.
    await sleep(1100);
    await firstRun();
    const events: EngineEvent[] = [];
    const engine = open({}, events);
    expect(await engine.whenCurrent()).toBeUndefined();
    expect(events.map((event) => event.type)).toEqual(['snapshot-loaded']);
  });
});

describe('files changed while an engine that stays up is running', () => {
  it('are checked before a question by a one-shot engine with recheckAfterMs (the console)', async () => {
    const console = open({ recheckAfterMs: 0 });
    expect(cited(await search(console, 'Zembla'))).toContain('zembla.txt');
    await corpus.put('zembla.txt', article('Port Argent'));
    expect(cited(await search(console, 'Argent'))).toContain('zembla.txt');
    expect(cited(await search(console, 'Zembla'))).toEqual([]);
  });

  it('are checked in the background by the bot, which answers from the old index until it has caught up', async () => {
    const bot = open({ recheckAfterMs: 0, answerWhileCatchingUp: true });
    await bot.whenCurrent();
    await corpus.put('zembla.txt', article('Port Argent'));
    const seen: Response[] = [];
    for (let waited = 0; waited < 10_000; waited += 50) {
      const response = await search(bot, 'Argent');
      seen.push(response);
      if (cited(response).includes('zembla.txt')) break;
      await sleep(50);
    }
    expect(cited(seen.at(-1)!)).toContain('zembla.txt');
    expect(seen.at(-1)!.stale).toBeUndefined();
    // Every answer before that came from the old index, none from a mix.
    expect(seen.slice(0, -1).every((response) => cited(response).length === 0)).toBe(true);
  });
});

describe('a corpus folder that is missing or empty, with a snapshot in the cache', () => {
  it.each([
    ['missing', () => corpus.remove(''), /^Byline: the corpus folder "corpus" does not exist$/],
    ['empty', async () => { await corpus.remove('zembla.txt'); await corpus.remove('dunmore.txt'); }, /^Byline: the corpus folder "corpus" has no articles to index$/],
  ])('is an error when %s, with a plain message, for a one-shot face', async (_case, damage, message) => {
    await firstRun();
    await damage();
    await expect(open().whenReady()).rejects.toThrow(message);
  });

  it('leaves the bot answering from its index, saying why', async () => {
    await firstRun();
    await corpus.remove('');
    const response = await search(open({ answerWhileCatchingUp: true }), 'Zembla');
    expect(cited(response)).toContain('zembla.txt');
    expect(response.stale).toMatch(/^the corpus folder "corpus" does not exist; answering from the index built .+$/);
  });
});

describe('a cache folder that cannot be written', () => {
  it('is a warning in the reindex report, which does not say the index was saved', async () => {
    await writeFile(corpus.cacheDir, 'a file where the cache folder should be');
    const events: EngineEvent[] = [];
    const engine = open({}, events);
    await engine.whenCurrent();
    const report = await engine.reindex();
    expect(report.unsaved).toBe('cannot save the snapshot in "cache": a file is in the way; the next start indexes again');
    expect(renderReport(report)).toMatch(/^Indexed \(in memory only, not saved\) 2 articles/);
    expect(renderReport(report)).toContain('warning: cannot save the snapshot in "cache": a file is in the way; the next start indexes again.');
    expect(events.filter((event) => event.type === 'snapshot-save-failed')).toHaveLength(2);
  });
});
