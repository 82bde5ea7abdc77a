/** Renders /reindex progress and its final report. */
import type { IndexReport, SkippedFile } from '../types.ts';
import { fitEmbed } from './limits.ts';
import { escapeText } from './markdown.ts';
import { NO_MENTIONS, textReply, type ReplyPayload } from './reply.ts';

/** "Reindexing… 3/12 files" while a rebuild runs. */
export function renderProgress(done: number, total: number): ReplyPayload {
  return textReply(total > 0 ? `Reindexing… ${done}/${total} files` : 'Reindexing…');
}

/** Counts, time taken and each skipped file with its reason. */
export function renderIndexReport(report: IndexReport): ReplyPayload {
  const counts = [
    `**${report.articles}** articles`,
    `**${report.passages}** passages`,
    `**${report.quotes}** quotes`,
    `**${report.people}** people`,
  ].join(' · ');
  const timing = `Took ${(report.ms / 1000).toFixed(1)} s; ${report.extracted} file${report.extracted === 1 ? '' : 's'} re-read.`;
  const line = (entry: SkippedFile) => `• \`${entry.file.replaceAll('`', "'")}\` — ${escapeText(entry.reason)}`;
  const skipped = report.skipped.map(line);
  const notes = report.notes.map(line);
  const embed = fitEmbed({
    title: 'Reindex complete',
    description: [counts, timing].join('\n'),
    fields: [
      ...(skipped.length > 0 ? [{ name: `Skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'}`, value: skipped.join('\n') }] : []),
      ...(notes.length > 0 ? [{ name: `Indexed with notes`, value: notes.join('\n') }] : []),
    ],
  });
  return { embeds: [embed], components: [], allowedMentions: NO_MENTIONS };
}
