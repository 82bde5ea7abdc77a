import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented stories: one datelined without a year, another that names its outlet often.
const index = fixtureIndex({
  'lenz.txt': `Lenz port reopens

LENZ, May 2 (Reuters) – The port of Lenz reopened on Friday after the storm.`,
  'selva.txt': `Selva talks

SELVA, March 4, 2025 (Reuters) – Reuters reporters saw the talks in Selva end, Reuters said, and Reuters photographers left.

(Reporting by Reuters staff; Editing by Ana Lind)`,
});

describe('a story\'s own date', () => {
  it('finds the story that names what the question names, and gives its dateline\'s day when it states no year', () => {
    const [top] = answer(index, { command: 'when', text: 'When was the Reuters report from Lenz filed?' }).answers;
    expect(top?.text).toBe('May 2');
    expect(top?.citations[0]?.file).toBe('lenz.txt');
  });
});
