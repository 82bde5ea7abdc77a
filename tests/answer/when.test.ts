import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { datesOtherEnd, endAsked, timeCandidates, whenAnswers, withEventAct } from '../../src/answer/when.ts';
import { fixtureIndex } from './fixtureIndex.ts';

const index = fixtureIndex({
  'port.txt': `Port authority changes hands

March 8, 2025

Teodor Brask led the Veloria port authority for a decade. He retired in 1998 after the great flood.`,
  'siege.txt': `Siege of Veloria ends

April 2, 2025

LENZ, April 2 (Reuters) – The siege of Veloria lasted eleven days, and its harbour reopened on Monday, officials said.

The ministry has not admitted carrying out the raid on the fuel depot.

Harbour master Ada Voss declined to comment on the blockade of the bay.`,
  'feud.txt': `Border feud deepens

May 6, 2025

The feud between Norland and Ostmark has escalated in recent months, diplomats said.

Ostmark artillery shelled the border town of Kell in recent weeks, residents said.

Ostmark artillery shelled the border town of Kell on March 3, the army said.`,
});

const ask = (text: string) => answer(index, { command: 'auto', text });

describe('which time', () => {
  it('answers "what year" with the year', () => {
    const response = ask('What year did Teodor Brask retire?');
    expect([response.kind, response.answers[0]?.text, response.answers[0]?.date]).toEqual(['eventTime', '1998', '1998']);
  });

  it('answers "what year did X decline to …" with the year a story is dated only to, not with a denial', () => {
    const capri = fixtureIndex({
      'capri.txt': 'Envoy declines to confirm raid\n\nCAPRI (Wire) – Envoy Piet Rook declined to confirm the reported raid on the port during a news conference on the island.\n\nCopyright 2024 Wire Media.\n',
    });
    const response = answer(capri, { command: 'when', text: 'what year did Rook decline to confirm the reported raid on the port' });
    expect(response.answers[0]?.date).toBe('2024');
    expect(answer(capri, { command: 'when', text: 'what day did Rook decline to confirm the reported raid on the port' }).answers).toEqual([]);
  });

  it('answers "how long" with a duration, not a date', () => {
    const response = ask('How long did the siege of Veloria last?');
    expect([response.kind, response.answers[0]?.text]).toEqual(['duration', 'eleven days']);
  });

  it("answers a question about a story's own date with its date, and about its dateline with the place", () => {
    const dated = ask('When was the story about the siege of Veloria published?');
    expect([dated.kind, dated.answers[0]?.date, dated.answers[0]?.citations[0]?.file]).toEqual(['articleDate', '2025-04-02', 'siege.txt']);
    const filed = ask('Where was the story about the siege of Veloria filed?');
    expect([filed.kind, filed.answers[0]?.text]).toEqual(['articleDate', 'LENZ']);
  });
});

describe('the act a "when" question writes', () => {
  it('dates only a passage that tells the act, in any form, unless it is light or its object an event', () => {
    const trip = fixtureIndex({ 'trip.txt': 'Envoy in Lenz\n\nMay 9, 2025\n\nThe envoy Maria Lopez left for Lenz on Friday. Her visit followed a storm attack on the port on Monday.\n' });
    const when = (text: string) => answer(trip, { command: 'when', text }).answers[0]?.text;
    expect(when('When did Lopez leave for Lenz?')).toBe('Friday');
    // No passage tells a departure from Porto or a return: the visit's date dates neither.
    expect(when('When did Lopez depart Porto?')).toBeUndefined();
    expect(when('When did Lopez return from Lenz?')).toBeUndefined();
    // "launch" only delivers the attack, which the passage tells.
    expect(when('When did the storm launch its attack on the port?')).toBe('Monday');
  });

  it('does not date an act no passage tells by the time of the event it follows', () => {
    const killed = fixtureIndex({ 'killed.txt': 'Harbour chief killed\n\nMay 9, 2025\n\nPiet Rook, the political chief of the Sarnia party, was killed in Lenz last week. It drew threats of revenge by Sarnia on Norland.\n' });
    const when = (text: string) => answer(killed, { command: 'when', text }).answers[0]?.text;
    expect(when('When did Sarnia pick a new political chief after Rook was killed?')).toBeUndefined();
    expect(when('On what date did Sarnia name a successor to its killed political chief?')).toBeUndefined();
    expect(when('When was Rook killed?')).toBe('last week');
  });
});

describe('the doer of an attack', () => {
  it('does not date "the Norland attack (on Sarnia)" by a sentence that tells a Sarnian attack', () => {
    const attacks = fixtureIndex({
      'attacks.txt': 'Ministers meet\n\nMay 9, 2025\n\nExplosions rocked the Norland city of Vell in the early hours of Friday, in what sources described as a Sarnian attack.\n\nThe ministers condemned the unprecedented Norland attack on Sarnia last week.\n',
    });
    const when = (text: string) => answer(attacks, { command: 'when', text }).answers[0]?.text;
    expect(when('When did the Norland attack happen, relative to the meeting?')).toBe('last week');
    expect(when('When did the Sarnian attack on the Norland city of Vell happen?')).toBe('the early hours of Friday');
  });
});

describe('vague times', () => {
  it('answers with a stretch placed against the time of writing when no date is written', () => {
    const response = ask('When did the feud between Norland and Ostmark escalate?');
    expect([response.kind, response.answers[0]?.text]).toEqual(['eventTime', 'recent months']);
  });

  it('prefers a written date to a vague stretch', () => {
    const response = ask('When did Ostmark artillery shell the border town of Kell?');
    expect([response.kind, response.answers[0]?.date]).toEqual(['eventTime', '2025-03-03']);
  });
});

