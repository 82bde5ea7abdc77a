import { COMMANDS, type Command, type Request } from '../types.ts';
import { requestProblem } from '../answer/question.ts';

/** A batch line parsed into a request, or the reason it is not one. */
export type ParsedRequest = { request: Request } | { error: string };

const FIELDS = ['text', 'speaker', 'topic'] as const;

/** Reads one JSON request line: `{"command": "who", "text": "…"}`; never throws. */
export function parseRequest(line: string): ParsedRequest {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'Byline: request is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'Byline: request must be a JSON object' };
  }
  const record = value as Record<string, unknown>;
  const command = record['command'];
  if (typeof command !== 'string' || !COMMANDS.includes(command as Command)) {
    return { error: `Byline: "command" must be one of ${COMMANDS.join(', ')}` };
  }
  const request: Request = { command: command as Command };
  for (const field of FIELDS) {
    const fieldValue = record[field];
    if (fieldValue === undefined || fieldValue === null) continue;
    if (typeof fieldValue !== 'string') return { error: `Byline: "${field}" must be a string` };
    request[field] = fieldValue;
  }
  const problem = requestProblem(request);
  return problem === undefined ? { request } : { error: `Byline: ${problem}` };
}
