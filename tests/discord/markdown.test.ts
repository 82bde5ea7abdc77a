import { describe, expect, it } from 'vitest';
import { withoutChatMarkup } from '../../src/discord/markdown.ts';

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