describe('negation', () => {
  it('gives no actor for an event the coverage says did not happen, and says what it does say', () => {
    const response = ask('Who admitted carrying out the raid on the fuel depot?');
    expect(response.answers).toEqual([]);
    expect(response.note).toContain('has not admitted');
  });

  it('gives no time for it either', () => {
    const response = ask('When did the ministry admit the raid on the fuel depot?');
    expect(response.answers).toEqual([]);
    expect(response.note).toContain('siege.txt ¶');
  });

  it('does not take "declined to comment" for a comment', () => {
    expect(ask('Who commented on the blockade of the bay?').answers).toEqual([]);
  });

  it('does not take "never happens again" for a denial of the event asked "when did … happen"', () => {
    const pier = fixtureIndex({
      'pier.txt': `Pier attack

March 8, 2025

A rocket attack on the Kell pier wounded two guards on Monday.

“We will make sure an attack like this never happens again,” the mayor said.`,
    });
    const [top] = answer(pier, { command: 'when', text: 'when did the pier attack happen?' }).answers;
    expect(top).toMatchObject({ text: 'Monday', date: '2025-03-03' });
  });

  it('does not take a negative question\'s own answer for a denial', () => {
    expect(ask('Who has not admitted the raid on the fuel depot?').note).toBeUndefined();
  });
});

describe('what year', () => {
  it('answers with the year its article gives a weekday, and shows the weekday in a note', () => {
    const dated = fixtureIndex({ 'vote.txt': 'Vote in Lenz\n\nNovember 14, 2024\n\nThe council of Lenz approved the new harbour budget on Tuesday.\n' });
    const [top] = answer(dated, { command: 'when', text: 'What year did the council of Lenz approve the harbour budget?' }).answers;
    expect([top?.text, top?.date, top?.note]).toEqual(['2024', '2024', '“Tuesday”, 2024-11-12.']);
  });

  it('answers with the year a full date writes, and shows the date in a note', () => {
    const dated = fixtureIndex({ 'mill.txt': 'Mill of Oslen\n\nThe mill of Oslen was opened on October 23, 2001 by the guild.\n' });
    const [top] = answer(dated, { command: 'when', text: 'In what year was the mill of Oslen opened?' }).answers;
    expect([top?.text, top?.date, top?.note]).toEqual(['2001', '2001', '“October 23, 2001”.']);
  });

  it('leaves a span of years as written', () => {
    const dated = fixtureIndex({ 'mill.txt': 'Mill of Oslen\n\nThe mill of Oslen was rebuilt in 1300–1350 by the guild.\n' });
    const [top] = answer(dated, { command: 'when', text: 'In what year was the mill of Oslen rebuilt?' }).answers;
    expect(top?.text).toBe('1300–1350');
  });
});

describe('which day of the week', () => {
  it('answers with the weekday a cited passage writes for the day found, citing it first, its date kept', () => {
    const stories = fixtureIndex({
      'dated.txt': 'Ferry strike ends\n\nMarch 20, 2025\n\nThe ferry strike in Lenz began on March 8 and ended after twelve days.\n',
      'later.txt': 'Ferries again\n\nMarch 12, 2025\n\nFerries are back in Lenz after Saturday’s ferry strike.\n',
    });
    const [top] = answer(stories, { command: 'when', text: 'Which day of the week did the ferry strike in Lenz begin?' }).answers;
    expect([top?.text, top?.date, top?.citations[0]?.file]).toEqual(['Saturday', '2025-03-08', 'later.txt']);
    // Asked for its date, the same day is its date.
    const [dated] = answer(stories, { command: 'when', text: 'On what date did the ferry strike in Lenz begin?' }).answers;
    expect(dated?.text).toBe('March 8');
  });
});

describe('a yearless dateline', () => {
  it('shows a weekday with the month and day its lead\'s weekday gives the dateline', () => {
    const wire = fixtureIndex({
      'wire.txt': 'Ferries resume in Lenz\n\nLENZ, Mar 4 (Reuters) – The harbour master of Lenz said on Wednesday the ferries would resume.\n\nA storm closed the port of Lenz on Sunday, the harbour master said.\n',
    });
    const [top] = answer(wire, { command: 'when', text: 'When did the storm close the port of Lenz?' }).answers;
    expect([top?.text, top?.date]).toEqual(['Sunday, Mar 1', undefined]);
  });

  it('answers with the lead\'s own weekday, not the dateline\'s day, when a headline tells the event best', () => {
    const wire = fixtureIndex({
      'wire.txt': 'Norland has urged Kell not to escalate shelling, says Rook\n\nLENZ, Mar 4 (Reuters) – Norland has told Kell that the conflict cannot be allowed to widen, Foreign Minister Piet Rook said on Wednesday, as talks in Lenz resumed.\n',
    });
    const [top] = answer(wire, { command: 'when', text: 'when did Rook say Norland urged Kell not to escalate shelling' }).answers;
    expect(top?.text).toBe('Wednesday, Mar 4');
  });
});

