/**
 * `npm run deploy-commands`: registers exactly the commands in `commands/` with Discord — in one
 * guild when DISCORD_GUILD_ID is set (for development), else globally (for release) — and prints
 * the URL that invites the bot with exactly the scopes and permissions it needs.
 */
import { pathToFileURL } from 'node:url';
import { OAuth2Scopes, PermissionFlagsBits, REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { readConfig } from '../config.ts';
import { BylineError } from '../errors.ts';
import { createLogger } from '../log.ts';
import type { SlashCommand } from './command.ts';
import { loadCommands } from './loadCommands.ts';

/** The part of discord.js's REST client that deployment uses. */
export interface CommandRegistry {
  put(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

export interface DeployTarget {
  applicationId: string;
  /** Guild-scoped registration when set; global otherwise. */
  guildId?: string;
}

/** The JSON Discord receives for the commands, in the given order. */
export function commandsJson(commands: Iterable<SlashCommand>): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [...commands].map((command) => command.data.toJSON());
}

/**
 * Replaces the application's commands (in a guild, or globally) with `commands` — one bulk PUT,
 * so commands removed from `commands/` disappear from Discord too. Returns the route used.
 */
export async function deployCommands(registry: CommandRegistry, target: DeployTarget, commands: Iterable<SlashCommand>): Promise<string> {
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  await registry.put(route, { body: commandsJson(commands) });
  return route;
}

/** The OAuth2 scopes: a bot user, and its slash commands. */
export const INVITE_SCOPES = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands] as const;

/**
 * What the bot does in a channel, and the permission each needs. Slash-command replies need none
 * (they are interaction responses); these are for answering mentions.
 */
export const INVITE_PERMISSIONS = {
  /** See the channels where it is mentioned. */
  ViewChannel: PermissionFlagsBits.ViewChannel,
  /** Reply to a mention (and show "typing…"). */
  SendMessages: PermissionFlagsBits.SendMessages,
  /** Reply to a mention inside a thread. */
  SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads,
  /** Show answers as embeds. */
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
  /** Reply to a message, and read the answer a follow-up replies to. */
  ReadMessageHistory: PermissionFlagsBits.ReadMessageHistory,
} as const;

/** The URL that adds the bot to a server with {@link INVITE_SCOPES} and {@link INVITE_PERMISSIONS}. */
export function inviteUrl(applicationId: string): string {
  const permissions = Object.values(INVITE_PERMISSIONS).reduce((all, flag) => all | flag, 0n);
  const query = new URLSearchParams({ client_id: applicationId, scope: INVITE_SCOPES.join(' '), permissions: permissions.toString() });
  return `https://discord.com/oauth2/authorize?${query}`;
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger({ secrets: config.token ? [config.token] : [] });
  if (!config.token || !config.applicationId) {
    throw new BylineError('deploy-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (the application id on the General Information page).');
  }
  const rest = new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(config.token);
  const commands = await loadCommands();
  const target: DeployTarget = config.guildId ? { applicationId: config.applicationId, guildId: config.guildId } : { applicationId: config.applicationId };
  await deployCommands(rest, target, commands.values());
  logger.info('commands deployed', { commands: [...commands.keys()], scope: config.guildId ? `guild ${config.guildId}` : 'global' });
  process.stdout.write(`Registered ${[...commands.keys()].map((name) => `/${name}`).join(', ')} ${config.guildId ? `in server ${config.guildId}` : 'globally'}.\nInvite the bot with:\n  ${inviteUrl(config.applicationId)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
