import { SlashCommandBuilder } from 'discord.js';
import { answerQuestion } from '../src/discord/answerQuestion.ts';
import type { SlashCommand } from '../src/discord/command.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('Find the passages of the coverage that best match some words')
    .addStringOption((option) =>
      option.setName('query').setDescription('Words to look for, e.g. "ceasefire proposal"').setRequired(true).setMaxLength(300),
    ),
  async execute(interaction, ctx) {
    await answerQuestion(interaction, ctx, { command: 'search', text: interaction.options.getString('query', true) });
  },
} satisfies SlashCommand;