describe('a time from another event', () => {
  const blast = fixtureIndex({
    'blast.txt': 'Blasts in Lenz\n\nExplosions rocked the harbour of Lenz in the early hours of Friday, reportedly due to a drone strike. Ostmark downplayed the incident and said it had no plans for retaliation.\n',
  });

  it('does not date an act the passage tells in another sentence by the time of the first', () => {
    expect(whenAnswers(blast, { text: 'When did Ostmark retaliate for the Lenz strike?', granularity: 'day' })).toEqual([]);
  });

  it('still dates the event the time\'s own sentence tells', () => {
    expect(whenAnswers(blast, { text: 'When did explosions rock the harbour of Lenz?', granularity: 'day' })[0]?.text).toBe('the early hours of Friday');
  });
});

describe('a passage that names the person asked about and nothing of the event', () => {
  const front = fixtureIndex({
    'front.txt': 'Envoy warns of a second front\n\nMarch 7, 2025\n\nVELORIA, March 7 (Reuters) – The envoy Piet Rook warned on Friday against a second front.\n\nOn the same day that rebel leader Ivo Marek threatened to widen the war, Rook repeated his warning to the region.\n',
  });
  const when = (text: string) => answer(front, { command: 'when', text }).answers.map((a) => a.date);

  it('does not date a death the coverage never tells by another event\'s day', () => {
    expect(when('when did marek die?')).toEqual([]);
    expect(when('when did Ivo Marek die')).toEqual([]);
  });

  it('dates the event the passage does tell', () => {
    expect(when('when did Ivo Marek threaten to widen the war')[0]).toBe('2025-03-07');
  });
});

describe('a time that opens a period', () => {
  const inquiry = fixtureIndex({
    'inquiry.txt': 'Inquiry widens\n\nOctober 25, 1998\n\nLast week the Veloria police joined Norland investigators to look into a series of unsolved sniper attacks on ferry crews in Lenz dating to 1994.\n',
  });

  it('does not date the act by the start of a period a noun has lasted ("attacks … dating to 1994")', () => {
    expect(answer(inquiry, { command: 'when', text: 'When did the Veloria police join Norland investigators in the sniper inquiry?' }).answers[0]?.text).toBe('Last week');
  });
});

describe('a time a superlative counts from', () => {
  // Invented: the visit is told with "the first … since" the flood; the flood has its own day.
  const visit = fixtureIndex({
    'visit.txt': 'Envoy visits Lenz\n\nMarch 9, 2025\n\nEnvoy Piet Rook pledged help for Lenz as he became the most senior Norland official to visit the town since the March 2 flood.\n\nRook said his message of help was simple as he flew to Lenz last night.\n',
  });
  const when = (text: string) => answer(visit, { command: 'when', text }).answers.map((a) => a.text);

  it('does not date the act by the time "the most senior … since" counts from', () => {
    expect(when('when did Rook become the most senior official to visit Lenz')[0]).toBe('March 9, 2025');
    expect(when('when did Rook pledge help for Lenz')).not.toContain('March 2');
  });

  it('still dates the event it names by it', () => {
    expect(when('when was the flood in Lenz')[0]).toBe('March 2');
  });

  it('does not date an ordinal trip by what it counts from, with words between "since" and the time', () => {
    const trip = fixtureIndex({
      'trip.txt': 'Envoy in Lenz\n\nMarch 9, 2025\n\nRook spoke in Lenz on Friday while on his second trip to the region since Ostmark\'s massive March 2 raid on Norland.\n',
    });
    expect(answer(trip, { command: 'when', text: "when was Rook's second trip to the region" }).answers.map((a) => a.text)).not.toContain('March 2');
  });

  it('does not take the time the question itself counts from for the answer, but the story\'s day', () => {
    const trip = fixtureIndex({
      'trip.txt': 'Envoy in Lenz\n\nApril 9, 2025\n\nRook spoke while on his second trip to the region since Ostmark\'s massive March 2 raid on Norland.\n',
    });
    expect(answer(trip, { command: 'when', text: "What month was Rook's second trip to the region since the March 2 raid?" }).answers[0]?.text).toBe('April');
  });
});

describe('an act done to an event with a time of its own', () => {
  // Invented: the summit condemned an attack; the attack has its own time, the summit another.
  const summit = fixtureIndex({
    'summit.txt': 'Summit ends in Lenz\n\nLeaders have again called for calm following the Ostmark attack on Norland last week.\n\n“We stand with Norland,” Piet Rook said on Friday at the end of a summit of the Strait Council in Lenz.\n\n“We want calm,” Rook added at the summit, which produced a condemnation of the Ostmark attack.\n',
  });
  const when = (text: string) => answer(summit, { command: 'when', text }).answers.map((a) => a.text);

  it('does not date the act by its object\'s time ("condemn the attack" by "the attack … last week")', () => {
    expect(when('when did the council condemn the Ostmark attack on Norland?')).not.toContain('last week');
  });

  it('dates what a paragraph tells "at the summit" by the one time the paragraph before gives that occasion', () => {
    expect(when('when did the Strait Council condemn the Ostmark attack on Norland?')[0]).toBe('Friday');
  });

  it('still dates the attack itself by its own time', () => {
    expect(when('when did Ostmark attack Norland?')[0]).toBe('last week');
  });

  it('reads no act into a word of the event\'s own phrase ("Ostmark\'s big attack")', () => {
    expect(when("when was Ostmark's big attack on Norland?")[0]).toBe('last week');
  });
});

describe('a clause that only identifies the event', () => {
  // Invented: the council condemned one attack; the minister denied another, the other way round.
  const raid = fixtureIndex({
    'raid.txt': 'Leaders meet\n\nThe unprecedented Ostmark attack on Norland last week shook the region.\n\nThe minister did not confirm an alleged attack by Norland on Ostmark overnight.\n\nThe Strait Council produced a condemnation of the Ostmark attack.\n',
  });
  const when = (text: string) => answer(raid, { command: 'when', text }).answers.map((a) => a.text);

  it('dates the event, its identifying clause\'s names not required beside the time ("…, the one the Strait Council condemned")', () => {
    expect(when("when was Ostmark's attack on Norland, the one the Strait Council condemned")[0]).toBe('last week');
  });
});

