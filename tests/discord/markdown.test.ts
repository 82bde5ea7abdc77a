import { describe, expect, it } from 'vitest';
import { escapeText, maskedLink, withoutChatMarkup } from '../../src/discord/markdown.ts';

describe('withoutChatMarkup', () => {
  it.each([
    ['@everyone who is the mayor? <@&123456789012345678>', 'who is the mayor?'],
    ['<@123456789012345678> <@!123456789012345678> when did it open', 'when did it open'],
    ['search <#123456789012345678> <:wave:123456789012345678> <a:spin:123456789012345678> ferries @here', 'search ferries'],
    ['email me at someone@here.example', 'email me at someone@here.example'],
  ])('reads %j as %j', (text, expected) => {
    expect(withoutChatMarkup(text)).toBe(expected);
  });
});

describe('escapeText neutralises Discord markup in article text', () => {
  it.each([
    ['a slash-command mention', 'run </reindex:123456789012345678> now'],
    ['a timestamp', 'held on <t:1700000000:F>'],
    ['a short timestamp', 'held on <t:1700000000>'],
    ['a custom emoji', 'great news <:party:123456789012345678>'],
    ['an animated emoji', 'so <a:spin:123456789012345678>'],
    ['a user mention', 'thanks <@123456789012345678>'],
    ['a role mention', 'ping <@&123456789012345678>'],
    ['a channel mention', 'see <#123456789012345678>'],
  ])('%s stays text', (_kind, text) => {
    const escaped = escapeText(text);
    // Discord parses these only as `<` directly followed by the sigil.
    expect(escaped).not.toMatch(/<(?:\/[\w-]+:\d+>|t:\d+|a?:\w+:\d+>|[@#])/);
    expect(escaped.replaceAll('\u200b', '')).toBe(text);
  });
});

describe('maskedLink', () => {
  it('links an http(s) url', () => {
    expect(maskedLink('Title', 'https://example.com/a story')).toBe('[Title](https://example.com/a%20story)');
  });

  it('keeps a url from closing the link early', () => {
    expect(maskedLink('T', 'https://example.com/x)(y')).toBe('[T](https://example.com/x%29%28y)');
  });

  it.each([undefined, 'javascript:alert(1)', 'not a url', 'ftp://example.com/', `https://example.com/${'x'.repeat(600)}`])('shows the label alone for %j', (url) => {
    expect(maskedLink('Title', url)).toBe('Title');
  });
});
