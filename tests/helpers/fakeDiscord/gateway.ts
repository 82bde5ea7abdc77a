import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayIntentBits, GatewayOpcodes } from 'discord.js';
import { WebSocketServer, type WebSocket } from 'ws';
import { Recorder } from './recorder.ts';
import { randomToken } from './snowflake.ts';
import { guildCreatePayload, type World } from './world.ts';

/** A payload the client sent on the gateway. */
export interface ReceivedFrame {
  op: number;
  d: unknown;
  at: number;
  /** Which connection it came on (index into {@link FakeGateway.connections}). */
  connection: number;
}

/** One WebSocket connection the client opened. */
export interface GatewayConnection {
  /** `/` for the `GET /gateway/bot` url, `/resume` for READY's `resume_gateway_url`. */
  path: string;
  query: Record<string, string>;
  at: number;
}

interface DispatchFrame {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  intents: number;
  sequence: number;
  /** Every dispatch of the session, kept for replay on RESUME. */
  log: DispatchFrame[];
  /** The authenticated socket, or null while the client is away (dispatches then wait in the log). */
  socket: WebSocket | null;
  resumable: boolean;
}

const PRIVILEGED_INTENTS = GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;
/** Close codes after which Discord refuses to resume the session. */
const SESSION_ENDING_CLOSE_CODES = new Set([1000, 1001, 4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014]);

export interface GatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  /** Privileged intents "enabled in the developer portal"; identifying with others closes with 4014. */
  privilegedIntents: number;
}

/** The gateway half of the fake: a `ws` server speaking Discord's v10 JSON protocol on 127.0.0.1. */
export class FakeGateway {
  /** Every payload the client sent, in order. */
  readonly received = new Recorder<ReceivedFrame>((f) => GatewayOpcodes[f.op] ?? `op ${f.op}`);
  readonly connections: GatewayConnection[] = [];
  /** Protocol violations by the client (bad query, unknown op, …); a healthy run leaves this empty. */
  readonly protocolErrors: string[] = [];
  #session: Session | null = null;
  readonly #sockets = new Set<WebSocket>();

  private constructor(
    private readonly world: World,
    private readonly options: GatewayOptions,
    private readonly server: Server,
    private readonly wss: WebSocketServer,
  ) {}

