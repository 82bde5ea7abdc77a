import { describe, expect, it } from 'vitest';
import { route, withContext } from '../../src/answer/route.ts';

describe('route', () => {
  it.each([
    ['Who is the finance minister?', { command: 'who', text: 'Who is the finance minister?' }],
    ['whom did the envoy meet', { command: 'who', text: 'whom did the envoy meet' }],
    ['When did the storm reach the coast?', { command: 'when', text: 'When did the storm reach the coast?' }],
    ['What day was the vote?', { command: 'when', text: 'What day was the vote?' }],
    ['On what date did talks resume?', { command: 'when', text: 'On what date did talks resume?' }],
    ['What did Maria Lopez say about the harbour?', { command: 'quote', speaker: 'Maria Lopez', topic: 'the harbour' }],
    ['what has the mayor said', { command: 'quote', speaker: 'the mayor' }],
    ['quote Lopez on taxes', { command: 'quote', speaker: 'Lopez', topic: 'taxes' }],
    ['flooding in the delta', { command: 'search', text: 'flooding in the delta' }],
  ])('routes %j', (text, expected) => {
    expect(route(text)).toEqual(expected);
  });
});

describe('withContext', () => {
  const context = {
    command: 'who' as const,
    query: 'Who opened the bridge?',
    answer: { text: 'Maria Lopez' },
  };

  it('puts the earlier answer in place of a pronoun', () => {
    expect(withContext('what else did she say?', context)).toBe('what did Maria Lopez say?');
  });

  it('carries the earlier question along when the follow-up names no event', () => {
    expect(withContext('and when was that?', context)).toBe('when was opened the bridge');
  });

  it('dates a quotation by its speaker and its words', () => {
    const quoted = { command: 'quote' as const, query: 'Lopez on the harbour', answer: { text: 'The harbour will reopen before the winter storms', speaker: 'Maria Lopez' } };
    expect(withContext('and when was that?', quoted)).toBe('when was Maria Lopez said The harbour will reopen before the winter storms');
  });

  it('leaves a question alone without context', () => {
    expect(withContext('when was that?', undefined)).toBe('when was that?');
  });
});
