/** Renders autocomplete suggestions within Discord's limits. */
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { LIMITS } from './limits.ts';
import { truncate } from '../text/truncate.ts';

/** At most 25 choices; names trimmed for display; values of over 100 characters (unusable) dropped. */
export function renderChoices(names: readonly string[]): ApplicationCommandOptionChoiceData<string>[] {
  const unique = [...new Set(names)].filter((name) => name.trim() !== '' && name.length <= LIMITS.choiceValue);
  return unique.slice(0, LIMITS.choices).map((name) => ({ name: truncate(name, LIMITS.choiceName), value: name }));
}
