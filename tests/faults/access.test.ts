/**
 * Access and secrets through the real client and the real engine against the fake Discord:
 * "@Byline reindex" is refused to a member without Manage Server or the moderator role (the slash
 * command's refusal is in tests/e2e/reindex.test.ts), and a failed reindex's error reaches the
 * moderator without the corpus folder's absolute path, while the token reaches no request and no
 * log line.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordedRequest } from '../helpers/fakeDiscord.ts';
import { openSeedCorpus, startBot, type RunningBot, type SeedCorpus } from '../e2e/harness.ts';

let corpus: SeedCorpus;
let bot: RunningBot;

beforeEach(async () => {
  corpus = await openSeedCorpus();
  bot = await startBot(corpus.engine);
});
afterEach(async () => {
  await bot?.stop();
  await corpus?.stop();
});

/** The bodies of requests, as JSON text. */
const bodies = (requests: readonly RecordedRequest[]) => requests.map((request) => JSON.stringify(request.body ?? ''));

/** Waits for a request whose body contains `text`. */
const requestContaining = (text: string) =>
  bot.fake.waitForRequest((request) => JSON.stringify(request.body ?? '').includes(text), { timeoutMs: 10_000 });

describe('"@Byline reindex"', () => {
  it('is refused to a member without Manage Server or the moderator role, and rebuilds nothing', async () => {
    const reindex = vi.spyOn(corpus.engine, 'reindex');
    const builtAt = corpus.engine.status().builtAt;

    bot.fake.sendMessage({ content: `${bot.fake.botMention} reindex`, author: 'member' });

    await requestContaining('Only moderators can rebuild the index');
    expect(reindex).not.toHaveBeenCalled();
    expect(corpus.engine.status().builtAt).toBe(builtAt);
  });

  it('runs for a moderator', async () => {
    const reindex = vi.spyOn(corpus.engine, 'reindex');
    bot.fake.sendMessage({ content: `${bot.fake.botMention} reindex`, author: 'moderator' });
    await requestContaining('Reindex complete');
    expect(reindex).toHaveBeenCalledOnce();
  });
});

describe('secrets after a failed reindex', () => {
  it.each([
    ['/reindex', () => bot.fake.sendCommand({ name: 'reindex', user: 'moderator' })],
    ['"@Byline reindex"', () => bot.fake.sendMessage({ content: `${bot.fake.botMention} reindex`, author: 'moderator' })],
  ])('%s shows why without the corpus folder path, and the token is nowhere', async (_name, ask) => {
    await rm(corpus.corpusDir, { recursive: true, force: true });
    const root = path.dirname(corpus.corpusDir);

    ask();
    // Shown as a person would say it: without the engine's "Byline: " prefix.
    await requestContaining('The corpus folder \\"corpus\\" does not exist');

    const sent = bodies(bot.fake.requests);
    const logged = bot.logs.map((line) => JSON.stringify(line));
    for (const text of [...sent, ...logged]) {
      expect(text).not.toContain(root);
      expect(text).not.toContain(bot.fake.token);
    }
    expect(logged.some((line) => line.includes('does not exist')), 'the failure is logged').toBe(true);
    // The old index still answers.
    expect(corpus.engine.status().articles).toBe(5);
  });
});
