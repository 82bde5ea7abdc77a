/**
 * The one path from a question to a reply, shared by /who, /when, /quote, /search and mentions:
 * ask the engine, remember the answers for paging and follow-ups, render page one.
 */
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { Request } from '../types.ts';
import type { BotContext } from './command.ts';
import { NO_ANSWER, renderAnswer } from './renderAnswer.ts';
import { textReply, type ReplyPayload } from './reply.ts';
import { withoutChatMarkup } from './markdown.ts';

/** Who asked, and where: what the answer store keeps besides the question. */
export interface Asker {
  userId: string;
  guildId: string | null;
}

/** Asks the engine and renders the first answer; `undefined` when the corpus has none. */
export async function answerFor(ctx: BotContext, asked: Request, asker: Asker): Promise<ReplyPayload | undefined> {
  const request = { ...asked };
  for (const field of ['text', 'speaker', 'topic'] as const) {
    const value = request[field];
    if (value !== undefined) request[field] = withoutChatMarkup(value);
  }
  const response = await ctx.engine.ask(request);
  if (response.answers.length === 0) return undefined;
  const key = ctx.answers.put({ request, response, askerId: asker.userId, guildId: asker.guildId });
  return renderAnswer({ response, page: 0, key, article: (file) => ctx.engine.article(file), status: ctx.engine.status() });
}

/**
 * Answers a slash command. It always defers first: the engine runs in this process and may
 * block the event loop (a cold index, a long search), so a timer racing it could fire too late
 * for Discord's 3-second window. Deferring costs one request and never misses it. A question
 * without an answer gets the plain reply ephemerally, so the channel only shows real answers.
 */
export async function answerQuestion(interaction: ChatInputCommandInteraction, ctx: BotContext, request: Request): Promise<void> {
  await interaction.deferReply();
  const payload = await answerFor(ctx, request, { userId: interaction.user.id, guildId: interaction.guildId });
  if (payload) {
    await interaction.editReply(payload);
    return;
  }
  // A deferred reply's visibility is fixed, so swap the public "thinking…" for an ephemeral note.
  await interaction.deleteReply();
  await interaction.followUp({ ...textReply(NO_ANSWER), flags: MessageFlags.Ephemeral });
}
