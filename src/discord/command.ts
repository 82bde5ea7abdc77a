/**
 * What a slash command module in `commands/` exports, and what its handler is given.
 * (Named `SlashCommand` so it does not clash with the engine's `Command` union in types.ts.)
 */
import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Engine } from '../types.ts';
import type { RateLimits } from './admission.ts';
import type { AnswerStore } from './answerStore.ts';

/** Everything a handler may use. Handlers reach the corpus only through `engine`. */
export interface BotContext {
  engine: Engine;
  config: Config;
  logger: Logger;
  /** Answers given, for paging, votes and follow-ups. */
  answers: AnswerStore;
  /** The loaded commands, by name (for /help). */
  commands: ReadonlyMap<string, SlashCommand>;
  /** Per-user limits on questions and button presses. */
  limits: RateLimits;
  /** `closing` is set while shutting down: new work then gets a "restarting" notice. */
  lifecycle: { readonly closing: boolean };
}

/**
 * One slash command: `export default { data: new SlashCommandBuilder()…, async execute(…) {…} } satisfies SlashCommand`.
 * `data` is what deploy-commands registers; a SlashCommandBuilder fits it.
 */
export interface SlashCommand {
  data: { readonly name: string; readonly description: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
