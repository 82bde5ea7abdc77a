/**
 * A small, protocol-faithful fake Discord for end-to-end tests: the REAL discord.js v14 `Client`
 * logs in to it over 127.0.0.1 — REST API v10 over HTTP, gateway v10 (JSON, uncompressed) over
 * WebSocket — and tests drive users, read what the bot sent, and inject faults.
 *
 * ```ts
 * const fake = await FakeDiscord.start({ heartbeatIntervalMs: 500 });
 * const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages], ...fake.clientOptions });
 * await client.login(fake.token);                       // READY, then GUILD_CREATE of the one guild
 * const run = fake.sendCommand({ name: 'who', options: { query: 'mayor' }, user: 'moderator' });
 * (await run.reply()).type;                              // 5 if the bot deferred, 4 if it replied
 * (await run.final()).content;                           // the @original message after its edits
 * await fake.waitForRequest('POST /channels/:id/messages'); // or any request, by pattern or predicate
 * await client.destroy(); await fake.stop();
 * ```
 *
 * What the client needs: only `rest.api` changes (`fake.clientOptions` = `{ rest: { api } }`).
 * discord.js asks `GET /gateway/bot` for the gateway url and connects there with `?v=10&encoding=json`
 * (it asks for `compress=zlib-stream` only when `zlib-sync` is installed; the fake refuses that with a
 * recorded protocol error). After a resumable close it reconnects 500 ms later to READY's
 * `resume_gateway_url` (`ws://127.0.0.1:PORT/resume`) and sends RESUME. discord.js fetches nothing
 * else at login (no CDN), so nothing leaves 127.0.0.1.
 *
 * The world: one application whose bot user is `fake.bot`; one guild `fake.guild` with one text
 * channel `fake.channel` (#general), roles `@everyone`, `Moderator` (Manage Guild + Manage Messages)
 * and the bot's managed role; members for the personas `'moderator'`, `'member'` (no special
 * permissions) and `'otherBot'` (another bot), plus the bot. The guild owner is nobody of these.
 *
 * Faithful details worth knowing when writing tests:
 * - Bot routes need `Authorization: Bot <token>` (401 otherwise); interaction callbacks and
 *   interaction webhooks need none, as on Discord. Unknown routes answer 404 `{ message, code: 0 }`
 *   and are recorded with `matched: false` (see {@link FakeDiscord.unknownRequests}).
 * - An interaction may be answered once (then 400, code 40060) and within `interactionDeadlineMs`
 *   of its dispatch (then 404, code 10062); every attempt is in `handle.callbacks` with `elapsedMs`.
 * - Bodies are checked against Discord's limits (content 2000, 10 embeds, embed fields, 25 choices,
 *   command names …) and refused with 400 `Invalid Form Body` (50035) naming the field.
 * - The gateway honours intents: MESSAGE_CREATE/UPDATE need GuildMessages; without the privileged
 *   MessageContent intent, content is blanked unless the message mentions the bot (as on Discord);
 *   GUILD_CREATE lists only the bot's member unless GuildMembers was requested; privileged intents
 *   not enabled with `privilegedIntents` close the gateway with 4014.
 * - The bot's own non-ephemeral messages come back as MESSAGE_CREATE, as on Discord.
 */
import { GatewayIntentBits, InteractionType, type APIMessage, type GatewayOpcodes } from 'discord.js';
import { CommandStore } from './fakeDiscord/commands.ts';
import { FakeGateway, type GatewayConnection, type ReceivedFrame } from './fakeDiscord/gateway.ts';
import { FakeRestServer, matchesRoute, type Fault, type RecordedRequest, type RoutePattern } from './fakeDiscord/http.ts';
import {
  buildInteraction,
  buttonData,
  commandData,
  commandOptions,
  type InteractionOrigin,
  type OptionValue,
  type StoredCommand,
} from './fakeDiscord/interactionPayloads.ts';
import { InteractionStore, type InteractionHandle } from './fakeDiscord/interactions.ts';
import { MessageStore, gatewayMessage } from './fakeDiscord/messages.ts';
import type { WaitOptions } from './fakeDiscord/recorder.ts';
import { restRoutes } from './fakeDiscord/restRoutes.ts';
import { randomToken } from './fakeDiscord/snowflake.ts';
import { createWorld, type Persona, type World } from './fakeDiscord/world.ts';

