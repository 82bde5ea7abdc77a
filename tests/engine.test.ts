import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BylineEngine, type EngineEvent } from '../src/engine.ts';
import { snapshotPath } from '../src/index/snapshot.ts';
import { tempFolder } from './helpers/tempFolder.ts';
import { ARTICLES, corpusFolder } from './index/fixtures.ts';

const cacheFolder = () => tempFolder('engine-test');

describe('BylineEngine start-up', () => {
  it('answers a question asked before the index is ready, once it is', async () => {
    const engine = BylineEngine.open({ corpusDir: await corpusFolder() });
    const response = await engine.ask({ command: 'search', text: 'apricot blossoms' });
    expect(response.answers[0]?.citations[0]?.file).toBe('orchard.txt');
  });

  it('starts from the snapshot without re-extracting, then finds it current', async () => {
    const corpusDir = await corpusFolder();
    const cacheDir = await cacheFolder();
    const first = BylineEngine.open({ corpusDir, cacheDir });
    await first.whenCurrent();
    const events: EngineEvent[] = [];
    const second = BylineEngine.open({ corpusDir, cacheDir, onEvent: (event) => events.push(event) });
    await second.whenCurrent();
    expect(events.map((e) => e.type)).toEqual(['snapshot-loaded']);
    expect(second.status().articles).toBe(3);
  });

  it.each([
    ['corrupt', 'garbage\n'],
    ['truncated', '{"byline":"snapshot","version":2,"builtAt":"x","files":3}\n{"hash":'],
  ])('rebuilds from the corpus when the snapshot is %s, and says so', async (_kind, text) => {
    const corpusDir = await corpusFolder();
    const cacheDir = await cacheFolder();
    await writeFile(snapshotPath(cacheDir), text);
    const events: EngineEvent[] = [];
    const engine = BylineEngine.open({ corpusDir, cacheDir, onEvent: (event) => events.push(event) });
    const report = await engine.whenReady();
    expect(report.articles).toBe(3);
    expect(events.map((e) => e.type)).toEqual(['snapshot-unusable', 'index-built']);
  });
});

describe('BylineEngine reindex', () => {
  it('keeps the current index when the corpus folder has no readable articles any more', async () => {
    const corpusDir = await corpusFolder();
    const cacheDir = await cacheFolder();
    const engine = BylineEngine.open({ corpusDir, cacheDir });
    await engine.whenCurrent();
    for (const file of Object.keys(ARTICLES)) await rm(join(corpusDir, file));
    await expect(engine.reindex()).rejects.toThrow(/^Byline: the corpus folder "[^"/]+" has no articles to index; keeping the current index$/);
    expect(engine.status().articles).toBe(3);
    const response = await engine.ask({ command: 'search', text: 'apricot blossoms' });
    expect(response.answers[0]?.citations[0]?.file).toBe('orchard.txt');
    const restarted = BylineEngine.open({ corpusDir: await corpusFolder(), cacheDir });
    expect((await restarted.whenReady()).articles).toBe(3);
  });
});
