import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { AUTOCOMPLETE_LIMIT_FACTOR, BUTTON_LIMIT_FACTOR, RESTARTING, rateLimits } from '../../src/discord/admission.ts';
import { AnswerStore } from '../../src/discord/answerStore.ts';
import type { BotContext, SlashCommand } from '../../src/discord/command.ts';
import { parseButtonId } from '../../src/discord/customIds.ts';
import { GENERIC_ERROR, REINDEX_RUNNING } from '../../src/discord/errorReply.ts';
import { loadCommands } from '../../src/discord/loadCommands.ts';
import { EXPIRED, ONLY_ASKER } from '../../src/discord/onButton.ts';
import { handleInteraction } from '../../src/discord/onInteraction.ts';
import { NO_ANSWER } from '../../src/discord/renderAnswer.ts';
import type { ReplyPayload } from '../../src/discord/reply.ts';
import { ReindexInProgressError } from '../../src/errors.ts';
import type { LogFields, Logger } from '../../src/log.ts';
import type { Request, Response } from '../../src/types.ts';
import { fakeEngine, type FakeEngine, type FakeEngineOptions } from './fakeEngine.ts';
import { fakeAutocomplete, fakeButton, fakeCommand } from './fakeInteractions.ts';

let commands: Map<string, SlashCommand>;
beforeAll(async () => {
  commands = await loadCommands();
});

const feedbackFile = join(tmpdir(), `byline-feedback-${process.pid}.jsonl`);
afterEach(async () => rm(feedbackFile, { force: true }));

function answered(request: Request): Response {
  return {
    command: request.command,
    query: request.text ?? `${request.speaker} on ${request.topic}`,
    answers: [
      { text: 'Jane Doe', role: 'envoy', citations: [{ file: 'a.txt', paragraph: 2, excerpt: 'Jane Doe, the envoy, arrived.' }] },
      { text: 'John Roe', citations: [{ file: 'b.txt', paragraph: 4, excerpt: 'John Roe also came.' }] },
    ],
  };
}

function context(engine: FakeEngineOptions = {}, env: Record<string, string> = {}) {
  const logged: Array<{ message: string; fields?: LogFields }> = [];
  const log = (message: string, fields?: LogFields) => void logged.push({ message, fields });
  const logger: Logger = { debug: log, info: log, warn: log, error: log };
  const ctx: BotContext = {
    engine: fakeEngine(engine),
    config: { ...loadConfig([], env), feedbackFile },
    logger,
    answers: new AnswerStore(),
    commands,
    limits: rateLimits(loadConfig([], env).rateLimit),
    lifecycle: { closing: false },
  };
  return { ctx, logged };
}

const payloadOf = (call: unknown[] | undefined) => call?.[1] as ReplyPayload & { flags?: number };
const buttonIds = (payload: ReplyPayload) =>
  payload.components.flatMap((row) => row.components.flatMap((button) => ('custom_id' in button ? [button.custom_id] : [])));