describe('a time only the day of writing dates', () => {
  // Invented: an encyclopedia's page, with no date to read "now" against.
  const isthmus = fixtureIndex({ 'isthmus.txt': 'Isthmus of Vell\n\nThe two continents are now joined by the Isthmus of Vell, which rose from the sea.\n' });

  it('does not answer "when" with "now" in a story without a date', () => {
    expect(answer(isthmus, { command: 'when', text: 'when were the two continents joined by the isthmus?' }).answers.map((a) => a.text)).not.toContain('now');
  });
});

describe('the story\'s own day', () => {
  it('dates what the passage that tells the event far best reports without a time by its story\'s day, not a weaker passage\'s time', () => {
    const wire = fixtureIndex({
      'wire.txt': 'Ferries resume in Lenz\n\nLENZ, Mar 4 (Reuters) – The harbour master of Lenz said on Wednesday the ferries would resume.\n\nThere was a “broad agreement” among the ferry operators of Lenz that fares should stay low, said the harbour master.\n',
      'old.txt': 'Ferry fares\n\nNovember 3, 2023\n\nOn the same day that the unions threatened a walkout, the harbour master said fares should stay low.\n',
    });
    const answers = whenAnswers(wire, { text: 'When did the harbour master speak of a "broad agreement" that fares should stay low?', granularity: 'day' });
    expect(answers.map((a) => a.text)).toEqual(['Mar 4', 'the same day']);
  });
});

describe('negation scope', () => {
  it('still dates a warning whose words are negated only inside what was warned', () => {
    const warned = fixtureIndex({ 'warn.txt': 'Harbour warning\n\nJune 3, 2025\n\nThe harbour master warned on Tuesday that the port would not tolerate attacks on its ferries.\n' });
    expect(answer(warned, { command: 'when', text: 'When did the harbour master warn about attacks on ferries?' }).answers[0]?.text).toBe('Tuesday');
  });
});

describe('when: reporters and the press', () => {
  it('dates "speak to reporters" by the press event the passage reports', () => {
    const press = fixtureIndex({
      'press.txt': `Mayor on the harbour

May 2, 2025

During a press event in Selva on Friday, Mayor Lena Holt said the harbour would reopen in June.`,
    });
    expect(answer(press, { command: 'when', text: 'When did Holt speak to reporters in Selva?' }).answers[0]?.text).toBe('Friday');
  });
});

describe('an occasion and what happened at it', () => {
  it('is dated by the occasion when what happened at it is told in other words', () => {
    const presser = fixtureIndex({ 'presser.txt': 'Mayor speaks in Porto\n\nMay 9, 2025\n\nMayor Ana Reyes spoke at a press conference in Porto on Friday.\n\nThe council met in Lisk earlier in the week.\n\nReyes further stated, "We have gone from zero to 40 ferries a day into Lisk, but this is still not enough."\n' });
    expect(answer(presser, { command: 'when', text: 'When was the Porto press conference where Reyes bragged about 40 ferries a day into Lisk?' }).answers[0]?.text).toMatch(/Friday/);
  });
});

describe('since when', () => {
  // Invented coverage: the latest clash is dated, the start of the clashes is after "since".
  const clashes = fixtureIndex({
    'clashes.txt': `Border clashes go on

May 9, 2025

Border guards traded fire near Lisk on Tuesday, the latest of the tit-for-tat clashes in Norland that have run since the dam dispute began in March.`,
  });

  it('answers with the time "since" opens, not the latest event\'s day', () => {
    const response = answer(clashes, { command: 'auto', text: 'Since when have there been tit-for-tat clashes in Norland?' });
    expect([response.kind, response.answers[0]?.text]).toEqual(['eventTime', 'March']);
  });

  it('gives no start of a state the coverage does not date ("since when is X the …"), not the day of an act told beside it', () => {
    const chief = fixtureIndex({ 'chief.txt': 'Guard chief speaks\n\nMay 9, 2025\n\nBorder Guard chief Ana Reyes said on Tuesday the clashes would end.\n' });
    expect(answer(chief, { command: 'when', text: 'Since when is Ana Reyes the Border Guard chief?' }).answers).toEqual([]);
    expect(answer(chief, { command: 'when', text: 'When did Ana Reyes say the clashes would end?' }).answers[0]?.text).toMatch(/Tuesday/);
  });
});

describe('an act asked in other words', () => {
  // Invented: the story says "condemned", the question "denounce".
  const council = fixtureIndex({
    'council.txt': `Council condemns the blockade

May 6, 2025

The Dorran council condemned the blockade of the bay on Tuesday. Fishing boats were turned back on Monday.`,
  });
  it('meets "denounce" in "condemned"', () => {
    const [top] = answer(council, { command: 'when', text: 'What day did the Dorran council denounce the blockade?' }).answers;
    expect(top?.text).toBe('Tuesday');
  });
});

