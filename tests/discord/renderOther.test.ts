import { describe, expect, it } from 'vitest';
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

  it('says how many more when the list does not fit', () => {
    const embed = renderSources(Array.from({ length: 500 }, (_, i) => article(i)), FAKE_STATUS).embeds[0];
    expect(embed?.description?.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed?.description).toMatch(/\n…and \d+ more$/);
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
