import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DiscordApiError, apiErrors } from './errors.ts';
import { Recorder } from './recorder.ts';

/** The REST API version discord.js 14 speaks; requests arrive under `/api/v10`. */
const API_PREFIX = '/api/v10';

/** One REST request the client made, as the fake saw and answered it. */
export interface RecordedRequest {
  method: string;
  /** The decoded path without `/api/v10` and the query, e.g. `/webhooks/123/abc/messages/@original`. */
  route: string;
  query: Record<string, string>;
  /** The parsed JSON body, or the `payload_json` part of a multipart body; undefined when none. */
  body: unknown;
  /** Names of the files of a multipart body. */
  files: string[];
  /** `Date.now()` when the request arrived. */
  at: number;
  /** The status the fake answered with. */
  status: number;
  /** False for routes the fake does not know (answered 404 `404: Not Found`). */
  matched: boolean;
}

/**
 * A route, either `"METHOD /path"` or `"/path"` (any method), where `:name` and `*` match one
 * segment (`"POST /interactions/:id/:token/callback"`); or a RegExp tested on `"METHOD /path"`.
 */
export type RoutePattern = string | RegExp;

/** A failure to inject into upcoming requests of a route. */
export interface Fault {
  /** HTTP status to answer with, e.g. 429 or 500. */
  status: number;
  /** For 429: seconds to wait, sent as `retry_after` and the `retry-after` header (fractions allowed). */
  retryAfter?: number;
  /** For 429: whether the global limit was hit (adds `x-ratelimit-global`). */
  global?: boolean;
  /** How many consecutive matching requests fail (default 1). */
  times?: number;
}

/** What a route handler gets. */
export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

/** What a route handler answers: 204 carries no body. */
export interface RouteResult {
  status: 200 | 201 | 204;
  body?: unknown;
}

/** A REST route of the fake. `auth: 'bot'` routes need `Authorization: Bot <token>`. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  auth: 'bot' | 'none';
  handle(context: RouteContext): RouteResult | Promise<RouteResult>;
}

interface PendingFault extends Fault {
  pattern: RoutePattern;
  left: number;
}

/** Whether `pattern` matches a request; exported for the fault list and request waits. */
export function matchesRoute(pattern: RoutePattern, method: string, route: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(`${method} ${route}`);
  const [first, second] = pattern.trim().split(/\s+/);
  const [wantedMethod, path] = second === undefined ? [undefined, first ?? ''] : [first, second];
  if (wantedMethod && wantedMethod.toUpperCase() !== method) return false;
  return matchPath(path, route) !== null;
}

function matchPath(template: string, route: string): Record<string, string> | null {
  const want = template.split('/');
  const got = route.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const actual = got[i] ?? '';
    if (segment === '*' || (segment.startsWith(':') && actual !== '')) params[segment.slice(1)] = actual;
    else if (segment !== actual) return null;
  }
  return params;
}

/** The REST half of the fake: an HTTP server on 127.0.0.1 that routes, records and injects faults. */
export class FakeRestServer {
  readonly requests = new Recorder<RecordedRequest>((r) => `${r.method} ${r.route} → ${r.status}`);
  readonly #faults: PendingFault[] = [];

  private constructor(
    private readonly server: Server,
    private readonly routes: readonly Route[],
    private readonly token: string,
  ) {}

