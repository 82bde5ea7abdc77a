/**
 * Races: questions answered while a reindex swaps the index in, and two reindexes asked for at once.
 */
import { setImmediate as nextTick } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReindexInProgressError } from '../../src/errors.ts';
import type { BylineEngine } from '../../src/engine.ts';
import type { Request, Response } from '../../src/types.ts';
import { article, tempCorpus, type TempCorpus } from './tempCorpus.ts';

/** Questions whose answers change when the harbour master of Port Zembla changes, and some that do not. */
const QUESTIONS: Request[] = [
  { command: 'who', text: 'Who is the new harbour master of Port Zembla?' },
  { command: 'search', text: 'Zembla harbour master' },
  { command: 'auto', text: 'who was named harbour master of Port Zembla?' },
  { command: 'quote', speaker: 'Ivan Petrov' },
  { command: 'search', text: 'Isfahan' },
  { command: 'who', text: "Who is Italy's foreign minister?" },
];

let corpus: TempCorpus;
let engine: BylineEngine;

beforeEach(async () => {
  corpus = await tempCorpus({ seeds: true });
  await corpus.put('desk/zembla.txt', article('Port Zembla', 'Marta Okonkwo'));
  engine = await corpus.open();
});
afterEach(() => corpus.stop());

const askAll = () => Promise.all(QUESTIONS.map((q) => engine.ask(q)));

describe('a reindex while questions are being answered', () => {
  it('answers every question from either the old or the new index, never an error or a mix', async () => {
    const old = await askAll();
    expect(old[0]?.answers[0]?.text).toBe('Marta Okonkwo');
    await corpus.put('desk/zembla.txt', article('Port Zembla', 'Olu Bankole'));

    const asked: Array<{ question: number; response: Promise<Response> }> = [];
    const askBatch = () => {
      for (let n = 0; n < 10; n++) {
        const question = asked.length % QUESTIONS.length;
        asked.push({ question, response: engine.ask(QUESTIONS[question]!) });
      }
    };
    let reindexed = false;
    const reindex = engine.reindex().finally(() => (reindexed = true));
    // Keep asking, between every turn of the event loop, until the new index is in and a little after.
    for (let after = 0; asked.length < 300 || after < 5; after += reindexed ? 1 : 0) {
      askBatch();
      await nextTick();
    }
    await reindex;
    const fresh = await askAll();
    expect(fresh[0]?.answers[0]?.text).toBe('Olu Bankole');

    const outcomes = await Promise.allSettled(asked.map((a) => a.response));
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    let fromOld = 0;
    let fromNew = 0;
    outcomes.forEach((outcome, n) => {
      const response = (outcome as PromiseFulfilledResult<Response>).value;
      const question = asked[n]!.question;
      const isOld = JSON.stringify(response) === JSON.stringify(old[question]);
      const isNew = JSON.stringify(response) === JSON.stringify(fresh[question]);
      expect(isOld || isNew, `question ${question} got an answer from neither index: ${JSON.stringify(response).slice(0, 300)}`).toBe(true);
      if (QUESTIONS[question] === QUESTIONS[0]) {
        fromOld += isOld ? 1 : 0;
        fromNew += isNew ? 1 : 0;
      }
    });
    expect(asked.length).toBeGreaterThanOrEqual(300);
    // The race really spanned the swap: both indexes answered.
    expect(fromOld).toBeGreaterThan(0);
    expect(fromNew).toBeGreaterThan(0);
  });
});

describe('two reindexes asked for at once', () => {
  it('runs one and rejects the other with ReindexInProgressError, then accepts the next', async () => {
    await corpus.put('new.txt', article('Kellwick'));
    const first = engine.reindex();
    expect(engine.status().reindexing).toBe(true);
    const second = engine.reindex();
    await expect(second).rejects.toBeInstanceOf(ReindexInProgressError);
    await expect(second).rejects.toThrow('Byline: a reindex is already running; try again when it has finished');
    expect(await first).toMatchObject({ articles: 7, extracted: 1 });
    expect(engine.status().reindexing).toBe(false);
    expect(await engine.reindex()).toMatchObject({ articles: 7, extracted: 0 });
  });
});