describe('question commands', () => {
  it('defer, ask the engine, and edit in the answer with buttons', async () => {
    const { ctx } = context({ answer: answered });
    const interaction = fakeCommand('who', { question: 'who is the envoy?' });
    await handleInteraction(interaction, ctx);
    expect(interaction.calls.map(([method]) => method)).toEqual(['deferReply', 'editReply']);
    expect((ctx.engine as ReturnType<typeof fakeEngine>).asked).toEqual([{ command: 'who', text: 'who is the envoy?' }]);
    const payload = payloadOf(interaction.calls[1]);
    expect(payload.embeds[0]?.description).toContain('**Jane Doe** — envoy');
    expect(payload.allowedMentions).toEqual({ parse: [] });
  });

  it('replace the deferred reply with an ephemeral note when the coverage has no answer', async () => {
    const { ctx } = context();
    const interaction = fakeCommand('when', { question: 'when did pigs fly?' });
    await handleInteraction(interaction, ctx);
    expect(interaction.calls.map(([method]) => method)).toEqual(['deferReply', 'deleteReply', 'followUp']);
    expect(payloadOf(interaction.calls[2])).toMatchObject({ content: NO_ANSWER, flags: MessageFlags.Ephemeral });
  });

  it('/quote asks for a speaker or a topic before asking the engine', async () => {
    const { ctx } = context({ answer: answered });
    const interaction = fakeCommand('quote', {});
    await handleInteraction(interaction, ctx);
    expect(interaction.calls).toEqual([['reply', expect.objectContaining({ content: 'Tell me whose words you want, what about, or both — for example `/quote speaker:Lee topic:budget`.', flags: MessageFlags.Ephemeral })]]);
  });

  it('/quote passes speaker and topic', async () => {
    const { ctx } = context({ answer: answered });
    await handleInteraction(fakeCommand('quote', { speaker: 'Jane Doe', topic: 'talks' }), ctx);
    expect((ctx.engine as ReturnType<typeof fakeEngine>).asked).toEqual([{ command: 'quote', speaker: 'Jane Doe', topic: 'talks' }]);
  });
});

describe('the error boundary', () => {
  it('shows a BylineError in plain words, without its prefix, and logs it', async () => {
    const { ctx, logged } = context({ reindex: async () => { throw new ReindexInProgressError(); } });
    const interaction = fakeCommand('reindex');
    Object.assign(interaction, { memberPermissions: { has: () => true } });
    await handleInteraction(interaction, ctx);
    expect(interaction.calls.map(([method]) => method)).toEqual(['deferReply', 'deleteReply', 'followUp']);
    expect(payloadOf(interaction.calls[2])?.content).toBe(REINDEX_RUNNING);
    expect(logged.some((line) => line.message === 'interaction failed')).toBe(true);
  });

  it('hides other errors behind a generic message', async () => {
    const { ctx } = context({ answer: () => { throw new Error('index file /secret/path is corrupt'); } });
    const interaction = fakeCommand('search', { query: 'talks' });
    await handleInteraction(interaction, ctx);
    expect(payloadOf(interaction.calls.at(-1))).toMatchObject({ content: GENERIC_ERROR, flags: MessageFlags.Ephemeral });
  });

  it('refuses /reindex to members without Manage Server or the moderator role', async () => {
    let reindexed = false;
    const { ctx } = context({ reindex: async () => { reindexed = true; throw new Error('unreachable'); } });
    const interaction = fakeCommand('reindex');
    Object.assign(interaction, { memberPermissions: { has: () => false }, member: { roles: ['777777777777777777'] } });
    await handleInteraction(interaction, ctx);
    expect(reindexed).toBe(false);
    expect(interaction.calls).toEqual([['reply', expect.objectContaining({ content: expect.stringContaining('Only moderators'), flags: MessageFlags.Ephemeral })]]);
  });
});

