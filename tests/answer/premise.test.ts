import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';
import { askedNationalities, asksNegatively, supposesAct } from '../../src/answer/premise.ts';
import { tokenize } from '../../src/answer/evidence.ts';

// Invented coverage of a raid that one side denies and the other has not confirmed.
const index = fixtureIndex({
  'raid.txt': `Raid on Port Selva

May 2, 2025

SELVA (Reuters) – Blasts shook the Norland port of Selva in the early hours of Friday, reportedly in a Tarvian raid.

Norland played the blasts down and said it had no plans for retaliation.

Tarvia’s defence ministry declined to confirm the raid on Selva.`,
  'later.txt': `Tarvia confirms drill

Tarvia’s navy confirmed on Sunday that a drill in the north had ended.`,
});

const ask = (command: 'who' | 'when', text: string) => answer(index, { command, text });

describe('an act the coverage only denies', () => {
  it('abstains on "when did X retaliate" where the coverage says X has no plans for retaliation, and says so', () => {
    const response = ask('when', 'When did Norland retaliate for the Selva raid?');
    expect(response.answers).toEqual([]);
    expect(response.note).toContain('no plans for retaliation');
  });

  it('abstains on "when did X confirm" where X only declined to confirm', () => {
    const response = ask('when', 'When did Tarvia confirm the raid on Selva?');
    expect(response.answers).toEqual([]);
    expect(response.note).toContain('declined to confirm');
  });

  it('still answers the act the coverage affirms', () => {
    expect(ask('when', 'When did the blasts shake Selva?').answers[0]?.text).toMatch(/Friday/);
  });

  it('reads "did not X until T" as X happening at T', () => {
    const renamed = fixtureIndex({ 'club.txt': 'Harbour club\n\nThe Selva harbour club did not change its name to Selva Sailing Club until 1991.\n' });
    expect(answer(renamed, { command: 'when', text: 'When did the Selva harbour club change its name?' }).answers[0]?.text).toBe('1991');
  });

  it('does not let a denial about others stand for the question', () => {
    const laws = fixtureIndex({
      'norland.txt': 'Norland charter\n\nNorland adopted its new charter in 1988.\n',
      'other.txt': 'Charters elsewhere\n\nSimilar charters were proposed but not passed in Tarvia and Lenz.\n',
    });
    expect(answer(laws, { command: 'when', text: 'When did Norland pass its new charter?' }).answers[0]?.text).toBe('1988');
  });
});

describe('a nationality the answer lacks', () => {
  // Invented coverage: an Italian minister and a U.S. envoy at a summit; no German minister.
  const summit = fixtureIndex({
    'summit.txt': `Ministers meet at the lake

May 3, 2025

Italy's Foreign Minister Carla Ferri attended the summit at the lake on Friday.

U.S. envoy Mark Olsen also attended the summit at the lake.`,
  });
  const ask = (text: string) => answer(summit, { command: 'auto', text });

  it('abstains on "which German minister" where the coverage names none, and says so', () => {
    const response = ask('Which German minister attended the summit at the lake?');
    expect(response.answers).toEqual([]);
    expect(response.note).toMatch(/“german”/);
  });

  it('still answers when the passage gives the nationality', () => {
    expect(ask('Which Italian minister attended the summit at the lake?').answers[0]?.text).toBe('Carla Ferri');
  });

  it('reads a nationality only where it describes a person by role ("the Italian summit" is no one)', () => {
    expect(askedNationalities('who spoke at the Italian summit')).toEqual([]);
    expect(askedNationalities('when did Olsen meet the German foreign minister')).toEqual(['german']);
    expect(askedNationalities("when did Olsen meet germany's foreign minister")).toEqual(['germany']);
    expect(askedNationalities("when did Olsen visit germany's capital")).toEqual([]);
    // A nationality of something else before a role ("an American absence he's director of …") describes no one.
    expect(askedNationalities("who's the guy who called the raid a sign of an American absence he's director of a program")).toEqual([]);
    expect(askedNationalities('which German deputy foreign minister spoke')).toEqual(['german']);
  });

  it('reads a described speaker\'s nationality from their titles, not the words of the passage that quotes them', () => {
    const said = fixtureIndex({
      'talks.txt': `Envoy on the talks

May 3, 2025

U.S. envoy Mark Olsen said the talks at the lake had failed.

Later, Olsen said the US was not involved in any blockade.`,
    });
    expect(answer(said, { command: 'who', text: 'Which American official said the US was not involved in any blockade?' }).answers[0]?.text).toBe('Mark Olsen');
    expect(answer(said, { command: 'who', text: 'Which Italian official said the US was not involved in any blockade?' }).answers).toEqual([]);
  });

  it('reads a country\'s role ("Germany\'s foreign minister") as its nationality', () => {
    expect(ask("When did Germany's foreign minister attend the summit at the lake?").answers).toEqual([]);
    expect(ask("When did Italy's foreign minister attend the summit at the lake?").answers[0]?.text).toMatch(/Friday/);
  });
});

