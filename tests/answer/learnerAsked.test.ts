import { describe, expect, it } from 'vitest';
import { learnerAsked } from '../../src/answer/learnerAsked.ts';

describe("learnerAsked: a learner's base-form verb after 'who'", () => {
  it.each<[string, string]>([
    ['who say the port "will stay open"?', 'who said the port "will stay open"?'],
    ['who is take the photo of the mayor in the Gazette story?', 'who took the photo of the mayor in the Gazette story?'],
    ['@Byline who tell the reporters about the floods?', '@Byline who told the reporters about the floods?'],
  ])('%s', (typed, read) => {
    expect(learnerAsked(typed)).toBe(read);
  });

  it('leaves English as it is', () => {
    for (const typed of ['who said the port would close?', 'who is the mayor?', 'who is taking the photos?', 'when did Lopez say it?', 'who says so?']) expect(learnerAsked(typed)).toBe(typed);
  });
});
