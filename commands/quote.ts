import { SlashCommandBuilder } from 'discord.js';
import { BylineError } from '../src/errors.ts';
import { answerQuestion } from '../src/discord/answerQuestion.ts';
import { requestProblem } from '../src/answer/question.ts';
import type { SlashCommand } from '../src/discord/command.ts';
import { renderChoices } from '../src/discord/renderChoices.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('What someone said, quoted from the coverage (give a speaker, a topic, or both)')
    .addStringOption((option) =>
      option.setName('speaker').setDescription('Who said it').setAutocomplete(true).setMaxLength(100),
    )
    .addStringOption((option) => option.setName('topic').setDescription('What about, e.g. "the ceasefire"').setMaxLength(200)),
  async execute(interaction, ctx) {
    const speaker = interaction.options.getString('speaker')?.trim() || undefined;
    const topic = interaction.options.getString('topic')?.trim() || undefined;
    const request = { command: 'quote' as const, speaker, topic };
    const problem = requestProblem(request);
    // The check is the engine's; the wording is for a person in Discord, with what to type.
    if (problem !== undefined) throw new BylineError('tell me whose words you want, what about, or both — for example `/quote speaker:Lee topic:budget`.');
    await answerQuestion(interaction, ctx, request);
  },
  async autocomplete(interaction, ctx) {
    await interaction.respond(renderChoices(ctx.engine.speakers(interaction.options.getFocused(), 25)));
  },
} satisfies SlashCommand;
