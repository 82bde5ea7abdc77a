import type { EventEmitter } from 'node:events';
import { Events, GatewayIntentBits, IntentsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createBot, startDiscord } from '../../src/discord/client.ts';
import { InFlight } from '../../src/discord/shutdown.ts';
import { silentLogger } from '../../src/log.ts';
import { fakeEngine } from './fakeEngine.ts';

describe('createBot', () => {
  it('asks only for the unprivileged Guilds and GuildMessages intents', async () => {
    const client = await createBot(fakeEngine(), loadConfig([], {}), silentLogger);
    expect(new IntentsBitField(client.options.intents).toArray().sort()).toEqual(['GuildMessages', 'Guilds']);
    expect(new IntentsBitField(client.options.intents).has(GatewayIntentBits.MessageContent)).toBe(false);
    await client.destroy();
  });

  it('talks to the configured API base, mentions nobody by default, and listens for interactions and messages', async () => {
    const client = await createBot(fakeEngine(), loadConfig([], { DISCORD_API: 'http://127.0.0.1:1/api' }), silentLogger);
    expect(client.options.rest?.api).toBe('http://127.0.0.1:1/api');
    expect(client.options.allowedMentions).toEqual({ parse: [] });
    expect(client.listenerCount(Events.InteractionCreate)).toBe(1);
    expect(client.listenerCount(Events.MessageCreate)).toBe(1);
    await client.destroy();
  });

  it('tracks every handler it starts, so shutdown can wait for them', async () => {
    const inFlight = new InFlight();
    const client = await createBot(fakeEngine(), loadConfig([], {}), silentLogger, { inFlight });
    const fromABot = { client: { user: { id: '999999999999999999' } }, author: { id: '100000000000000001', bot: true } };
    // As the gateway would; discord.js types emit() for its own use only.
    (client as unknown as EventEmitter).emit(Events.MessageCreate, fromABot);
    expect(inFlight.size).toBe(1);
    await inFlight.idle();
    expect(inFlight.size).toBe(0);
    await client.destroy();
  });

  it('refuses to start without a token', async () => {
    await expect(startDiscord(fakeEngine(), loadConfig([], {}), silentLogger)).rejects.toThrow('Byline: DISCORD_TOKEN is not set');
  });
});
