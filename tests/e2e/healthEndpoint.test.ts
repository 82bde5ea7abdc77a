/**
 * The health endpoint as the container runs it: `src/main.ts` started as `npm start` starts it
 * (a child process, logged in to the fake Discord, `HEALTH_PORT` set), probed with the very
 * command the Dockerfile's HEALTHCHECK runs.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../helpers/fakeDiscord.ts';
import { SEEDS_DIR } from './harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The command of the Dockerfile's HEALTHCHECK (its exec form), as an argument list. */
async function healthcheckCommand(): Promise<string[]> {
  const dockerfile = await readFile(join(ROOT, 'Dockerfile'), 'utf8');
  const json = /HEALTHCHECK[^\n]*\\\n\s*CMD (\[.*\])/.exec(dockerfile)?.[1];
  if (!json) throw new Error('the Dockerfile has no HEALTHCHECK … CMD [exec form]');
  return JSON.parse(json) as string[];
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('HEALTH_PORT in a running bot', () => {
  let fake: FakeDiscord;
  let root: string;
  let child: ChildProcess;
  let port: number;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ heartbeatIntervalMs: 500 });
    root = await mkdtemp(join(tmpdir(), 'byline-health-'));
    await cp(SEEDS_DIR, join(root, 'corpus'), { recursive: true });
    port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: {
        PATH: process.env['PATH'],
        DISCORD_TOKEN: fake.token,
        DISCORD_API: fake.apiUrl,
        DISCORD_APPLICATION_ID: fake.application.id,
        CORPUS_DIR: join(root, 'corpus'),
        CACHE_DIR: join(root, 'cache'),
        FEEDBACK_FILE: join(root, 'feedback.jsonl'),
        HEALTH_PORT: String(port),
        LOG_LEVEL: 'error',
      },
    });
  }, 30_000);

  afterAll(async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
    await fake.stop();
    await rm(root, { recursive: true, force: true });
  }, 30_000);

  it('reports ready once logged in, and the Dockerfile HEALTHCHECK passes', async () => {
    let response: Response | undefined;
    for (let waited = 0; waited < 20_000 && response?.status !== 200; waited += 200) {
      response = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      if (response?.status !== 200) await sleep(200);
    }
    expect(response?.status).toBe(200);
    expect(await response?.json()).toMatchObject({ ok: true, index: { state: 'ready', articles: 5 }, gateway: { connected: true, status: 'Ready' } });

    const [command, ...args] = await healthcheckCommand();
    expect(command).toBe('node');
    await expect(promisify(execFile)(process.execPath, args, { env: { HEALTH_PORT: String(port) }, timeout: 10_000 })).resolves.toBeDefined();
    await expect(promisify(execFile)(process.execPath, args, { env: { HEALTH_PORT: String(await freePort()) }, timeout: 10_000 })).rejects.toMatchObject({ code: 1 });
  }, 30_000);
});
