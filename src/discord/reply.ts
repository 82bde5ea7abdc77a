/**
 * The shape every renderer returns, ready for `reply`, `editReply`, `followUp` or `message.reply`.
 * Every payload carries `allowedMentions: { parse: [] }`, so nothing Byline posts can ping anyone.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { LIMITS } from './limits.ts';
import { truncate } from '../text/truncate.ts';

/** Allowed mentions that allow none (and, for message replies, do not ping the author either). */
export const NO_MENTIONS: { readonly parse: readonly [] } = { parse: [] };

export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: typeof NO_MENTIONS;
}

/** A plain text reply, trimmed to Discord's message limit. */
export function textReply(content: string): ReplyPayload {
  return { content: truncate(content, LIMITS.content), embeds: [], components: [], allowedMentions: NO_MENTIONS };
}
