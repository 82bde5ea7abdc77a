import fc from 'fast-check';
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { parseButtonId } from '../../src/discord/customIds.ts';
import { embedLength, fitEmbed, LIMITS } from '../../src/discord/limits.ts';
import { truncate } from '../../src/text/truncate.ts';
import { emphasize, escapeText } from '../../src/discord/markdown.ts';
import { NO_ANSWER, renderAnswer, type AnswerPage } from '../../src/discord/renderAnswer.ts';
import type { ReplyPayload } from '../../src/discord/reply.ts';
import type { Answer, ArticleMeta, Response } from '../../src/types.ts';

const SOURCES: ArticleMeta[] = [
  { file: 'a.txt', title: 'Talks resume in Cairo', outlet: 'Reuters', date: '2024-08-06', credits: [] },
  { file: 'b.txt', title: 'Envoy returns', date: '2024-08-07', credits: [] },
];
const STATUS = { builtAt: '2024-08-08T10:00:00Z', articles: 2, passages: 40, reindexing: false };

function page(response: Partial<Response> & Pick<Response, 'answers'>, index = 0): AnswerPage {
  return { response: { command: 'who', query: 'q', ...response }, page: index, key: 'k3y', article: (file) => SOURCES.find((meta) => meta.file === file), status: STATUS };
}

function embedOf(payload: ReplyPayload): APIEmbed {
  const embed = payload.embeds[0];
  if (!embed) throw new Error('no embed');
  return embed;
}

function expectWithinLimits(payload: ReplyPayload): void {
  expect(payload.allowedMentions).toEqual({ parse: [] });
  expect(payload.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  for (const embed of payload.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  }
  for (const row of payload.components) {
    for (const button of row.components) {
      if ('custom_id' in button) expect(button.custom_id.length).toBeLessThanOrEqual(100);
    }
  }
}

describe('truncate', () => {
  it('cuts at a word boundary and marks the cut with an ellipsis', () => {
    expect(truncate('the quick brown fox', 12)).toBe('the quick…');
  });

  it('leaves text within the limit alone', () => {
    expect(truncate('short', 5)).toBe('short');
  });

  it('cuts inside a word when there is no boundary in reach', () => {
    expect(truncate('supercalifragilistic', 6)).toBe('super…');
  });

  it('never splits a surrogate pair', () => {
    expect(truncate('ab😀😀😀', 4)).toBe('ab…');
  });

  it('always fits and keeps a prefix of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (cut !== text) {
          expect(cut.endsWith('…')).toBe(true);
          expect(text.startsWith(cut.slice(0, -1))).toBe(true);
        }
      }),
    );
  });
});

describe('fitEmbed', () => {
  it('drops trailing fields, not the description, to get under 6,000 in total', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `field ${i}`, value: 'x '.repeat(400) }));
    const fitted = fitEmbed({ title: 't', description: 'd'.repeat(100), fields });
    expect(fitted.description).toBe('d'.repeat(100));
    expect(fitted.fields?.length).toBeLessThan(25);
    expect(embedLength(fitted)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });
});

