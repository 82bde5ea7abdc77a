/**
 * Renders one page of an engine `Response` as a Discord reply: the answer, the excerpt with the
 * answer's words in bold, the citations with their articles, and the More / 👍 / 👎 buttons.
 * Pure: the same input always gives the same payload, and the payload is always within limits.
 */
import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbedField } from 'discord.js';
import type { Answer, ArticleMeta, Citation, Command, IndexStatus, Response } from '../types.ts';
import { moreButtonId, voteButtonId } from './customIds.ts';
import { fitEmbed } from './limits.ts';
import { truncate } from '../text/truncate.ts';
import { blockquote, emphasize, escapeText } from './markdown.ts';
import { NO_MENTIONS, textReply, type ReplyPayload } from './reply.ts';
import { NO_ANSWER } from '../render/text.ts';

/** The plain reply when the corpus does not answer: the same words in every face. */
export { NO_ANSWER };

export interface AnswerPage {
  response: Response;
  /** 0-based index into `response.answers`. */
  page: number;
  /** The {@link AnswerStore} key the buttons refer to. */
  key: string;
  /** The article a citation names (a lookup: the corpus may hold hundreds of thousands). */
  article: (file: string) => ArticleMeta | undefined;
  status: IndexStatus;
}

/** Shown, ephemerally where possible, when the corpus does not support an answer. */

const MAX_CITATION_FIELDS = 5;
const MAX_ALTERNATIVES = 5;
const EMBED_COLOR = 0x2f6f9f;
const LABEL: Record<Command, string> = { who: 'Who', when: 'When', quote: 'Quote', search: 'Search', auto: 'Question' };

/** The reply for one page of answers; a plain no-answer reply when `response.answers` is empty. */
export function renderAnswer(view: AnswerPage): ReplyPayload {
  const answer = view.response.answers[view.page];
  if (!answer) return textReply(NO_ANSWER);
  const command = view.response.routed ?? view.response.command;

  const embed = fitEmbed({
    color: EMBED_COLOR,
    // A title is one line: a question's line breaks would otherwise start markup (code fences, headings).
    title: `${LABEL[command]}: ${escapeText(view.response.query.replace(/\s+/g, ' ').trim())}`,
    description: describe(command, answer),
    fields: [...citationFields(answer.citations, view.article), ...alternativesField(answer)],
    footer: { text: footer(view, answer) },
  });
  return { embeds: [embed], components: [buttons(view)], allowedMentions: NO_MENTIONS };
}

/** The answer itself, then the first citation's excerpt with the answer's words in bold, then any note. */
function describe(command: Command, answer: Answer): string {
  const parts = [headline(command, answer)];
  const excerpt = answer.citations[0]?.excerpt;
  if (excerpt && excerpt !== answer.text) {
    parts.push(blockquote(emphasize(truncate(excerpt, 1500), phrasesToBold(answer, excerpt))));
  }
  // A warning sign only where sources disagree; other notes (a profile's coverage) are plain.
  if (answer.note) parts.push(`${answer.alternatives?.length ? '⚠️ ' : ''}${escapeText(answer.note)}`);
  return parts.filter((part) => part !== '').join('\n\n');
}

function headline(command: Command, answer: Answer): string {
  const text = escapeText(truncate(answer.text, 1500));
  // A quotation, unless the "speaker" is the answer itself (a who-said answer naming the person).
  if (command === 'quote' || (answer.speaker !== undefined && answer.speaker !== answer.text)) {
    const speaker = answer.speaker ? `**${escapeText(answer.speaker)}**` : '*unattributed*';
    const cue = answer.cue ? ` (${escapeText(answer.cue)})` : '';
    return `${blockquote(`“${text}”`)}\n— ${speaker}${cue}`;
  }
  if (command === 'when') return `**${text}**${answer.date ? ` — ${answer.date}` : ''}`;
  if (command === 'who') return `**${text}**${answer.role && !answer.text.includes(answer.role) ? ` — ${escapeText(answer.role)}` : ''}`;
  // A search answer is a passage: shown once, with the matched words in bold — as the excerpt
  // below when the excerpt differs from it, else here (describe() skips an excerpt equal to it).
  const excerpt = answer.citations[0]?.excerpt;
  return excerpt && excerpt !== answer.text ? '' : blockquote(emphasize(truncate(answer.text, 1500), answer.matched ?? []));
}

/** The answer's own words when the excerpt contains them; otherwise the matched query terms. */
function phrasesToBold(answer: Answer, excerpt: string): string[] {
  const containsAnswer = excerpt.toLowerCase().includes(answer.text.trim().toLowerCase());
  return containsAnswer && answer.text.trim() !== '' ? [answer.text] : (answer.matched ?? []);
}

function citationFields(citations: readonly Citation[], articleOf: AnswerPage['article']): APIEmbedField[] {
  return citations.slice(0, MAX_CITATION_FIELDS).map((citation, index) => {
    const meta = articleOf(citation.file);
    const article = meta
      ? [`*${escapeText(meta.title)}*`, meta.outlet && escapeText(meta.outlet), meta.date].filter(Boolean).join(' · ')
      : '*article not in the index*';
    // The first excerpt is already in the description; further ones show what else agrees.
    const excerpt = index > 0 ? `\n${blockquote(escapeText(truncate(citation.excerpt, 300)))}` : '';
    return { name: `📄 ${citation.file} · ¶${citation.paragraph}`, value: truncate(article, 600) + excerpt };
  });
}

function alternativesField(answer: Answer): APIEmbedField[] {
  const alternatives = answer.alternatives ?? [];
  if (alternatives.length === 0) return [];
  const lines = alternatives.slice(0, MAX_ALTERNATIVES).map((alternative) => {
    const date = alternative.date ? ` — ${alternative.date}` : '';
    const where = alternative.citations[0] ? ` (${alternative.citations[0].file} ¶${alternative.citations[0].paragraph})` : '';
    return `• ${escapeText(truncate(alternative.text, 200))}${date}${escapeText(where)}`;
  });
  return [{ name: 'Other sources say', value: lines.join('\n') }];
}

/** Why this answer (matched terms), which page, and how fresh the index is. */
function footer(view: AnswerPage, answer: Answer): string {
  const why = answer.matched?.length ? `Why: ${answer.matched.join(', ')}` : undefined;
  const page = view.response.answers.length > 1 ? `Answer ${view.page + 1} of ${view.response.answers.length}` : undefined;
  const index = `Index built ${view.status.builtAt} · ${view.status.articles} articles`;
  return [why && truncate(why, 300), page, index].filter(Boolean).join(' · ');
}

function buttons(view: AnswerPage): APIActionRowComponent<APIButtonComponent> {
  const next = view.page + 1;
  const more: APIButtonComponent[] = next < view.response.answers.length
    ? [{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: moreButtonId(view.key, next), label: `More (${next + 1}/${view.response.answers.length})` }]
    : [];
  return {
    type: ComponentType.ActionRow,
    components: [
      ...more,
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: voteButtonId(view.key, view.page, 'up'), emoji: { name: '👍' } },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: voteButtonId(view.key, view.page, 'down'), emoji: { name: '👎' } },
    ],
  };
}
