/**
 * `npm start`: with DISCORD_TOKEN, Byline connects to Discord; without, it runs the console
 * face on the corpus. With SHARDS=auto|N (or --shards, or `npm run start:sharded`) this process
 * becomes the shard manager, and each shard runs this same file as a Discord face.
 */
import { fileURLToPath } from 'node:url';
import { readConfig, type Config } from './config.ts';
import { BylineEngine, WARNING_EVENTS, type EngineOptions } from './engine.ts';
import { BylineError } from './errors.ts';
import { createLogger, type Logger } from './log.ts';
import { runConsole } from './console/console.ts';
import { healthOf, startHealthServer } from './health.ts';

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger({ secrets: config.token ? [config.token] : [], level: config.logLevel ?? (config.token ? 'info' : 'warn') });

  if (config.shards !== undefined) {
    await manageShards(config, logger);
  } else if (config.token) {
    const { startDiscord, gatewayHealth } = await import('./discord/client.ts');
    // In a shard, follow the snapshot: a reindex on any shard rewrites it, and all reload it.
    const engine = openEngine(config, logger, { watchSnapshot: config.inShard, answerWhileCatchingUp: true, recheckAfterMs: BOT_RECHECK_MS });
    const client = await startDiscord(engine, config, logger);
    if (config.healthPort !== undefined) {
      await startHealthServer(config.healthPort, () => healthOf(engine.status(), gatewayHealth(client)));
      logger.info('health endpoint', { url: `http://127.0.0.1:${config.healthPort}/health` });
    }
  } else {
    process.stdout.write('No DISCORD_TOKEN set: running the console face on the corpus.\n');
    const engine = openEngine(config, logger, { recheckAfterMs: CONSOLE_RECHECK_MS });
    const report = await engine.whenReady();
    process.stdout.write(`${report.articles} articles, ${report.passages} passages indexed.\n`);
    await runConsole(engine);
    process.exit(0);
  }
}

/**
 * How often the faces that stay up check the corpus for changed files (a stat per file): the
 * console before a question when its last check is a second old, the bot in the background at
 * most once a minute. One-shot runs check once, at start.
 */
const CONSOLE_RECHECK_MS = 1000;
const BOT_RECHECK_MS = 60_000;

function openEngine(config: Config, logger: Logger, options: Pick<EngineOptions, 'watchSnapshot' | 'answerWhileCatchingUp' | 'recheckAfterMs'>): BylineEngine {
  return BylineEngine.open({
    corpusDir: config.corpusDir,
    cacheDir: config.cacheDir,
    ...options,
    onEvent: (event) => (WARNING_EVENTS.has(event.type) ? logger.warn : logger.info)(`engine: ${event.type}`, { ...event }),
  });
}

/**
 * Brings the snapshot up to date once, so the shards load it rather than each building (or
 * refreshing) it at the same time, then spawns the shards. The manager answers nothing itself.
 */
async function manageShards(config: Config, logger: Logger): Promise<void> {
  const engine = openEngine(config, logger, {});
  await engine.whenCurrent();
  engine.close();
  const { startShards } = await import('./discord/shard.ts');
  await startShards(fileURLToPath(import.meta.url), config, logger, { args: process.argv.slice(2) });
}

try {
  await main();
} catch (error) {
  // Configuration and start-up problems are written to be read: show the message, not a stack.
  if (!(error instanceof BylineError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
