/**
 * Byline's configuration: read from the environment (and `.env` via dotenv) once, validated,
 * and handed around as one typed object. Nothing else reads `process.env`.
 */
import { isAbsolute, resolve } from 'node:path';
import dotenv from 'dotenv';
import { PROJECT_ROOT } from './projectRoot.ts';
import { BylineError } from './errors.ts';
import type { LogLevel } from './log.ts';

export interface Config {
  /** `DISCORD_TOKEN`. Absent: no Discord face (the console face runs instead). */
  token?: string;
  /** `DISCORD_APPLICATION_ID` (or `DISCORD_CLIENT_ID`): needed to register commands. */
  applicationId?: string;
  /** `DISCORD_GUILD_ID` (or `GUILD_ID`): register commands in this guild only (development). */
  guildId?: string;
  /** `MOD_ROLE_ID`: members with this role may reindex besides those with Manage Server. */
  modRoleId?: string;
  /** `CORPUS_DIR` or `--corpus DIR`: the folder of articles. Default `seeds/` in the project. */
  corpusDir: string;
  /** `CACHE_DIR`: where the index snapshot lives. Default `.cache/` in the project. */
  cacheDir: string;
  /** `FEEDBACK_FILE`: JSON lines of 👍/👎 presses. Default `feedback.jsonl` in the project. */
  feedbackFile: string;
  /** `DISCORD_API`: base URL of the Discord REST API, e.g. a fake Discord in tests. */
  apiBase?: string;
  /** `SHARDS` or `--shards N|auto`: run under a ShardingManager. Ignored inside a shard. */
  shards?: number | 'auto';
  /** True in a process a ShardingManager spawned (discord.js sets `SHARDING_MANAGER` there). */
  inShard: boolean;
  /** `ALLOWED_CHANNEL_IDS` (comma-separated): mentions are answered only here. Unset: everywhere. */
  allowedChannelIds?: readonly string[];
  /** `RATE_LIMIT_QUESTIONS` per `RATE_LIMIT_WINDOW_SECONDS`, per user. Default 5 per 30 s. */
  rateLimit: { questions: number; windowSeconds: number };
  /** `LOG_LEVEL`: debug, info, warn or error. Unset: info for the Discord face, warn for the console. */
  logLevel?: LogLevel;
  /** `HEALTH_PORT`: serve `GET /health` on 127.0.0.1 at this port (for a container's HEALTHCHECK). Unset: none. */
  healthPort?: number;
}

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** An invalid configuration; the message lists every bad value, one per line. */
export class ConfigError extends BylineError {
  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const SNOWFLAKE = /^\d{17,20}$/;

/**
 * Parses command-line flags and environment variables into a {@link Config}. Pure: reads
 * nothing but its arguments. Relative paths given by the user are resolved against `cwd`;
 * the defaults are resolved against the project root.
 *
 * @example loadConfig(['--corpus', 'news'], { DISCORD_TOKEN: 'abc…' }, '/srv').corpusDir // '/srv/news'
 * @throws ConfigError naming each missing or malformed value.
 */
export function loadConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const flags = parseFlags(argv, problems);
  const value = (...names: string[]) => names.map((name) => env[name]?.trim()).find((text) => text);

  const snowflake = (label: string, text: string | undefined) => {
    if (text !== undefined && !SNOWFLAKE.test(text)) problems.push(`${label} must be a Discord id (17–20 digits), got "${text}"`);
    return text;
  };
  const path = (given: string | undefined, fallback: string) =>
    given === undefined ? resolve(PROJECT_ROOT, fallback) : isAbsolute(given) ? given : resolve(cwd, given);

  const token = value('DISCORD_TOKEN');
  if (token !== undefined && /\s/.test(token)) problems.push('DISCORD_TOKEN must not contain spaces (copy the token from the Bot page)');

  const apiBase = value('DISCORD_API');
  if (apiBase !== undefined && !/^https?:\/\/[^\s/]+/.test(apiBase)) problems.push(`DISCORD_API must be an http(s) URL, got "${apiBase}"`);

