/**
 * Renders one page of an engine `Response` as a Discord reply: the answer, the excerpt with the
 * answer's words in bold, the citations grouped by article (the title linked to the article's
 * url), and the Previous / More / 👍 Helpful / 👎 Not helpful buttons. Pure: the same input
 * always gives the same payload, and the payload is always within limits.
 */
import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbedField } from 'discord.js';
import type { Answer, ArticleMeta, Citation, Command, IndexStatus, Response } from '../types.ts';
import { pageButtonId, voteButtonId } from './customIds.ts';
import { fitEmbed } from './limits.ts';
import { truncate } from '../text/truncate.ts';
import { blockquote, emphasize, escapeText, maskedLink, safeUrl } from './markdown.ts';
import { NO_MENTIONS, textReply, type ReplyPayload } from './reply.ts';
import { NO_ANSWER, noAnswerText, staleLine } from '../render/text.ts';
import { questionWords } from '../render/questionWords.ts';

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

/** Articles shown as citation fields; the rest are counted. */
const MAX_ARTICLE_FIELDS = 5;
/** Further excerpts shown under an article (the first citation's is in the description). */
const MAX_EXCERPTS_PER_ARTICLE = 2;
const MAX_ALTERNATIVES = 5;
/** A quotation's surrounding text is shown when it adds at least this many words. */
const MIN_CONTEXT_WORDS = 4;
const EMBED_COLOR = 0x2f6f9f;
const LABEL: Record<Command, string> = { who: 'Who', when: 'When', quote: 'Quote', search: 'Search', auto: 'Question' };

/** The reply for one page of answers; a plain no-answer reply when `response.answers` is empty. */
export function renderAnswer(view: AnswerPage): ReplyPayload {
  const answer = view.response.answers[view.page];
  const stale = staleLine(view.response);
  if (!answer) return textReply(escapeText([stale, noAnswerText(view.response)].filter(Boolean).join('\n')));
  const command = view.response.routed ?? view.response.command;
  const url = safeUrl(answer.citations[0] && view.article(answer.citations[0].file)?.url);

  const embed = fitEmbed({
    color: EMBED_COLOR,
    // A title is one line: a question's line breaks would otherwise start markup (code fences, headings).
    title: `${LABEL[command]}: ${escapeText(view.response.query.replace(/\s+/g, ' ').trim())}`,
    // The title links to the article the answer comes from, when its url is known.
    ...(url ? { url } : {}),
    description: [stale && escapeText(stale), describe(command, answer)].filter(Boolean).join('\n\n'),
    fields: [...citationFields(answer.citations, view.article), ...alternativesField(answer)],
    footer: { text: footer(view, answer) },
    // Discord shows the build time in each reader's own time zone, after the footer.
    ...(view.status.builtAt ? { timestamp: view.status.builtAt } : {}),
  });
  return { embeds: [embed], components: [answerButtons(view)], allowedMentions: NO_MENTIONS };
}

/** The answer itself, then the first citation's excerpt (unless it would repeat the answer), then any note. */
function describe(command: Command, answer: Answer): string {
  const quotation = isQuotation(command, answer);
  const parts = [headline(command, answer, quotation)];
  const excerpt = answer.citations[0]?.excerpt;
  if (excerpt && excerpt !== answer.text) {
    if (quotation) {
      const context = quotationContext(excerpt, answer.text);
      if (context !== undefined) parts.push(blockquote(escapeText(truncate(context, 1500))));
    } else {
      parts.push(blockquote(emphasize(truncate(excerpt, 1500), phrasesToBold(answer, excerpt))));
    }
  }
  // A warning sign only where sources disagree; other notes (a profile's coverage) are plain.
  if (answer.note) parts.push(`${answer.alternatives?.length ? '⚠️ ' : ''}${escapeText(answer.note)}`);
  return parts.filter((part) => part !== '').join('\n\n');
}

/** A quotation, unless the "speaker" is the answer itself (a who-said answer naming the person) or the words are the story's paraphrase. */
function isQuotation(command: Command, answer: Answer): boolean {
  if (answer.reported) return false;
  return command === 'quote' || (answer.speaker !== undefined && answer.speaker !== answer.text);
}

/**
 * The excerpt around a quotation with the quotation itself replaced by "…", so it is not shown
 * twice; `undefined` when what remains is too short to say anything (the paragraph is the quote).
 */
function quotationContext(excerpt: string, quotation: string): string | undefined {
  const at = excerpt.indexOf(quotation.trim());
  if (at === -1) return excerpt;
  const context = `${excerpt.slice(0, at)}…${excerpt.slice(at + quotation.trim().length)}`;
  const words = context.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words >= MIN_CONTEXT_WORDS ? context : undefined;
}

