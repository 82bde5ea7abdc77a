import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage: a mayor quoted twice, once with the topic's own word, once with a near one.
const index = fixtureIndex({
  'town.txt': `Selva mayor on visitors

May 2, 2025

Tourism in Selva doubled this year. “Tourist coaches will stay out of the old town,” Mayor Lena Holt said of the tourism boom.

The harbour will reopen in June, the port said.

“We will plan for the harbour, and we will always welcome tourism,” Holt said.`,
});

describe('quotations by topic', () => {
  it('prefers the quotation with the topic\'s own word over one with a near word', () => {
    const [top] = answer(index, { command: 'quote', speaker: 'Holt', topic: 'tourism' }).answers;
    expect(top?.text).toContain('welcome tourism');
  });
});
