/**
 * Discord's size limits for messages and embeds, and helpers that keep any text within them by
 * trimming at a word boundary with "…" rather than letting Discord reject the reply.
 */
import type { APIEmbed } from 'discord.js';
import { truncate } from '../text/truncate.ts';

/** Documented maximum lengths (in UTF-16 code units, which never undercounts Discord's characters). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author together. */
  embedTotal: 6000,
  choiceName: 100,
  choiceValue: 100,
  choices: 25,
} as const;



/** The length Discord counts against {@link LIMITS.embedTotal}. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
}

/**
 * Returns a copy of `embed` within every embed limit: each part trimmed, at most 25 fields, and
 * the total under 6,000 — by dropping trailing fields, then shortening the description.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, LIMITS.embedTitle);
  if (embed.description !== undefined) fitted.description = truncate(embed.description, LIMITS.embedDescription);
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footer) };
  if (embed.author) fitted.author = { ...embed.author, name: truncate(embed.author.name, LIMITS.authorName) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, LIMITS.fields).map((field) => ({
      ...field,
      name: truncate(field.name, LIMITS.fieldName) || '\u200b',
      value: truncate(field.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  while (embedLength(fitted) > LIMITS.embedTotal && fitted.fields && fitted.fields.length > 0) {
    fitted.fields = fitted.fields.slice(0, -1);
  }
  const excess = embedLength(fitted) - LIMITS.embedTotal;
  if (excess > 0 && fitted.description) {
    fitted.description = truncate(fitted.description, Math.max(0, fitted.description.length - excess));
  }
  if (embedLength(fitted) > LIMITS.embedTotal && fitted.footer) {
    fitted.footer = { ...fitted.footer, text: truncate(fitted.footer.text, Math.max(0, fitted.footer.text.length - (embedLength(fitted) - LIMITS.embedTotal))) };
  }
  return fitted;
}
