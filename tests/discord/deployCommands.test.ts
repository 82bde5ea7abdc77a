import { beforeAll, describe, expect, it } from 'vitest';
import type { SlashCommand } from '../../src/discord/command.ts';
import { PermissionsBitField } from 'discord.js';
import { commandsJson, deployCommands, inviteUrl, type CommandRegistry } from '../../src/discord/deployCommands.ts';
import { loadCommands } from '../../src/discord/loadCommands.ts';

const APP = '400000000000000001';
const GUILD = '300000000000000001';

let commands: Map<string, SlashCommand>;
beforeAll(async () => {
  commands = await loadCommands();
});

function recordingRegistry() {
  const puts: Array<{ route: string; body: unknown }> = [];
  const registry: CommandRegistry = { put: async (route, { body }) => void puts.push({ route, body }) };
  return { registry, puts };
}

describe('deployCommands', () => {
  it('PUTs exactly the loaded commands to the guild when one is given', async () => {
    const { registry, puts } = recordingRegistry();
    await deployCommands(registry, { applicationId: APP, guildId: GUILD }, commands.values());
    expect(puts).toEqual([{ route: `/applications/${APP}/guilds/${GUILD}/commands`, body: commandsJson(commands.values()) }]);
    expect((puts[0]?.body as Array<{ name: string }>).map((command) => command.name)).toEqual([...commands.keys()]);
  });

  it('registers globally without a guild', async () => {
    const { registry, puts } = recordingRegistry();
    await deployCommands(registry, { applicationId: APP }, commands.values());
    expect(puts[0]?.route).toBe(`/applications/${APP}/commands`);
  });
});

describe('inviteUrl', () => {
  it('asks for the bot and its commands, with exactly the permissions mentions need (threads included)', () => {
    const url = new URL(inviteUrl(APP));
    expect(`${url.origin}${url.pathname}`).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe(APP);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    const granted = new PermissionsBitField(BigInt(url.searchParams.get('permissions') ?? '0'));
    expect(granted.toArray().sort()).toEqual(['EmbedLinks', 'ReadMessageHistory', 'SendMessages', 'SendMessagesInThreads', 'ViewChannel']);
  });
});
