import { describe, expect, it } from 'vitest';
import { parseLine } from '../../src/console/parseLine.ts';

describe('parseLine', () => {
  it.each([
    ['/who is the mayor?', { kind: 'ask', request: { command: 'who', text: 'is the mayor?' } }],
    ['/quote Lopez on harbour fees', { kind: 'ask', request: { command: 'quote', speaker: 'Lopez', topic: 'harbour fees' } }],
    ['/quote on harbour fees', { kind: 'ask', request: { command: 'quote', topic: 'harbour fees' } }],
    ['/quote Lopez', { kind: 'ask', request: { command: 'quote', speaker: 'Lopez' } }],
    ['/quote speaker:Maria Lopez topic:harbour fees', { kind: 'ask', request: { command: 'quote', speaker: 'Maria Lopez', topic: 'harbour fees' } }],
    ['/quote topic:harbour fees', { kind: 'ask', request: { command: 'quote', topic: 'harbour fees' } }],
    ['who opened the bridge?', { kind: 'ask', request: { command: 'auto', text: 'who opened the bridge?' } }],
    ['/sources', { kind: 'sources' }],
    ['/exit', { kind: 'quit' }],
    ['   ', { kind: 'nothing' }],
    ['/when', { kind: 'error', message: '/when: ask a question' }],
    ['/frobnicate', { kind: 'error', message: 'unknown command /frobnicate; type /help' }],
  ])('reads %j', (line, expected) => {
    expect(parseLine(line)).toEqual(expected);
  });
});
