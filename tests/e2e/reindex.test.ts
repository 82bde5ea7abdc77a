/**
 * /reindex through the real client and the real engine on a temporary copy of the seeds: who
 * may run it, what it reports, that new files become answerable, and that questions are still
 * answered while it runs. Each test gets its own corpus folder, since reindexing changes it.
 */
import { copyFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InteractionResponseType, MessageFlags, type APIMessage } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_ANSWER } from '../../src/discord/renderAnswer.ts';
import { citedFiles, embedOf, openSeedCorpus, startBot, type RunningBot, type SeedCorpus } from './harness.ts';

/** A short wire story written for this test: nothing in the seeds mentions Velmora. */
const NEW_ARTICLE = [
  'Harbour bridge reopens in Velmora after two years of repairs',
  '',
  'VELMORA, May 3 (Reuters) – The harbour bridge of Velmora reopened to traffic on Saturday after two years of repairs, the city council said.',
  '',
  '“The bridge is safe, and it is ours again,” Mayor Ilse Brandvold told reporters at the opening.',
  '',
  'Ferry operators said they expected fewer passengers now that the crossing was open.',
  '',
].join('\n');

let corpus: SeedCorpus | undefined;
let bot: RunningBot | undefined;

async function start(): Promise<{ corpus: SeedCorpus; bot: RunningBot }> {
  corpus = await openSeedCorpus();
  bot = await startBot(corpus.engine);
  return { corpus, bot };
}

/**
 * The reindex's message once it holds the report. Progress edits come at most every 2 s, so the
 * message can stay unchanged for a while after the last one (extraction on workers, then the
 * index build) before the report replaces it.
 */
async function reportOf(run: ReturnType<RunningBot['fake']['sendCommand']>, timeout: number): Promise<APIMessage> {
  return vi.waitFor(
    async () => {
      const message = await run.final({ timeoutMs: timeout });
      embedOf(message);
      return message;
    },
    { timeout, interval: 100 },
  );
}

afterEach(async () => {
  await bot?.stop();
  await corpus?.stop();
  bot = undefined;
  corpus = undefined;
});

describe('/reindex', () => {
  it('is refused, ephemerally, to a member without Manage Server, and rebuilds nothing', async () => {
    const { corpus, bot } = await start();
    const builtAt = corpus.engine.status().builtAt;
    const reindex = vi.spyOn(corpus.engine, 'reindex');

    const reply = await bot.fake.sendCommand({ name: 'reindex', user: 'member' }).reply();

    expect(reply).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } });
    expect((reply.data as { content: string }).content).toBe('Only moderators can rebuild the index: it needs the Manage Server permission or the moderator role. Ask one of them to run `/reindex`.');
    expect(reindex).not.toHaveBeenCalled();
    expect(corpus.engine.status().builtAt).toBe(builtAt);
  });

  it('reports the counts to a moderator, and a file added to the corpus folder is then answerable', async () => {
    const { corpus, bot } = await start();
    const before = await bot.fake.sendCommand({ name: 'search', options: { query: 'Velmora harbour bridge' } }).followUp();
    expect(before).toMatchObject({ content: NO_ANSWER, flags: MessageFlags.Ephemeral });

    await writeFile(join(corpus.corpusDir, '005_velmora_bridge.txt'), NEW_ARTICLE);
    const run = bot.fake.sendCommand({ name: 'reindex', user: 'moderator' });
    expect((await run.reply()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const report = await reportOf(run, 10_000);

    const status = corpus.engine.status();
    expect(report.flags).toBe(MessageFlags.Ephemeral);
    expect(embedOf(report).title).toBe('Reindex complete');
    expect(embedOf(report).description).toContain(`**6** articles · **${status.passages}** passages · `);
    expect(embedOf(report).description).toMatch(/1 file re-read\.$/);
    const after = await bot.fake.sendCommand({ name: 'search', options: { query: 'Velmora harbour bridge' } }).final();
    expect(citedFiles(after)[0]).toBe('005_velmora_bridge.txt');
  });

  it('still answers a question asked while the reindex runs', async () => {
    const { corpus, bot } = await start();
    // Twenty-five new files (copies of the seeds under new names) keep the rebuild busy for a while.
    const seeds = (await readdir(corpus.corpusDir)).filter((file) => file.endsWith('.txt'));
    for (const copy of [1, 2, 3, 4, 5]) {
      for (const seed of seeds) await copyFile(join(corpus.corpusDir, seed), join(corpus.corpusDir, `copy${copy}_${seed}`));
    }

    const reindex = bot.fake.sendCommand({ name: 'reindex', user: 'moderator' });
    await vi.waitFor(() => expect(corpus.engine.status().reindexing).toBe(true), { timeout: 5000, interval: 5 });
    const question = bot.fake.sendCommand({ name: 'who', options: { question: "Who is Italy's foreign minister?" } });

    const answer = await question.final({ timeoutMs: 10_000 });
    const answeredDuringReindex = corpus.engine.status().reindexing;
    const report = await reportOf(reindex, 20_000);

    expect(embedOf(answer).description).toMatch(/Tajani/);
    expect(citedFiles(answer)[0]).toBe('001_cbc0cb32dec4f16f.txt');
    expect(answeredDuringReindex, 'the answer did not wait for the rebuild').toBe(true);
    expect(embedOf(report).description).toContain('**30** articles');
    expect(embedOf(report).description).toMatch(/25 files re-read\.$/);
  });
});