describe('escapeText', () => {
  it.each([
    ['**bold** and _it_', '\\*\\*bold\\*\\* and \\_it\\_'],
    ['hi @everyone', 'hi @\u200beveryone'],
    ['ping @here now', 'ping @\u200bhere now'],
    ['<@123456789012345678> and <@&42> in <#7>', '<\u200b@123456789012345678> and <\u200b@&42> in <\u200b#7>'],
  ])('escapes %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('emphasize', () => {
  it('bolds whole-word occurrences only, case-insensitively', () => {
    expect(emphasize('Gaza talks; gaza, not Gazans', ['gaza'])).toBe('**Gaza** talks; **gaza**, not Gazans');
  });

  it('merges overlapping phrases into one bold span', () => {
    expect(emphasize('the peace deal now', ['peace deal', 'deal now'])).toBe('the **peace deal now**');
  });

  it('escapes the text inside and outside the bold', () => {
    expect(emphasize('a *b* c', ['*b*'])).toBe('a **\\*b\\*** c');
  });
});

describe('renderAnswer', () => {
  const quote: Answer = {
    text: 'We have your back',
    speaker: 'Jane Doe',
    cue: 'told reporters',
    matched: ['back'],
    citations: [
      { file: 'a.txt', paragraph: 3, excerpt: '"We have your back," Jane Doe told reporters on Friday.' },
      { file: 'b.txt', paragraph: 5, excerpt: 'Doe repeated that the allies had their back.' },
    ],
  };

  it('shows a quotation as a blockquote with its speaker and cue', () => {
    const embed = embedOf(renderAnswer(page({ command: 'quote', answers: [quote] })));
    expect(embed.description).toContain('> “We have your back”\n— **Jane Doe** (told reporters)');
  });

  it('shows a quotation once: the excerpt around it keeps only the words around the quotation', () => {
    const description = embedOf(renderAnswer(page({ command: 'quote', answers: [quote] }))).description ?? '';
    expect(description.match(/We have your back/g)).toHaveLength(1);
    expect(description).toContain('> "…," Jane Doe told reporters on Friday.');
  });

  it('leaves out the excerpt of a quotation that is the whole paragraph', () => {
    const alone: Answer = { ...quote, citations: [{ file: 'a.txt', paragraph: 3, excerpt: '"We have your back."' }] };
    const description = embedOf(renderAnswer(page({ command: 'quote', answers: [alone] }))).description;
    expect(description).toBe('> “We have your back”\n— **Jane Doe** (told reporters)');
  });

  it('bolds the answer inside the excerpt', () => {
    const answer: Answer = { text: 'Jane Doe', role: 'envoy', citations: [{ file: 'a.txt', paragraph: 1, excerpt: 'The envoy, Jane Doe, arrived.' }] };
    expect(embedOf(renderAnswer(page({ command: 'who', answers: [answer] }))).description).toContain('> The envoy, **Jane Doe**, arrived.');
  });

  it('cites every agreeing file with its paragraph and article', () => {
    const fields = embedOf(renderAnswer(page({ command: 'quote', answers: [quote] }))).fields ?? [];
    expect(fields.map((field) => field.name)).toEqual(['📄 a.txt · ¶3', '📄 b.txt · ¶5']);
    expect(fields[0]?.value).toBe('*Talks resume in Cairo* · Reuters · 2024-08-06');
    expect(fields[1]?.value).toContain('*Envoy returns* · 2024-08-07');
    expect(fields[1]?.value).toContain('¶5 > Doe repeated that the allies had their back.');
  });

  it('groups citations by article: one title, several paragraphs', () => {
    const answer: Answer = {
      text: 'x',
      citations: [3, 7, 9].map((paragraph) => ({ file: 'a.txt', paragraph, excerpt: `paragraph ${paragraph}` })).concat([{ file: 'b.txt', paragraph: 1, excerpt: 'other' }]),
    };
    const fields = embedOf(renderAnswer(page({ command: 'search', answers: [answer] }))).fields ?? [];
    expect(fields.map((field) => field.name)).toEqual(['📄 a.txt · ¶3, ¶7, ¶9', '📄 b.txt · ¶1']);
    expect(fields.filter((field) => field.value.includes('Talks resume in Cairo'))).toHaveLength(1);
  });

  it('links the article title, and the embed title, to the article url', () => {
    const linked = { ...SOURCES[0]!, url: 'https://example.com/cairo talks' };
    const view = { ...page({ command: 'quote', answers: [quote] }), article: (file: string) => (file === 'a.txt' ? linked : SOURCES.find((meta) => meta.file === file)) };
    const embed = embedOf(renderAnswer(view));
    expect(embed.url).toBe('https://example.com/cairo%20talks');
    expect(embed.fields?.[0]?.value).toBe('[*Talks resume in Cairo*](https://example.com/cairo%20talks) · Reuters · 2024-08-06');
    expect(embed.fields?.[1]?.value.startsWith('*Envoy returns*')).toBe(true);
  });

  it('escapes file names in citation fields', () => {
    const answer: Answer = { text: 'x', citations: [{ file: 'notes/**draft**_<@123456789012345678>.txt', paragraph: 2, excerpt: 'y' }] };
    const name = embedOf(renderAnswer(page({ command: 'search', answers: [answer] }))).fields?.[0]?.name;
    expect(name).toBe('📄 notes/\\*\\*draft\\*\\*\\_<\u200b@123456789012345678>.txt · ¶2');
  });

  it('shows a person with their role and a time with its resolved date', () => {
    const cite = [{ file: 'a.txt', paragraph: 1, excerpt: 'x' }];
    const who = embedOf(renderAnswer(page({ command: 'who', answers: [{ text: 'Jane Doe', role: 'foreign minister', citations: cite }] })));
    const when = embedOf(renderAnswer(page({ command: 'when', answers: [{ text: 'Friday', date: '2024-08-02', citations: cite }] })));
    expect(who.description?.startsWith('**Jane Doe** — foreign minister')).toBe(true);
    expect(when.description?.startsWith('**Friday** — 2024-08-02')).toBe(true);
  });

  it('shows a who-said answer that names its speaker as a person, not a quotation', () => {
    const answer: Answer = { text: 'Jane Doe', speaker: 'Jane Doe', role: 'envoy', citations: [{ file: 'a.txt', paragraph: 1, excerpt: 'Jane Doe said so.' }] };
    const embed = embedOf(renderAnswer(page({ command: 'who', answers: [answer] })));
    expect(embed.description).toBe('**Jane Doe** — envoy\n\n> **Jane Doe** said so.');
  });

  it("shows reported speech as the story's words, never in quotation marks, with its note", () => {
    const answer: Answer = { text: 'the strike would end by Friday', reported: true, note: 'Mara Voss said this, as the story tells it (not a direct quotation).', citations: [{ file: 'a.txt', paragraph: 1, excerpt: 'Voss said the strike would end by Friday.' }] };
    const embed = embedOf(renderAnswer(page({ command: 'auto', routed: 'quote', query: 'what did Voss say about the strike?', answers: [answer] })));
    expect(embed.description).not.toMatch(/[“”]/);
    expect(embed.description).toContain('> Voss said **the strike would end by Friday**.');
    expect(embed.description).toContain('not a direct quotation');
  });

  it('uses the routed command of an auto question', () => {
    const embed = embedOf(renderAnswer(page({ command: 'auto', routed: 'when', query: 'when did it end?', answers: [{ text: 'Friday', citations: [{ file: 'a.txt', paragraph: 1, excerpt: 'It ended Friday.' }] }] })));
    expect(embed.title).toBe('When: when did it end?');
    expect(embed.description).toContain('> It ended **Friday**.');
  });

  it('shows a note and the alternatives when sources disagree', () => {
    const answer: Answer = {
      text: 'Friday', note: 'Sources disagree on the day.',
      alternatives: [{ text: 'Saturday', date: '2024-08-03', citations: [{ file: 'b.txt', paragraph: 2, excerpt: 'on Saturday' }] }],
      citations: [{ file: 'a.txt', paragraph: 1, excerpt: 'It ended Friday.' }],
    };
    const embed = embedOf(renderAnswer(page({ command: 'when', answers: [answer] })));
    expect(embed.description).toContain('⚠️ Sources disagree on the day.');
    expect(embed.fields?.at(-1)).toEqual({ name: 'Other sources say', value: '• Saturday — 2024-08-03 (b.txt ¶2)' });
  });

  it('puts the question\'s words it matched, the page and the index size in the footer, and the build time in the timestamp', () => {
    const stems = { ...quote, matched: ['hama', 'attack', 'back'] };
    const embed = embedOf(renderAnswer(page({ command: 'quote', query: 'Did Hamas attack? Have their back', answers: [stems, stems] })));
    expect(embed.footer?.text).toBe('Why: Hamas, attack, back · Answer 1 of 2 · 2 articles indexed');
    expect(embed.timestamp).toBe('2024-08-08T10:00:00Z');
  });

  it('offers Previous and More where there are pages, and labelled votes on every page', () => {
    const buttons = (payload: ReplyPayload) => payload.components.flatMap((row) => row.components.map((b) => ('custom_id' in b ? { ...parseButtonId(b.custom_id), label: b.label } : undefined)));
    expect(buttons(renderAnswer(page({ answers: [quote, quote, quote] }, 1)))).toEqual([
      { action: 'page', key: 'k3y', page: 0, label: 'Previous (1/3)' },
      { action: 'page', key: 'k3y', page: 2, label: 'More (3/3)' },
      { action: 'vote', key: 'k3y', page: 1, vote: 'up', label: 'Helpful' },
      { action: 'vote', key: 'k3y', page: 1, vote: 'down', label: 'Not helpful' },
    ]);
    expect(buttons(renderAnswer(page({ answers: [quote, quote] }, 0))).map((b) => b?.label)).toEqual(['More (2/2)', 'Helpful', 'Not helpful']);
    expect(buttons(renderAnswer(page({ answers: [quote, quote] }, 1))).map((b) => b?.label)).toEqual(['Previous (1/2)', 'Helpful', 'Not helpful']);
  });

  it('escapes the echoed question so it cannot format or mention', () => {
    const embed = embedOf(renderAnswer(page({ query: '**who** pinged @everyone and <@123456789012345678>?', answers: [quote] })));
    expect(embed.title).toBe('Who: \\*\\*who\\*\\* pinged @\u200beveryone and <\u200b@123456789012345678>?');
  });

  it('answers plainly when the corpus has no answer', () => {
    expect(renderAnswer(page({ answers: [] }))).toEqual({ content: NO_ANSWER, embeds: [], components: [], allowedMentions: { parse: [] } });
  });

  it('renders any response within every Discord limit', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 3000 });
    const citation = fc.record({ file: fc.string({ minLength: 1, maxLength: 400 }), paragraph: fc.nat(), excerpt: text });
    const answer: fc.Arbitrary<Answer> = fc.record(
      {
        text, speaker: text, role: text, date: fc.string({ maxLength: 20 }), cue: text, note: text,
        matched: fc.array(fc.string({ maxLength: 80 }), { maxLength: 40 }),
        alternatives: fc.array(fc.record({ text, date: fc.string({ maxLength: 20 }), citations: fc.array(citation, { minLength: 1, maxLength: 2 }) }), { maxLength: 8 }),
        citations: fc.array(citation, { minLength: 1, maxLength: 40 }),
      },
      { requiredKeys: ['text', 'citations'] },
    );
    const response: fc.Arbitrary<Response> = fc.record({
      command: fc.constantFrom('who', 'when', 'quote', 'search', 'auto'),
      routed: fc.constantFrom('who', 'when', 'quote', 'search'),
      query: text,
      answers: fc.array(answer, { maxLength: 3 }),
    });
    const sources = fc.array(fc.record({ file: fc.string(), title: text, outlet: text, date: text, credits: fc.constant<ArticleMeta["credits"]>([]) }), { maxLength: 5 });
    fc.assert(
      fc.property(response, sources, fc.nat(3), (resp, metas, index) => {
        expectWithinLimits(renderAnswer({ response: resp, page: index, key: 'abcdefgh', article: (file) => metas.find((meta) => meta.file === file), status: STATUS }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('renderAnswer: what the reply says besides the answers', () => {
  const answer: Answer = { text: 'Ann Lee', citations: [{ file: 'a.txt', paragraph: 3, excerpt: 'Ann Lee led the talks.' }] };

  it('says first that the answers come from an older index, when the engine marks them stale', () => {
    const stale = 'the corpus changed since this index was built; it is being brought up to date';
    const description = embedOf(renderAnswer(page({ answers: [answer], stale }))).description ?? '';
    expect(description.startsWith(`(Answered from an older index: ${stale}.)`)).toBe(true);
    expect(description).toContain('Ann Lee');
    expect(embedOf(renderAnswer(page({ answers: [answer] }))).description).not.toContain('older index');
  });

  it('keeps the stale warning and the engine\'s note on a reply without answers', () => {
    const payload = renderAnswer(page({ answers: [], stale: 'the corpus folder does not exist', note: 'The coverage says the ministry declined to comment.' }));
    expect(payload.embeds).toEqual([]);
    expect(payload.content).toContain('older index: the corpus folder does not exist');
    expect(payload.content).toContain(NO_ANSWER);
    expect(payload.content).toContain('declined to comment');
  });
});