describe('a time still to come', () => {
  // Invented: one meeting past, the next one announced.
  const harbour = fixtureIndex({
    'board.txt': `Harbour board meets

May 6, 2025

The Dorran harbour board met on Monday to discuss the dredging plan. The board will meet again on Thursday, its chair said.`,
    'ferry.txt': `Ferry strike

May 7, 2025

Ferry crews in Dorran walked out on Tuesday over pay.`,
  });
  it('answers "when will … next" with the announced time, not the past one', () => {
    const [top] = answer(harbour, { command: 'when', text: 'When will the Dorran harbour board meet next?' }).answers;
    expect(top?.text).toBe('Thursday');
  });
  it('abstains when the coverage only dates what has happened', () => {
    expect(answer(harbour, { command: 'when', text: 'When will the ferry crews in Dorran walk out?' }).answers).toEqual([]);
    expect(answer(harbour, { command: 'when', text: 'When did the ferry crews in Dorran walk out?' }).answers[0]?.text).toBe('Tuesday');
  });
});

describe('a journey asked for as "leave for" or "set off for"', () => {
  // Invented: the journey is told as a flight; an earlier "left … dead" is no departure.
  const trip = fixtureIndex({
    'trip.txt': `Minister to Lenz

June 12, 2025

The storm that left 40 people dead in Lenz struck on Sunday, Ada Voss said.

Foreign Minister Ada Voss flew to Lenz on Tuesday to offer help.`,
  });
  const when = (text: string) => answer(trip, { command: 'when', text }).answers[0]?.text;

  it('answers with the time of the flight', () => {
    expect(when('When did Ada Voss leave for Lenz?')).toBe('Tuesday');
    expect(when('When did Voss set off for Lenz to offer help?')).toBe('Tuesday');
  });
});

describe('a person asked for by full name, named by surname where the event is told', () => {
  // Invented: the full name in the lead, the surname alone in the passage that dates the event.
  const port = fixtureIndex({
    'quay.txt': `Port to reopen

June 3, 2025

Harbour master Ada Voss has run the port since 2019.

Voss said on Monday in Lenz that the quay would reopen.`,
  });
  // The rule answerer itself: the ranker's fallback finds the passage by other means.
  const when = (text: string) => whenAnswers(port, { text, granularity: 'day' })[0]?.text;

  it('dates the event as it would for the surname alone', () => {
    expect(when('When did Voss speak in Lenz?')).toBe('Monday');
    expect(when('When did Ada Voss speak in Lenz?')).toBe('Monday');
  });

  it('still needs the surname', () => {
    expect(when('When did Ada Lind speak in Lenz?')).toBeUndefined();
  });
});

describe('a weekday in a story without a date', () => {
  // Invented: the story that tells the event best has no date; another dates the same raid.
  const index = fixtureIndex({
    'undated.txt': `Envoy lands in Lenz

Envoy Ilse Marn landed in Lenz, a week after the Kessel raid on Saturday that left 40 dead at the port.`,
    'dated.txt': `Port reopens

May 20, 2025

The port reopened on Monday, ten days after the May 10 Kessel raid that shut it.`,
  });

  it('answers with the calendar date another passage gives the same event, citing both', () => {
    const [top] = answer(index, { command: 'when', text: 'When was the Kessel raid on the port that left 40 dead?' }).answers;
    expect(top?.text).toBe('May 10');
    expect(top?.citations.map((c) => c.file)).toEqual(['dated.txt', 'undated.txt']);
    expect(top?.note).toContain('Saturday');
  });
});

describe('a lower-case question whose parse reads a name as its act', () => {
  const denied = fixtureIndex({
    'claim.txt': `Envoy shot in Lenz

June 4, 2025

LENZ, June 4 (Reuters) – An Ostmark envoy was shot dead in Lenz last week. Ostmark vowed revenge on Norland, which has not claimed responsibility for the shooting.`,
    'blast.txt': `Blasts in Kell

June 5, 2025

Explosions rocked the town of Kell in the early hours of Friday, reportedly due to a Norland drone strike. However, Ostmark downplayed the incident and indicated that it had no plans for retaliation.`,
  });
  const when = (text: string) => answer(denied, { command: 'when', text });

  it('gives no time for an act the coverage says was not done, and says what it does say', () => {
    const response = when('when did norland claim responsibility for shooting the envoy');
    expect(response.answers).toEqual([]);
    expect(response.note).toContain('has not claimed responsibility');
  });

  it('gives no time for an act the coverage says was not planned, whatever else its sentence dates', () => {
    const response = when('when did ostmark retaliate for the kell explosions');
    expect(response.answers).toEqual([]);
    expect(response.note).toContain('no plans for retaliation');
  });

  it('reads the act after a lower-case subject, and leaves any other parse alone', () => {
    expect(withEventAct(denied, { text: 'when did ostmark retaliate for the kell explosions', act: 'ostmark' }).act).toBe('retaliate');
    expect(withEventAct(denied, { text: 'When did Ostmark retaliate for the Kell explosions?', act: 'retaliate' }).act).toBe('retaliate');
    expect(withEventAct(denied, { text: 'When was the Ostmark envoy shot?', act: 'ostmark' }).act).toBe('ostmark');
  });

  it('still dates what the coverage tells', () => {
    expect(when('when did explosions rock kell')?.answers[0]?.text).toBe('the early hours of Friday');
  });
});

