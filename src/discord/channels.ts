/** Where mentions are answered: `ALLOWED_CHANNEL_IDS`, when set. Slash commands are limited by the server's Integrations settings. */

/**
 * True when a mention in this channel may be answered: no list is configured, or the channel is
 * listed, or it is a thread whose parent channel is listed (threads belong to their channel).
 */
export function isAllowedChannel(allowed: readonly string[] | undefined, channelId: string, threadParentId?: string | null): boolean {
  if (allowed === undefined) return true;
  return allowed.includes(channelId) || (threadParentId != null && allowed.includes(threadParentId));
}
