/**
 * Faults the bot must ride out, through the real client and the real engine on a copy of the
 * seeds: a dropped gateway connection, Discord rate limits, and a handler that throws.
 */
import { GatewayOpcodes, InteractionResponseType, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { GENERIC_ERROR } from '../../src/discord/errorReply.ts';
import type { Engine } from '../../src/types.ts';
import type { RoutePattern } from '../helpers/fakeDiscord.ts';
import { citedFiles, embedOf, useSeedCorpus, type RunningBot } from './harness.ts';

/** The question the wrapped engine fails on, as an engine bug would. */
const FAILING_QUESTION = 'What makes the engine fail?';

/** The real engine, except that `ask` throws for {@link FAILING_QUESTION}: a test double at the edge. */
function failingOnOneQuestion(engine: Engine): Engine {
  return {
    ask(request) {
      if (request.text === FAILING_QUESTION) throw new Error('engine failed on purpose');
      return engine.ask(request);
    },
    sources: () => engine.sources(),
    article: (file) => engine.article(file),
    speakers: (partial, limit) => engine.speakers(partial, limit),
    reindex: (onProgress) => engine.reindex(onProgress),
    status: () => engine.status(),
  };
}

const { corpus, startFor } = useSeedCorpus();

/** Asks /search "Isfahan" and checks the answer cites the article about Isfahan. */
async function expectSearchAnswered(running: RunningBot, timeoutMs = 5000): Promise<void> {
  const answer = await running.fake.sendCommand({ name: 'search', options: { query: 'Isfahan' } }).final({ timeoutMs });
  expect(citedFiles(answer)[0]).toBe('001_cbc0cb32dec4f16f.txt');
}

describe('gateway', () => {
  it('resumes after a close with a resumable code and answers the next interaction', async () => {
    const bot = await startFor();
    const { fake } = bot;

    fake.closeGateway(4000);
    expect(fake.clientConnected).toBe(false);
    await fake.waitForGatewayOp(GatewayOpcodes.Resume, 5000);
    await expectSearchAnswered(bot);

    const ops = fake.gatewayFrames.map((frame) => frame.op);
    expect(ops.filter((op) => op === GatewayOpcodes.Identify)).toHaveLength(1); // resumed, not re-identified
    expect(fake.gatewayConnections.at(-1)?.path).toBe('/resume');
    expect(fake.clientConnected).toBe(true);
    expect(fake.protocolErrors).toEqual([]);
  });
});

describe('rate limits', () => {
  it.each<{ step: string; route: RoutePattern & string }>([
    { step: 'the deferral', route: 'POST /interactions/:id/:token/callback' },
    { step: 'the answer', route: 'PATCH /webhooks/:app/:token/messages/@original' },
  ])('retries $step after a 429 and the answer arrives', async ({ route }) => {
    const bot = await startFor();
    bot.fake.failNext(route, { status: 429, retryAfter: 0.3 });

    await expectSearchAnswered(bot);

    const [method, path] = route.split(' ') as [string, string];
    const pattern = new RegExp(`^${path.replace(/:\w+/g, '[^/]+')}$`);
    const attempts = bot.fake.requests.filter((request) => request.method === method && pattern.test(request.route));
    expect(attempts.map((request) => request.status)).toEqual([429, method === 'POST' ? 204 : 200]);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(300);
  });
});

describe('a handler that throws', () => {
  it('gets an ephemeral error reply, is logged, and the bot keeps answering', async () => {
    const bot = await startFor(failingOnOneQuestion(corpus().engine));

    const run = bot.fake.sendCommand({ name: 'who', options: { question: FAILING_QUESTION } });

    expect((await run.reply()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(await run.followUp(1, 5000)).toMatchObject({ content: GENERIC_ERROR, flags: MessageFlags.Ephemeral });
    expect(run.original(), 'the public "thinking…" message is removed').toBeUndefined();
    expect(bot.logs).toContainEqual(
      expect.objectContaining({ level: 'error', msg: 'interaction failed', error: expect.objectContaining({ message: 'engine failed on purpose' }) }),
    );
    await expectSearchAnswered(bot);
    expect(embedOf(await bot.fake.sendCommand({ name: 'sources' }).final()).title).toBe('Indexed articles (5)');
  });
});