describe('an act that answers another event', () => {
  const blasts = fixtureIndex({
    'kell.txt': `Blasts in Kell

June 5, 2025

Explosions rocked the Ostmark town of Kell in the early hours of Friday, residents said.`,
    'sorry.txt': `Norland regrets

June 9, 2025

Norland apologised on Monday for the Kell explosions.`,
  });
  const shooting = fixtureIndex({
    'lenz.txt': `Envoy shot in Lenz

June 5, 2025

The region is bracing for attacks following the shooting of the Ostmark envoy in Lenz on Tuesday.`,
  });
  const when = (index: typeof blasts, text: string) => answer(index, { command: 'when', text });

  it('is not dated by the time of the event it answers', () => {
    expect(when(blasts, 'When did Ostmark retaliate for the Kell explosions?').answers).toEqual([]);
    expect(when(blasts, 'When did Ostmark hit back after the Kell explosions?').answers).toEqual([]);
    expect(when(shooting, 'When did Norland admit responsibility for shooting the Ostmark envoy in Lenz?').answers).toEqual([]);
  });

  it('is dated where its own sentence tells it', () => {
    expect(when(blasts, 'When did Norland apologise for the Kell explosions?').answers[0]?.text).toBe('Monday');
  });
});

describe('the time of a statement about an event', () => {
  // Invented: a killing dated in one story, nobody admitting it; another where a strike is admitted, dated.
  const raid = fixtureIndex({
    'envoy.txt': 'Envoy killed\n\nMay 6, 2025\n\nIvo Marek, the Kessel envoy, was killed in the Norland port of Lenz last week. It drew threats of revenge from Norland over the attack.\n',
    'admits.txt': 'Kessel admits strike\n\nMay 9, 2025\n\nKessel admitted on Thursday that its forces carried out the strike on the Selva bridge.\n',
  });
  const when = (text: string) => answer(raid, { command: 'when', text }).answers.map((a) => a.text);

  it('is not another event\'s time where nothing tells the statement ("when did Norland admit the attack")', () => {
    expect(when('when did Norland admit the attack')).toEqual([]);
  });

  it('is the time the statement is told with', () => {
    expect(when('when did Kessel admit the strike on the Selva bridge')[0]).toBe('Thursday');
  });
});

describe('an act told as done before the story, and a retaliation asked by its synonym', () => {
  // Invented: a dated story; the envoy reports what was already done, and an attack with its own day.
  const warning = fixtureIndex({
    'warning.txt': 'Envoy warns Kessel\n\nMay 9, 2025\n\nLENZ, May 9 (Reuters) – A rocket attack on the Vell airbase on Monday wounded seven Norland sailors.\n\nEnvoy Piet Rook added that Norland has already backed up its warning with deeds such as shooting down drones from Kessel that were fired toward Lenz.\n',
  });
  const when = (text: string) => answer(warning, { command: 'when', text }).answers.map((a) => a.text);

  it('does not date an act the story tells as already done by the story\'s own day', () => {
    expect(when('when did Norland shoot down the drones from Kessel?')).toEqual([]);
  });

  it('does not date "strike back for the attack" by the attack\'s own day', () => {
    expect(when('when did Norland strike back for the rocket attack on the Vell airbase?')).not.toContain('Monday');
  });
});

describe('the start or the end of an event', () => {
  // Invented: the one time given is the meeting's end.
  const meeting = fixtureIndex({
    'meeting.txt': 'Council meets in Lenz\n\nMay 9, 2025\n\n"We are committed to the port," envoy Piet Rook said on Friday at the end of a meeting of the Strait Council in Lenz.\n',
  });
  const when = (text: string) => answer(meeting, { command: 'when', text }).answers.map((a) => a.text);

  it('does not answer when it started with a time that dates its end', () => {
    expect(when('when did the Strait Council meeting in Lenz start?')).not.toContain('Friday');
    expect(when('when did the Strait Council meeting in Lenz end?')[0]).toBe('Friday');
  });
});

describe('a time inside a relative clause about another act', () => {
  // Invented: the pause was called for earlier in the week by someone else; the envoy repeated the call on the story's day.
  const pause = fixtureIndex({
    'pause.txt': 'Envoy in Lenz\n\nMay 9, 2025\n\nEnvoy Piet Rook also reiterated the need for a pause in the fighting, which President Ada Voss called for earlier in the week.\n',
  });
  const when = (text: string) => answer(pause, { command: 'when', text }).answers.map((a) => a.text);

  it('does not date the main clause\'s act by the relative clause\'s time', () => {
    expect(when('when did Rook reiterate the need for a pause in the fighting?')).not.toContain('earlier in the week');
  });

  it('still dates the relative clause\'s own act by it', () => {
    expect(when('when did Voss call for a pause in the fighting?')[0]).toBe('earlier in the week');
  });
});

describe('the date of an event asked as "what was the date of …"', () => {
  // Invented: one dated story, the event told with its weekday.
  const pier = fixtureIndex({
    'pier.txt': `Pier attack

March 8, 2025

A rocket attack on the Kell pier on Monday killed two guards, the port said.`,
  });

  it('answers with the event\'s day, the words that ask for the date being no act of their own', () => {
    const [top] = answer(pier, { command: 'when', text: 'What was the calendar date of the attack on the Kell pier that killed two guards?' }).answers;
    expect(top?.date).toBe('2025-03-03');
  });
});

describe('when someone came to a role', () => {
  // Invented: what a minister did, told with her title, and, in another story, when she was appointed.
  const minister = fixtureIndex({
    'trip.txt': `Minister in Lenz

May 9, 2025

Foreign Minister Ada Voss flew to Lenz on Tuesday to offer help.`,
  });
  const appointed = fixtureIndex({
    'cabinet.txt': `New cabinet

March 20, 2024

Ada Voss was appointed foreign minister on Monday, the president's office said.`,
  });

  it('answers only from a sentence that tells someone came to the role, not from what the holder did', () => {
    expect(answer(minister, { command: 'when', text: 'When did Ada Voss become foreign minister?' }).answers).toEqual([]);
    expect(answer(appointed, { command: 'when', text: 'When did Ada Voss become foreign minister?' }).answers[0]?.date).toBe('2024-03-18');
  });
});

