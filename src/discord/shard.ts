/**
 * Sharding: Discord requires a bot in 2,500 or more guilds to connect through several shards.
 * With SHARDS=auto|N (or --shards) the process becomes a ShardingManager that forks the same
 * entry once per shard; discord.js passes each child its shard ids, and `loadConfig` ignores
 * SHARDS inside a shard so children do not shard again.
 */
import { ShardingManager } from 'discord.js';
import type { Config } from '../config.ts';
import { BylineError } from '../errors.ts';
import type { Logger } from '../log.ts';

/**
 * Spawns the shards of `entry` (a .ts file, run through tsx like `npm start`).
 * Each shard opens the engine itself, from the same on-disk cache.
 */
export async function startShards(entry: string, config: Config, logger: Logger): Promise<ShardingManager> {
  if (!config.token) throw new BylineError('DISCORD_TOKEN is not set; sharding needs a bot token.');
  const manager = new ShardingManager(entry, {
    token: config.token,
    totalShards: config.shards ?? 'auto',
    execArgv: ['--import', 'tsx'],
  });
  manager.on('shardCreate', (shard) => logger.info('shard launched', { shard: shard.id }));
  await manager.spawn();
  return manager;
}
