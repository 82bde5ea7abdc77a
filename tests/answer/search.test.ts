import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage: the asked count in one passage, other figures and the question's words in others.
const index = fixtureIndex({
  'port.txt': `Selva port

May 2, 2025

The Selva port guards said the port's ferries and the port's cranes would stay idle in Selva on Monday, the port's ferries' crews said.

The port of Selva employs 40 ferry crews and hosts 1,200 guards.

Port guards in Selva said 3 cranes broke down in 2024.`,
});

describe('how many', () => {
  it('puts first the passage whose figure counts what is asked', () => {
    const [top] = answer(index, { command: 'auto', text: 'how many guards work at the Selva port?' }).answers;
    expect(top?.text).toContain('1,200 guards');
  });
});
