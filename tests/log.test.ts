import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function capture(options: Parameters<typeof createLogger>[0] = {}) {
  const lines: string[] = [];
  const logger = createLogger({ now: () => new Date('2024-01-02T03:04:05Z'), write: (line) => lines.push(line), ...options });
  return { logger, lines };
}

describe('createLogger', () => {
  it('writes one JSON object per line with time, level, message and fields', () => {
    const { logger, lines } = capture();
    logger.info('ready', { guilds: 3 });
    expect(lines.map((line) => JSON.parse(line))).toEqual([{ time: '2024-01-02T03:04:05.000Z', level: 'info', msg: 'ready', guilds: 3 }]);
  });

  it('drops lines below the level', () => {
    const { logger, lines } = capture({ level: 'warn' });
    logger.info('hidden');
    logger.warn('shown');
    expect(lines).toHaveLength(1);
  });

  it('never logs a secret or an absolute project path', () => {
    const token = 'MTIzNDU2.secret-token-value';
    const { logger, lines } = capture({ secrets: [token] });
    const error = new Error(`login failed with ${token} reading ${ROOT}seeds/a.txt`);
    logger.error('failed', { error });
    expect(lines[0]).not.toContain(token);
    expect(lines[0]).not.toContain(ROOT);
    expect(JSON.parse(lines[0] ?? '{}').error.message).toBe('login failed with [redacted] reading seeds/a.txt');
  });
});
