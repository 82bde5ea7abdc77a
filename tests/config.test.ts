import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const ID = '123456789012345678';
const OTHER_ID = '876543210987654321';

describe('loadConfig', () => {
  it('defaults the folders to the project root and leaves Discord settings unset', () => {
    const config = loadConfig([], {}, '/elsewhere');
    expect(config.corpusDir).toMatch(/[\\/]seeds$/);
    expect(config.corpusDir.startsWith('/elsewhere')).toBe(false);
    expect(config.cacheDir).toMatch(/[\\/]\.cache$/);
    expect(config.feedbackFile).toMatch(/[\\/]feedback\.jsonl$/);
    expect(config.token).toBeUndefined();
    expect(config.shards).toBeUndefined();
    expect(config.inShard).toBe(false);
    expect(config.allowedChannelIds).toBeUndefined();
    expect(config.rateLimit).toEqual({ questions: 5, windowSeconds: 30 });
  });

  it('reads LOG_LEVEL and HEALTH_PORT', () => {
    expect(loadConfig([], { LOG_LEVEL: 'DEBUG', HEALTH_PORT: '8080' })).toMatchObject({ logLevel: 'debug', healthPort: 8080 });
    expect(loadConfig([], {})).toMatchObject({ logLevel: undefined, healthPort: undefined });
  });

  it.each([
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL must be one of debug, info, warn, error, got "verbose"'],
    [{ HEALTH_PORT: 'http' }, 'HEALTH_PORT must be a whole number of at least 1, got "http"'],
    [{ HEALTH_PORT: '70000' }, 'HEALTH_PORT must be a port number (1–65535), got "70000"'],
  ])('refuses %j', (env, problem) => {
    expect(() => loadConfig([], env)).toThrow(problem);
  });

  it('reads every variable', () => {
    const config = loadConfig([], {
      DISCORD_TOKEN: 'tok.en',
      DISCORD_APPLICATION_ID: ID,
      DISCORD_GUILD_ID: ID,
      MOD_ROLE_ID: ID,
      CORPUS_DIR: 'news',
      CACHE_DIR: '/var/cache/byline',
      FEEDBACK_FILE: 'votes.jsonl',
      DISCORD_API: 'http://127.0.0.1:9999/api/',
      SHARDS: '3',
      ALLOWED_CHANNEL_IDS: `${ID}, ${OTHER_ID}`,
      RATE_LIMIT_QUESTIONS: '10',
      RATE_LIMIT_WINDOW_SECONDS: '60',
    }, '/srv');
    expect(config).toEqual({
      token: 'tok.en', applicationId: ID, guildId: ID, modRoleId: ID,
      corpusDir: '/srv/news', cacheDir: '/var/cache/byline', feedbackFile: '/srv/votes.jsonl',
      apiBase: 'http://127.0.0.1:9999/api', shards: 3, inShard: false,
      allowedChannelIds: [ID, OTHER_ID], rateLimit: { questions: 10, windowSeconds: 60 },
    });
  });

  it('accepts the alternative names DISCORD_CLIENT_ID and GUILD_ID', () => {
    const config = loadConfig([], { DISCORD_CLIENT_ID: ID, GUILD_ID: ID });
    expect([config.applicationId, config.guildId]).toEqual([ID, ID]);
  });

  it.each([
    [['--corpus', 'flagged'], '/srv/flagged'],
    [['--corpus=flagged'], '/srv/flagged'],
  ])('lets %j override CORPUS_DIR', (argv, expected) => {
    expect(loadConfig(argv, { CORPUS_DIR: 'from-env' }, '/srv').corpusDir).toBe(expected);
  });

  it.each([
    [{ SHARDS: 'auto', DISCORD_TOKEN: 'tok.en' }, [], 'auto'],
    [{ DISCORD_TOKEN: 'tok.en' }, ['--shards', '2'], 2],
    [{ SHARDS: '0', SHARDING_MANAGER: 'true' }, [], undefined],
  ] as const)('reads shards from %j %j', (env, argv, expected) => {
    expect(loadConfig(argv, env).shards).toBe(expected);
  });

  it('knows it runs inside a shard from the SHARDING_MANAGER that discord.js sets, and ignores --shards there', () => {
    const config = loadConfig(['--shards', '4'], { SHARDING_MANAGER: 'true', SHARDS: '1' });
    expect([config.inShard, config.shards]).toEqual([true, undefined]);
  });

  it('tolerates spaces and a trailing comma in ALLOWED_CHANNEL_IDS', () => {
    expect(loadConfig([], { ALLOWED_CHANNEL_IDS: ` ${ID} ,${OTHER_ID},` }).allowedChannelIds).toEqual([ID, OTHER_ID]);
  });

  it.each([
    [{ DISCORD_GUILD_ID: 'my-guild' }, [], 'DISCORD_GUILD_ID must be a Discord id (17–20 digits), got "my-guild"'],
    [{ MOD_ROLE_ID: '12' }, [], 'MOD_ROLE_ID must be a Discord id (17–20 digits), got "12"'],
    [{ DISCORD_APPLICATION_ID: 'abc' }, [], 'DISCORD_APPLICATION_ID must be a Discord id (17–20 digits), got "abc"'],
    [{ DISCORD_TOKEN: 'Bot abc' }, [], 'DISCORD_TOKEN must not contain spaces'],
    [{ DISCORD_API: 'localhost:3000' }, [], 'DISCORD_API must be an http(s) URL, got "localhost:3000"'],
    [{ SHARDS: 'many' }, [], 'SHARDS must be "auto" or a whole number of at least 1, got "many"'],
    [{ SHARDS: 'auto' }, [], 'SHARDS needs DISCORD_TOKEN: only the Discord face runs in shards'],
    [{}, ['--corpus'], '--corpus needs a value'],
    [{ ALLOWED_CHANNEL_IDS: `${ID},general` }, [], 'ALLOWED_CHANNEL_IDS must be a Discord id (17–20 digits), got "general"'],
    [{ ALLOWED_CHANNEL_IDS: ',' }, [], 'ALLOWED_CHANNEL_IDS lists no channel ids; leave it empty to answer in every channel'],
    [{ RATE_LIMIT_QUESTIONS: '0' }, [], 'RATE_LIMIT_QUESTIONS must be a whole number of at least 1, got "0"'],
    [{ RATE_LIMIT_QUESTIONS: '2.5' }, [], 'RATE_LIMIT_QUESTIONS must be a whole number of at least 1, got "2.5"'],
    [{ RATE_LIMIT_WINDOW_SECONDS: '30s' }, [], 'RATE_LIMIT_WINDOW_SECONDS must be a whole number of at least 1, got "30s"'],
  ])('rejects %j %j with a clear message', (env, argv, message) => {
    expect(() => loadConfig(argv, env)).toThrow(ConfigError);
    expect(() => loadConfig(argv, env)).toThrow(message);
  });

  it('lists every problem at once, one per line', () => {
    const error = (() => {
      try {
        loadConfig([], { MOD_ROLE_ID: 'x', DISCORD_GUILD_ID: 'y' });
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error?.message).toBe(
      'Byline: invalid configuration:\n' +
        '  - DISCORD_GUILD_ID must be a Discord id (17–20 digits), got "y"\n' +
        '  - MOD_ROLE_ID must be a Discord id (17–20 digits), got "x"',
    );
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig([], { DISCORD_TOKEN: '  ', MOD_ROLE_ID: '' }).token).toBeUndefined();
  });
});
