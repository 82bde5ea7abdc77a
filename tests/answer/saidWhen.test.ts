import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { quotedSayingTime, saidWhenAnswers } from '../../src/answer/saidWhen.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage: one saying without a time of its own, one whose attribution gives its day.
const index = fixtureIndex({
  'strait.txt': `Envoy warns over the strait

May 9, 2025

LENZ, May 9 (Reuters) – Norland will keep its frigates in the strait, envoy Piet Rook said.

For example, Rook said, Norland “will continue to escort tankers through the strait to protect our sailors in the region.”

Harbour master Ada Voss said on Tuesday that “the port will stay open to every ship.”`,
  'ferry.txt': `Mayor vows ferry will sail

Mayor Lee Ott vowed 'the ferry sails at dawn' since the March 3 strike.

Mayor Lee Ott said his message was that ‘the ferry sails at dawn’ as he flew off to Lenz last night.

Ott also backed the curfew, which Governor Kay Moss called for earlier in the week, saying, “The curfew keeps the harbour calm and the ferry crews safe.”

“Nobody will close this harbour again, not after the storm of May 2,” Ott told reporters as he left.`,
});

const when = (text: string) => answer(index, { command: 'when', text }).answers.map((a) => a.date);
/** The speaker's quotation alone, as the when-answerer falls back to it when the event search finds nothing. */
const saidOn = (text: string) => saidWhenAnswers(index, { kind: 'eventTime', text, granularity: 'day', reason: '' }).map((a) => a.date);

describe('when someone said something', () => {
  it('takes the time beside the quotation that says it, not a date inside the words said or one of another event', () => {
    expect(answer(index, { command: 'when', text: 'When did Lee Ott say the ferry sails at dawn?' }).answers[0]?.text).toBe('last night');
  });

  it('leaves a time a preposition ties to another event to that event ("since March 3")', () => {
    const since = fixtureIndex({ 'dock.txt': 'Mayor keeps the dock open\n\nMay 9, 2025\n\nMayor Lee Ott said “the dock stays open to every boat”, as it has since March 3.' });
    const asked = { kind: 'eventTime', text: 'when did Lee Ott say the dock stays open to every boat', granularity: 'day', reason: '' } as const;
    expect(quotedSayingTime(since, asked).map((a) => a.text)).toEqual([]);
  });

  it('reads past the words that frame what was said ("he really wants to make sure …")', () => {
    const asked = { kind: 'eventTime', text: 'when did Lee Ott say he really wants to make sure the ferry sails at dawn', granularity: 'day', reason: '' } as const;
    expect(quotedSayingTime(index, asked).map((a) => a.text)).toEqual(['last night']);
  });

  it('takes the clause of time after the cue when the attribution gives no time ("he told reporters as he left")', () => {
    expect(answer(index, { command: 'when', text: 'when did Ott say nobody will close this harbour again' }).answers[0]?.text).toBe('as he left');
  });

  it('leaves a time in a clause about someone else to that one ("which Governor Moss called for earlier in the week")', () => {
    const asked = { kind: 'eventTime', text: 'when did Ott say the curfew keeps the harbour calm', granularity: 'day', reason: '' } as const;
    expect(quotedSayingTime(index, asked).map((a) => a.text)).toEqual([]);
  });

  it('dates a quotation the question paraphrases by its story\'s day', () => {
    expect(saidOn('when did rook say they would keep escorting tankers to protect sailors?')).toEqual(['2025-05-09']);
  });

  it('dates it by its attribution\'s time when it gives one', () => {
    expect(saidOn('when did Ada Voss say the port would stay open to every ship?')).toEqual(['2025-05-06']);
  });

  it('reads "when did X call Y …" as a saying, "call for" as no saying', () => {
    expect(saidOn('On what date did Ada Voss call the port open to every ship?')).toEqual(['2025-05-06']);
    expect(saidOn('On what date did Ada Voss bring up the port staying open to every ship?')).toEqual(['2025-05-06']);
  });

  it('dates "when did X speak in Z" by the day the story from Z gives X\'s sayings', () => {
    expect(saidOn('what day did Ada Voss give her remarks in Lenz')).toEqual(['2025-05-06']);
  });

  it('reads "argue", "cite", "recall" as sayings', () => {
    expect(saidOn('On what date did Rook argue that Norland will continue to escort tankers?')).toContain('2025-05-09');
  });

  it('reads "on what weekday did X say …" as "when did X say …"', () => {
    expect(saidOn('On what weekday did Ada Voss say the port would stay open to every ship?')).toEqual(['2025-05-06']);
  });

  it('does not date what someone else said, or what the speaker never said', () => {
    expect(saidOn('when did voss say they would keep escorting tankers to protect sailors?')).toEqual([]);
    expect(saidOn('when did rook say the port would close to tankers from the north?')).toEqual([]);
    expect(when('when did rook say the port would close to tankers from the north?')).toEqual([]);
  });
});

