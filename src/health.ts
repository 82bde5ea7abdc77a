/**
 * An optional local health endpoint (`HEALTH_PORT`): `GET /health` answers what an operator or a
 * container's HEALTHCHECK needs to know — the index's state, its articles, when it was last
 * built, and whether the Discord gateway is connected. 200 while Byline can answer, else 503.
 * It listens on 127.0.0.1 only: it is for the machine (or container) Byline runs on.
 */
import { createServer, type Server } from 'node:http';
import type { IndexStatus } from './types.ts';

/** The Discord connection as the health report shows it. */
export interface GatewayHealth {
  /** True once the gateway session is ready (and again after a resume). */
  connected: boolean;
  /** discord.js's name for the state: Ready, Connecting, Reconnecting, Resuming, Disconnected… */
  status: string;
}

export interface Health {
  /** True when questions can be answered: an index is loaded and, for the Discord face, the gateway is connected. */
  ok: boolean;
  index: {
    state: 'loading' | 'ready' | 'reindexing';
    articles: number;
    passages: number;
    /** When the index in use was built (ISO), i.e. the last reindex; absent while loading. */
    lastReindex?: string;
  };
  gateway?: GatewayHealth;
}

/** The health report from the engine's status and, when there is one, the gateway's. */
export function healthOf(status: IndexStatus, gateway?: GatewayHealth): Health {
  const loaded = status.builtAt !== '';
  const state = !loaded ? 'loading' : status.reindexing ? 'reindexing' : 'ready';
  return {
    ok: loaded && (gateway?.connected ?? true),
    index: { state, articles: status.articles, passages: status.passages, ...(loaded ? { lastReindex: status.builtAt } : {}) },
    ...(gateway ? { gateway } : {}),
  };
}

/** Serves `GET /health` on 127.0.0.1:`port` (0: any free port); resolves once listening. */
export async function startHealthServer(port: number, health: () => Health): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/health') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found; try GET /health\n');
      return;
    }
    const report = health();
    response.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json' }).end(`${JSON.stringify(report)}\n`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  // A health check must never keep the process alive on its own.
  server.unref();
  return server;
}