  static async start(routes: readonly Route[], token: string): Promise<FakeRestServer> {
    const server = createServer();
    const rest = new FakeRestServer(server, routes, token);
    server.on('request', (req, res) => void rest.#handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return rest;
  }

  /** The base url for discord.js's `rest.api` option. */
  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  /** Makes the next `fault.times` requests matching `pattern` fail. */
  failNext(pattern: RoutePattern, fault: Fault): void {
    this.#faults.push({ ...fault, pattern, left: fault.times ?? 1 });
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.split('/').map(decodeURIComponent).join('/');
    const route = path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path;
    const { body, files } = await readBody(req);
    const record = (status: number, matched: boolean): void =>
      this.requests.push({ method, route, query: Object.fromEntries(url.searchParams), body, files, at, status, matched });

    const fault = this.#takeFault(method, route);
    if (fault) {
      record(fault.status, true);
      return sendFault(res, fault, route);
    }
    const found = path.startsWith(API_PREFIX) ? this.#find(method, route) : undefined;
    if (!found) {
      record(404, false);
      return sendJson(res, 404, apiErrors.notFound().body());
    }
    const [handler, params] = found;
    try {
      if (handler.auth === 'bot' && req.headers.authorization !== `Bot ${this.token}`) throw apiErrors.unauthorized();
      const result = await handler.handle({ params, query: url.searchParams, body });
      record(result.status, true);
      sendJson(res, result.status, result.body, rateLimitHeaders(method, handler));
    } catch (error) {
      const known = error instanceof DiscordApiError;
      record(known ? error.status : 500, true);
      sendJson(res, known ? error.status : 500, known ? error.body() : { message: '500: Internal Server Error', code: 0 });
      // A bug of the fake itself: answer so the client does not hang, then fail loudly.
      if (!known) throw error;
    }
  }

  #find(method: string, route: string): [Route, Record<string, string>] | undefined {
    for (const candidate of this.routes) {
      if (candidate.method !== method) continue;
      const params = matchPath(candidate.path, route);
      if (params) return [candidate, params];
    }
    return undefined;
  }

  #takeFault(method: string, route: string): PendingFault | undefined {
    const fault = this.#faults.find((f) => f.left > 0 && matchesRoute(f.pattern, method, route));
    if (fault) fault.left -= 1;
    return fault;
  }
}

async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: string[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const json = form.get('payload_json');
    const files = [...form.values()].flatMap((v) => (typeof v === 'string' ? [] : [(v as Blob & { name: string }).name]));
    return { body: typeof json === 'string' ? JSON.parse(json) : undefined, files };
  }
  const text = raw.toString('utf8');
  return { body: type.startsWith('application/json') ? JSON.parse(text) : text, files: [] };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Discord's 429 (`{ message, retry_after, global }` + `retry-after`, `x-ratelimit-*`) or a plain error. */
function sendFault(res: ServerResponse, fault: Fault, route: string): void {
  if (fault.status !== 429) {
    const body = fault.status >= 500 ? { message: 'Internal Server Error', code: 0 } : { message: `${fault.status}: Injected by FakeDiscord`, code: 0 };
    return sendJson(res, fault.status, body);
  }
  const retryAfter = fault.retryAfter ?? 1;
  const headers: Record<string, string> = {
    'retry-after': String(retryAfter),
    'x-ratelimit-scope': fault.global ? 'global' : 'user',
  };
  if (fault.global) headers['x-ratelimit-global'] = 'true';
  else
    Object.assign(headers, {
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': ((Date.now() + retryAfter * 1000) / 1000).toFixed(3),
      'x-ratelimit-reset-after': retryAfter.toFixed(3),
      'x-ratelimit-bucket': bucketHash(route),
    });
  sendJson(res, 429, { message: 'You are being rate limited.', retry_after: retryAfter, global: fault.global ?? false, code: 0 }, headers);
}

/**
 * Generous bucket headers like Discord's on every bot route. @discordjs/rest tolerates their
 * absence, but sending them exercises its bucket bookkeeping as in production.
 */
function rateLimitHeaders(method: string, route: Route): Record<string, string> {
  if (route.auth === 'none') return {};
  return {
    'x-ratelimit-limit': '50',
    'x-ratelimit-remaining': '49',
    'x-ratelimit-reset': ((Date.now() + 1000) / 1000).toFixed(3),
    'x-ratelimit-reset-after': '1.000',
    'x-ratelimit-bucket': bucketHash(`${method} ${route.path}`),
  };
}

function bucketHash(key: string): string {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
