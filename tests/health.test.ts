import { afterEach, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { healthOf, startHealthServer, type Health } from '../src/health.ts';

const READY = { builtAt: '2024-08-08T10:00:00.000Z', articles: 5, passages: 70, reindexing: false };
const LOADING = { builtAt: '', articles: 0, passages: 0, reindexing: false };

describe('healthOf', () => {
  it.each([
    { case: 'a loaded index, console face', status: READY, gateway: undefined, ok: true, state: 'ready' },
    { case: 'a loaded index, gateway ready', status: READY, gateway: { connected: true, status: 'Ready' }, ok: true, state: 'ready' },
    { case: 'a loaded index, gateway reconnecting', status: READY, gateway: { connected: false, status: 'Reconnecting' }, ok: false, state: 'ready' },
    { case: 'a reindex running (the old index answers)', status: { ...READY, reindexing: true }, gateway: { connected: true, status: 'Ready' }, ok: true, state: 'reindexing' },
    { case: 'no index yet', status: LOADING, gateway: { connected: true, status: 'Ready' }, ok: false, state: 'loading' },
  ])('$case → ok $ok, index $state', ({ status, gateway, ok, state }) => {
    const health = healthOf(status, gateway);
    expect(health.ok).toBe(ok);
    expect(health.index.state).toBe(state);
    expect(health.gateway).toEqual(gateway);
  });

  it('reports the articles, passages and last reindex', () => {
    expect(healthOf(READY).index).toEqual({ state: 'ready', articles: 5, passages: 70, lastReindex: READY.builtAt });
    expect(healthOf(LOADING).index.lastReindex).toBeUndefined();
  });
});

describe('startHealthServer', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function serve(health: () => Health): Promise<string> {
    server = await startHealthServer(0, health);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('answers GET /health with the report: 200 while answering, 503 otherwise', async () => {
    let current = healthOf(LOADING, { connected: false, status: 'Connecting' });
    const base = await serve(() => current);
    const down = await fetch(`${base}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual(current);

    current = healthOf(READY, { connected: true, status: 'Ready' });
    const up = await fetch(`${base}/health`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ ok: true, index: { state: 'ready', articles: 5, passages: 70, lastReindex: READY.builtAt }, gateway: { connected: true, status: 'Ready' } });
  });

  it('answers other paths 404 and listens on 127.0.0.1 only', async () => {
    const base = await serve(() => healthOf(READY));
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect(server?.address()).toMatchObject({ address: '127.0.0.1' });
  });
});
