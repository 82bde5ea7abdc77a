/**
 * Sharding: Discord requires a bot in 2,500 or more guilds to connect through several shards.
 * With SHARDS=auto|N (or --shards, or `npm run start:sharded`) the process becomes a
 * ShardingManager that forks the same entry once per shard. discord.js passes each child its
 * shard id and sets SHARDING_MANAGER, so `loadConfig` reports `inShard` and ignores SHARDS there.
 *
 * Every shard answers from the same on-disk snapshot and watches it, so a reindex on one shard
 * reaches all of them; so the manager refuses to start on a cache folder it cannot write. On SIGINT/SIGTERM the manager stops respawning, forwards SIGTERM to each
 * shard (which shuts down gracefully) and exits once they have.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { ShardingManager } from 'discord.js';
import type { Config } from '../config.ts';
import { BylineError } from '../errors.ts';
import { cacheUnwritable } from '../index/snapshot.ts';
import type { Logger } from '../log.ts';
import { exitOnSignals, type SignalOptions } from './shutdown.ts';

export interface ShardOptions extends Partial<Pick<SignalOptions, 'signals' | 'exit'>> {
  /** Arguments for every shard's entry (e.g. `--corpus news`). Default: none. */
  args?: readonly string[];
  /** How long to wait for each shard's client to be ready; -1 not at all. Default 30 s, discord.js's. */
  readyTimeoutMs?: number;
  /** Longest wait for the shards to exit on shutdown before they are killed. Default 15 s (a shard waits 10 s). */
  stopTimeoutMs?: number;
}

/**
 * Spawns the shards of `entry` (main.ts through tsx, or compiled main.js) and makes
 * SIGINT/SIGTERM stop them gracefully. Resolves once every shard has been spawned.
 */
export async function startShards(entry: string, config: Config, logger: Logger, options: ShardOptions = {}): Promise<ShardingManager> {
  if (!config.token) throw new BylineError('DISCORD_TOKEN is not set; sharding needs a bot token.');
  // Shards learn of a reindex on any of them only through the snapshot file they share.
  const unwritable = await cacheUnwritable(config.cacheDir);
  if (unwritable !== undefined) throw new BylineError(`cannot start sharded: ${unwritable}, and the shards share their index through it`);
  const manager = new ShardingManager(entry, {
    token: config.token,
    totalShards: config.shards ?? 'auto',
    shardArgs: [...(options.args ?? [])],
    // From source, shards load TypeScript through tsx (an absolute loader path, so they start
    // whatever the working directory); compiled, they are plain JavaScript.
    execArgv: entry.endsWith('.ts') ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [],
  });
  manager.on('shardCreate', (shard) => {
    logger.info('shard launched', { shard: shard.id });
    shard.on('death', () => logger.info('shard exited', { shard: shard.id, respawn: manager.respawn }));
  });
  exitOnSignals(() => stopShards(manager, logger, options.stopTimeoutMs), {
    logger,
    ...(options.signals ? { signals: options.signals } : {}),
    ...(options.exit ? { exit: options.exit } : {}),
  });
  await manager.spawn(options.readyTimeoutMs === undefined ? {} : { timeout: options.readyTimeoutMs });
  return manager;
}

/**
 * Stops every shard: no more respawns, SIGTERM to each (each runs its own graceful shutdown),
 * and a wait for them to exit; a shard still running after `timeoutMs` is killed.
 */
export async function stopShards(manager: ShardingManager, logger: Logger, timeoutMs = 15_000): Promise<void> {
  manager.respawn = false;
  const running = (child: ChildProcess | null): child is ChildProcess => child !== null && child.exitCode === null && child.signalCode === null;
  const children = [...manager.shards.values()].flatMap((shard) => (running(shard.process) ? [shard.process] : []));
  logger.info('stopping shards', { shards: children.length });
  await Promise.all(
    children.map(async (child) => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
      if ((await Promise.race([exited, late])) === 'late') {
        logger.warn('shard did not exit in time; killing it', { pid: child.pid, timeoutMs });
        child.kill('SIGKILL');
      }
      clearTimeout(timer);
    }),
  );
}
