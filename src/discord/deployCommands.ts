/**
 * `npm run deploy-commands`: registers exactly the commands in `commands/` with Discord — in one
 * guild when DISCORD_GUILD_ID is set (instant, for development), else globally (for release).
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
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
  logger.info('commands deployed', { commands: [...commands.keys()], scope: config.guildId ? `guild ${config.guildId}` : 'global (may take up to an hour to appear)' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
