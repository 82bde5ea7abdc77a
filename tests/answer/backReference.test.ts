import { describe, expect, it } from 'vitest';
import { backReferred } from '../../src/answer/backReference.ts';
import { parseQuestion } from '../../src/answer/question.ts';

describe('backReferred: a remark, then a question that points back to it in the order speech puts it', () => {
  it.each<[string, string]>([
    // "this N is who": a question about the one the remark names, after it.
    ['Norland has arrested the captain of the ferry, this captain is who?', 'Norland has arrested the captain of the ferry. Who is this captain?'],
    // "he is who" after a description: the tag that asks who the described one is.
    ['The mayor of Porto who on same day has closed the pier, he is who?', 'The mayor of Porto who on same day has closed the pier, who is he?'],
    // Who said what the remark says, however the question points back to it.
    ['The pier will not reopen before spring — this has said who, please?', 'who said the pier will not reopen before spring?'],
    ['That the storm sank four ferries, who is saying this?', 'who said the storm sank four ferries?'],
    ['the claim that the port was unsafe — who said that?', 'who said the port was unsafe?'],
    // The question word, then its subject before its verb: the verb goes before the subject.
    ['The mayor has told to the reporters he is returned to Porto — on which day this was?', 'The mayor has told to the reporters he is returned to Porto. On which day was this?'],
    ['The Gazette story about the ferry strike, from which city it is written?', 'The Gazette story about the ferry strike. From which city is it written?'],
  ])('%s', (asked, read) => {
    expect(backReferred(asked)).toBe(read);
  });

  it('leaves questions asked in the usual order', () => {
    for (const asked of ['Who closed the pier after the storm?', 'The mayor closed the pier. Who is he?', 'Who said this would happen, in the Gazette story?', 'When did the ferry sink, according to the Gazette?', 'The storm hit Porto on Friday, who was the mayor then?']) {
      expect(backReferred(asked)).toBe(asked);
    }
  });
});

describe("a mention's question", () => {
  it('is read as the same question without the mention', () => {
    const asked = 'That the storm sank four ferries, who is saying this?';
    expect(parseQuestion({ command: 'auto', text: `@Byline ${asked}` })).toMatchObject({ kind: 'saidBy', statement: 'the storm sank four ferries' });
    const needed = 'Need: where were the missiles the navy shot down fired from? (Gazette)';
    expect(parseQuestion({ command: 'auto', text: `@Byline ${needed}` })).toEqual(parseQuestion({ command: 'auto', text: needed }));
  });
});
