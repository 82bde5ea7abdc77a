import { SlashCommandBuilder } from 'discord.js';
import { answerQuestion } from '../src/discord/answerQuestion.ts';
import type { SlashCommand } from '../src/discord/command.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('when')
    .setDescription('When something happened, as the coverage dates it')
    .addStringOption((option) =>
      option.setName('question').setDescription('e.g. "when did the talks resume?"').setRequired(true).setMaxLength(300),
    ),
  async execute(interaction, ctx) {
    await answerQuestion(interaction, ctx, { command: 'when', text: interaction.options.getString('question', true) });
  },
} satisfies SlashCommand;