describe('when someone said what the story only reports, in a story without a date', () => {
  // Invented: no date line; the envoy's sayings are dated once ("said on Friday"), his reported words elsewhere.
  const summit = fixtureIndex({
    'summit.txt': `Envoy backs the port

"We are committed to the port," envoy Piet Rook said on Friday at the end of a meeting of the Strait Council in Lenz.

Important steps had been taken to help the harbour towns in recent weeks, said Rook, emphasizing that repairs must reach every quay.`,
  });
  const when = (text: string) => answer(summit, { command: 'when', text }).answers.map((a) => a.text);

  it('dates the saying by the day the story gives the speaker\'s sayings, not by a time inside what was said', () => {
    expect(when('when did Rook say repairs must reach every quay')[0]).toBe('Friday');
    expect(when('when did Rook say repairs must reach every quay')).not.toContain('recent weeks');
  });
});

describe("a story of one occasion's sayings, without a date", () => {
  // Invented: the lead says when the mayor spoke, outside his words; the quotations after it give no time; another act has its own day.
  const farewell = fixtureIndex({
    'farewell.txt': `Mayor vows to rebuild the harbour

Mayor Lee Ott said his message was that ‘the harbour will be rebuilt’ as he flew off to Lenz last night.

“We will rebuild every quay, and the ferries will sail again,” he said.

“Already the first cranes asked for by the port are on the way, on top of all we have done for years.

“There will be more requests and we have already worked closely with the council on this so that the port has what it needs.”

Ott said the storm that hit on Monday was the worst in decades.`,
  });
  const when = (text: string) => answer(farewell, { command: 'when', text }).answers.map((a) => a.text);

  it("dates the speaker's other quotations by the time the lead gives his saying, outside his words", () => {
    expect(when('When did Ott say the ferries will sail again?')[0]).toBe('last night');
    expect(when('When did Ott say they had already worked closely with the council on the requests?')[0]).toBe('last night');
  });

  it('leaves a time in what a saying reports to the act it dates ("the storm that hit on Monday")', () => {
    const onlyMonday = fixtureIndex({ 'storm.txt': 'Mayor on the storm\n\nOtt said the harbour flooded on Monday.\n\n“We will rebuild every quay,” Ott said.' });
    expect(answer(onlyMonday, { command: 'when', text: 'When did Ott say they will rebuild every quay?' }).answers.map((a) => a.text)).not.toContain('Monday');
  });
});

describe('what day someone denied something, in a story without a date', () => {
  // Invented: the envoy's sayings are dated once; the denial's sentence gives only a part of a day, for another act.
  const denial = fixtureIndex({
    'denial.txt': `Envoy speaks in Lenz

"We are committed to the port," envoy Piet Rook said on Friday at the end of a meeting of the Strait Council in Lenz.

He did not confirm an alleged raid by Norland on Kessel overnight and said only that Ostmark was not involved in any offensive operations.`,
  });

  it('is not answered by "overnight", and takes the day the story gives the speaker’s sayings', () => {
    const answers = answer(denial, { command: 'when', text: 'What day did Rook deny that Ostmark was involved in any offensive operations?' }).answers.map((a) => a.text);
    expect(answers).not.toContain('overnight');
    expect(answers[0]).toBe('Friday');
  });
});

describe('when an act happened that the story only reports someone saying is going on', () => {
  // Invented: the league's call is told only in what the envoy said, in the present; the navy's act is told as past.
  const reported = fixtureIndex({
    'league.txt': `League meets in Lenz

May 9, 2025

LENZ, May 9 (Reuters) – Envoy Piet Rook spoke at the end of the league's meeting.

Regarding the strait, envoy Piet Rook said the league was calling for more pilots to be made available to ships in the channel.

Rook said the navy escorted three tankers through the channel.`,
  });
  const reportedOn = (text: string) => saidWhenAnswers(reported, { kind: 'eventTime', text, granularity: 'day', reason: '' }).map((a) => a.date);

  it('dates it by the saying: the story of that day', () => {
    expect(reportedOn('on what day did the league call for more pilots to be made available to ships in the channel')).toEqual(['2025-05-09']);
  });

  it('does not date a past act by the day it was reported', () => {
    expect(reportedOn('when did the navy escort three tankers through the channel')).toEqual([]);
  });
});

