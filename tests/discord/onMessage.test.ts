import { PermissionsBitField, PermissionFlagsBits, type Message } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ReindexInProgressError } from '../../src/errors.ts';
import { RESTARTING, rateLimits } from '../../src/discord/admission.ts';
import { AnswerStore } from '../../src/discord/answerStore.ts';
import type { BotContext, SlashCommand } from '../../src/discord/command.ts';
import { REINDEX_RUNNING } from '../../src/discord/errorReply.ts';
import { loadCommands } from '../../src/discord/loadCommands.ts';
import { handleMessage } from '../../src/discord/onMessage.ts';
import { NO_ANSWER } from '../../src/discord/renderAnswer.ts';
import type { ReplyPayload } from '../../src/discord/reply.ts';
import { silentLogger } from '../../src/log.ts';
import type { Request, Response } from '../../src/types.ts';
import { fakeEngine, type FakeEngine, type FakeEngineOptions } from './fakeEngine.ts';

const BOT = '999999999999999999';
const USER = '100000000000000001';

let commands: Map<string, SlashCommand>;
beforeAll(async () => {
  commands = await loadCommands();
});

const CHANNEL = '400000000000000001';
const OTHER_CHANNEL = '400000000000000002';

function context(options: FakeEngineOptions = {}, env: Record<string, string> = {}): BotContext & { engine: FakeEngine } {
  const config = loadConfig([], env);
  return {
    engine: fakeEngine(options),
    config,
    logger: silentLogger,
    answers: new AnswerStore(),
    commands,
    limits: rateLimits(config.rateLimit),
    lifecycle: { closing: false },
  };
}

interface FakeMessageOptions {
  authorId?: string;
  bot?: boolean;
  mentioned?: boolean;
  referenced?: { authorId: string; components: ReplyPayload['components'] };
  permissions?: bigint[];
  channelId?: string;
  /** The message is in a thread of this channel. */
  threadOf?: string;
}

/** Test double of the parts of a discord.js Message that the mention handler reads. */
function fakeMessage(content: string, options: FakeMessageOptions = {}) {
  const replies: ReplyPayload[] = [];
  const edits: ReplyPayload[] = [];
  const message = {
    id: '600000000000000001',
    content,
    guildId: '300000000000000001',
    client: { user: { id: BOT } },
    author: { id: options.authorId ?? USER, bot: options.bot ?? false },
    mentions: { users: new Set(options.mentioned === false ? [] : [BOT]) },
    member: { permissions: new PermissionsBitField(options.permissions ?? []), roles: { cache: new Map() } },
    channelId: options.channelId ?? CHANNEL,
    channel: { sendTyping: async () => undefined, isThread: () => options.threadOf !== undefined, parentId: options.threadOf ?? null },
    reference: options.referenced ? { messageId: '600000000000000000' } : null,
    fetchReference: async () => ({
      author: { id: options.referenced?.authorId },
      components: (options.referenced?.components ?? []).map((row) => ({ toJSON: () => row })),
    }),
    reply: async (payload: ReplyPayload) => {
      replies.push(payload);
      return { edit: async (edit: ReplyPayload) => void edits.push(edit) };
    },
  };
  return { message: message as unknown as Message, replies, edits };
}

const answered = (request: Request): Response => ({
  command: 'auto',
  routed: 'quote',
  query: request.text ?? '',
  answers: [{ text: 'We will be back', speaker: 'Jane Doe', citations: [{ file: 'a.txt', paragraph: 1, excerpt: '"We will be back," Jane Doe said.' }] }],
});

