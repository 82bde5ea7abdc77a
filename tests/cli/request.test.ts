import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/cli/request.ts';

describe('parseRequest', () => {
  it('reads a well-formed request', () => {
    expect(parseRequest('{"command":"quote","speaker":"Lopez","topic":"taxes"}')).toEqual({
      request: { command: 'quote', speaker: 'Lopez', topic: 'taxes' },
    });
  });

  it.each([
    ['not json', 'Byline: request is not valid JSON'],
    ['[1,2]', 'Byline: request must be a JSON object'],
    ['{"command":"why"}', 'Byline: "command" must be one of who, when, quote, search, auto'],
    ['{"command":"who","text":42}', 'Byline: "text" must be a string'],
    ['{"command":"quote"}', 'Byline: give a speaker, a topic, or both'],
  ])('rejects %s', (line, error) => {
    expect(parseRequest(line)).toEqual({ error });
  });
});
