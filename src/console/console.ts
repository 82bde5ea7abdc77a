import { createInterface } from 'node:readline';
import type { Engine, FollowUpContext, Response } from '../types.ts';
import { BylineError } from '../errors.ts';
import { renderReport, renderSources, renderText } from '../render/text.ts';
import { parseLine } from './parseLine.ts';

export const CONSOLE_HELP = `Byline answers questions about the articles in its corpus and cites the file and paragraph.
  /who QUESTION        who said or did something, who holds a role ("/who is the defense secretary")
  /when QUESTION       when something happened
  /quote SPEAKER [on TOPIC]   quotations, e.g. "/quote Lee on the budget", "/quote on the budget"
  /search WORDS        the best passages
  /sources             the indexed articles
  /reindex             rebuild the index from the corpus folder
  /help, /quit
Any other line is a plain question ("what did the mayor say about the budget?"); a short follow-up
("and when was that?") refers to the previous answer.`;

/** Printed after each answer when the input is piped. */
export const SEPARATOR = '─'.repeat(40);

/**
 * The console face: the same commands as Discord, typed at a prompt. Local, so /reindex needs
 * no permission. A failing command prints its error and the prompt comes back.
 */
export async function runConsole(engine: Engine, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  // Piped input gets answers only: no banner, no prompts.
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const lines = createInterface({ input, output, terminal: interactive, prompt: 'byline> ' });
  const print = (text: string) => output.write(`${text}\n`);
  // Piped, the questions are not on screen: echo each one, and end each answer with a rule.
  const echo = (line: string) => !interactive && line.trim() !== '' && print(`> ${line.trim()}`);
  const separate = (line: string) => !interactive && line.trim() !== '' && print(SEPARATOR);
  const prompt = () => interactive && lines.prompt();
  let previous: FollowUpContext | undefined;
  if (interactive) print(`${CONSOLE_HELP}\n`);
  prompt();
  for await (const line of lines) {
    const action = parseLine(line);
    echo(line);
    try {
      switch (action.kind) {
        case 'ask': {
          const response = await engine.ask(action.request.command === 'auto' && previous ? { ...action.request, context: previous } : action.request);
          print(renderText(response, { article: (file) => engine.article(file) }));
          previous = contextOf(response);
          break;
        }
        case 'sources':
          print(renderSources(engine.sources()));
          break;
        case 'help':
          print(CONSOLE_HELP);
          break;
        case 'reindex':
          print('Reindexing…');
          print(renderReport(await engine.reindex((done, total) => interactive && output.write(`\r  extracted ${done}/${total}`))));
          break;
        case 'error':
          print(action.message);
          break;
        case 'quit':
          lines.close();
          return;
        case 'nothing':
          break;
      }
    } catch (error) {
      print(error instanceof BylineError ? error.message : `Something went wrong: ${String(error)}`);
    }
    separate(line);
    prompt();
  }
}

function contextOf(response: Response): FollowUpContext | undefined {
  const top = response.answers[0];
  if (top === undefined) return undefined;
  const { text, speaker, date } = top;
  return {
    command: response.routed ?? response.command,
    query: response.query,
    answer: { text, ...(speaker ? { speaker } : {}), ...(date ? { date } : {}), ...(top.citations[0] ? { file: top.citations[0].file } : {}) },
  };
}
