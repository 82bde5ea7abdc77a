import type { Request } from '../types.ts';
import { requestProblem } from '../answer/question.ts';

/** What a line typed at the console asks for. */
export type ConsoleAction =
  | { kind: 'ask'; request: Request }
  | { kind: 'sources' | 'help' | 'reindex' | 'quit' | 'nothing' }
  | { kind: 'error'; message: string };

/** `speaker:Holt topic:ferries` as Discord writes options, or `Holt on ferries` as people do. */
function quoteOptions(rest: string): { speaker: string; topic: string } {
  if (/^(speaker|topic):/i.test(rest)) {
    const value = (name: string) => new RegExp(`\\b${name}:\\s*(.*?)\\s*(?=\\b(?:speaker|topic):|$)`, 'i').exec(rest)?.[1] ?? '';
    return { speaker: value('speaker'), topic: value('topic') };
  }
  const [speaker = '', topic = ''] = rest.split(/(?:^|\s+)(?:on|about)\s+/i, 2).map((part) => part.trim());
  return { speaker, topic };
}

/** The request, or what it lacks, said after the command typed ("/quote: give a speaker, a topic, or both"). */
function asking(name: string, request: Request): ConsoleAction {
  const problem = requestProblem(request);
  return problem === undefined ? { kind: 'ask', request } : { kind: 'error', message: `/${name}: ${problem}` };
}

/**
 * Reads a console line: `/who …`, `/when …`, `/search …`, `/quote SPEAKER [on TOPIC]`
 * (or `/quote on TOPIC`, or `/quote speaker:NAME topic:TOPIC`), `/sources`, `/help`, `/reindex`, `/quit`; any other text is a plain
 * question, answered as a mention of the bot would be.
 */
export function parseLine(line: string): ConsoleAction {
  const trimmed = line.trim();
  if (trimmed === '') return { kind: 'nothing' };
  const match = /^\/(\w+)\s*(.*)$/s.exec(trimmed);
  if (match === null) return { kind: 'ask', request: { command: 'auto', text: trimmed } };
  const [, name = '', rest = ''] = match;
  switch (name.toLowerCase()) {
    case 'who':
    case 'when':
    case 'search':
      return asking(name, { command: name.toLowerCase() as 'who', text: rest });
    case 'quote': {
      const { speaker, topic } = quoteOptions(rest);
      return asking(name, { command: 'quote', ...(speaker ? { speaker } : {}), ...(topic ? { topic } : {}) });
    }
    case 'sources':
    case 'help':
    case 'reindex':
    case 'quit':
      return { kind: name.toLowerCase() as 'help' };
    case 'exit':
      return { kind: 'quit' };
    default:
      return { kind: 'error', message: `unknown command /${name}; type /help` };
  }
}
