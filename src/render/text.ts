import type { Answer, ArticleMeta, IndexReport, Response } from '../types.ts';
import { truncate } from '../text/truncate.ts';

/** Shown when the corpus does not support an answer. */
export const NO_ANSWER = "The coverage doesn't answer that.";

export interface TextOptions {
  /** The article a citation names, for its title, outlet, date and url; without it, files only. */
  article?: (file: string) => ArticleMeta | undefined;
  /** Answers shown. Default 3. */
  limit?: number;
}

/** A Response as plain text for the console and the CLI: the answers, each with its sources. */
/** Said before the answers when they come from an index that may not match the corpus now. */
export function staleLine(response: Response): string | undefined {
  return response.stale === undefined ? undefined : `(Answered from an older index: ${response.stale}.)`;
}

/** The reply when the corpus does not answer, with what the coverage does say when the engine knows it. */
export function noAnswerText(response: Response): string {
  return [NO_ANSWER, response.note].filter((line) => line !== undefined).join(' ');
}

export function renderText(response: Response, options: TextOptions = {}): string {
  const stale = [staleLine(response)].filter((line) => line !== undefined);
  if (response.answers.length === 0) return [...stale, noAnswerText(response)].join('\n');
  const limit = options.limit ?? 3;
  const shown = response.answers.slice(0, limit).map((answer, i) => renderAnswer(answer, i + 1, options.article));
  const more = response.answers.length - limit;
  return [...stale, [...shown, ...(more > 0 ? [`(${more} more)`] : [])].join('\n\n')].join('\n');
}

function renderAnswer(answer: Answer, rank: number, articleOf: TextOptions['article']): string {
  const head = answer.speaker !== undefined ? `“${answer.text}” — ${answer.speaker}${answer.cue ? ` (${answer.cue})` : ''}` : answer.text;
  const role = answer.role !== undefined && !answer.text.includes(answer.role) ? answer.role : undefined;
  const details = [role, answer.date].filter(Boolean).join(', ');
  const lines = [`${rank}. ${head}${details ? ` [${details}]` : ''}`];
  if (answer.note !== undefined) lines.push(`   ${answer.note}`);
  const described = new Set<string>();
  for (const citation of answer.citations.slice(0, 3)) {
    lines.push(`   ↳ ${citation.file} ¶${citation.paragraph}: ${truncate(citation.excerpt, 200)}`);
    // The article once per answer, under its first citation.
    const meta = described.has(citation.file) ? undefined : articleOf?.(citation.file);
    described.add(citation.file);
    if (meta) lines.push(`     ${articleLine(meta)}`);
  }
  const sources = answer.sources ?? answer.citations.length;
  if (sources > 3) lines.push(`   ↳ and ${sources - 3} more sources`);
  return lines.join('\n');
}

/** "Title — Outlet, 2024-04-19 <url>", each part when known. */
function articleLine(meta: ArticleMeta): string {
  const details = [meta.outlet, meta.date].filter(Boolean).join(', ');
  return `${meta.title}${details ? ` — ${details}` : ''}${meta.url ? ` <${meta.url}>` : ''}`;
}

/** The indexed articles, one line each. */
export function renderSources(articles: readonly ArticleMeta[]): string {
  return articles.map((a) => `${a.file}: ${articleLine(a)}`).join('\n');
}

/** What a (re)index did, including every file skipped and why. */
export function renderReport(report: IndexReport): string {
  const lines = [
    `${report.unsaved === undefined ? 'Indexed' : 'Indexed (in memory only, not saved)'} ${report.articles} articles: ${report.passages} passages, ${report.quotes} quotes, ${report.people} people in ${report.ms} ms (${report.extracted} re-extracted).`,
  ];
  for (const skipped of report.skipped) lines.push(`  skipped ${skipped.file}: ${skipped.reason}`);
  for (const note of report.notes) lines.push(`  note ${note.file}: ${note.reason}`);
  if (report.unsaved !== undefined) lines.push(`  warning: ${report.unsaved}.`);
  return lines.join('\n');
}
