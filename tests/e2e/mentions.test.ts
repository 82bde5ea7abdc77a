/**
 * Questions asked by mentioning the bot, and what nobody may be pinged by — through the real
 * client (without the Message Content intent) and the real engine on a copy of the seeds.
 */
import { InteractionResponseType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../helpers/fakeDiscord.ts';
import { citedFiles, embedOf, useSeedBotPerTest } from './harness.ts';

// One engine for the file; a fresh bot per test, so that no test spends another's question limit.
const { bot } = useSeedBotPerTest();

/** The bot's reply to message `id` (a `POST /channels/…/messages` referencing it). */
function replyTo(id: string): Promise<RecordedRequest> {
  return bot().fake.waitForRequest(
    (request) => request.method === 'POST' && request.route.endsWith('/messages') && (request.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === id,
    { timeoutMs: 5000 },
  );
}

/** What Discord reads from a body to decide whom to ping: nobody, when this holds. */
function expectPingsNobody(body: unknown): void {
  const allowed = (body as { allowed_mentions?: Record<string, unknown> }).allowed_mentions;
  expect(allowed, 'allowed_mentions is sent').toBeDefined();
  expect(allowed?.parse).toEqual([]);
  expect(allowed?.users ?? []).toEqual([]);
  expect(allowed?.roles ?? []).toEqual([]);
  expect(allowed?.replied_user ?? false).toBe(false);
}

describe('mentions', () => {
  it('answers a question asked by mentioning the bot, as a reply to that message', async () => {
    const asked = bot().fake.sendMessage({ content: `${bot().fake.botMention} who is the defense secretary?`, author: 'member' });

    const reply = await replyTo(asked.id);
    const body = reply.body as { embeds: unknown[] };
    expect(reply.status).toBe(200);
    expect(embedOf(body).description).toMatch(/Austin/);
    expect(citedFiles(body)[0]).toBe('004_02774eaf9817e7b4.txt');
    expect(bot().fake.message(asked.id)?.content).toContain('defense secretary'); // the bot read it without the privileged intent
  });

  it('ignores a mention written by another bot', async () => {
    const fromBot = bot().fake.sendMessage({ content: `${bot().fake.botMention} who is the defense secretary?`, author: 'otherBot' });
    const fromMember = bot().fake.sendMessage({ content: `${bot().fake.botMention} who is the defense secretary?`, author: 'member' });

    // Messages are handled in order: once the member is answered, the bot's message was passed over.
    await replyTo(fromMember.id);
    const referenced = bot().fake.requests.flatMap((request) => (request.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference?.message_id ?? []);
    expect(referenced).not.toContain(fromBot.id);
    expect(referenced).toContain(fromMember.id);
  });
});

describe('nobody is pinged by a question that mentions others', () => {
  // The question is echoed in the answer's title: its mentions are taken out before it is asked.
  const question = () => `@everyone who is Italy's foreign minister? <@&${bot().fake.roles.moderator.id}>`;

  it('in the reply to a mention', async () => {
    const asked = bot().fake.sendMessage({ content: `${bot().fake.botMention} ${question()}`, author: 'member' });
    expect(asked.mention_everyone).toBe(true);
    expect(asked.mention_roles).toEqual([bot().fake.roles.moderator.id]);

    const reply = await replyTo(asked.id);
    expectPingsNobody(reply.body);
    expect(citedFiles(reply.body as { embeds: unknown[] })[0]).toBe('001_cbc0cb32dec4f16f.txt');
    expect(embedOf(reply.body as { embeds: unknown[] }).title).toContain("who is Italy's foreign minister?"); // the question is echoed …
    expect(JSON.stringify(reply.body)).not.toMatch(/everyone|<@&\d/); // … without its mentions
  });

  it('in a slash command answer', async () => {
    const run = bot().fake.sendCommand({ name: 'who', options: { question: question() } });

    expect((await run.reply()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const answer = await run.final();
    const edit = await bot().fake.waitForRequest((r) => r.method === 'PATCH' && r.route.endsWith(`/${run.token}/messages/@original`));
    expectPingsNobody(edit.body);
    expect(citedFiles(answer)[0]).toBe('001_cbc0cb32dec4f16f.txt');
    expect(embedOf(answer).title).toContain("who is Italy's foreign minister?");
    expect(JSON.stringify(edit.body)).not.toMatch(/everyone|<@&\d/);
  });
});
