import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.ts';
import { renderSources } from '../src/discord/renderSources.ts';

export default {
  data: new SlashCommandBuilder().setName('sources').setDescription('List the indexed articles: title, outlet, date and file'),
  async execute(interaction, ctx) {
    // A list for the asker to browse, not a post for the channel.
    await interaction.reply({ ...renderSources(ctx.engine.sources(), ctx.engine.status()), flags: MessageFlags.Ephemeral });
  },
} satisfies SlashCommand;
