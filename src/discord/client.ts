/**
 * The Discord face: a discord.js client wired to the command, button and mention handlers.
 *
 * Intents are Guilds and GuildMessages only — both unprivileged. Messages that mention the app
 * (or reply to it with a ping) carry their content without the privileged Message Content
 * intent, so the bot needs no verification review for mentions to work.
 *
 * Sharding: Discord requires it from 2,500 guilds. Set SHARDS=auto|N (or --shards) and
 * `shard.ts` runs this same entry under a ShardingManager; each shard is one such client.
 */
import { Client, Events, GatewayIntentBits, Status } from 'discord.js';
import type { Config } from '../config.ts';
import { BylineError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { GatewayHealth } from '../health.ts';
import type { Engine } from '../types.ts';
import { rateLimits } from './admission.ts';
import { AnswerStore } from './answerStore.ts';
import type { BotContext, SlashCommand } from './command.ts';
import { loadCommands } from './loadCommands.ts';
import { handleInteraction } from './onInteraction.ts';
import { handleMessage } from './onMessage.ts';
import { NO_MENTIONS } from './reply.ts';
import { exitOnSignals, InFlight, shutDown } from './shutdown.ts';

export interface BotOptions {
  /** The commands to serve; default: those in `commands/`. */
  commands?: ReadonlyMap<string, SlashCommand>;
  /** Default: a store of 1,000 answers kept 6 hours. */
  answers?: AnswerStore;
  /** Tracks running handlers; closing it makes new ones answer "restarting". Default: a new one. */
  inFlight?: InFlight;
}

/**
 * Creates a client wired to the handlers, not yet logged in. The REST base URL comes from
 * `config.apiBase` (a fake Discord in tests); everything the handlers use is injected.
 */
export async function createBot(engine: Engine, config: Config, logger: Logger, options: BotOptions = {}): Promise<Client> {
  const commands = options.commands ?? (await loadCommands());
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: NO_MENTIONS,
    ...(config.apiBase ? { rest: { api: config.apiBase } } : {}),
  });
  const inFlight = options.inFlight ?? new InFlight();
  const ctx: BotContext = {
    engine,
    config,
    logger,
    answers: options.answers ?? new AnswerStore(),
    commands,
    limits: rateLimits(config.rateLimit),
    lifecycle: inFlight,
  };

  client.once(Events.ClientReady, (ready) => {
    logger.info('discord ready', { user: ready.user.tag, guilds: ready.guilds.cache.size, commands: [...commands.keys()] });
  });
  client.on(Events.InteractionCreate, (interaction) => inFlight.track(handleInteraction(interaction, ctx)));
  client.on(Events.MessageCreate, (message) => inFlight.track(handleMessage(message, ctx)));
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord warning', { message }));
  return client;
}

/**
 * Creates the bot, makes SIGINT/SIGTERM shut it down gracefully (see `shutdown.ts`), and logs in
 * with `config.token`; resolves once the login request succeeds.
 */
export async function startDiscord(engine: Engine, config: Config, logger: Logger, options: BotOptions = {}): Promise<Client> {
  if (!config.token) throw new BylineError('DISCORD_TOKEN is not set; the Discord face needs a bot token.');
  const inFlight = options.inFlight ?? new InFlight();
  const client = await createBot(engine, config, logger, { ...options, inFlight });
  exitOnSignals(() => shutDown({ inFlight, destroy: () => client.destroy(), logger }), { logger });
  await client.login(config.token);
  return client;
}

/** The client's gateway connection, for the health endpoint: connected when every shard's session is ready. */
export function gatewayHealth(client: Client): GatewayHealth {
  const waiting = client.ws.shards.find((shard) => shard.status !== Status.Ready);
  const status = waiting?.status ?? client.ws.status;
  return { connected: client.isReady() && waiting === undefined, status: Status[status] ?? String(status) };
}