export type { CallbackRecord, InteractionHandle } from './fakeDiscord/interactions.ts';
export type { Fault, RecordedRequest, RoutePattern } from './fakeDiscord/http.ts';
export type { GatewayConnection, ReceivedFrame } from './fakeDiscord/gateway.ts';
export type { InteractionOrigin, OptionValue, StoredCommand } from './fakeDiscord/interactionPayloads.ts';
export type { WaitOptions } from './fakeDiscord/recorder.ts';
export type { Persona } from './fakeDiscord/world.ts';

/** Options of {@link FakeDiscord.start}; every one has a default that suits fast tests. */
export interface FakeDiscordOptions {
  /** The bot token the fake accepts (default: a random one; read it back from `fake.token`). */
  token?: string;
  /** HELLO's `heartbeat_interval` (default 1000 ms; Discord's is ~41 s). */
  heartbeatIntervalMs?: number;
  /** How long after dispatch an interaction may still be answered (default 3000 ms, as on Discord). */
  interactionDeadlineMs?: number;
  /** Privileged intents enabled "in the developer portal" (default none). */
  privilegedIntents?: number;
  /** When true, `sendCommand`/`sendAutocomplete` refuse commands the bot did not register. */
  requireRegisteredCommands?: boolean;
  /** The guild's name (default `'Newsroom'`) and locale (default `'en-US'`). */
  guildName?: string;
  locale?: string;
}

/** What a slash command or autocomplete dispatch needs. */
export interface CommandInput extends InteractionOrigin {
  name: string;
  /** Option values by name (string, integer, number, boolean); types come from the registered command. */
  options?: Record<string, OptionValue>;
}

/** What a member's message needs. Mentions are parsed from `content` (`<@id>`, `<@&id>`), as Discord does. */
export interface MessageInput {
  content: string;
  /** The author (default `'member'`); `'otherBot'` is a bot user. */
  author?: Persona;
  /** The message this one replies to (its author is then mentioned unless `replyPing: false`). */
  referencedMessage?: APIMessage | string;
  replyPing?: boolean;
}

/** A fake Discord on 127.0.0.1 for the real discord.js client. See the file's documentation. */
export class FakeDiscord {
  readonly token: string;
  readonly #world: World;
  readonly #messages: MessageStore;
  readonly #commands: CommandStore;
  readonly #interactions: InteractionStore;
  readonly #options: FakeDiscordOptions;
  #rest!: FakeRestServer;
  #gateway!: FakeGateway;

  private constructor(options: FakeDiscordOptions) {
    this.#options = options;
    this.token = options.token ?? `${randomToken(18)}.${randomToken(5)}.${randomToken(27)}`;
    this.#world = createWorld({ guildName: options.guildName ?? 'Newsroom', locale: options.locale ?? 'en-US' });
    this.#messages = new MessageStore(this.#world);
    this.#commands = new CommandStore(this.#world);
    const publish = (event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: APIMessage): void => this.#publish(event, message);
    this.#interactions = new InteractionStore(this.#world, this.#messages, publish, options.interactionDeadlineMs ?? 3000);
  }

