/** Reading a question out of a message that mentions the bot. */

/**
 * The message text with the bot's mentions (`<@id>`, `<@!id>`) removed and whitespace tidied;
 * `undefined` when the text does not mention the bot at all.
 */
export function questionFromMention(content: string, botId: string): string | undefined {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  if (!mention.test(content)) return undefined;
  return content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

/** True for "reindex" (optionally "/reindex"), the one moderator command a mention can run. */
export function isReindexRequest(question: string): boolean {
  return /^\/?reindex[.!]?$/i.test(question);
}
