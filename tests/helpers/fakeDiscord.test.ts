import net from 'node:net';
import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  GatewayOpcodes,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
  type Interaction,
  type Message,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeDiscord, type FakeDiscordOptions } from './fakeDiscord.ts';

let fake: FakeDiscord;
let client: Client;

async function setUp(options: FakeDiscordOptions = {}): Promise<void> {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 300, ...options });
  client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages], ...fake.clientOptions });
}

async function login(): Promise<void> {
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
}

/** Runs `handler` on the next interaction and keeps its error, if any, for the test to rethrow. */
function onInteraction(handler: (interaction: Interaction) => Promise<unknown>): { failure: () => unknown } {
  let failure: unknown;
  client.once(Events.InteractionCreate, (interaction) => {
    handler(interaction).catch((error: unknown) => (failure = error));
  });
  return { failure: () => failure };
}

afterEach(async () => {
  vi.restoreAllMocks();
  await client.destroy();
  await fake.stop();
});

describe('FakeDiscord with the real discord.js client', () => {
  beforeEach(() => setUp());

  it('logs in over 127.0.0.1 only, reaches ready and caches the guild', async () => {
    const hosts: string[] = [];
    const connect = net.Socket.prototype.connect;
    vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
      // net.connect() hands Socket#connect its normalized arguments as one array.
      const [first, second] = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
      hosts.push(typeof first === 'object' && first !== null ? String((first as net.TcpNetConnectOpts).host) : String(second));
      return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    });

    await login();

    expect(client.guilds.cache.get(fake.guild.id)?.name).toBe('Newsroom');
    expect(client.channels.cache.get(fake.channel.id)?.isTextBased()).toBe(true);
    expect(client.user?.id).toBe(fake.bot.id);
    expect(client.application?.id).toBe(fake.application.id);
    expect(fake.gatewayConnections[0]).toMatchObject({ path: '/', query: { v: '10', encoding: 'json' } });
    expect(fake.gatewayFrames.find((f) => f.op === GatewayOpcodes.Identify)?.d).toMatchObject({ compress: false });
    expect(fake.protocolErrors).toEqual([]);
    expect(fake.unknownRequests).toEqual([]);
    await vi.waitFor(() => expect(client.ws.ping).toBeGreaterThanOrEqual(0)); // a heartbeat was acknowledged
    expect(hosts.length).toBeGreaterThan(0);
    expect(new Set(hosts)).toEqual(new Set(['127.0.0.1']));
  });

  it('refuses a wrong token with 401, which discord.js reports as an invalid token', async () => {
    await expect(client.login('not-the-token')).rejects.toThrow(/invalid token/i);
    expect(fake.requests).toMatchObject([{ method: 'GET', route: '/gateway/bot', status: 401 }]);
  });

  it('delivers a slash command and records the reply with its body and timing', async () => {
    await login();
    let seen: { name: string; query: string | null; canManage: boolean | undefined } | undefined;
    const run = onInteraction(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      seen = {
        name: interaction.commandName,
        query: interaction.options.getString('query'),
        canManage: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild),
      };
      await interaction.reply({ content: 'The mayor is Ana Díaz.', allowedMentions: { parse: [] } });
    });

    const handle = fake.sendCommand({ name: 'who', options: { query: 'mayor' }, user: 'moderator' });
    const reply = await handle.reply();

    expect(run.failure()).toBeUndefined();
    expect(seen).toEqual({ name: 'who', query: 'mayor', canManage: true });
    expect(reply).toMatchObject({ type: 4, status: 204, data: { content: 'The mayor is Ana Díaz.', allowed_mentions: { parse: [] } } });
    expect(reply.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(reply.elapsedMs).toBeLessThan(3000);
    const request = await fake.waitForRequest(`POST /interactions/${handle.id}/:token/callback`);
    expect(request.query).toEqual({ with_response: 'false' });
    expect((await handle.final()).content).toBe('The mayor is Ana Díaz.');
  });

  it('gives a plain member no Manage Guild permission', async () => {
    await login();
    let canManage: boolean | undefined;
    onInteraction(async (interaction) => {
      canManage = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild);
      if (interaction.isRepliable()) await interaction.reply({ content: 'ok' });
    });
    await fake.sendCommand({ name: 'who', user: 'member' }).reply();
    expect(canManage).toBe(false);
  });

  it('shows deferReply then editReply as callback type 5 then PATCH @original', async () => {
    await login();
    const run = onInteraction(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: 'Found 2 passages.' });
    });

    const handle = fake.sendCommand({ name: 'search', options: { text: 'budget' } });

    expect((await handle.reply()).type).toBe(5);
    const final = await handle.final();
    expect(run.failure()).toBeUndefined();
    expect(final.content).toBe('Found 2 passages.');
    expect(final.flags).toBe(MessageFlags.Ephemeral);
    expect(await fake.waitForRequest('PATCH /webhooks/:app/:token/messages/@original')).toMatchObject({
      body: { content: 'Found 2 passages.' },
      status: 200,
    });
  });

  it('returns the callback response when discord.js asks with_response=true', async () => {
    await login();
    let messageId: string | undefined;
    onInteraction(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const response = await interaction.reply({ content: 'hello', withResponse: true });
      messageId = response.resource?.message?.id;
    });
    const handle = fake.sendCommand({ name: 'quote' });
    await handle.reply();
    await vi.waitFor(() => expect(messageId).toBeDefined());
    expect(messageId).toBe(handle.original()?.id);
    expect(handle.callbacks[0]?.status).toBe(200);
  });

  it('delivers an autocomplete and records respond() as type 8 with the choices', async () => {
    await login();
    let focused: string | undefined;
    onInteraction(async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      focused = interaction.options.getFocused();
      await interaction.respond([{ name: 'Maria Lopez', value: 'Maria Lopez' }]);
    });

    const handle = fake.sendAutocomplete({ name: 'who', options: { query: 'ma' }, focused: 'query' });

    expect(await handle.reply()).toMatchObject({ type: 8, data: { choices: [{ name: 'Maria Lopez', value: 'Maria Lopez' }] } });
    expect(focused).toBe('ma');
  });

  it('presses a button of the bot’s reply and records update() as type 7', async () => {
    await login();
    const button = new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Secondary);
    onInteraction(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({ content: 'Page 1', components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button)] });
      }
    });
    const first = await fake.sendCommand({ name: 'search', options: { text: 'x' } }).final();

    let pressedOn: string | undefined;
    const run = onInteraction(async (interaction) => {
      if (!interaction.isButton()) return;
      pressedOn = interaction.message.id;
      await interaction.update({ content: 'Page 2', components: [] });
    });
    const press = fake.pressButton({ customId: 'more', message: first });

    expect(await press.reply()).toMatchObject({ type: 7, data: { content: 'Page 2', components: [] } });
    expect(run.failure()).toBeUndefined();
    expect(pressedOn).toBe(first.id);
    expect((await press.final()).content).toBe('Page 2');
    expect(fake.message(first.id)?.content).toBe('Page 2');
    expect(() => fake.pressButton({ customId: 'more', message: first })).toThrow(
      `FakeDiscord: message ${first.id} has no button with custom_id "more" (buttons: none)`,
    );
  });

  it('delivers a mention with content, blanks other messages, and records message.reply with its reference', async () => {
    await login();
    const received: Message[] = [];
    client.on(Events.MessageCreate, (message) => {
      if (message.author.bot) return;
      received.push(message);
      if (message.mentions.has(client.user?.id ?? '')) void message.reply({ content: 'pong', allowedMentions: { parse: [] } });
    });

    fake.sendMessage({ content: 'no mention here' });
    const asked = fake.sendMessage({ content: `${fake.botMention} ping`, author: 'member' });
    const reply = await fake.waitForRequest('POST /channels/:id/messages');

    expect(received.map((m) => m.content)).toEqual(['', `${fake.botMention} ping`]);
    expect(reply.body).toMatchObject({ content: 'pong', message_reference: { message_id: asked.id } });
    expect(reply.route).toBe(`/channels/${fake.channel.id}/messages`);
  });

  it('retries a callback refused with 429 and delivers it after retry_after', async () => {
    await login();
    fake.failNext('POST /interactions/:id/:token/callback', { status: 429, retryAfter: 0.2 });
    onInteraction(async (interaction) => {
      if (interaction.isRepliable()) await interaction.reply({ content: 'eventually' });
    });

    const handle = fake.sendCommand({ name: 'when' });
    const reply = await handle.reply();

    const attempts = fake.requests.filter((r) => r.route.endsWith('/callback'));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(200);
    expect(reply).toMatchObject({ type: 4, data: { content: 'eventually' } });
  });

  it('resumes after close 4000 on the resume url and replays what was dispatched meanwhile', async () => {
    await login();
    onInteraction(async (interaction) => {
      if (interaction.isRepliable()) await interaction.reply({ content: 'still here' });
    });

    fake.closeGateway(4000);
    expect(fake.clientConnected).toBe(false);
    const handle = fake.sendCommand({ name: 'who' }); // dispatched while the client is away

    expect(await handle.reply(4000)).toMatchObject({ type: 4, status: 204 });
    const ops = fake.gatewayFrames.map((f) => f.op);
    expect(ops.filter((op) => op === GatewayOpcodes.Identify)).toHaveLength(1);
    expect(ops).toContain(GatewayOpcodes.Resume);
    expect(fake.gatewayConnections.at(-1)?.path).toBe('/resume');
    expect(fake.clientConnected).toBe(true);
  });
});

