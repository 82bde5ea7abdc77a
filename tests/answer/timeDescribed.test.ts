import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { timeDescribed } from '../../src/answer/timeDescribed.ts';
import { fixtureIndex } from './fixtureIndex.ts';

describe('timeDescribed: the event a time question describes around what it asks', () => {
  it.each<[string, string]>([
    // An occasion's event: "the scene where X", "the date on which X".
    ['For the scene where the ferry sank off Porto: what day is it on screen?', 'when the ferry sank off Porto?'],
    ['I require the date on which the Lenz bridge was reported to have closed (Gazette, Porto dateline).', 'when the Lenz bridge was reported to have closed?'],
    // The thing the asking sentence names again, as the remark names it.
    ["The Gazette scene refers back to Norland's surprise raid on the port — when was that raid, relative to the summit?", "when was Norland's surprise raid on the port?"],
    // A remark that says what the event is, then a question only for a date.
    ['The inciting incident of the series is the storm over Porto. What date goes on the opening title card?', 'when was the storm over Porto?'],
    // An event named by a noun phrase: when it was.
    ["Event date for the harbour board's condemnation of the ferry closure, per the Gazette item?", "when was the harbour board's condemnation of the ferry closure?"],
    // A story's own date: its dateline, its publish date, the date at its top.
    ['What date is on the Gazette Porto dateline? Putting it in the show notes.', 'what is the date of the Gazette Porto story?'],
    ['Show notes need the publish date for the Harbour Times story on the strike. When did it run?', 'what is the date of the Harbour Times story?'],
    ['The Gazette article from Porto, which date it carries on the dateline?', 'what is the date of the Gazette Porto story?'],
  ])('%s', (asked, read) => {
    expect(timeDescribed(asked)).toBe(read);
  });

  it('reads a story cited in brackets as no question of its own date', () => {
    expect(timeDescribed('I require the date on which the Lenz bridge was reported to have closed (Gazette, Porto dateline).')).toBe('when the Lenz bridge was reported to have closed?');
    expect(timeDescribed('On which day did the ferry sink (Gazette, Porto dateline)?')).toBeUndefined();
  });

  it('reads a word for any event, or for where the asker files its time, as naming no event', () => {
    for (const asked of ['Log entry: collapse of the Lenz bridge. Establish the day of the incident for the damage register.', 'Log entry: fire at the pier. Establish timing for the escalation chronology.']) expect(timeDescribed(asked)).toBeUndefined();
  });

  it('finds no event where the question asks in its own words', () => {
    for (const asked of ['When did the ferry sink off Porto?', 'The ferry sank. When?', 'What day did the mayor close the pier?']) expect(timeDescribed(asked)).toBeUndefined();
  });
});

describe('a time question whose event stands around what it asks', () => {
  it('is answered with the time of the event it describes', () => {
    const index = fixtureIndex({ 'ferry.txt': 'Ferry sinks off Porto\n\nMarch 4, 2025\n\nPORTO (Gazette) – A ferry sank off Porto on Monday, the harbour master said.\n' });
    const response = answer(index, { command: 'when', text: 'For the scene where the ferry sank off Porto: what day is it on screen?' });
    expect(response.answers[0]?.text).toBe('Monday');
    expect(response.answers[0]?.citations[0]?.file).toBe('ferry.txt');
  });
});
