/**
 * The command-line face: `byline ask <command> <question…>` for one answer, `--json` for the
 * Response, `ask --jsonl` for a batch (one request per stdin line, one Response per stdout line),
 * `byline extract --jsonl` for the extraction contract (`src/extract/extract.ts`), `byline sources`
 * and `byline reindex`. Only output goes to stdout; logs go to stderr.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { COMMANDS, type Command, type Request } from '../types.ts';
import type { ParsedExtractLine } from '../extract/extract.ts';
import { BylineEngine, WARNING_EVENTS } from '../engine.ts';
import { readConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { renderReport, renderSources, renderText } from '../render/text.ts';
import { parseRequest } from './request.ts';

const USAGE = `usage:
  byline ask <who|when|quote|search|auto> <question…> [--speaker NAME] [--topic TOPIC] [--json]
  byline ask --jsonl            one JSON request per stdin line → one Response JSON per line
  byline extract --jsonl        one {"id"?,"text","date"?} per stdin line → its quotes, statements, times, entities
  byline sources                the indexed articles
  byline reindex                rebuild the index and report
options: --corpus DIR (default: seeds/, or CORPUS_DIR)`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      speaker: { type: 'string' },
      topic: { type: 'string' },
      corpus: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [verb, ...rest] = positionals;
  if (values.help || verb === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return verb === undefined && !values.help ? 2 : 0;
  }
  // Extraction reads only stdin: no corpus, no index.
  if (verb === 'extract') {
    if (values.jsonl) return extractBatch();
    process.stderr.write(`byline: extract needs --jsonl\n${USAGE}\n`);
    return 2;
  }
  const config = readConfig();
  const logger = createLogger({ level: 'warn' });
  const engine = BylineEngine.open({
    corpusDir: config.corpusDir,
    cacheDir: config.cacheDir,
    serving: false,
    onEvent: (event) => (WARNING_EVENTS.has(event.type) ? logger.warn : logger.info)(event.type, { ...event }),
  });
  switch (verb) {
    case 'ask':
      if (values.jsonl) return askBatch(engine);
      return askOne(engine, rest, values);
    case 'sources':
      await engine.whenReady();
      process.stdout.write(`${renderSources(engine.sources())}\n`);
      return 0;
    case 'reindex': {
      // A start without a usable snapshot has just built from every file: that build is the reindex.
      const built = await engine.whenCurrent();
      process.stdout.write(`${renderReport(built ?? (await engine.reindex()))}\n`);
      return 0;
    }
    default:
      process.stderr.write(`byline: unknown command '${verb}'\n${USAGE}\n`);
      return 2;
  }
}

async function askOne(
  engine: BylineEngine,
  [command, ...words]: string[],
  options: { json?: boolean; speaker?: string; topic?: string },
): Promise<number> {
  if (!COMMANDS.includes(command as Command)) {
    process.stderr.write(`byline: ask needs one of ${COMMANDS.join(', ')}\n`);
    return 2;
  }
  const text = words.join(' ');
  const request: Request =
    command === 'quote'
      ? { command, speaker: options.speaker ?? text, ...(options.topic ? { topic: options.topic } : {}) }
      : { command: command as Command, text };
  const response = await engine.ask(request);
  process.stdout.write(options.json ? `${JSON.stringify(response)}\n` : `${renderText(response, { article: (file) => engine.article(file) })}\n`);
  return 0;
}

/** One Response line per request line, in order; a bad line yields an error line and the batch goes on. */
async function askBatch(engine: BylineEngine): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const parsed = parseRequest(line);
    const output = 'error' in parsed ? parsed : await engine.ask(parsed.request);
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
  return 0;
}

/** Lines sent to the workers at a time: enough to keep every core busy, few enough to stream. */
const EXTRACT_CHUNK = 256;
/** A whole input shorter than this is extracted on this thread: starting workers would cost more. */
const INLINE_BELOW = 16;

/**
 * One extraction line per input line, in order; a bad line yields an error line and the batch goes
 * on. Texts are extracted on worker threads, a chunk at a time, so a large batch uses every core.
 */
async function extractBatch(): Promise<number> {
  // Loaded here: extraction pulls in chrono-node (~0.3 s), which answering from a snapshot never needs.
  const { extractText, parseExtractLine } = await import('../extract/extract.ts');
  const { extractTextsOnWorkers } = await import('../index/extractPool.ts');
  let chunk: ParsedExtractLine[] = [];
  let onWorkers = false;
  const flush = async (last: boolean): Promise<void> => {
    const requests = chunk.flatMap((parsed) => ('error' in parsed ? [] : [parsed.request]));
    onWorkers ||= !last || requests.length >= INLINE_BELOW;
    const results = onWorkers ? await extractTextsOnWorkers(requests) : requests.map(extractText);
    let next = 0;
    const out = chunk.map((parsed) => JSON.stringify('error' in parsed ? parsed : results[next++]));
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
    chunk = [];
  };
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    chunk.push(parseExtractLine(line));
    if (chunk.length === EXTRACT_CHUNK) await flush(false);
  }
  await flush(true);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`byline: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
