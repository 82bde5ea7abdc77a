/** Handles presses of the answer buttons: "More" pages the asker's answers, 👍/👎 are logged. */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotContext } from './command.ts';
import { parseButtonId } from './customIds.ts';
import { appendFeedback, feedbackEntry } from './feedbackLog.ts';
import { renderAnswer } from './renderAnswer.ts';
import { textReply } from './reply.ts';

export const EXPIRED = 'That answer has expired; please ask again.';
export const ONLY_ASKER = 'Only the person who asked can page through these answers.';

/** Answers one button press; buttons that are not Byline's are ignored. */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = parseButtonId(interaction.customId);
  if (!action) return;
  const ephemeral = (text: string) => interaction.reply({ ...textReply(text), flags: MessageFlags.Ephemeral });
  const stored = ctx.answers.get(action.key);
  if (!stored) {
    await ephemeral(EXPIRED);
    return;
  }
  if (action.action === 'more') {
    if (interaction.user.id !== stored.askerId) {
      await ephemeral(ONLY_ASKER);
      return;
    }
    await interaction.update(renderAnswer({ response: stored.response, page: action.page, key: action.key, article: (file) => ctx.engine.article(file), status: ctx.engine.status() }));
    return;
  }
  await appendFeedback(ctx.config.feedbackFile, feedbackEntry(stored, action.page, action.vote, new Date()));
  await ephemeral(`Thanks — your ${action.vote === 'up' ? '👍' : '👎'} was recorded.`);
}