describe('answer buttons', () => {
  async function asked(userId = '100000000000000001') {
    const setup = context({ answer: answered });
    const interaction = fakeCommand('who', { question: 'who came?' }, userId);
    await handleInteraction(interaction, setup.ctx);
    return { ...setup, ids: buttonIds(payloadOf(interaction.calls[1])) };
  }

  it('"More" shows the next answer to the asker', async () => {
    const { ctx, ids } = await asked();
    const press = fakeButton(ids[0] ?? '');
    await handleInteraction(press, ctx);
    expect(press.calls[0]?.[0]).toBe('update');
    expect(payloadOf(press.calls[0]).embeds[0]?.description).toContain('**John Roe**');
  });

  it('"More" tells anyone else, ephemerally, that only the asker can page', async () => {
    const { ctx, ids } = await asked();
    const press = fakeButton(ids[0] ?? '', '100000000000000999');
    await handleInteraction(press, ctx);
    expect(press.calls).toEqual([['reply', expect.objectContaining({ content: ONLY_ASKER, flags: MessageFlags.Ephemeral })]]);
  });

  const feedbackLines = async () => (await readFile(feedbackFile, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const voteId = (ids: string[], vote: 'up' | 'down') => ids.find((id) => parseButtonId(id)?.action === 'vote' && id.endsWith(`:${vote}`)) ?? '';

  it('a vote is appended to the feedback log and acknowledged ephemerally', async () => {
    const { ctx, ids } = await asked();
    const press = fakeButton(voteId(ids, 'down'), '100000000000000999');
    await handleInteraction(press, ctx);
    expect(press.calls).toEqual([['reply', expect.objectContaining({ content: 'Thanks — your 👎 Not helpful vote was recorded.', flags: MessageFlags.Ephemeral })]]);
    expect(await feedbackLines()).toEqual([
      { time: expect.any(String), guildId: '300000000000000001', vote: 'down', voteId: expect.stringMatching(/^[\w-]{16}$/), command: 'who', query: 'who came?', answer: 'Jane Doe', citation: { file: 'a.txt', paragraph: 2 } },
    ]);
  });

  it('counts one vote per member per answer: pressing again writes nothing', async () => {
    const { ctx, ids } = await asked();
    const presses = Array.from({ length: 5 }, () => fakeButton(voteId(ids, 'up'), '100000000000000999'));
    for (const press of presses) await handleInteraction(press, ctx);
    expect(await feedbackLines()).toHaveLength(1);
    expect(payloadOf(presses[4]?.calls[0])?.content).toBe('You already voted 👍 Helpful on this answer; it is counted once.');
  });

  it('a changed vote replaces the earlier one, under the same vote id; another member votes apart', async () => {
    const { ctx, ids } = await asked();
    await handleInteraction(fakeButton(voteId(ids, 'up'), '100000000000000999'), ctx);
    await handleInteraction(fakeButton(voteId(ids, 'down'), '100000000000000999'), ctx);
    await handleInteraction(fakeButton(voteId(ids, 'up'), '100000000000000998'), ctx);
    const [first, changed, other] = await feedbackLines();
    expect(changed).toMatchObject({ vote: 'down', replaces: 'up', voteId: first.voteId });
    expect(other).toMatchObject({ vote: 'up' });
    expect(other.voteId).not.toBe(first.voteId);
    expect(first.replaces).toBeUndefined();
  });

  it('an expired answer disables its buttons and says so to the presser', async () => {
    const { ctx } = context();
    const rows = [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'byline:more:gone1234:1', label: 'More (2/2)' }, { type: 2, style: 2, custom_id: 'byline:vote:gone1234:0:up', label: 'Helpful' }] }];
    const press = fakeButton('byline:more:gone1234:1', '100000000000000001', rows);
    await handleInteraction(press, ctx);
    expect(press.calls[0]).toEqual(['update', { components: [{ type: 1, components: rows[0]!.components.map((button) => ({ ...button, disabled: true })) }] }]);
    expect(press.calls[1]).toEqual(['followUp', expect.objectContaining({ content: EXPIRED, flags: MessageFlags.Ephemeral })]);
  });
});

