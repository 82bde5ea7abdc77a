/**
 * End-to-end harness: Byline's real engine on a temporary copy of the seed articles, and Byline's
 * real discord.js client (`createBot`) logged in to a {@link FakeDiscord} on 127.0.0.1. Only the
 * REST base URL differs from production. Everything started here is stopped by `stop()`.
 *
 * ```ts
 * const corpus = await openSeedCorpus();          // temp corpus + cache, engine ready
 * const bot = await startBot(corpus.engine);      // fake Discord up, client ready
 * const final = await bot.fake.sendCommand({ name: 'search', options: { query: 'Isfahan' } }).final();
 * citedFiles(final);                              // ['001_cbc0cb32dec4f16f.txt', …]
 * await bot.stop(); await corpus.stop();
 * ```
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Events, type APIEmbed, type APIMessage, type Client } from 'discord.js';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createBot, type BotOptions } from '../../src/discord/client.ts';
import { BylineEngine } from '../../src/engine.ts';
import { createLogger } from '../../src/log.ts';
import type { Engine } from '../../src/types.ts';
import { FakeDiscord } from '../helpers/fakeDiscord.ts';

/** The bundled articles, copied (never used in place) so tests may add files. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** A temporary corpus folder holding a copy of the seeds, and the engine on it (its cache beside it). */
export interface SeedCorpus {
  engine: BylineEngine;
  /** The temporary corpus folder: add files here, then /reindex. */
  corpusDir: string;
  /** Removes the temporary folder. */
  stop(): Promise<void>;
}

/** Copies the seeds to a fresh temporary folder and opens the real engine on it (index built). */
export async function openSeedCorpus(): Promise<SeedCorpus> {
  const root = await mkdtemp(join(tmpdir(), 'byline-e2e-'));
  const corpusDir = join(root, 'corpus');
  const cacheDir = join(root, 'cache');
  await cp(SEEDS_DIR, corpusDir, { recursive: true });
  const engine = BylineEngine.open({ corpusDir, cacheDir });
  await engine.whenReady();
  return {
    engine,
    corpusDir,
    async stop() {
      engine.close();
      // A reindex still writing its snapshot would race the removal; let it finish first.
      await engine.whenCurrent().catch(() => undefined);
      for (let waited = 0; engine.status().reindexing && waited < 10_000; waited += 50) await sleep(50);
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** One structured log line the bot wrote. */
export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** A running fake Discord with Byline's client logged in to it. */
export interface RunningBot {
  fake: FakeDiscord;
  client: Client;
  /** Every line the bot logged, parsed. */
  logs: LogLine[];
  /** Destroys the client, then stops the fake's servers. */
  stop(): Promise<void>;
}

/**
 * Starts a fake Discord, creates Byline's client with `createBot` (pointed at the fake by
 * `DISCORD_API`) and logs in; resolves once the client is ready with the fake's guild cached.
 */
export async function startBot(engine: Engine, options: BotOptions = {}): Promise<RunningBot> {
  const fake = await FakeDiscord.start({ heartbeatIntervalMs: 200 });
  const logs: LogLine[] = [];
  // 👍/👎 presses would append here; stop() removes it.
  const feedbackFile = join(tmpdir(), `byline-e2e-feedback-${fake.application.id}.jsonl`);
  const config = loadConfig([], {
    DISCORD_TOKEN: fake.token,
    DISCORD_API: fake.apiUrl,
    DISCORD_APPLICATION_ID: fake.application.id,
    FEEDBACK_FILE: feedbackFile,
  });
  const logger = createLogger({ secrets: [fake.token], write: (line) => logs.push(JSON.parse(line) as LogLine) });
  const client = await createBot(engine, config, logger, options);
  const stop = async (): Promise<void> => {
    await client.destroy();
    await fake.stop();
    await rm(feedbackFile, { force: true });
  };
  try {
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(fake.token);
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return { fake, client, logs, stop };
}

/** The one embed of a bot message (fails the test when there is not exactly one). */
export function embedOf(message: Pick<APIMessage, 'embeds'> | { embeds?: unknown }): APIEmbed {
  const embeds = (message.embeds ?? []) as APIEmbed[];
  if (embeds.length !== 1) throw new Error(`expected one embed, got ${embeds.length}: ${JSON.stringify(message)}`);
  return embeds[0] as APIEmbed;
}

/** The citation fields of an answer, one per article: `📄 file · ¶3, ¶7` read back to the file (unescaped) and paragraphs. */
export function citedArticles(message: Pick<APIMessage, 'embeds'> | { embeds?: unknown }): Array<{ file: string; paragraphs: number[]; value: string }> {
  return (embedOf(message).fields ?? []).flatMap((field) => {
    const match = /^📄 (\S+) · (¶\d+(?:, ¶\d+)*)$/.exec(field.name);
    if (!match) return [];
    const paragraphs = (match[2] ?? '').split(', ').map((p) => Number(p.slice(1)));
    return [{ file: (match[1] ?? '').replace(/\\(.)/g, '$1'), paragraphs, value: field.value }];
  });
}

/** The files an answer cites, in order, one per article. */
export function citedFiles(message: Pick<APIMessage, 'embeds'> | { embeds?: unknown }): string[] {
  return citedArticles(message).map((article) => article.file);
}

/** The buttons of a bot message, as sent. */
export function buttonsOf(message: Pick<APIMessage, 'components'>): Array<{ custom_id: string; label?: string; disabled?: boolean; emoji?: { name?: string | null } }> {
  return (message.components ?? []).flatMap((row) =>
    'components' in row ? row.components.flatMap((c) => ('custom_id' in c && c.custom_id ? [c as { custom_id: string; label?: string; disabled?: boolean }] : [])) : [],
  );
}

/** The custom ids of a bot message's buttons. */
export function buttonIds(message: Pick<APIMessage, 'components'>): string[] {
  return (message.components ?? []).flatMap((row) =>
    'components' in row ? row.components.flatMap((c) => ('custom_id' in c && c.custom_id ? [c.custom_id] : [])) : [],
  );
}

/**
 * Registers one engine on a copy of the seeds for the test file, and stops every bot a test
 * starts with `startFor` when that test ends.
 */
export function useSeedCorpus(): { corpus: () => SeedCorpus; startFor: (engine?: Engine, options?: BotOptions) => Promise<RunningBot> } {
  let corpus: SeedCorpus | undefined;
  const running: RunningBot[] = [];
  beforeAll(async () => {
    corpus = await openSeedCorpus();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((bot) => bot.stop()));
  });
  afterAll(() => corpus?.stop());
  const startFor = async (engine: Engine = corpus!.engine, options: BotOptions = {}) => {
    const bot = await startBot(engine, options);
    running.push(bot);
    return bot;
  };
  return { corpus: () => corpus!, startFor };
}

/** `useSeedCorpus` with a fresh bot per test, so that no test spends another's question limit. */
export function useSeedBotPerTest(): { bot: () => RunningBot; corpus: () => SeedCorpus } {
  const { corpus, startFor } = useSeedCorpus();
  let bot: RunningBot | undefined;
  beforeEach(async () => {
    bot = await startFor();
  });
  return { bot: () => bot!, corpus };
}
