/** Renders the list of indexed articles for /sources. */
import type { ArticleMeta, IndexStatus } from '../types.ts';
import { fitEmbed, LIMITS } from './limits.ts';
import { escapeText } from './markdown.ts';
import { NO_MENTIONS, textReply, type ReplyPayload } from './reply.ts';

/** One line per article — title, outlet, date, file — as many as fit, then how many more. */
export function renderSources(sources: readonly ArticleMeta[], status: IndexStatus): ReplyPayload {
  if (sources.length === 0) return textReply('No articles are indexed yet.');
  const lines: string[] = [];
  let length = 0;
  for (const [index, meta] of sources.entries()) {
    const line = `**${escapeText(meta.title)}** — ${[meta.outlet && escapeText(meta.outlet), meta.date].filter(Boolean).join(' · ')} \`${meta.file.replaceAll('`', "'")}\``;
    const rest = `…and ${sources.length - index} more`;
    // Keep room for the "…and N more" line.
    if (length + line.length + 1 > LIMITS.embedDescription - rest.length - 1) {
      lines.push(rest);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  const embed = fitEmbed({
    title: `Indexed articles (${sources.length})`,
    description: lines.join('\n'),
    footer: { text: `Index built ${status.builtAt} · ${status.passages} passages${status.reindexing ? ' · reindexing now' : ''}` },
  });
  return { embeds: [embed], components: [], allowedMentions: NO_MENTIONS };
}
