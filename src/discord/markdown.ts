/**
 * Making text safe to show in Discord markdown: user input and article text are escaped so they
 * cannot format, fake a mention or ping anyone; the answer's words are then set in bold.
 */

const ZERO_WIDTH_SPACE = '\u200b';

/** Discord's mention and emoji markup (`<@id>`, `<@&id>`, `<#id>`, `<:name:id>`, @everyone, @here). */
const CHAT_MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|(?<![\w.])@(?:everyone|here)(?![\w@]|\.\w)/g;

/** A question without mentions and custom emoji: they are addressed to people, not to the corpus. */
export function withoutChatMarkup(text: string): string {
  return text.replace(CHAT_MARKUP, ' ').replace(/\s+/g, ' ').trim();
}

/** Characters that open inline markup (bold, italics, strike, spoiler, code, masked links) and the escape itself. */
const INLINE_MARKUP = /[\\*_~|`[\]]/g;
/** Markup that only counts at the start of a line: headings, subtext, block quotes, bulleted lists. */
const LINE_START_MARKUP = /^([ \t]*)(?=#|>|-[ \t#]|\+[ \t])/gm;
/** Numbered lists ("1. "), escaped on their dot. */
const NUMBERED_LIST = /^([ \t]*\d+)\./gm;

/**
 * Discord's angle-bracket markup: mentions (`<@id>`, `<@&id>`, `<#id>`), slash-command mentions
 * (`</name:id>`), timestamps (`<t:1700000000:R>`) and custom emoji (`<:name:id>`, `<a:name:id>`).
 */
const ANGLE_MARKUP = /<(?=[@#/:]|[at]:)/g;

/**
 * Escapes every character that could start markup, so the text shows as written (a backslash
 * before punctuation shows that character literally; discord.js's `escapeMarkdown` escapes by
 * pattern and leaves e.g. runs of asterisks partly live), and neutralises mentions (`@everyone`,
 * `@here`, and every {@link ANGLE_MARKUP}) by putting a zero-width space after the sigil. Replies
 * also send `allowedMentions: { parse: [] }`; this keeps the text from even looking like a mention,
 * a clickable command, a localised time or an emoji.
 */
export function escapeText(text: string): string {
  return text
    .replace(INLINE_MARKUP, '\\$&')
    .replace(LINE_START_MARKUP, '$1\\')
    .replace(NUMBERED_LIST, '$1\\.')
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(ANGLE_MARKUP, `<${ZERO_WIDTH_SPACE}`);
}

/** Longer URLs are not linked: a field trimmed to Discord's limit would cut the link into raw markup. */
const MAX_LINKED_URL = 512;

/**
 * A masked link `[label](url)` when `url` is an http(s) URL of at most 512 characters, else
 * `label` alone. `label` must be escaped already; the URL is percent-encoded where it could close
 * the link early.
 */
export function maskedLink(label: string, url: string | undefined): string {
  const safe = safeUrl(url);
  return safe === undefined || safe.length > MAX_LINKED_URL ? label : `[${label}](${safe})`;
}

/** `url` normalised when it is a well-formed http(s) URL; anything else (javascript:, junk) gives `undefined`. */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
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
 * of letters or digits match whole words only, so "Norland" does not bold part of "Norlanders".
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
