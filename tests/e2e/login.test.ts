/**
 * Logging in and registering commands, through the real discord.js client and the real
 * `deploy-commands` script, against the fake Discord.
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { GatewayIntentBits, GatewayOpcodes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteUrl } from '../../src/discord/deployCommands.ts';
import type { SlashCommand } from '../../src/discord/command.ts';
import { FakeDiscord } from '../helpers/fakeDiscord.ts';
import { useSeedCorpus } from './harness.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMMANDS_DIR = new URL('../../commands/', import.meta.url);

/** The command definitions as the files in `commands/` declare them, read without Byline's loader. */
async function definitionsInCommandsFolder(): Promise<Array<Record<string, unknown>>> {
  const files = (await readdir(COMMANDS_DIR)).filter((file) => file.endsWith('.ts')).sort();
  const modules = await Promise.all(files.map(async (file) => (await import(new URL(file, COMMANDS_DIR).href)) as { default: SlashCommand }));
  // Through JSON, as the request body goes: undefined fields disappear.
  return modules.map((module) => JSON.parse(JSON.stringify(module.default.data.toJSON())) as Record<string, unknown>);
}

/** Runs `npm run deploy-commands`'s script in a child process, pointed at the fake. */
async function runDeployCommands(fake: FakeDiscord, guildId?: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/discord/deployCommands.ts'], {
    cwd: PROJECT_ROOT,
    timeout: 15_000,
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: fake.token,
      DISCORD_API: fake.apiUrl,
      DISCORD_APPLICATION_ID: fake.application.id,
      // Empty rather than absent, so that a developer's .env cannot turn a global deploy into a guild one.
      DISCORD_GUILD_ID: guildId ?? '',
      GUILD_ID: '',
    },
  });
  return stdout;
}

describe('login', () => {
  const { startFor } = useSeedCorpus();

  it('reaches ready with the guild and its channel cached, asking only for unprivileged intents', async () => {
    const bot = await startFor();
    const { client, fake } = bot;

    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(fake.bot.id);
    expect(client.guilds.cache.get(fake.guild.id)?.channels.cache.has(fake.channel.id)).toBe(true);
    const identify = fake.gatewayFrames.find((frame) => frame.op === GatewayOpcodes.Identify)?.d as { intents: number; token: string };
    expect(identify.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages);
    expect(identify.token).toBe(fake.token);
    expect(fake.protocolErrors).toEqual([]);
    expect(fake.unknownRequests).toEqual([]);
    expect(bot.logs).toContainEqual(expect.objectContaining({ level: 'info', msg: 'discord ready', guilds: 1 }));
  });
});

describe('deploy-commands', () => {
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(() => fake.stop());

  it.each([
    { scope: 'in the development guild', guild: true },
    { scope: 'globally', guild: false },
  ])('registers exactly the commands/ definitions $scope', async ({ guild }) => {
    const guildId = guild ? fake.guild.id : undefined;
    const printed = await runDeployCommands(fake, guildId);
    expect(printed).toContain(`Invite the bot with:\n  ${inviteUrl(fake.application.id)}\n`);
    expect(printed).not.toMatch(/hour/);

    const registered = fake.registeredCommands(guildId);
    const expected = await definitionsInCommandsFolder();
    expect(registered.map((command) => command.name).sort()).toEqual(['help', 'quote', 'reindex', 'search', 'sources', 'when', 'who']);
    expect(registered.map((command) => command.name).sort()).toEqual(expected.map((command) => command.name).sort());
    for (const definition of expected) {
      expect(registered.find((command) => command.name === definition.name)).toMatchObject(definition);
    }
    const put = fake.requests.filter((request) => request.method === 'PUT');
    expect(put.at(-1)?.route).toBe(guild ? `/applications/${fake.application.id}/guilds/${fake.guild.id}/commands` : `/applications/${fake.application.id}/commands`);
    expect(put.at(-1)?.status).toBe(200);
  });
});