describe('FakeDiscord refusing what Discord refuses', () => {
  it('refuses a second answer (40060) and a late one (10062)', async () => {
    await setUp({ interactionDeadlineMs: 100 });
    await login();
    const callback = (id: string, token: string) =>
      client.rest.post(Routes.interactionCallback(id, token), { body: { type: 4, data: { content: 'x' } }, auth: false });

    const answered = fake.sendCommand({ name: 'who' });
    await callback(answered.id, answered.token);
    await expect(callback(answered.id, answered.token)).rejects.toMatchObject({ code: 40060, status: 400 });

    const late = fake.sendCommand({ name: 'who' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expect(callback(late.id, late.token)).rejects.toMatchObject({ code: 10062, status: 404 });
    expect(late.callbacks[0]).toMatchObject({ status: 404, error: 'Unknown interaction' });
  });

  it('refuses content over 2000 characters with Invalid Form Body naming the field', async () => {
    await setUp();
    await login();
    let failure: unknown;
    onInteraction(async (interaction) => {
      if (interaction.isRepliable()) await interaction.reply({ content: 'x'.repeat(2001) }).catch((e: unknown) => (failure = e));
    });
    const reply = await fake.sendCommand({ name: 'quote' }).reply();
    expect(reply.status).toBe(400);
    await vi.waitFor(() => expect(failure).toBeInstanceOf(DiscordAPIError));
    expect((failure as DiscordAPIError).rawError).toMatchObject({ code: 50035, errors: { data: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } });
  });

  it('stores registered commands with stable ids and uses their option types', async () => {
    await setUp({ requireRegisteredCommands: true });
    await login();
    const route = Routes.applicationGuildCommands(fake.application.id, fake.guild.id);
    const definition = [{ name: 'when', description: 'When did it happen?', options: [{ name: 'year', description: 'Year', type: 4 }] }];
    const [first] = (await client.rest.put(route, { body: definition })) as Array<{ id: string; guild_id: string }>;
    const [again] = (await client.rest.put(route, { body: definition })) as Array<{ id: string }>;

    expect(first).toMatchObject({ name: 'when', guild_id: fake.guild.id, application_id: fake.application.id, type: 1 });
    expect(again?.id).toBe(first?.id);
    expect(await client.rest.get(route)).toHaveLength(1);
    const handle = fake.sendCommand({ name: 'when', options: { year: 2024 } });
    expect(handle.payload.data).toMatchObject({ id: first?.id, options: [{ name: 'year', type: 4, value: 2024 }] });
    expect(() => fake.sendCommand({ name: 'who' })).toThrow('FakeDiscord: command /who is not registered (registered: when)');
    await expect(client.rest.put(route, { body: [{ name: 'Bad Name', description: 'x' }] })).rejects.toMatchObject({ code: 50035 });
  });

  it('answers unknown routes with a Discord-shaped 404 and records them', async () => {
    await setUp();
    await login();
    await expect(client.rest.get('/guilds/123456789012345678/bans')).rejects.toMatchObject({ status: 404, code: 0 });
    expect(fake.unknownRequests).toMatchObject([{ method: 'GET', route: '/guilds/123456789012345678/bans', status: 404 }]);
  });

  it('names what it waited for and what it got when a wait times out', async () => {
    await setUp();
    await login();
    await expect(fake.waitForRequest('POST /channels/:id/messages', 50)).rejects.toThrow(
      'FakeDiscord: no POST /channels/:id/messages within 50 ms; got: GET /gateway/bot → 200',
    );
  });
});
