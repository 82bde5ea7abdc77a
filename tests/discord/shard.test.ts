import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startShards } from '../../src/discord/shard.ts';
import { silentLogger } from '../../src/log.ts';

const ENTRY = fileURLToPath(new URL('./fixtures/recordingShard.ts', import.meta.url));
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function until(condition: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((tick) => setTimeout(tick, 50));
  }
}

describe('startShards', () => {
  it('forks the .ts entry per shard with its arguments, and on SIGTERM stops it for good and exits 0', async () => {
    const out = mkdtempSync(join(tmpdir(), 'byline-shards-'));
    dirs.push(out);
    const signals = new EventEmitter();
    const exits: number[] = [];
    const config = loadConfig([], { DISCORD_TOKEN: 'not.a.real.token', SHARDS: '1' });
    const manager = await startShards(ENTRY, config, silentLogger, {
      args: ['--corpus', 'news', '--out', out],
      readyTimeoutMs: -1,
      signals,
      exit: (code) => void exits.push(code),
    });
    const record = join(out, 'shard-0.json');
    await until(() => existsSync(record));
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({ argv: ['--corpus', 'news', '--out', out], sharding: 'true', count: '1', stopped: false });

    signals.emit('SIGTERM');
    await until(() => exits.length > 0);
    expect(exits).toEqual([0]);
    expect(JSON.parse(readFileSync(record, 'utf8')).stopped).toBe(true);
    // Not respawned: the shard has no process any more.
    await new Promise((tick) => setTimeout(tick, 300));
    expect(manager.respawn).toBe(false);
    expect(manager.shards.get(0)?.process).toBeNull();
  }, 30_000);

  it('refuses to start on a cache folder it cannot write, through which shards share their index', async () => {
    const out = mkdtempSync(join(tmpdir(), 'byline-shards-'));
    dirs.push(out);
    const notAFolder = join(out, 'cache');
    writeFileSync(notAFolder, 'a file where the cache folder should be');
    const config = loadConfig([], { DISCORD_TOKEN: 'not.a.real.token', SHARDS: '1', CACHE_DIR: notAFolder });
    await expect(startShards(ENTRY, config, silentLogger, { readyTimeoutMs: -1 })).rejects.toThrow(
      'Byline: cannot start sharded: cannot save the snapshot in "cache": a file is in the way, and the shards share their index through it',
    );
  });

  it('refuses to start without a token', async () => {
    await expect(startShards(ENTRY, { ...loadConfig([], {}), shards: 1 }, silentLogger)).rejects.toThrow('Byline: DISCORD_TOKEN is not set; sharding needs a bot token.');
  });
});
