import { describe, expect, it } from 'vitest';
import { parseButtonId } from '../../src/discord/customIds.ts';
import { embedLength, LIMITS } from '../../src/discord/limits.ts';
import { renderChoices } from '../../src/discord/renderChoices.ts';
import { renderHelp } from '../../src/discord/renderHelp.ts';
import { renderIndexReport } from '../../src/discord/renderIndexReport.ts';
import { renderSources } from '../../src/discord/renderSources.ts';
import type { ArticleMeta } from '../../src/types.ts';
import { FAKE_REPORT, FAKE_STATUS } from './fakeEngine.ts';

const article = (i: number): ArticleMeta => ({ file: `news/${i}.txt`, title: `Headline number ${i} about *things*`, outlet: 'Reuters', date: '2024-08-06', credits: [] });

describe('renderSources', () => {
  it('shows title, outlet, date and file of each article', () => {
    const payload = renderSources([article(1)], FAKE_STATUS);
    expect(payload.embeds[0]?.description).toBe('**Headline number 1 about \\*things\\*** — Reuters · 2024-08-06 `news/1.txt`');
    expect(payload.allowedMentions).toEqual({ parse: [] });
  });

  it('leaves no dangling dash when an article has neither outlet nor date', () => {
    const bare: ArticleMeta = { file: 'b.txt', title: 'Bare', credits: [] };
    expect(renderSources([bare], FAKE_STATUS).embeds[0]?.description).toBe('**Bare** `b.txt`');
    expect(renderSources([{ ...bare, date: '2024-01-02' }], FAKE_STATUS).embeds[0]?.description).toBe('**Bare** — 2024-01-02 `b.txt`');
  });

  it('links a title to the article url', () => {
    expect(renderSources([{ ...article(1), url: 'https://example.com/1' }], FAKE_STATUS).embeds[0]?.description).toMatch(/^\[\*\*Headline number 1 .*\*\*\]\(https:\/\/example\.com\/1\) — /);
  });

  it('pages through every article, with Previous and Next', () => {
    const articles = Array.from({ length: 25 }, (_, i) => article(i));
    const files = (page: number) => (renderSources(articles, FAKE_STATUS, page).embeds[0]?.description ?? '').split('\n').map((line) => /`([^`]+)`$/.exec(line)?.[1]);
    expect([0, 1, 2].flatMap(files)).toEqual(articles.map((meta) => meta.file));
    const last = renderSources(articles, FAKE_STATUS, 2);
    expect(last.embeds[0]?.footer?.text).toMatch(/^Page 3 of 3 · /);
    const buttons = last.components[0]?.components.map((b) => ('custom_id' in b ? { id: parseButtonId(b.custom_id), label: b.label, disabled: b.disabled } : undefined));
    expect(buttons).toEqual([
      { id: { action: 'sources', page: 1 }, label: 'Previous', disabled: undefined },
      { id: { action: 'sources', page: 3 }, label: 'Next', disabled: true },
    ]);
  });

  it('keeps every page within limits, however long the titles and names', () => {
    const long = Array.from({ length: 30 }, (_, i): ArticleMeta => ({ file: `${'f'.repeat(300)}${i}.txt`, title: 'T'.repeat(3000), outlet: 'O'.repeat(500), date: '2024-08-06', url: `https://example.com/${'u'.repeat(400)}`, credits: [] }));
    for (const page of [0, 1, 2]) expect(embedLength(renderSources(long, FAKE_STATUS, page).embeds[0] ?? {})).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(renderSources(long, FAKE_STATUS, 0).embeds[0]?.description?.length).toBeLessThanOrEqual(LIMITS.embedDescription);
  });
});

describe('renderIndexReport', () => {
  it('stays within limits however many files were skipped', () => {
    const skipped = Array.from({ length: 400 }, (_, i) => ({ file: `broken-${i}.txt`, reason: 'the file is not valid UTF-8 text' }));
    const embed = renderIndexReport({ ...FAKE_REPORT, skipped }).embeds[0];
    expect(embed?.fields?.[0]?.name).toBe('Skipped 400 files');
    expect(embed?.fields?.[0]?.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(embedLength(embed ?? {})).toBeLessThanOrEqual(LIMITS.embedTotal);
  });
});

describe('renderHelp', () => {
  it('lists each command with its description', () => {
    const command = { data: { name: 'who', description: 'Who someone is', toJSON: () => ({ name: 'who', description: 'Who someone is' }) }, execute: async () => {} };
    expect(renderHelp([command]).embeds[0]?.description).toContain('`/who` — Who someone is');
  });
});

describe('renderChoices', () => {
  it('offers at most 25 distinct, usable names', () => {
    const names = ['Jane Doe', 'Jane Doe', '', 'x'.repeat(101), ...Array.from({ length: 40 }, (_, i) => `Person ${i}`)];
    const choices = renderChoices(names);
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: 'Jane Doe', value: 'Jane Doe' });
    expect(choices.every((choice) => choice.value.length <= 100 && choice.name.length <= 100)).toBe(true);
  });
});
