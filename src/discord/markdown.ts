/**
 * Making text safe to show in Discord markdown: user input and article text are escaped so they
 * cannot format, fake a mention or ping anyone; the answer's words are then set in bold.
 */
import { escapeMarkdown } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Escapes markdown and neutralises mentions (`@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`)
 * by putting a zero-width space after the sigil. Replies also send `allowedMentions: { parse: [] }`;
 * this keeps the text from even looking like a mention.
 */
/** Discord's mention and emoji markup (`<@id>`, `<@&id>`, `<#id>`, `<:name:id>`, @everyone, @here). */
const CHAT_MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|(?<![\w.])@(?:everyone|here)(?![\w@]|\.\w)/g;

/** A question without mentions and custom emoji: they are addressed to people, not to the corpus. */
export function withoutChatMarkup(text: string): string {
  return text.replace(CHAT_MARKUP, ' ').replace(/\s+/g, ' ').trim();
}

export function escapeText(text: string): string {
  return escapeMarkdown(text)
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#])/g, `<$1${ZERO_WIDTH_SPACE}`);
}

/** Prefixes every line with "> " so the whole text renders as one blockquote. */
export function blockquote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/**
 * Escapes `raw` and sets in bold each case-insensitive occurrence of the `phrases`. Phrases made
 * of letters or digits match whole words only, so "Gaza" does not bold part of "Gazans".
 */
export function emphasize(raw: string, phrases: readonly string[]): string {
  const spans = mergeSpans(phrases.flatMap((phrase) => occurrences(raw, phrase)));
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += escapeText(raw.slice(at, start)) + `**${escapeText(raw.slice(start, end))}**`;
    at = end;
  }
  return out + escapeText(raw.slice(at));
}

function occurrences(text: string, phrase: string): Array<[number, number]> {
  const trimmed = phrase.trim();
  if (trimmed === '') return [];
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}

function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}
