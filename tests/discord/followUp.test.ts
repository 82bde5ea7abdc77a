import { describe, expect, it } from 'vitest';
import { AnswerStore, type StoredAnswer } from '../../src/discord/answerStore.ts';
import { followUpContext } from '../../src/discord/followUp.ts';
import { isReindexRequest, questionFromMention } from '../../src/discord/mentions.ts';
import { renderAnswer } from '../../src/discord/renderAnswer.ts';
import { FAKE_STATUS } from './fakeEngine.ts';

const stored: StoredAnswer = {
  request: { command: 'auto', text: 'who said they have our back?' },
  response: {
    command: 'auto',
    routed: 'quote',
    query: 'who said they have our back?',
    answers: [
      { text: 'We have your back', speaker: 'Jane Doe', citations: [{ file: 'a.txt', paragraph: 3, excerpt: 'x' }] },
      { text: 'We stand with you', speaker: 'John Roe', date: '2024-08-02', citations: [{ file: 'b.txt', paragraph: 1, excerpt: 'y' }] },
    ],
  },
  askerId: '111111111111111111',
  guildId: null,
};

function renderedRows(store: AnswerStore, page: number) {
  const key = store.put(stored);
  return renderAnswer({ response: stored.response, page, key, article: () => undefined, status: FAKE_STATUS }).components;
}

describe('followUpContext', () => {
  it('recovers the answer a reply refers to from the message buttons', () => {
    const store = new AnswerStore();
    expect(followUpContext(renderedRows(store, 0), store)).toEqual({
      command: 'quote',
      query: 'who said they have our back?',
      answer: { text: 'We have your back', speaker: 'Jane Doe', date: undefined, file: 'a.txt' },
    });
  });

  it('follows the page the message shows after "More"', () => {
    const store = new AnswerStore();
    expect(followUpContext(renderedRows(store, 1), store)?.answer).toEqual({ text: 'We stand with you', speaker: 'John Roe', date: '2024-08-02', file: 'b.txt' });
  });

  it('gives no context once the answer has expired', () => {
    let now = 0;
    const store = new AnswerStore({ ttlMs: 1000, now: () => now });
    const rows = renderedRows(store, 0);
    now = 1000;
    expect(followUpContext(rows, store)).toBeUndefined();
  });

  it('gives no context for a message without answer buttons', () => {
    const store = new AnswerStore();
    expect(followUpContext([{ type: 1, components: [{ type: 2, custom_id: 'someone-else:button' }] }], store)).toBeUndefined();
    expect(followUpContext([], store)).toBeUndefined();
  });
});

describe('AnswerStore', () => {
  it('forgets the oldest answers beyond its capacity', () => {
    const store = new AnswerStore({ capacity: 2 });
    const first = store.put(stored);
    store.put(stored);
    store.put(stored);
    expect(store.get(first)).toBeUndefined();
    expect(store.size).toBe(2);
  });
});

describe('questionFromMention', () => {
  const BOT = '999999999999999999';
  it.each([
    [`<@${BOT}> who said the talks would resume?`, 'who said the talks would resume?'],
    [`hey <@!${BOT}>   when   did it end`, 'hey when did it end'],
    [`<@${BOT}>`, ''],
    ['who said it? <@123456789012345678>', undefined],
    ['no mention at all', undefined],
  ])('%j → %j', (content, expected) => {
    expect(questionFromMention(content, BOT)).toBe(expected);
  });

  it.each([
    ['reindex', true],
    ['/reindex', true],
    ['Reindex!', true],
    ['reindex the corpus about Gaza', false],
    ['who asked for a reindex?', false],
  ])('isReindexRequest(%j) → %s', (text, expected) => {
    expect(isReindexRequest(text)).toBe(expected);
  });
});
