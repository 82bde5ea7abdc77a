import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.ts';
import { assertModerator, interactionAccess } from '../src/discord/permissions.ts';
import { runReindex } from '../src/discord/runReindex.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('reindex')
    .setDescription('Rebuild the index from the corpus folder (moderators only)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  async execute(interaction, ctx) {
    // Default permissions can be overridden by server admins, so check again here.
    assertModerator(interactionAccess(interaction), ctx.config.modRoleId);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const report = await runReindex(ctx.engine, (progress) => interaction.editReply(progress), {
      onShowError: (error) => ctx.logger.warn('reindex progress edit failed', { error }),
    });
    await interaction.editReply(report);
  },
} satisfies SlashCommand;