describe('a time that dates the other end of a state', () => {
  it.each([
    ['start', 'Lund remained united with the union until 1814.', '1814', true],
    ['start', 'Multi-party rule was not established until mid-1991.', 'mid-1991', false],
    ['start', 'The union was instituted in 1397.', '1397', false],
    ['end', 'The guild has traded from 1397.', '1397', true],
    ['end', 'The guild stopped trading until 1814.', '1814', false],
  ] as const)('asked for its %s, reads %j: %s dates the other end: %s', (asked, text, time, expected) => {
    const at = text.indexOf(time);
    expect(datesOtherEnd(asked, text, at + time.length, at)).toBe(expected);
  });

  it('answers "when was X formed" by when it was instituted, not by when a member stayed in it until', () => {
    const union = fixtureIndex({
      'union.txt': `Unions of the north

After the failed union of Lund and Orm of 1319, the coastal Vale Union was instituted in 1397. Lund remained united with Orm until 1814.`,
    });
    expect(endAsked('When was the Vale Union formed?')).toBe('start');
    // An end named only to be ruled out is not asked; "opening" asks for the start.
    expect(endAsked('On what date did the Lenz summit open? The opening day, not the close.')).toBe('start');
    expect(endAsked('When was the opening of the Lenz summit, rather than the end?')).toBe('start');
    expect(answer(union, { command: 'when', text: 'When was the Vale Union formed?' }).answers[0]?.text).toBe('1397');
  });
});

describe('a journey the story never tells', () => {
  // Invented: one story dates the envoy's press conference in Lenz; another tells his arrival in Kell.
  const trips = fixtureIndex({
    'lenz.txt': 'Envoy in Lenz\n\nMay 9, 2025\n\nDuring a press event in Lenz Friday, envoy Piet Rook said averting a wider war remained the focus of his trip.\n\nRook spoke while on his second trip to the region since the March 2 raid.\n\nPHOTO: Piet Rook in Lenz Friday\n',
    'kell.txt': 'Envoy in Kell\n\nMay 12, 2025\n\nEnvoy Piet Rook arrived in Kell on Monday for talks on the bridge.\n',
  });
  const when = (text: string) => answer(trips, { command: 'when', text }).answers.map((a) => a.text);

  it('is not dated by another event of the trip ("a press event in Lenz on Friday")', () => {
    expect(when('When did Rook arrive in Lenz on his second trip to the region?')).toEqual([]);
  });

  it('is dated where a story writes the movement', () => {
    expect(when('When did Rook arrive in Kell?')[0]).toBe('Monday');
  });

  it('reads "visit" as a journey, which a press event does not date', () => {
    const lenz = fixtureIndex({
      'lenz.txt': 'Envoy in Lenz\n\nMay 9, 2025\n\nDuring a press event in Lenz Friday, envoy Piet Rook said averting a wider war remained the focus of his trip.\n\nRook spoke while on his second trip to the region since the March 2 raid.\n\nPHOTO: Piet Rook in Lenz Friday\n',
    });
    expect(answer(lenz, { command: 'when', text: 'When did Rook last visit Lenz before the talks?' }).answers).toEqual([]);
  });
});

describe('an event asked with what it led to', () => {
  // Invented: the raid is dated; what it made the envoy do is told elsewhere, undated.
  const raid = fixtureIndex({
    'raid.txt': 'Envoy flies to Lenz\n\nMay 9, 2025\n\nThe Kessel Brigades raid on the Lenz port on March 2 shocked the region.\n\nEnvoy Piet Rook flew to Lenz in a show of solidarity on Tuesday.\n',
  });

  it('dates the event, not the remark a name makes of it ("the raid Rook calls a tragedy")', () => {
    const remark = fixtureIndex({
      'remark.txt': 'Envoy in Lenz\n\nMay 9, 2025\n\nThe Kessel Brigades raid on the Lenz port on March 2 shocked the region.\n\nSpeaking in Lenz on Friday, envoy Piet Rook called it a tragedy.\n',
    });
    expect(answer(remark, { command: 'when', text: "when was the kessel raid rook calls 'a tragedy' in lenz" }).answers[0]?.text).toBe('March 2');
  });

  it('dates the event, weighing what it made someone do as an anchor', () => {
    expect(answer(raid, { command: 'when', text: 'When did the Kessel raid happen that made Rook fly to Lenz in a show of solidarity?' }).answers[0]?.text).toBe('March 2');
  });
});


describe('a building, an election or an arrest is dated only where it is told', () => {
  // Invented: the base is attacked on a dated day; when it was built, or anyone arrested, the story never says.
  const base = fixtureIndex({
    'base.txt': 'Base attacked\n\nMay 9, 2025\n\nA rocket attack on the Orlan air base in western Chile on Monday wounded seven guards.\n\nThe governor said on Tuesday the attackers would be found.\n',
  });
  const when = (text: string) => answer(base, { command: 'when', text }).answers.map((a) => a.text);

  it("leaves the act's time unanswered rather than giving another event's", () => {
    expect(when('when was the Orlan air base built?')).toEqual([]);
    expect(when('when did police arrest the attackers of the Orlan air base?')).toEqual([]);
  });

  it('still dates the event the story tells, and a telling of the act', () => {
    expect(when('when was the Orlan air base attacked?')[0]).toBe('Monday');
    expect(when('when did the governor say the attackers would be arrested?')[0]).toBe('Tuesday');
  });
});

