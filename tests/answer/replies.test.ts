import { describe, expect, it } from 'vitest';
import { repliesDropped } from '../../src/answer/replies.ts';
import { parseQuestion } from '../../src/answer/question.ts';

describe("repliesDropped: a reply's words to the post it answers", () => {
  it.each<[string, string]>([
    ['thread claims the flood hit Lenz in June. source? in what month does the Gazette story say it hit?', 'thread claims the flood hit Lenz in June. in what month does the Gazette story say it hit?'],
    ['post has the ferry fire on May 8. citation needed — what date does the story give?', 'post has the ferry fire on May 8. what date does the story give?'],
    ['ratio. OP says the pier collapsed in March. what date was it really?', 'OP says the pier collapsed in March. what date was it really?'],
    ['@Byline source? how many ferries sank?', '@Byline how many ferries sank?'],
    ['this you? "the mayor never closed the port". who closed it?', '"the mayor never closed the port". who closed it?'],
  ])('%s', (asked, read) => {
    expect(repliesDropped(asked)).toBe(read);
  });

  it('keeps the words where they ask', () => {
    for (const asked of ['who was the source of the flood figure?', 'which source gave the toll?', 'what proof did Lopez give?', 'Attribution for the Porto flood toll — source?']) expect(repliesDropped(asked)).toBe(asked);
  });

  it('is read before the question: the claim quoted before it is not what is asked', () => {
    expect(parseQuestion({ command: 'who', text: '"the mayor refused to meet Lopez before the summit" — source?? which Norland minister had she already met beforehand?' }).text).not.toMatch(/source/);
  });
});