  /** Starts the REST and gateway servers on random free ports of 127.0.0.1. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    const routes = [
      ...restRoutes({ world: fake.#world, messages: fake.#messages, publish: (e, m) => fake.#publish(e, m), gatewayUrl: () => fake.#gateway.url }),
      ...fake.#commands.routes(),
      ...fake.#interactions.routes(),
    ];
    fake.#rest = await FakeRestServer.start(routes, fake.token);
    fake.#gateway = await FakeGateway.start(fake.#world, {
      token: fake.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
      privilegedIntents: options.privilegedIntents ?? 0,
    });
    return fake;
  }

  /** Closes every connection and both servers. Destroy the client first. */
  async stop(): Promise<void> {
    await Promise.all([this.#gateway.stop(), this.#rest.stop()]);
  }

  // ── The world ────────────────────────────────────────────────────────────────

  /** The REST base url, e.g. `http://127.0.0.1:PORT/api` (discord.js appends `/v10`). */
  get apiUrl(): string {
    return this.#rest.apiUrl;
  }

  /** Spread into `new Client({ intents, ...fake.clientOptions })`. */
  get clientOptions(): { rest: { api: string } } {
    return { rest: { api: this.apiUrl } };
  }

  get application(): World['application'] {
    return this.#world.application;
  }

  get bot(): World['bot'] {
    return this.#world.bot;
  }

  /** `<@botId>`, to mention the bot in {@link FakeDiscord.sendMessage}. */
  get botMention(): string {
    return `<@${this.#world.bot.id}>`;
  }

  get guild(): World['guild'] {
    return this.#world.guild;
  }

  get channel(): World['channel'] {
    return this.#world.channel;
  }

  get roles(): World['roles'] {
    return this.#world.roles;
  }

  /** The persona users: `moderator`, `member`, `otherBot`. */
  get users(): World['users'] {
    return this.#world.users;
  }

  /** Commands registered with `PUT …/commands`: global, or of a guild. */
  registeredCommands(guildId?: string): readonly StoredCommand[] {
    return guildId === undefined ? this.#commands.global : this.#commands.guild(guildId);
  }

  /** Any message the fake knows (sent by a test or by the bot), by id. */
  message(id: string): APIMessage | undefined {
    return this.#messages.get(id);
  }

  // ── REST: records and faults ─────────────────────────────────────────────────

  /** Every REST request, in arrival order. */
  get requests(): readonly RecordedRequest[] {
    return this.#rest.requests.items;
  }

  /** Requests to routes the fake does not implement (answered 404). */
  get unknownRequests(): readonly RecordedRequest[] {
    return this.requests.filter((r) => !r.matched);
  }

  /**
   * Resolves with the first request (from `fromIndex`, default 0: earlier ones count too, so there is
   * no race) that matches a route pattern (`'PATCH /webhooks/:app/:token/messages/@original'`) or a
   * predicate; rejects after `timeoutMs` (default 2000) with what was received instead.
   */
  waitForRequest(match: RoutePattern | ((request: RecordedRequest) => boolean), options?: WaitOptions): Promise<RecordedRequest> {
    const test = typeof match === 'function' ? match : (r: RecordedRequest) => matchesRoute(match, r.method, r.route);
    const wanted = typeof match === 'function' ? `request matching ${match.name || 'the predicate'}` : String(match);
    return this.#rest.requests.waitFor(test, wanted, options);
  }

  /**
   * Answers the next matching request(s) with a failure instead of handling them. A 429 is
   * Discord's: body `{ message, retry_after, global }`, headers `retry-after`, `x-ratelimit-*`;
   * @discordjs/rest waits `retryAfter` (+ its 50 ms offset) and retries.
   */
  failNext(pattern: RoutePattern, fault: Fault): void {
    this.#rest.failNext(pattern, fault);
  }

  // ── Gateway ──────────────────────────────────────────────────────────────────

  /** Every payload the client sent on the gateway (IDENTIFY, RESUME, heartbeats, …). */
  get gatewayFrames(): readonly ReceivedFrame[] {
    return this.#gateway.received.items;
  }

  /** Every gateway connection, with its path (`/` or `/resume`) and query. */
  get gatewayConnections(): readonly GatewayConnection[] {
    return this.#gateway.connections;
  }

  /** Gateway protocol violations by the client; a healthy run leaves this empty. */
  get protocolErrors(): readonly string[] {
    return this.#gateway.protocolErrors;
  }

  /** Whether an identified or resumed client is attached now. */
  get clientConnected(): boolean {
    return this.#gateway.connected;
  }

  /** Waits for the client to send a gateway opcode (e.g. `GatewayOpcodes.Resume`). */
  waitForGatewayOp(op: GatewayOpcodes, options?: WaitOptions): Promise<ReceivedFrame> {
    return this.#gateway.received.waitFor((f) => f.op === op, `gateway op ${op}`, options);
  }

  /**
   * Closes the client's gateway connection with `code` (default 4000, unknown error: resumable).
   * Until the client resumes (~500 ms later), dispatches — `sendCommand`, `sendMessage`, … — are
   * kept and replayed after RESUME, exactly as Discord does; this is how to dispatch while the
   * client is disconnected.
   */
  closeGateway(code = 4000): void {
    this.#gateway.close(code);
  }

  /** Sends a raw dispatch (op 0) with the next sequence number. */
  dispatch(event: string, data: unknown): void {
    this.#gateway.dispatch(event, data);
  }

  // ── Users acting ─────────────────────────────────────────────────────────────

  /** A user runs a slash command: INTERACTION_CREATE type 2. Returns the handle to await answers. */
  sendCommand({ name, options = {}, ...origin }: CommandInput): InteractionHandle {
    const command = this.#command(name);
    const data = commandData(name, command, commandOptions(options, command));
    return this.#dispatchInteraction(buildInteraction(this.#world, InteractionType.ApplicationCommand, data, origin));
  }

  /** A user types in option `focused` of a command: INTERACTION_CREATE type 4 (answered with type 8). */
  sendAutocomplete({ name, options = {}, focused, ...origin }: CommandInput & { focused: string }): InteractionHandle {
    if (!(focused in options)) throw new Error(`FakeDiscord: sendAutocomplete: focused option "${focused}" is not among options`);
    const command = this.#command(name);
    const data = commandData(name, command, commandOptions(options, command, focused));
    return this.#dispatchInteraction(buildInteraction(this.#world, InteractionType.ApplicationCommandAutocomplete, data, origin));
  }

  /** A user presses a button of a message the bot sent: INTERACTION_CREATE type 3, component type 2. */
  pressButton({ customId, message, ...origin }: InteractionOrigin & { customId: string; message: APIMessage | string }): InteractionHandle {
    const attached = this.#messages.get(typeof message === 'string' ? message : message.id);
    if (!attached) throw new Error(`FakeDiscord: pressButton: message ${typeof message === 'string' ? message : message.id} is unknown; pass one the bot sent`);
    const built = buildInteraction(this.#world, InteractionType.MessageComponent, buttonData(attached, customId), origin, {
      message: gatewayMessage(this.#world, attached, true),
    });
    return this.#dispatchInteraction(built, attached.id);
  }

  /**
   * A user posts in #general: MESSAGE_CREATE, delivered as the client's intents allow. Returns the
   * message as stored (full content).
   */
  sendMessage({ content, author = 'member', referencedMessage, replyPing }: MessageInput): APIMessage {
    const referencedId = typeof referencedMessage === 'string' ? referencedMessage : referencedMessage?.id;
    const referenced = referencedId === undefined ? undefined : this.#messages.get(referencedId);
    if (referencedId !== undefined && !referenced) throw new Error(`FakeDiscord: sendMessage: referenced message ${referencedId} is unknown`);
    const message = this.#messages.create({ channelId: this.#world.channel.id, author: this.#world.users[author], content, referenced, replyPing });
    this.#publish('MESSAGE_CREATE', message);
    return message;
  }

  #command(name: string): StoredCommand | undefined {
    const command = this.#commands.find(name);
    if (!command && this.#options.requireRegisteredCommands) {
      const known = [...this.#commands.guild(this.#world.guild.id), ...this.#commands.global].map((c) => c.name);
      throw new Error(`FakeDiscord: command /${name} is not registered (registered: ${known.join(', ') || 'none'})`);
    }
    return command;
  }

  #dispatchInteraction(built: ReturnType<typeof buildInteraction>, attachedMessageId: string | null = null): InteractionHandle {
    const handle = this.#interactions.add(built, attachedMessageId);
    this.#gateway.dispatch('INTERACTION_CREATE', built.payload);
    return handle;
  }

  /** Message events reach the client only with the GuildMessages intent, and only once it logged in. */
  #publish(event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: APIMessage): void {
    const intents = this.#gateway.intents;
    if (!(intents & GatewayIntentBits.GuildMessages)) return;
    this.#gateway.dispatch(event, gatewayMessage(this.#world, message, (intents & GatewayIntentBits.MessageContent) !== 0));
  }
}