describe('the same occasion dated by another story', () => {
  // Invented: one story tells the news conference without a time or a date; another, dated, tells Lee at the Porto meeting on Friday.
  const story = (dated: string) =>
    fixtureIndex({
      'undated.txt': `Lee will not confirm the raid

PORTO (Wire) – Foreign Minister Ann Lee faced repeated questions about a reported raid on Lyon during a news conference in Porto.`,
      'dated.txt': `Lee backs the harbour pact

May 2, 2025

${dated}`,
    });
  const when = (stories: ReturnType<typeof story>, text: string) => answer(stories, { command: 'when', text }).answers[0];
  const QUESTION = 'When did Lee face repeated questions at the Porto news conference about the reported raid?';

  it('answers with the time the other story gives the person at that place, and says so', () => {
    const found = when(story('Ann Lee said on Friday at the end of a meeting of foreign ministers in Porto that the harbour pact would hold.'), QUESTION);
    expect(found?.text).toBe('Friday');
    expect(found?.note).toContain('same occasion');
    expect(found?.citations.map((c) => c.file)).toEqual(['dated.txt', 'undated.txt']);
  });

  it('does not date a "since when" question, nor from a time beside another event', () => {
    const stories = story('Ann Lee said on Friday at the end of a meeting of foreign ministers in Porto that the harbour pact would hold.');
    expect(when(stories, 'Lee has faced questions at news conferences in Porto since when?')?.text).not.toBe('Friday');
    const beside = story('At a meeting of foreign ministers in Porto, Ann Lee condemned the bombing last week that killed six.');
    expect(when(beside, QUESTION)).toBeUndefined();
  });
});

describe('a long question in formal prose', () => {
  // Invented: the passage tells the event in fewer, plainer words than the question.
  const formal = fixtureIndex({
    'iraq.txt': `Rockets dismantled

August 6, 2024

Iraq's military said on Tuesday it had seized a truck carrying a rocket launcher and dismantled eight rockets near the base.`,
  });

  it('is told by a passage that holds five of its words, though not 60 % of them', () => {
    const text = 'On which day did the Iraqi armed forces publicly announce the capture of a light truck fitted with a mounted rocket launcher, along with the dismantling of its unfired rockets?';
    const { candidates } = timeCandidates(formal, { text, granularity: 'day' });
    expect(candidates.map((candidate) => candidate.answer.text)).toEqual(['Tuesday']);
    expect(answer(formal, { command: 'when', text }).answers[0]?.text).toBe('Tuesday');
  });
});

describe('an event dated where another passage writes its date', () => {
  // Invented: an undated story tells an act done in a raid and calls the raid "Saturday's"; a dated story writes the raid's date.
  const stories = fixtureIndex({
    'undated.txt': `Lee presses Norland

PORTO – Ann Lee is working to pressure Norland to release the 20 sailors it seized from Lyon in its deadly night raid.

Lee became the first minister to visit Lyon since Saturday's Norland raid on the port.`,
    'dated.txt': `Norland raid remembered

May 2, 2025

Norland's March 8 raid on Lyon killed six.`,
  });
  const when = (text: string) => answer(stories, { command: 'when', text }).answers[0];

  it('dates an act done in the event ("seized … in its raid") by the event\'s date', () => {
    const found = when('When did Norland seize the 20 sailors from Lyon?');
    expect(found?.text).toBe('March 8');
    expect(found?.citations.map((c) => c.file)).toEqual(['dated.txt', 'undated.txt']);
  });

  it('does not date an act only wanted ("to release the sailors")', () => {
    expect(when('When did Norland release the 20 sailors?')).toBeUndefined();
  });

  it('gives the date of "Saturday\'s raid" in a story without a date', () => {
    expect(when("The story calls it Saturday's Norland raid. What date was that Saturday?")?.text).toBe('March 8');
  });
});

describe('an arrangement only proposed', () => {
  const ban = fixtureIndex({
    'ban.txt': 'Ferry talks in Porto\n\nMay 9, 2025\n\nThe envoy Maria Lopez again stressed the need for a ferry ban on the Sarnia strait, which Mayor Piet Rook called for earlier in the week.\n\nThe Porto museum, commonly called the Harbour House, was founded in 1925.\n',
  });
  const when = (text: string) => answer(ban, { command: 'when', text }).answers[0]?.text;

  it('does not date when it took effect, began or ended by when it was called for', () => {
    expect(when('when did the ferry ban on the Sarnia strait take effect?')).toBeUndefined();
    expect(when('when did the ferry ban on the Sarnia strait start?')).toBeUndefined();
  });

  it('still dates the call itself, and a start a naming "called" stands beside', () => {
    expect(when('when did Rook call for a ferry ban?')).toBe('earlier in the week');
    expect(when('when was the Porto museum founded?')).toBe('1925');
  });
});

describe('when something ended', () => {
  const war = fixtureIndex({
    'war.txt': 'Strait tensions\n\nMay 9, 2025\n\nThe Sarnia strait has seen raids since the Vell war broke out in October. Talks on the war resumed on Friday.\n',
  });
  const when = (text: string) => answer(war, { command: 'when', text }).answers[0]?.text;

  it('is not dated by when it began, nor by a time in a sentence that tells no end', () => {
    expect(when('on what date did the Vell war come to an end?')).toBeUndefined();
    expect(when('when did the Vell war break out?')).toBe('October');
  });
});
