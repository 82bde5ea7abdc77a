/**
 * The Discord face's one error boundary for interactions: admit (not while restarting, not over
 * the rate limit), route to the command, autocomplete or button handler; on any error log it and
 * tell the user briefly, ephemerally. Never throws.
 */
import { MessageFlags, type Interaction } from 'discord.js';
import { refusal } from './admission.ts';
import type { BotContext } from './command.ts';
import { userErrorMessage } from './errorReply.ts';
import { handleButton } from './onButton.ts';
import { textReply } from './reply.ts';

/** Handles one interaction; errors are logged and answered, so the process keeps running. */
export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  const started = Date.now();
  try {
    // Autocomplete has its own, looser limit (it fires per keystroke); past it the list stays empty.
    if (interaction.isAutocomplete()) {
      if (ctx.lifecycle.closing || !ctx.limits.autocomplete.take(interaction.user.id).allowed) {
        await interaction.respond([]);
        return;
      }
      await ctx.commands.get(interaction.commandName)?.autocomplete?.(interaction, ctx);
      return;
    }
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    const refused = refusal(ctx, interaction.user.id, interaction.isButton() ? 'button' : 'question');
    if (refused) {
      ctx.logger.info('refused', { reason: refused.reason, type: interaction.type, guildId: interaction.guildId });
      await tellUser(interaction, refused.notice);
      return;
    }
    if (interaction.isButton()) {
      await handleButton(interaction, ctx);
      return;
    }
    const command = ctx.commands.get(interaction.commandName);
    if (!command) throw new Error(`no handler for /${interaction.commandName}`);
    await command.execute(interaction, ctx);
    ctx.logger.info('command', { command: interaction.commandName, guildId: interaction.guildId, ms: Date.now() - started });
  } catch (error) {
    ctx.logger.error('interaction failed', { type: interaction.type, id: interaction.id, guildId: interaction.guildId, error });
    await tellUser(interaction, userErrorMessage(error)).catch((replyError: unknown) =>
      ctx.logger.error('could not report the error to the user', { id: interaction.id, error: replyError }),
    );
  }
}

/** Tells the user `text` ephemerally, however far the interaction has got; autocomplete gets no choices. */
async function tellUser(interaction: Interaction, text: string): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const payload = { ...textReply(text), flags: MessageFlags.Ephemeral } as const;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(payload);
    return;
  }
  // A deferred reply still says "thinking…": remove it so the error is not left beside it.
  if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
  await interaction.followUp(payload);
}