  // discord.js sets SHARDS (a shard id) in every shard's environment: inside a shard, don't shard again.
  const inShard = Boolean(env['SHARDING_MANAGER']);
  const shardsText = inShard ? undefined : (flags.shards ?? value('SHARDS'));
  const shards = parseShards(shardsText, problems);
  if (shards !== undefined && token === undefined) problems.push('SHARDS needs DISCORD_TOKEN: only the Discord face runs in shards');

  const channelsText = value('ALLOWED_CHANNEL_IDS');
  const allowedChannelIds = channelsText?.split(',').map((id) => id.trim()).filter((id) => id !== '');
  for (const id of allowedChannelIds ?? []) snowflake('ALLOWED_CHANNEL_IDS', id);
  // "," would silence Byline everywhere; leave the variable empty to allow every channel.
  if (allowedChannelIds?.length === 0) problems.push('ALLOWED_CHANNEL_IDS lists no channel ids; leave it empty to answer in every channel');

  const rateLimit = {
    questions: wholeNumber('RATE_LIMIT_QUESTIONS', value('RATE_LIMIT_QUESTIONS'), 5, problems),
    windowSeconds: wholeNumber('RATE_LIMIT_WINDOW_SECONDS', value('RATE_LIMIT_WINDOW_SECONDS'), 30, problems),
  };

  const logLevelText = value('LOG_LEVEL')?.toLowerCase();
  const logLevel = LOG_LEVELS.find((level) => level === logLevelText);
  if (logLevelText !== undefined && logLevel === undefined) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevelText}"`);

  const healthText = value('HEALTH_PORT');
  const healthPort = healthText === undefined ? undefined : wholeNumber('HEALTH_PORT', healthText, 0, problems);
  if (healthPort !== undefined && healthPort > 65535) problems.push(`HEALTH_PORT must be a port number (1–65535), got "${healthText}"`);

  const config: Config = {
    token,
    applicationId: snowflake('DISCORD_APPLICATION_ID', value('DISCORD_APPLICATION_ID', 'DISCORD_CLIENT_ID')),
    guildId: snowflake('DISCORD_GUILD_ID', value('DISCORD_GUILD_ID', 'GUILD_ID')),
    modRoleId: snowflake('MOD_ROLE_ID', value('MOD_ROLE_ID')),
    corpusDir: path(flags.corpus ?? value('CORPUS_DIR'), 'seeds'),
    cacheDir: path(value('CACHE_DIR'), '.cache'),
    feedbackFile: path(value('FEEDBACK_FILE'), 'feedback.jsonl'),
    apiBase: apiBase?.replace(/\/+$/, ''),
    shards,
    inShard,
    allowedChannelIds,
    rateLimit,
    logLevel,
    healthPort,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Loads `.env` into the environment (without overriding it) and parses the process's configuration. */
export function readConfig(): Config {
  dotenv.config({ path: resolve(PROJECT_ROOT, '.env'), quiet: true });
  return loadConfig(process.argv.slice(2), process.env);
}

function parseFlags(argv: readonly string[], problems: string[]): { corpus?: string; shards?: string } {
  const flags: { corpus?: string; shards?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const match = /^--(corpus|shards)(?:=(.*))?$/.exec(arg);
    if (!match) continue;
    const name = match[1] as 'corpus' | 'shards';
    const given = match[2] ?? argv[++i];
    if (given === undefined || given === '' || given.startsWith('--')) problems.push(`--${name} needs a value`);
    else flags[name] = given;
  }
  return flags;
}

/** A whole number of at least 1, or `fallback` when unset. */
function wholeNumber(name: string, text: string | undefined, fallback: number, problems: string[]): number {
  if (text === undefined) return fallback;
  const count = Number(text);
  if (/^\d+$/.test(text) && count >= 1) return count;
  problems.push(`${name} must be a whole number of at least 1, got "${text}"`);
  return fallback;
}

function parseShards(text: string | undefined, problems: string[]): number | 'auto' | undefined {
  if (text === undefined) return undefined;
  if (text === 'auto') return 'auto';
  const count = Number(text);
  if (Number.isInteger(count) && count >= 1) return count;
  problems.push(`SHARDS must be "auto" or a whole number of at least 1, got "${text}"`);
  return undefined;
}
