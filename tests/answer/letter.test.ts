import { describe, expect, it } from 'vitest';
import { letterAsked } from '../../src/answer/letter.ts';
import { parseQuestion } from '../../src/answer/question.ts';

describe('letterAsked: a question written as a letter to the editor', () => {
  it.each<[string, string]>([
    // The salutation, the writer's own story and the closing go; "your report from Porto" is the story asked of.
    ['Dear Sir, I read with interest your report from Porto, and as a former schoolteacher I wondered: who closed the pier?', 'who closed the pier, in the report from Porto?'],
    ['Sir, my grandson says I read too much news. Be that as it may, who was the harbour master arrested in Lenz? Yours faithfully', 'who was the harbour master arrested in Lenz?'],
    // A question that points back keeps what the letter said before it.
    ['Dear Editor, your article quoted an engineer from the Lenz Institute on the pier. I taught geography and should like to know: who is he?', 'the article quoted an engineer from the Lenz Institute on the pier. who is he?'],
    // A polite request for the question; a question that opens as one keeps its clauses.
    ['Dear Sir, I read your report from Porto. Could you remind an old reader on which day the pier closed?', 'on which day the pier closed, in the report from Porto?'],
    ['Dear Sir, I like to keep up. Who is the mayor of Lenz, whose port hosts the ferries?', 'Who is the mayor of Lenz, whose port hosts the ferries?'],
  ])('%s', (letter, asked) => {
    expect(letterAsked(letter)).toBe(asked);
  });

  it('leaves a claim or a riddle in the first person, with no salutation, as it is', () => {
    for (const asked of ['I read that the pier closed on Monday. What was the actual date?', 'I closed the pier after the storm. Who am I?']) expect(letterAsked(asked)).toBe(asked);
  });

  it('reads "the gentleman in charge of X at the time" as the head of X', () => {
    expect(parseQuestion({ command: 'who', text: 'who was the gentleman in charge of the harbour authority at the time?' })).toMatchObject({ kind: 'role', role: 'head of the harbour authority' });
  });
});
