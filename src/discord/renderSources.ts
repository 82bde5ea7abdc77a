/** Renders the list of indexed articles for /sources, one page at a time, with Previous / Next. */
import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import type { ArticleMeta, IndexStatus } from '../types.ts';
import { truncate } from '../text/truncate.ts';
import { sourcesButtonId } from './customIds.ts';
import { fitEmbed } from './limits.ts';
import { escapeText, maskedLink } from './markdown.ts';
import { NO_MENTIONS, textReply, type ReplyPayload } from './reply.ts';

/** Articles per page: each line is at most ~350 characters, so a page always fits a description. */
export const SOURCES_PER_PAGE = 10;

/**
 * Page `page` (0-based, clamped) of the articles: one line each — title (linked to its url),
 * then outlet and date when known, then the file — and buttons to the pages either side.
 */
export function renderSources(sources: readonly ArticleMeta[], status: IndexStatus, page = 0): ReplyPayload {
  if (sources.length === 0) return textReply('No articles are indexed yet. Put `.txt` files in the corpus folder, then run `/reindex`.');
  const pages = Math.ceil(sources.length / SOURCES_PER_PAGE);
  const shown = Math.min(Math.max(0, page), pages - 1);
  const lines = sources.slice(shown * SOURCES_PER_PAGE, (shown + 1) * SOURCES_PER_PAGE).map(sourceLine);
  const embed = fitEmbed({
    title: `Indexed articles (${sources.length})`,
    description: lines.join('\n'),
    footer: { text: [pages > 1 && `Page ${shown + 1} of ${pages}`, `${status.passages} passages`, status.reindexing && 'reindexing now'].filter(Boolean).join(' · ') },
    ...(status.builtAt ? { timestamp: status.builtAt } : {}),
  });
  return { embeds: [embed], components: pages > 1 ? [pageButtons(shown, pages)] : [], allowedMentions: NO_MENTIONS };
}

/** `**Title** — outlet · date \`file\``, without the dash when neither outlet nor date is known. */
function sourceLine(meta: ArticleMeta): string {
  const title = maskedLink(`**${escapeText(truncate(meta.title, 150))}**`, meta.url);
  const details = [meta.outlet && escapeText(truncate(meta.outlet, 40)), meta.date].filter(Boolean).join(' · ');
  return `${title}${details ? ` — ${details}` : ''} \`${truncate(meta.file, 100).replaceAll('`', "'")}\``;
}

function pageButtons(page: number, pages: number): APIActionRowComponent<APIButtonComponent> {
  const button = (to: number, label: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: sourcesButtonId(to),
    label,
    ...(to < 0 || to >= pages ? { disabled: true } : {}),
  });
  // Both always shown, the one leading nowhere disabled, so the buttons do not jump about.
  return { type: ComponentType.ActionRow, components: [button(page - 1, 'Previous'), button(page + 1, 'Next')] };
}