// Invented coverage where an act is only warned against, and a later one where it is done.
const supposed = fixtureIndex({
  'warning.txt': `Envoy warns Kestrel

June 3, 2025

The envoy said on Monday that anyone thinking of closing the Varn crossing would face sanctions.

Tarvia threatened to blockade the Orrin strait, officials said on Tuesday.`,
  'blockade.txt': `Strait closed

June 9, 2025

Tarvia's navy began a blockade of the Orrin strait on Saturday.`,
});

describe('an act the coverage only supposes', () => {
  it('reads "anyone thinking of", "threatened to", "if" before the act as no act', () => {
    const tokens = (text: string) => tokenize(text);
    expect(supposesAct(tokens('anyone thinking of closing the crossing would face sanctions'), 'clos')).toBe(true);
    expect(supposesAct(tokens('Tarvia threatened to blockade the strait'), 'blockad')).toBe(true);
    expect(supposesAct(tokens('Tarvia closed the crossing after it threatened to'), 'clos')).toBe(false);
    expect(supposesAct(tokens('Tarvia closed the crossing'), 'clos')).toBe(false);
  });

  it('abstains on "when did X close" where the coverage only warns anyone thinking of closing it', () => {
    const response = answer(supposed, { command: 'when', text: 'When did Kestrel close the Varn crossing?' });
    expect(response.answers).toEqual([]);
  });

  it('dates the act from the passage that reports it done, not the threat', () => {
    const response = answer(supposed, { command: 'when', text: 'When did Tarvia blockade the Orrin strait?' });
    expect(response.answers[0]?.citations[0]?.file).toBe('blockade.txt');
  });

  it('abstains, with a note, where the act is only threatened, however far from the time of what it answers', () => {
    const vowed = fixtureIndex({
      'vow.txt': 'Envoy killed\n\nJune 3, 2025\n\nEnvoy Ilse Marn was killed in Lenz last week. It drew threats of revenge by Tarvia on Norland.',
    });
    const response = answer(vowed, { command: 'when', text: "When did Tarvia carry out its revenge on Norland for Marn's killing?" });
    expect(response.answers).toEqual([]);
    expect(response.note).toContain('threats of revenge');
  });

  it('still answers a question about what is to come from what is planned', () => {
    const ahead = fixtureIndex({ 'plan.txt': 'Vote set\n\nJune 3, 2025\n\nThe council could vote on the budget on Friday, its chair said.' });
    expect(answer(ahead, { command: 'when', text: 'When will the council vote on the budget?' }).answers[0]?.text).toContain('Friday');
  });

  it('answers when an alleged act happened from a sentence that only declines to confirm it, and no question that takes it as confirmed', () => {
    const unconfirmed = fixtureIndex({ 'raid.txt': 'Raid on Porto\n\nJune 3, 2025\n\nEnvoy Ilse Marn did not confirm an alleged Norland raid on Porto overnight.' });
    expect(answer(unconfirmed, { command: 'when', text: 'When did the alleged Norland raid on Porto happen?' }).answers[0]?.text).toBe('overnight');
    expect(answer(unconfirmed, { command: 'when', text: 'When did Marn confirm the Norland raid on Porto?' }).answers).toEqual([]);
  });

  it('does not answer "when is the next X" with the time of one that has been held', () => {
    const held = fixtureIndex({ 'summit.txt': 'Summit ends\n\nJune 3, 2025\n\nThe harbour ministers ended their summit in Lenz on Friday.' });
    expect(answer(held, { command: 'when', text: 'When is the next harbour ministers summit?' }).answers).toEqual([]);
    expect(answer(held, { command: 'when', text: 'When was the harbour ministers summit?' }).answers[0]?.text).toContain('Friday');
  });
});

