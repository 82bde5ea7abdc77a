/**
 * What a reader sees of an answer, asserted on the REST bodies the real client sent: the title
 * linked to the article's url, the build time as the embed timestamp, citations grouped by
 * article, labelled votes counted once per member, and buttons disabled once the answer expired.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerStore } from '../../src/discord/answerStore.ts';
import { EXPIRED } from '../../src/discord/onButton.ts';
import { buttonsOf, citedArticles, embedOf, useSeedCorpus } from './harness.ts';

const { corpus, startFor } = useSeedCorpus();
const URL_OF_001 = 'https://example.com/news/blinken-denies';

beforeAll(async () => {
  // The seeds carry no url: give one article a sidecar, as an operator would.
  await writeFile(join(corpus().corpusDir, '001_cbc0cb32dec4f16f.meta.json'), JSON.stringify({ url: URL_OF_001 }));
  await corpus().engine.reindex();
});

describe('the answer embed', () => {
  it('links the title to the article, shows the build time as the timestamp, and the question\'s own words', async () => {
    const { fake } = await startFor();
    const answer = await fake.sendCommand({ name: 'who', options: { question: "Who is Italy's foreign minister?" } }).final();
    const embed = embedOf(answer);

    expect(embed.url).toBe(URL_OF_001);
    const [article] = citedArticles(answer);
    expect(article?.file).toBe('001_cbc0cb32dec4f16f.txt');
    expect(article?.value).toMatch(/^\[\*Blinken Denies .*\*\]\(https:\/\/example\.com\/news\/blinken-denies\) · Reuters/);
    expect(embed.timestamp).toBe(corpus().engine.status().builtAt);
    expect(embed.footer?.text).toBe("Why: Italy's, foreign, minister · 5 articles indexed");
    expect(embed.footer?.text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('groups the citations of one article in one field: one title, several paragraphs', async () => {
    const { fake } = await startFor();
    const answer = await fake.sendCommand({ name: 'who', options: { question: "Who said the US has Israel's back?" } }).final();
    const articles = citedArticles(answer);
    const files = articles.map((article) => article.file);

    expect(new Set(files).size).toBe(files.length);
    expect(articles.some((article) => article.paragraphs.length > 1)).toBe(true);
    const title = corpus().engine.article(articles[0]?.file ?? '')?.title ?? '';
    const titles = (embedOf(answer).fields ?? []).filter((field) => field.value.includes(title.slice(0, 40)));
    expect(titles).toHaveLength(1);
  });

  it('labels the votes, and counts one vote per member per answer', async () => {
    const { fake } = await startFor();
    const answer = await fake.sendCommand({ name: 'search', options: { query: 'Isfahan' } }).final();
    const votes = buttonsOf(answer).filter((button) => button.custom_id.includes(':vote:'));
    expect(votes.map((button) => [button.emoji?.name, button.label])).toEqual([['👍', 'Helpful'], ['👎', 'Not helpful']]);

    const up = votes[0]?.custom_id ?? '';
    const first = await fake.pressButton({ customId: up, message: answer, user: 'moderator' }).final();
    const again = await fake.pressButton({ customId: up, message: answer, user: 'moderator' }).final();
    expect(first).toMatchObject({ content: 'Thanks — your 👍 Helpful vote was recorded.', flags: MessageFlags.Ephemeral });
    expect(again).toMatchObject({ content: 'You already voted 👍 Helpful on this answer; it is counted once.', flags: MessageFlags.Ephemeral });
  });
});

describe('an expired answer', () => {
  it('has its buttons disabled when one is pressed, and the presser is told why, privately', async () => {
    const { fake } = await startFor(undefined, { answers: new AnswerStore({ ttlMs: 1 }) });
    const answer = await fake.sendCommand({ name: 'search', options: { query: 'Blinken' } }).final();
    const more = buttonsOf(answer).find((button) => button.label?.startsWith('More'));
    expect(more?.disabled).toBeUndefined();

    const press = fake.pressButton({ customId: more?.custom_id ?? '', message: answer, user: 'member' });
    expect((await press.reply()).type).toBe(InteractionResponseType.UpdateMessage);
    const updated = await press.final();
    expect(updated.id).toBe(answer.id);
    expect(buttonsOf(updated).map((button) => button.disabled)).toEqual(buttonsOf(answer).map(() => true));
    expect(buttonsOf(updated).map((button) => button.label)).toEqual(buttonsOf(answer).map((button) => button.label));
    expect(await press.followUp()).toMatchObject({ content: EXPIRED, flags: MessageFlags.Ephemeral });
  });
});
