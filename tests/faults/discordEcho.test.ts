/**
 * Echoed questions in Discord replies cannot ping or render as markup. The question is echoed in
 * the answer embed's title (src/discord/renderAnswer.ts); tests/discord/render.test.ts covers
 * bold, @everyone/@here and user, role and channel mentions. These add the rest: code fences,
 * inline code, strike, spoilers, masked links, line-start markup and line breaks, and long text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/discord/limits.ts';
import { escapeText } from '../../src/discord/markdown.ts';
import { renderAnswer } from '../../src/discord/renderAnswer.ts';
import type { Response } from '../../src/types.ts';

/** The title of the answer embed for a question echoed as `query`. */
function echoedTitle(query: string): { title: string; allowedMentions: unknown } {
  const response: Response = { command: 'search', query, answers: [{ text: 'An answer', citations: [{ file: 'a.txt', paragraph: 1, excerpt: 'An answer here' }] }] };
  const payload = renderAnswer({ response, page: 0, key: 'k', article: () => undefined, status: { builtAt: '', articles: 1, passages: 1, reindexing: false } });
  return { title: payload.embeds[0]?.title ?? '', allowedMentions: payload.allowedMentions };
}

/** The title with every backslash-escaped character blanked out: what is left may not hold live markup. */
const unescaped = (title: string) => title.replace(/\\./gs, '·');

describe('an echoed question', () => {
  it.each([
    ['a run of asterisks', '***x*** ****', 'Search: \\*\\*\\*x\\*\\*\\* \\*\\*\\*\\*'],
    ['a lone pipe and backslash', 'a | b \\ c', 'Search: a \\| b \\\\ c'],
    ['a code fence', '```js\nalert(1)\n```', 'Search: \\`\\`\\`js alert(1) \\`\\`\\`'],
    ['inline code', 'the `rm -rf` plan', 'Search: the \\`rm -rf\\` plan'],
    ['strike and spoiler', '~~gone~~ ||secret||', 'Search: \\~\\~gone\\~\\~ \\|\\|secret\\|\\|'],
    ['underline and italics', '__u__ _i_ *i*', 'Search: \\_\\_u\\_\\_ \\_i\\_ \\*i\\*'],
    ['a masked link', '[click me](https://evil.example)', 'Search: \\[click me\\](https://evil.example)'],
    ['line-start markup on later lines', 'hi\n# Heading\n> quote\n- item\n1. first', 'Search: hi # Heading > quote - item 1. first'],
    ['a role mention', 'ask <@&123456> now', 'Search: ask <\u200b@&123456> now'],
    ['a nickname mention', '<@!123456789012345678>', 'Search: <\u200b@!123456789012345678>'],
    ['@everyone in another case', '@EVERYONE and @Here', 'Search: @\u200bEVERYONE and @\u200bHere'],
  ])('cannot render %s', (_name, query, title) => {
    expect(echoedTitle(query).title).toBe(title);
  });

  it('mentions nobody, whatever it says', () => {
    expect(echoedTitle('@everyone <@123> <@&1>').allowedMentions).toEqual({ parse: [] });
  });

  it('is cut to the title limit without undoing an escape', () => {
    const { title } = echoedTitle(`${'x'.repeat(6000)} @everyone`);
    expect(title.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(echoedTitle(`${'*'.repeat(400)}`).title).toMatch(/^Search: (\\\*)+\\?…$/);
  });

  it('never leaves live markup, a mention or a line break, for any text', () => {
    const markup = fc.constantFrom('*', '_', '~', '|', '`', '[', ']', '(', ')', '#', '>', '-', '1.', '@', '<', '&', '!', '\\', '\n', ' ', 'a', 'everyone', 'here', '123');
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 60 }).map((parts) => parts.join('')), (query) => {
        const rest = unescaped(echoedTitle(query).title);
        expect(rest).not.toMatch(/[*_~|`\n]/);
        expect(rest).not.toMatch(/@(everyone|here)|<[@#](?!\u200b)/i);
        expect(rest).not.toMatch(/\[[^\]]*\]\(/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('escapeText in article excerpts', () => {
  it('escapes masked links and line-start markup, which render in embed descriptions', () => {
    expect(escapeText('[x](https://evil.example)\n# Heading\n- item\n2. second')).toBe('\\[x\\](https://evil.example)\n\\# Heading\n\\- item\n2\\. second');
  });
});