describe("a country's role held by another country's minister", () => {
  // Invented: the US secretary of state, named in a passage that also names Iran.
  const talks = fixtureIndex({
    'talks.txt': `Talks in Lenz

May 3, 2025

Ana Lind, US Secretary of State, arrived in Lenz on Thursday.

The United States has told Iran that the strait must stay open, Secretary of State Ana Lind said on Friday.`,
  });
  const who = (text: string) => answer(talks, { command: 'who', text }).answers.map((a) => a.text);

  it('is not Iran\'s foreign minister because the passage names Iran', () => {
    expect(who("who's Iran's foreign minister?")).toEqual([]);
  });

  it('still holds her own country\'s role', () => {
    expect(who("who is America's top diplomat")).toEqual(['Ana Lind']);
  });
});

describe('a denial of taking part', () => {
  // Invented: a minister says her country was not involved in any strikes; another event is dated.
  const strikes = fixtureIndex({
    'strikes.txt': `Minister denies role

May 3, 2025

Ana Lind said only that Norland was not involved in any offensive operations against Kessel.

Norland troops near the Kessel base have seen tit-for-tat attacks and operations since the war broke out in October.`,
  });
  const ask = (command: 'who' | 'when', text: string) => answer(strikes, { command, text });

  it('denies every act the question puts in what it denies ("when did Norland launch offensive operations against Kessel")', () => {
    const response = ask('when', 'when did Norland launch offensive operations against Kessel?');
    expect(response.answers).toEqual([]);
    expect(response.note).toMatch(/not involved in any offensive operations/);
  });

  it('denies nothing else ("since when have troops near the Kessel base seen tit-for-tat attacks")', () => {
    expect(ask('when', 'since when have Norland troops near the Kessel base seen tit-for-tat attacks').answers[0]?.text).toMatch(/October/);
  });
});

describe('a title the corpus never writes', () => {
  // Invented: an envoy meets ministers on Friday; no king anywhere.
  const visit = fixtureIndex({
    'visit.txt': `Envoy in Lenz

May 3, 2025

Envoy Ana Lind met the foreign ministers of Norland in Lenz on Friday.`,
  });
  const when = (text: string) => answer(visit, { command: 'when', text }).answers.map((a) => a.text);

  it('leaves a question about someone so titled unanswered ("when did Lind meet the king")', () => {
    const response = answer(visit, { command: 'when', text: 'when did Lind meet the king in Lenz' });
    expect([response.answers, response.note]).toEqual([[], 'The coverage never mentions a king.']);
    expect(answer(visit, { command: 'when', text: 'when did Lind meet the emir in Lenz' }).note).toBe('The coverage never mentions an emir.');
  });

  it('answers one about a title it writes', () => {
    expect(when('when did Lind meet the foreign ministers in Lenz')[0]).toBe('Friday');
  });
});

describe('a question that asks what someone ruled out', () => {
  it('is asked negatively: what was ruled out is told as not done', () => {
    expect(asksNegatively('When did Lopez rule out limiting the Norland counterattack?')).toBe(true);
    expect(asksNegatively('When did Lopez limit the Norland counterattack?')).toBe(false);
  });
});
