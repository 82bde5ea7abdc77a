/** Renders the help text: for /help, and for a mention that asks nothing. */
import type { SlashCommand } from './command.ts';
import { fitEmbed } from './limits.ts';
import { NO_MENTIONS, type ReplyPayload } from './reply.ts';

/** Lists the loaded commands with their descriptions, then how to ask by mention and follow up. */
export function renderHelp(commands: Iterable<SlashCommand>): ReplyPayload {
  const lines = [...commands].map((command) => `\`/${command.data.name}\` — ${command.data.description}`);
  const description = [
    'I answer questions about the news articles in my corpus, and cite the file and paragraph of every answer.',
    '',
    ...lines,
    '',
    'You can also mention me with a question, e.g. “@Byline who said the talks would resume?”, ' +
      'and reply to one of my answers to follow up (“and when was that?”).',
  ].join('\n');
  return { embeds: [fitEmbed({ title: 'Byline help', description })], components: [], allowedMentions: NO_MENTIONS };
}
