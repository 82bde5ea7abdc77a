import { SlashCommandBuilder } from 'discord.js';
import { answerQuestion } from '../src/discord/answerQuestion.ts';
import type { SlashCommand } from '../src/discord/command.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('who')
    .setDescription('Who someone is, or who said or did something, according to the coverage')
    .addStringOption((option) =>
      option.setName('question').setDescription('e.g. "who is the foreign minister?"').setRequired(true).setMaxLength(300),
    ),
  async execute(interaction, ctx) {
    await answerQuestion(interaction, ctx, { command: 'who', text: interaction.options.getString('question', true) });
  },
} satisfies SlashCommand;
