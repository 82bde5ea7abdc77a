import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.ts';
import { renderHelp } from '../src/discord/renderHelp.ts';

export default {
  data: new SlashCommandBuilder().setName('help').setDescription('What Byline can answer, and how to ask'),
  async execute(interaction, ctx) {
    await interaction.reply({ ...renderHelp(ctx.commands.values()), flags: MessageFlags.Ephemeral });
  },
} satisfies SlashCommand;
