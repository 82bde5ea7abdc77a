/**
 * Every slash command through the real client and the real engine on a copy of the seeds: the
 * embed a user sees, the file it cites, autocomplete of speakers, and paging with "More".
 * Questions and expected files come from eval/dev.jsonl.
 */
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ONLY_ASKER } from '../../src/discord/onButton.ts';
import type { OptionValue } from '../helpers/fakeDiscord.ts';
import { buttonIds, buttonsOf, citedFiles, embedOf, useSeedBotPerTest } from './harness.ts';

// One engine for the file; a fresh bot per test, so that no test spends another's question limit.
const { bot, corpus } = useSeedBotPerTest();

describe('answer commands', () => {
  it.each<{ asks: string; name: string; options: Record<string, OptionValue>; title: string; says: RegExp; cites: string }>([
    { asks: '/who about Italy\'s foreign minister', name: 'who', options: { question: "Who is Italy's foreign minister?" }, title: "Who: Who is Italy's foreign minister?", says: /\*\*Antonio Tajani\*\*/, cites: '001_cbc0cb32dec4f16f.txt' },
    { asks: '/when about explosions in Isfahan', name: 'when', options: { question: 'When did explosions rock Isfahan?' }, title: 'When: When did explosions rock Isfahan?', says: /^\*\*[^*]*Friday[^*]*\*\*/, cites: '001_cbc0cb32dec4f16f.txt' },
    { asks: '/quote by speaker', name: 'quote', options: { speaker: 'Vatanka' }, title: 'Quote: Vatanka', says: /perception of an American absence[\s\S]*— \*\*[^*]*Vatanka\*\*/, cites: '002_4c6accdc8b3529ad.txt' },
    { asks: '/quote by speaker and topic', name: 'quote', options: { speaker: 'Blinken', topic: 'trucks into Gaza' }, title: 'Quote: Blinken on trucks into Gaza', says: /100 trucks going into Gaza[\s\S]*— \*\*[^*]*Blinken\*\*/, cites: '003_adb7a3f4ab66ffd7.txt' },
    { asks: '/search', name: 'search', options: { query: 'Isfahan' }, title: 'Search: Isfahan', says: /\*\*Isfahan\*\*/, cites: '001_cbc0cb32dec4f16f.txt' },
  ])('$asks answers in a public embed citing $cites', async ({ name, options, title, says, cites }) => {
    const run = bot().fake.sendCommand({ name, options });

    expect((await run.reply()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const answer = await run.final();
    const embed = embedOf(answer);
    expect(answer.flags ?? 0).not.toBe(MessageFlags.Ephemeral);
    expect(embed.title).toBe(title);
    expect(embed.description).toMatch(says);
    expect(citedFiles(answer)[0]).toBe(cites);
    expect(buttonIds(answer).some((id) => id.endsWith(':up'))).toBe(true);
    expect(embed.footer?.text).toMatch(/5 articles indexed$/);
    expect(embed.timestamp).toBe(corpus().engine.status().builtAt);
  });
});

describe('/sources and /help', () => {
  it('/sources lists the five indexed seed files with their titles, to the asker only', async () => {
    const answer = await bot().fake.sendCommand({ name: 'sources' }).final();
    const embed = embedOf(answer);
    expect(answer.flags).toBe(MessageFlags.Ephemeral);

    expect(embed.title).toBe('Indexed articles (5)');
    const lines = embed.description?.split('\n') ?? [];
    expect(lines.map((line) => /`([^`]+)`$/.exec(line)?.[1])).toEqual(corpus().engine.sources().map((meta) => meta.file));
    expect(lines.map((line) => /`([^`]+)`$/.exec(line)?.[1]).sort()).toEqual([
      '000_e4b8d3ec31a360ab.txt',
      '001_cbc0cb32dec4f16f.txt',
      '002_4c6accdc8b3529ad.txt',
      '003_adb7a3f4ab66ffd7.txt',
      '004_02774eaf9817e7b4.txt',
    ]);
    expect(lines.every((line) => /^\*\*.+\*\*( — \S.*)? `[^`]+`$/.test(line))).toBe(true);
    expect(embed.description).not.toMatch(/— +`/);
  });

  it('/help answers only the asker, listing every command', async () => {
    const run = bot().fake.sendCommand({ name: 'help' });
    const reply = await run.reply();
    const help = await run.final();

    expect(reply.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(help.flags).toBe(MessageFlags.Ephemeral);
    const embed = embedOf(help);
    expect(embed.title).toBe('Byline help');
    for (const name of ['who', 'when', 'quote', 'search', 'sources', 'reindex', 'help']) expect(embed.description).toContain(`\`/${name}\` — `);
  });
});

describe('/quote speaker autocomplete', () => {
  it('offers the quoted speakers matching what was typed', async () => {
    const reply = await bot().fake.sendAutocomplete({ name: 'quote', options: { speaker: 'blin' }, focused: 'speaker' }).reply();
    const choices = (reply.data as { choices: Array<{ name: string; value: string }> }).choices;

    expect(reply.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(choices[0]?.name).toMatch(/Blinken$/);
    expect(choices.every((choice) => choice.name === choice.value)).toBe(true);
  });

  it('offers at most 25 speakers when nothing is typed yet, and none for a name nobody has', async () => {
    const all = await bot().fake.sendAutocomplete({ name: 'quote', options: { speaker: '' }, focused: 'speaker' }).reply();
    const none = await bot().fake.sendAutocomplete({ name: 'quote', options: { speaker: 'Zyxwvut' }, focused: 'speaker' }).reply();

    const allChoices = (all.data as { choices: unknown[] }).choices;
    expect(allChoices.length).toBeGreaterThan(1);
    expect(allChoices.length).toBeLessThanOrEqual(25);
    expect(none).toMatchObject({ status: 204, data: { choices: [] } });
  });
});

describe('the More button', () => {
  it('pages the asker to the next answer, and refuses anyone else', async () => {
    const expected = (await corpus().engine.ask({ command: 'search', text: 'Blinken' })).answers;
    const first = await bot().fake.sendCommand({ name: 'search', options: { query: 'Blinken' } }).final();
    const firstPage = { footer: embedOf(first).footer?.text, fields: embedOf(first).fields?.map((field) => field.name), files: citedFiles(first) };
    const more = buttonIds(first).find((id) => id.includes(':more:'));
    expect(more, 'the first page offers More').toBeDefined();
    expect(expected.length).toBeGreaterThan(1);
    expect(firstPage.footer).toContain(`Answer 1 of ${expected.length}`);

    const stranger = await bot().fake.pressButton({ customId: more ?? '', message: first, user: 'moderator' }).reply();
    expect(stranger).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { content: ONLY_ASKER, flags: MessageFlags.Ephemeral } });

    const press = bot().fake.pressButton({ customId: more ?? '', message: first, user: 'member' });
    expect((await press.reply()).type).toBe(InteractionResponseType.UpdateMessage);
    const second = await press.final();
    const cited = (answer: (typeof expected)[number] | undefined) => [...new Set(answer?.citations.map((c) => c.file))].slice(0, 5);
    expect(second.id).toBe(first.id);
    expect(embedOf(second).footer?.text).toContain(`Answer 2 of ${expected.length}`);
    expect(firstPage.files).toEqual(cited(expected[0]));
    expect(citedFiles(second)).toEqual(cited(expected[1]));

    // Page two offers Previous, which goes back to page one.
    const previous = buttonsOf(second).find((button) => button.label?.startsWith('Previous'));
    expect(previous?.label).toBe(`Previous (1/${expected.length})`);
    const back = await bot().fake.pressButton({ customId: previous?.custom_id ?? '', message: second, user: 'member' }).final();
    expect(embedOf(back).footer?.text).toContain(`Answer 1 of ${expected.length}`);
    expect(embedOf(back).fields?.map((field) => field.name)).toEqual(firstPage.fields);
  });
});
