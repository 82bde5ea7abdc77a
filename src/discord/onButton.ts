/**
 * Handles presses of Byline's buttons: Previous / More page the asker's answers; 👍/👎 record
 * one vote per member per answer (on an expired answer the buttons are disabled); /sources pages.
 */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotContext } from './command.ts';
import { parseButtonId, type Vote } from './customIds.ts';
import { appendFeedback, feedbackEntry } from './feedbackLog.ts';
import { renderAnswer, withButtonsDisabled } from './renderAnswer.ts';
import { renderSources } from './renderSources.ts';
import { textReply } from './reply.ts';

export const EXPIRED = 'That answer has expired, so its buttons no longer work. Ask the question again to get a fresh one.';
export const ONLY_ASKER = 'Only the person who asked can page through these answers. Ask your own question with /who, /when, /quote or /search.';

const VOTE_NAME: Record<Vote, string> = { up: '👍 Helpful', down: '👎 Not helpful' };

/** Answers one button press; buttons that are not Byline's are ignored. */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = parseButtonId(interaction.customId);
  if (!action) return;
  const ephemeral = (text: string) => interaction.reply({ ...textReply(text), flags: MessageFlags.Ephemeral });
  if (action.action === 'sources') {
    await interaction.update(renderSources(ctx.engine.sources(), ctx.engine.status(), action.page));
    return;
  }
  const stored = ctx.answers.get(action.key);
  if (!stored) {
    // Grey the buttons out for everyone, then tell the presser why.
    await interaction.update({ components: withButtonsDisabled(interaction.message.components.map((row) => row.toJSON())) });
    await interaction.followUp({ ...textReply(EXPIRED), flags: MessageFlags.Ephemeral });
    return;
  }
  if (action.action === 'page') {
    if (interaction.user.id !== stored.askerId) {
      await ephemeral(ONLY_ASKER);
      return;
    }
    await interaction.update(renderAnswer({ response: stored.response, page: action.page, key: action.key, article: (file) => ctx.engine.article(file), status: ctx.engine.status() }));
    return;
  }
  const change = ctx.answers.vote(action.key, action.page, interaction.user.id, action.vote);
  if (change === undefined) {
    // Expired between the look-up above and now.
    await ephemeral(EXPIRED);
    return;
  }
  if (change.kind === 'same') {
    await ephemeral(`You already voted ${VOTE_NAME[action.vote]} on this answer; it is counted once.`);
    return;
  }
  const replaces = change.kind === 'changed' ? { replaces: change.previous } : {};
  await appendFeedback(ctx.config.feedbackFile, feedbackEntry(stored, { key: action.key, page: action.page, userId: interaction.user.id, vote: action.vote, ...replaces }, new Date()));
  await ephemeral(change.kind === 'changed' ? `Thanks — your vote is now ${VOTE_NAME[action.vote]}.` : `Thanks — your ${VOTE_NAME[action.vote]} vote was recorded.`);
}
