/**
 * Answers messages that mention the bot, or reply to one of its answers with a ping: the
 * question is routed by the engine (`auto`), a reply to an answer carries that answer as context,
 * "reindex" runs the moderator reindex, and a bare mention gets the help text. Mentions count
 * against the user's question limit, as slash commands do. Own error boundary.
 */
import type { Message } from 'discord.js';
import type { Request } from '../types.ts';
import { refusal } from './admission.ts';
import { answerFor } from './answerQuestion.ts';
import { isAllowedChannel } from './channels.ts';
import type { BotContext } from './command.ts';
import { userErrorMessage } from './errorReply.ts';
import { followUpContext } from './followUp.ts';
import { isReindexRequest, questionFromMention } from './mentions.ts';
import { assertModerator, messageAccess } from './permissions.ts';
import { renderHelp } from './renderHelp.ts';
import { NO_ANSWER } from './renderAnswer.ts';
import { renderProgress } from './renderIndexReport.ts';
import { textReply } from './reply.ts';
import { runReindex } from './runReindex.ts';

/**
 * Handles one created message; errors are logged and answered, so the process keeps running.
 * Mentions outside `ALLOWED_CHANNEL_IDS` are ignored without a word: the list exists to keep
 * Byline quiet there, and a refusal notice would be the very chatter it was meant to prevent.
 */
export async function handleMessage(message: Message, ctx: BotContext): Promise<void> {
  const me = message.client.user;
  // Without the Message Content intent only messages that mention us (a reply ping included) carry text.
  if (message.author.bot || message.author.id === me.id || !message.mentions.users.has(me.id)) return;
  const threadParentId = message.channel.isThread() ? message.channel.parentId : null;
  if (!isAllowedChannel(ctx.config.allowedChannelIds, message.channelId, threadParentId)) return;
  try {
    const refused = refusal(ctx, message.author.id, 'question');
    if (refused) {
      ctx.logger.info('refused', { reason: refused.reason, guildId: message.guildId, told: !refused.repeat });
      // A reply is public: tell a hurried user once per window, not once per message.
      if (!refused.repeat) await message.reply(textReply(refused.notice));
      return;
    }
    await answerMessage(message, me.id, ctx);
  } catch (error) {
    ctx.logger.error('message failed', { id: message.id, guildId: message.guildId, error });
    await message.reply(textReply(userErrorMessage(error))).catch((replyError: unknown) =>
      ctx.logger.error('could not report the error to the user', { id: message.id, error: replyError }),
    );
  }
}

async function answerMessage(message: Message, botId: string, ctx: BotContext): Promise<void> {
  const explicit = questionFromMention(message.content, botId);
  const referenced = message.reference?.messageId ? await message.fetchReference().catch(() => undefined) : undefined;
  const repliesToUs = referenced?.author.id === botId;
  const question = explicit ?? (repliesToUs ? message.content.trim() : '');
  if (question === '') {
    // A reply ping without text is not a question; a bare "@Byline" asks what we can do.
    if (explicit !== undefined) await message.reply(renderHelp(ctx.commands.values()));
    return;
  }
  if (isReindexRequest(question)) {
    await reindexFromMessage(message, ctx);
    return;
  }
  const context = repliesToUs && referenced ? followUpContext(referenced.components.map((row) => row.toJSON()), ctx.answers) : undefined;
  const request: Request = { command: 'auto', text: question, ...(context ? { context } : {}) };
  if ('sendTyping' in message.channel) await message.channel.sendTyping().catch(() => undefined);
  const payload = await answerFor(ctx, request, { userId: message.author.id, guildId: message.guildId });
  await message.reply(payload ?? textReply(NO_ANSWER));
  ctx.logger.info('mention', { guildId: message.guildId, followUp: context !== undefined, answered: payload !== undefined });
}

/** "@Byline reindex": the same permission check and report as /reindex, in an edited reply. */
async function reindexFromMessage(message: Message, ctx: BotContext): Promise<void> {
  assertModerator(messageAccess(message), ctx.config.modRoleId);
  const progress = await message.reply(renderProgress(0, 0));
  try {
    const report = await runReindex(ctx.engine, (payload) => progress.edit(payload), {
      onShowError: (error) => ctx.logger.warn('reindex progress edit failed', { error }),
    });
    await progress.edit(report);
  } catch (error) {
    // The progress message says why it stopped, rather than "Reindexing…" forever.
    ctx.logger.error('reindex by mention failed', { error });
    await progress.edit(textReply(userErrorMessage(error)));
  }
}