  static async start(world: World, options: GatewayOptions): Promise<FakeGateway> {
    const server = createServer((_req, res) => res.writeHead(426).end());
    const wss = new WebSocketServer({ server });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const gateway = new FakeGateway(world, options, server, wss);
    wss.on('connection', (socket, request) => gateway.#accept(socket, request.url ?? '/'));
    return gateway;
  }

  /** The url `GET /gateway/bot` hands out. */
  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** READY's `resume_gateway_url`: a distinct path, so tests can see the client used it. */
  get resumeUrl(): string {
    return `${this.url}/resume`;
  }

  /** The intents of the current session (0 before IDENTIFY). */
  get intents(): number {
    return this.#session?.intents ?? 0;
  }

  /** Whether an authenticated client is attached right now. */
  get connected(): boolean {
    return this.#session?.socket != null;
  }

  /**
   * Sends a dispatch (op 0) with the next sequence number, or, while the client is away, keeps it
   * for the replay that follows a RESUME.
   */
  dispatch(t: string, d: unknown): void {
    const session = this.#session;
    if (!session) throw new Error(`FakeDiscord: cannot dispatch ${t}: no gateway session yet; log the client in first`);
    const frame: DispatchFrame = { op: 0, t, s: ++session.sequence, d };
    session.log.push(frame);
    if (session.socket) this.#send(session.socket, frame);
  }

  /**
   * Closes the client's connection with `code` as Discord would. The session stays resumable unless
   * the code ends it (4004, 4007, 4009–4014); dispatches sent meanwhile are replayed on RESUME.
   */
  close(code: number, reason = 'FakeDiscord: closed by test'): void {
    const session = this.#session;
    const socket = session?.socket;
    if (!session || !socket) throw new Error('FakeDiscord: cannot close the gateway: no client is connected');
    session.socket = null;
    if (SESSION_ENDING_CLOSE_CODES.has(code)) session.resumable = false;
    socket.close(code, reason);
  }

  async stop(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  #accept(socket: WebSocket, url: string): void {
    const parsed = new URL(url, 'ws://127.0.0.1');
    const connection = this.connections.length;
    const query = Object.fromEntries(parsed.searchParams);
    this.connections.push({ path: parsed.pathname, query, at: Date.now() });
    this.#sockets.add(socket);
    socket.on('close', (code) => this.#onClose(socket, code));
    const queryProblem =
      query.v !== '10' ? [4012, `expected ?v=10, got ${query.v ?? 'none'}`] as const
      : query.encoding !== 'json' ? [4002, `expected ?encoding=json, got ${query.encoding ?? 'none'}`] as const
      : query.compress !== undefined ? [4012, `compress=${query.compress} is not supported; the fake speaks plain JSON (uninstall zlib-sync)`] as const
      : null;
    if (queryProblem) {
      this.protocolErrors.push(`FakeDiscord: gateway connection ${url}: ${queryProblem[1]}`);
      socket.close(queryProblem[0], queryProblem[1].slice(0, 120));
      return;
    }
    let authenticated = false;
    socket.on('message', (raw, isBinary) => {
      const frame = isBinary ? null : safeParse(raw.toString());
      if (!frame) {
        this.protocolErrors.push('FakeDiscord: the client sent a payload that is not JSON text');
        socket.close(4002, 'Error while decoding payload.');
        return;
      }
      this.received.push({ op: frame.op, d: frame.d, at: Date.now(), connection });
      if (frame.op === GatewayOpcodes.Heartbeat) return this.#send(socket, { op: GatewayOpcodes.HeartbeatAck });
      if (frame.op === GatewayOpcodes.Identify || frame.op === GatewayOpcodes.Resume) {
        if (authenticated) return socket.close(4005, 'Already authenticated.');
        authenticated = true;
        return frame.op === GatewayOpcodes.Identify ? this.#identify(socket, frame.d) : this.#resume(socket, frame.d);
      }
      if (!authenticated) return socket.close(4003, 'Not authenticated.');
      if (!(frame.op in GatewayOpcodes)) {
        this.protocolErrors.push(`FakeDiscord: unknown gateway opcode ${frame.op}`);
        socket.close(4001, 'Unknown opcode.');
      }
      // Presence, voice and member requests are accepted and ignored: the bot has no use for them.
    });
    this.#send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
  }

  #identify(socket: WebSocket, d: unknown): void {
    // `compress: true` (per-payload zlib) is ignored: plain JSON text is valid for such clients too.
    const identify = (d ?? {}) as { token?: string; intents?: number };
    if (identify.token !== this.options.token) return socket.close(4004, 'Authentication failed.');
    const intents = identify.intents ?? 0;
    if (intents & PRIVILEGED_INTENTS & ~this.options.privilegedIntents) return socket.close(4014, 'Disallowed intent(s).');
    this.#session = {
      id: randomToken(16),
      intents,
      sequence: 0,
      log: [],
      socket,
      resumable: true,
    };
    const { application, bot, guild } = this.world;
    this.dispatch('READY', {
      v: 10,
      user: { ...bot, verified: true, mfa_enabled: false, flags: 0 },
      application: { id: application.id, flags: application.flags },
      guilds: [{ id: guild.id, unavailable: true }],
      session_id: this.#session.id,
      resume_gateway_url: this.resumeUrl,
      session_type: 'normal',
      shard: [0, 1],
      private_channels: [],
      presences: [],
      relationships: [],
      user_settings: {},
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      _trace: ['fake-discord'],
    });
    this.dispatch('GUILD_CREATE', guildCreatePayload(this.world, (intents & GatewayIntentBits.GuildMembers) !== 0));
  }

  #resume(socket: WebSocket, d: unknown): void {
    const resume = (d ?? {}) as { token?: string; session_id?: string; seq?: number };
    if (resume.token !== this.options.token) return socket.close(4004, 'Authentication failed.');
    const session = this.#session;
    if (!session || session.id !== resume.session_id || !session.resumable) {
      return this.#send(socket, { op: GatewayOpcodes.InvalidSession, d: false });
    }
    const missed = session.log.filter((frame) => frame.s > (resume.seq ?? 0));
    for (const frame of missed) this.#send(socket, frame);
    session.socket = socket;
    this.dispatch('RESUMED', { _trace: ['fake-discord'] });
  }

  #onClose(socket: WebSocket, code: number): void {
    this.#sockets.delete(socket);
    const session = this.#session;
    if (session?.socket !== socket) return;
    session.socket = null;
    if (SESSION_ENDING_CLOSE_CODES.has(code)) session.resumable = false;
  }

  #send(socket: WebSocket, frame: object): void {
    socket.send(JSON.stringify(frame));
  }
}

function safeParse(text: string): { op: number; d: unknown } | null {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && typeof (value as { op?: unknown }).op === 'number'
      ? (value as { op: number; d: unknown })
      : null;
  } catch {
    return null;
  }
}
