import { describe, expect, it } from 'vitest';
import { hindsightDropped } from '../../src/answer/hindsight.ts';
import { parseQuestion } from '../../src/answer/question.ts';

describe('hindsightDropped: a question asked from later on', () => {
  it.each<[string, string]>([
    ['who was the then-harbour minister who closed the port?', 'who was the harbour minister who closed the port?'],
    ['Who held Norland’s transport ministry back then?', 'Who held Norland’s transport ministry?'],
    ['as of May 2025, roughly how many ferries sailed from Porto?', 'roughly how many ferries sailed from Porto?'],
    ['On what day, in those stormy days of May 2025, did the pier collapse?', 'On what day did the pier collapse?'],
    ['Back in 2025, who led the port authority?', 'who led the port authority?'],
  ])('%s', (asked, read) => {
    expect(hindsightDropped(asked)).toBe(read);
  });

  it('keeps a time the question asks about', () => {
    for (const asked of ['who was the mayor at the time of the flood?', 'what did Lopez say then?', 'when did the port close, then reopen?']) expect(hindsightDropped(asked)).toBe(asked);
  });

  it('is read before the question: the title as held then is a role', () => {
    expect(parseQuestion({ command: 'who', text: 'Who was the then-Secretary of Transport of Norland?' })).toMatchObject({ kind: 'role', role: 'Secretary of Transport of Norland' });
  });
});