describe('admission', () => {
  const contentOf = (interaction: { calls: unknown[][] }) => payloadOf(interaction.calls.at(-1))?.content;

  it('tells a user over the question limit, ephemerally and without asking the engine, when to ask again', async () => {
    const { ctx, logged } = context({ answer: answered }, { RATE_LIMIT_QUESTIONS: '2', RATE_LIMIT_WINDOW_SECONDS: '60' });
    for (let i = 0; i < 2; i++) await handleInteraction(fakeCommand('who', { question: 'who came?' }), ctx);
    const third = fakeCommand('when', { question: 'when did they come?' });
    const before = Math.floor(Date.now() / 1000);
    await handleInteraction(third, ctx);
    expect((ctx.engine as FakeEngine).asked).toHaveLength(2);
    expect(third.calls).toEqual([['reply', expect.objectContaining({ flags: MessageFlags.Ephemeral })]]);
    expect(contentOf(third)).toMatch(/^You're asking quickly — Byline answers up to 2 questions per person every 60 seconds\. You can ask again <t:\d+:R>\.$/);
    const retryAt = Number(/<t:(\d+):R>/.exec(contentOf(third) ?? '')?.[1]);
    expect(retryAt - before).toBeGreaterThanOrEqual(59);
    expect(retryAt - before).toBeLessThanOrEqual(61);
    expect(logged).toContainEqual({ message: 'refused', fields: expect.objectContaining({ reason: 'rate-limited' }) });
  });

  it('answers autocomplete up to its own limit, then leaves the list empty without asking the engine', async () => {
    const { ctx } = context({}, { RATE_LIMIT_QUESTIONS: '1', RATE_LIMIT_WINDOW_SECONDS: '60' });
    let looked = 0;
    ctx.engine.speakers = () => (looked++, ['Jane Doe']);
    const typing = Array.from({ length: AUTOCOMPLETE_LIMIT_FACTOR + 5 }, () => fakeAutocomplete('quote', 'ja'));
    for (const keystroke of typing) await handleInteraction(keystroke, ctx);
    expect(looked).toBe(AUTOCOMPLETE_LIMIT_FACTOR);
    expect(typing[0]?.calls).toEqual([['respond', [{ name: 'Jane Doe', value: 'Jane Doe' }]]]);
    expect(typing.at(-1)?.calls).toEqual([['respond', []]]);
    // Another member's keystrokes, and this member's questions, are not affected.
    const other = fakeAutocomplete('quote', 'ja', '100000000000000002');
    await handleInteraction(other, ctx);
    expect(other.calls).toEqual([['respond', [{ name: 'Jane Doe', value: 'Jane Doe' }]]]);
    const question = fakeCommand('who', { question: 'who came?' });
    await handleInteraction(question, ctx);
    expect(question.calls[0]?.[0]).toBe('deferReply');
  });

  it('limits each user separately', async () => {
    const { ctx } = context({ answer: answered }, { RATE_LIMIT_QUESTIONS: '1' });
    await handleInteraction(fakeCommand('who', { question: 'who came?' }, '100000000000000001'), ctx);
    const other = fakeCommand('who', { question: 'who came?' }, '100000000000000002');
    await handleInteraction(other, ctx);
    expect(other.calls[0]?.[0]).toBe('deferReply');
  });

  it('lets the asker page with "More" after spending the question limit, up to the looser button limit', async () => {
    const { ctx } = context({ answer: answered }, { RATE_LIMIT_QUESTIONS: '1' });
    const asked = fakeCommand('who', { question: 'who came?' });
    await handleInteraction(asked, ctx);
    const more = buttonIds(payloadOf(asked.calls[1]))[0] ?? '';
    const presses = Array.from({ length: BUTTON_LIMIT_FACTOR + 1 }, () => fakeButton(more));
    for (const press of presses) await handleInteraction(press, ctx);
    expect(presses.map((press) => press.calls[0]?.[0])).toEqual([...Array<string>(BUTTON_LIMIT_FACTOR).fill('update'), 'reply']);
    expect(contentOf(presses.at(-1) ?? fakeButton(''))).toMatch(/^That's a lot of clicks in a short time; the buttons work again <t:\d+:R>\.$/);
  });

  it.each([
    ['a command', () => fakeCommand('who', { question: 'who came?' })],
    ['a button', () => fakeButton('byline:more:gone1234:1')],
  ])('answers %s with a "restarting" notice while shutting down', async (_kind, make) => {
    const { ctx } = context({ answer: answered });
    ctx.lifecycle = { closing: true };
    const interaction = make();
    await handleInteraction(interaction, ctx);
    expect((ctx.engine as FakeEngine).asked).toEqual([]);
    expect(interaction.calls).toEqual([['reply', expect.objectContaining({ content: RESTARTING, flags: MessageFlags.Ephemeral })]]);
  });
});