function headline(command: Command, answer: Answer, quotation: boolean): string {
  const text = escapeText(truncate(answer.text, 1500));
  if (quotation) {
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

/** The citations of one article, in the order the answer gives them. */
interface ArticleCitations {
  file: string;
  citations: Citation[];
}

/** Citations grouped by article, articles in the order of their first citation. */
function groupByArticle(citations: readonly Citation[]): ArticleCitations[] {
  const groups = new Map<string, Citation[]>();
  for (const citation of citations) groups.set(citation.file, [...(groups.get(citation.file) ?? []), citation]);
  return [...groups].map(([file, cited]) => ({ file, citations: cited }));
}

/**
 * One field per article: its file and paragraphs as the name (`📄 file · ¶3, ¶7`), its title
 * (linked to its url), outlet and date as the value, then excerpts of further paragraphs — the
 * first citation's excerpt is already in the description.
 */
function citationFields(citations: readonly Citation[], articleOf: AnswerPage['article']): APIEmbedField[] {
  const groups = groupByArticle(citations);
  const fields = groups.slice(0, MAX_ARTICLE_FIELDS).map(({ file, citations: cited }) => {
    const meta = articleOf(file);
    const article = meta
      ? [maskedLink(`*${escapeText(truncate(meta.title, 300))}*`, meta.url), meta.outlet && escapeText(meta.outlet), meta.date].filter(Boolean).join(' · ')
      : '*article not in the index*';
    const excerpts = cited
      .filter((citation) => citation !== citations[0])
      .slice(0, MAX_EXCERPTS_PER_ARTICLE)
      .map((citation) => `¶${citation.paragraph} ${blockquote(escapeText(truncate(citation.excerpt, 250)))}`);
    return {
      name: `📄 ${escapeText(file)} · ${cited.map((citation) => `¶${citation.paragraph}`).join(', ')}`,
      value: [article, ...excerpts].join('\n'),
    };
  });
  const more = groups.length - fields.length;
  return more > 0 ? [...fields, { name: `…and ${more} more article${more === 1 ? '' : 's'}`, value: '\u200b' }] : fields;
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

/** Why this answer (the question's words it matched), which page, and the index's size; its build time is the embed timestamp. */
function footer(view: AnswerPage, answer: Answer): string {
  const words = questionWords(view.response.query, answer.matched ?? []);
  const why = words.length > 0 ? `Why: ${words.join(', ')}` : undefined;
  const page = view.response.answers.length > 1 ? `Answer ${view.page + 1} of ${view.response.answers.length}` : undefined;
  const index = `${view.status.articles} articles indexed`;
  return [why && truncate(why, 300), page, index].filter(Boolean).join(' · ');
}

/** The buttons under an answer: Previous and More where there are pages, and the two votes. */
function answerButtons(view: AnswerPage): APIActionRowComponent<APIButtonComponent> {
  const total = view.response.answers.length;
  const button = (custom_id: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary, emoji?: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style,
    custom_id,
    label,
    ...(emoji ? { emoji: { name: emoji } } : {}),
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      ...(view.page > 0 ? [button(pageButtonId(view.key, view.page - 1), `Previous (${view.page}/${total})`, ButtonStyle.Secondary)] : []),
      ...(view.page + 1 < total ? [button(pageButtonId(view.key, view.page + 1), `More (${view.page + 2}/${total})`, ButtonStyle.Primary)] : []),
      // Labelled, so screen readers say what they do rather than "thumbs up".
      button(voteButtonId(view.key, view.page, 'up'), 'Helpful', ButtonStyle.Secondary, '👍'),
      button(voteButtonId(view.key, view.page, 'down'), 'Not helpful', ButtonStyle.Secondary, '👎'),
    ],
  };
}

/** Message component rows as JSON, as a message holds them. */
type ComponentRowsJson = ReadonlyArray<{ type: number; components?: ReadonlyArray<{ type: number }> }>;

/** The rows of buttons, every button disabled: an expired answer's buttons can do nothing. */
export function withButtonsDisabled(rows: ComponentRowsJson): APIActionRowComponent<APIButtonComponent>[] {
  return rows.flatMap((row) => {
    const buttons = (row.components ?? []).filter((component): component is APIButtonComponent => component.type === ComponentType.Button);
    return row.type === ComponentType.ActionRow && buttons.length > 0
      ? [{ type: ComponentType.ActionRow, components: buttons.map((button) => ({ ...button, disabled: true })) }]
      : [];
  });
}
