/**
 * A small structured logger: one JSON object per line on stderr, so stdout stays free for a
 * CLI's output. Secrets (the bot token) and the machine's absolute paths never reach a log line.
 */
import { homedir } from 'node:os';
import { PROJECT_ROOT as PROJECT_FOLDER } from './projectRoot.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Extra data for a log line. Errors are serialised to name, message and a redacted stack. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  /** Lines below this level are dropped. Default `info`. */
  level?: LogLevel;
  /** Strings that must never be logged, e.g. the bot token; each is replaced by `[redacted]`. */
  secrets?: readonly string[];
  /** Where a finished line goes. Default: stderr. */
  write?: (line: string) => void;
  /** Clock, for deterministic tests. */
  now?: () => Date;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

// The project root (src/..) and the home folder: paths under them are logged relative.
const PROJECT_ROOT = PROJECT_FOLDER.replace(/[\\/]$/, '');

/** Creates a logger that writes JSON lines (`{"time","level","msg",...fields}`) to stderr. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const redact = redactor(options.secrets ?? []);

  const log = (level: LogLevel) => (message: string, fields: LogFields = {}) => {
    if (RANK[level] < threshold) return;
    const line = JSON.stringify({ time: now().toISOString(), level, msg: message, ...fields }, serialise);
    write(redact(line));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that drops everything, for tests that do not look at logs. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function serialise(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** Replaces secrets and rewrites absolute paths under the project or home folder. */
function redactor(secrets: readonly string[]): (line: string) => string {
  const replacements: Array<[string, string]> = [
    ...secrets.filter((secret) => secret.length >= 8).map((secret): [string, string] => [secret, '[redacted]']),
    [`file://${PROJECT_ROOT}/`, ''],
    [`${PROJECT_ROOT}/`, ''],
    [PROJECT_ROOT, '.'],
    // A home of "/" (some containers) would turn every path into "~".
    ...(homedir().length > 1 ? [[homedir(), '~'] as [string, string]] : []),
  ];
  return (line) => replacements.reduce((text, [from, to]) => text.split(from).join(to), line);
}