describe('a saying the question retells in its own words', () => {
  // Invented: the envoy's quotation says "over 100 ferries … every day"; the question says "the daily number … had passed 100".
  const port = fixtureIndex({
    'port.txt': `Envoy on the ferries

May 9, 2025

LENZ, May 9 (Reuters) – Envoy Piet Rook spoke to reporters in Lenz on Friday.

"We've gone from zero to now over 100 ferries going into Porto through the north channel every day, but this is still not enough," Rook said.

Harbour master Ada Voss said the pilots would stay in Porto.`,
  });
  const saidOn = (text: string) => saidWhenAnswers(port, { kind: 'eventTime', text, granularity: 'day', reason: '' }).map((a) => a.date);

  it('dates the speaker\'s saying that holds a few of its words', () => {
    expect(saidOn('When did Rook tell reporters that the daily number of ferries entering Porto had passed 100?')).toEqual(['2025-05-09']);
  });

  it('does not date a retelling that holds too few of the words, or another speaker\'s saying', () => {
    expect(saidOn('When did Rook say the pilots would go on strike over their pay?')).toEqual([]);
    expect(saidOn('When did Voss tell reporters that the daily number of ferries entering Porto had passed 100?')).toEqual([]);
  });

  it('reads a verb that leads to the saying and an adverb after it ("limit himself to saying", "stated firmly")', () => {
    expect(when('On which day did Rook limit himself to saying that Norland will continue to escort tankers?')).toEqual(['2025-05-09']);
    expect(when('On what date did Rook state firmly that Norland will continue to escort tankers?')).toEqual(['2025-05-09']);
  });
});

describe('a saying in a story without a day, from a place another story dates the speaker at', () => {
  // Invented: the Reuters story from Porto has no date; the dpa story says when the envoy spoke in Porto.
  const twoStories = fixtureIndex({
    'porto-reuters.txt': `Envoy keeps focus on the harbour

PORTO (Reuters) – Envoy Piet Rook faced questions at a news conference in Porto.

"What we are focused on is our work to calm the harbour," Rook stated firmly.`,
    'porto-dpa.txt': `Envoy backs the port

May 9, 2025

"We are committed to the port," envoy Piet Rook said on Friday at the end of a meeting of the Strait Council in Porto.`,
    'lyon.txt': `Envoy in Lyon

May 2, 2025

"The river stays open," envoy Piet Rook said on Friday in Lyon.`,
  });
  const when = (text: string) => answer(twoStories, { command: 'when', text }).answers.map((a) => a.text);

  it('takes the day the other story gives his sayings in that place', () => {
    expect(when('When did Rook say that what they are focused on is their work to calm the harbour?')).toEqual(['Friday']);
    expect(answer(twoStories, { command: 'when', text: 'When did Rook say that what they are focused on is their work to calm the harbour?' }).answers[0]?.citations.map((c) => c.file)).toEqual(['porto-reuters.txt', 'porto-dpa.txt']);
  });
});

describe('a saying both quoted and reported', () => {
  // Invented: the envoy's quotation in one story shares some words; the other story reports him saying all of them.
  const stories = fixtureIndex({
    'porto.txt': `Envoy in Porto

May 9, 2025

PORTO, May 9 (Reuters) – Envoy Piet Rook spoke on Friday.

Regarding the harbour, the envoy said the council was calling for more ferries to be made available to people in Porto and for better distribution to everyone in need.`,
    'lyon.txt': `Envoy in Lyon

May 2, 2025

"The council is calling for better ferries to reach everyone in Lyon," Rook said on Friday.`,
  });
  const saidOn = (text: string) => saidWhenAnswers(stories, { kind: 'eventTime', text, granularity: 'day', reason: '' }).map((a) => a.date);

  it('dates the one that holds more of the question', () => {
    expect(saidOn('On what day did Rook say the council was calling for better distribution of ferries to everyone in need in Porto?')).toEqual(['2025-05-09']);
  });
});