describe('handleMessage', () => {
  it('answers a mention with the routed answer as a reply', async () => {
    const ctx = context({ answer: answered });
    const { message, replies } = fakeMessage(`<@${BOT}> who said they would be back?`);
    await handleMessage(message, ctx);
    expect(ctx.engine.asked).toEqual([{ command: 'auto', text: 'who said they would be back?' }]);
    expect(replies[0]?.embeds[0]?.description).toContain('— **Jane Doe**');
    expect(replies[0]?.allowedMentions).toEqual({ parse: [] });
  });

  it.each([
    ['a bot', { bot: true }],
    ['itself', { authorId: BOT }],
    ['a message that does not mention it', { mentioned: false }],
  ])('ignores %s', async (_label, options) => {
    const ctx = context({ answer: answered });
    const { message, replies } = fakeMessage(`<@${BOT}> who?`, options);
    await handleMessage(message, ctx);
    expect([ctx.engine.asked, replies]).toEqual([[], []]);
  });

  it('answers a bare mention with the help text', async () => {
    const ctx = context();
    const { message, replies } = fakeMessage(`<@${BOT}>`);
    await handleMessage(message, ctx);
    expect(replies[0]?.embeds[0]?.title).toBe('Byline help');
    expect(ctx.engine.asked).toEqual([]);
  });

  it('says plainly when the coverage has no answer', async () => {
    const { message, replies } = fakeMessage(`<@${BOT}> who won the lottery?`);
    await handleMessage(message, context());
    expect(replies[0]?.content).toBe(NO_ANSWER);
  });

  it('asks a reply to one of its answers with that answer as context', async () => {
    const ctx = context({ answer: answered });
    const first = fakeMessage(`<@${BOT}> who said they would be back?`);
    await handleMessage(first.message, ctx);
    const components = first.replies[0]?.components ?? [];
    const followUp = fakeMessage('and when was that?', { referenced: { authorId: BOT, components } });
    await handleMessage(followUp.message, ctx);
    expect(ctx.engine.asked[1]).toEqual({
      command: 'auto',
      text: 'and when was that?',
      context: { command: 'quote', query: 'who said they would be back?', answer: { text: 'We will be back', speaker: 'Jane Doe', date: undefined, file: 'a.txt' } },
    });
  });

  it('does not treat a reply to someone else as a question', async () => {
    const ctx = context({ answer: answered });
    const { message, replies } = fakeMessage('and when was that?', { referenced: { authorId: USER, components: [] } });
    await handleMessage(message, ctx);
    expect([ctx.engine.asked, replies]).toEqual([[], []]);
  });

  it('reindexes for a moderator and reports in an edited reply', async () => {
    const ctx = context();
    const { message, replies, edits } = fakeMessage(`<@${BOT}> reindex`, { permissions: [PermissionFlagsBits.ManageGuild] });
    await handleMessage(message, ctx);
    expect(replies[0]?.content).toBe('Reindexing…');
    expect(edits.at(-1)?.embeds[0]?.title).toBe('Reindex complete');
  });

  it('turns the progress reply into the reason when a reindex fails', async () => {
    const ctx = context({ reindex: () => Promise.reject(new ReindexInProgressError()) });
    const { message, replies, edits } = fakeMessage(`<@${BOT}> reindex`, { permissions: [PermissionFlagsBits.ManageGuild] });
    await handleMessage(message, ctx);
    expect(replies).toHaveLength(1);
    expect(edits.at(-1)?.content).toBe(REINDEX_RUNNING);
  });

  it('refuses a reindex to others, with the reason', async () => {
    const { message, replies } = fakeMessage(`<@${BOT}> reindex`);
    await handleMessage(message, context());
    expect(replies.map((reply) => reply.content)).toEqual(['Only moderators can rebuild the index: it needs the Manage Server permission or the moderator role. Ask one of them to run `/reindex`.']);
  });
});

describe('handleMessage admission', () => {
  const ask = () => fakeMessage(`<@${BOT}> who said they would be back?`);

  it.each([
    ['in a listed channel', { channelId: CHANNEL }, true],
    ['in a thread of a listed channel', { channelId: '400000000000000009', threadOf: CHANNEL }, true],
    ['in another channel', { channelId: OTHER_CHANNEL }, false],
    ['in a thread of another channel', { channelId: '400000000000000009', threadOf: OTHER_CHANNEL }, false],
  ])('with ALLOWED_CHANNEL_IDS, a mention %s is answered: %s', async (_label, options, answers) => {
    const ctx = context({ answer: answered }, { ALLOWED_CHANNEL_IDS: `${CHANNEL},400000000000000003` });
    const { message, replies } = fakeMessage(`<@${BOT}> who said they would be back?`, options);
    await handleMessage(message, ctx);
    // Elsewhere it stays silent: no answer, no notice.
    expect([ctx.engine.asked.length, replies.length]).toEqual(answers ? [1, 1] : [0, 0]);
  });

  it('tells a user over the limit once when they can ask again, then stays quiet until then', async () => {
    const ctx = context({ answer: answered }, { RATE_LIMIT_QUESTIONS: '1' });
    const messages = [ask(), ask(), ask()];
    for (const { message } of messages) await handleMessage(message, ctx);
    expect(ctx.engine.asked).toHaveLength(1);
    expect(messages[1]?.replies.map((reply) => reply.content)).toEqual([expect.stringMatching(/^You're asking quickly — .* You can ask again <t:\d+:R>\.$/)]);
    expect(messages[1]?.replies[0]?.allowedMentions).toEqual({ parse: [] });
    expect(messages[2]?.replies).toEqual([]);
  });

  it('counts mentions and slash commands against the same limit', async () => {
    const ctx = context({ answer: answered }, { RATE_LIMIT_QUESTIONS: '1' });
    ctx.limits.questions.take(USER);
    const { message, replies } = ask();
    await handleMessage(message, ctx);
    expect([ctx.engine.asked.length, replies[0]?.content?.startsWith("You're asking quickly")]).toEqual([0, true]);
  });

  it('answers "restarting" while shutting down', async () => {
    const ctx = context({ answer: answered });
    ctx.lifecycle = { closing: true };
    const { message, replies } = ask();
    await handleMessage(message, ctx);
    expect([ctx.engine.asked, replies.map((reply) => reply.content)]).toEqual([[], [RESTARTING]]);
  });
});
