/**
 * `npm start`: with DISCORD_TOKEN, Byline connects to Discord; without, it runs the console
 * face on the corpus. Both answer from the same engine.
 */
import { readConfig } from './config.ts';
import { createLogger } from './log.ts';
import { BylineEngine } from './engine.ts';
import { runConsole } from './console/console.ts';

const config = readConfig();
const logger = createLogger({ secrets: config.token ? [config.token] : [], level: config.token ? 'info' : 'warn' });
const engine = BylineEngine.open({
  corpusDir: config.corpusDir,
  cacheDir: config.cacheDir,
  onEvent: (event) => logger.info(`engine: ${event.type}`, { ...event }),
});

if (config.token) {
  const { startDiscord } = await import('./discord/client.ts');
  await startDiscord(engine, config, logger);
} else {
  process.stdout.write('No DISCORD_TOKEN set: running the console face on the corpus.\n');
  const report = await engine.whenReady();
  process.stdout.write(`${report.articles} articles, ${report.passages} passages indexed.\n`);
  await runConsole(engine);
  process.exit(0);
}
