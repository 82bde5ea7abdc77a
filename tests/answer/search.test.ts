import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';
import { parseQuestion } from '../../src/answer/question.ts';

// Invented coverage: the asked count in one passage, other figures and the question's words in others.
const index = fixtureIndex({
  'port.txt': `Selva port

May 2, 2025

The Selva port guards said the port's ferries and the port's cranes would stay idle in Selva on Monday, the port's ferries' crews said.

The port of Selva employs 40 ferry crews and hosts 1,200 guards.

Port guards in Selva said 3 cranes broke down in 2024.`,
});

const depot = fixtureIndex({
  'depot.txt': `Blast at the Selva depot

May 2, 2025

A blast at the Selva depot on Monday injured 12 Selva depot guards, the Selva police said of the depot.

The Selva depot, the police said, employs 90 guards.`,
});

describe('how many', () => {
  it('puts first the passage whose figure counts what is asked', () => {
    const [top] = answer(index, { command: 'auto', text: 'how many guards work at the Selva port?' }).answers;
    expect(top?.text).toContain('1,200 guards');
  });

  it('answers "how many are there" with a standing count, not the count an event touched', () => {
    const ask = (text: string) => answer(depot, { command: 'auto', text }).answers[0]?.text;
    expect(ask('how many guards are at the Selva depot?')).toContain('90 guards');
    expect(ask('how many guards were injured at the Selva depot?')).toContain('12 Selva depot guards');
  });

  it('takes no figure the question gives itself, unless it counts what is asked', () => {
    const siege = fixtureIndex({ 'siege.txt': 'Siege at the Selva depot\n\nMay 2, 2025\n\nThe Selva police were working to free about 90 guards held at the depot by a gang.' });
    const ask = (text: string) => answer(siege, { command: 'auto', text }).answers;
    // "the roughly 90 guards" is the asker's own figure: it does not count how many of them are Italians.
    expect(ask('how many Italians are among the roughly 90 guards?')).toEqual([]);
    expect(ask('how many guards were held at the depot, some 90 guards?')[0]?.text).toContain('90 guards');
  });

  it('reads "to release 90 guards" as an aim, not as what befell them', () => {
    const talks = fixtureIndex({ 'talks.txt': 'Talks at the Selva depot\n\nMay 2, 2025\n\nThe Selva police were pressing the gang to release about 90 guards held at the depot.' });
    expect(answer(talks, { command: 'auto', text: 'how many of the guards have been released so far?' }).answers).toEqual([]);
  });

  it('abstains when the passages count another fate than the one asked ("injured" for "killed")', () => {
    const response = answer(depot, { command: 'auto', text: 'how many guards were killed at the Selva depot?' });
    expect(response.answers).toEqual([]);
    expect(response.note).toMatch(/no figure for “guards … killed”/);
  });
});

// Invented coverage: a flood in one town, a council that banned something, a country spoken of as "It".
const coverage = fixtureIndex({
  'flood.txt': `Flood hits Marrow as its council meets on Tessa

June 3, 2025

Floodwater swept through the town of Marrow on Tuesday, the river authority said.

The Marrow council met on the island of Tessa on Wednesday and agreed a new budget for the harbour.

The meeting ended with a ban on night fishing in the bay, which fishermen opposed.

Tessa's harbour police said they had captured a boat with a stolen engine.

Norland's coast guard said it had rescued a ferry off Marrow.

A tug was towed back to the harbour, the statement said. It's a close partner of the islands, hosting 300 foreign divers at its ports.`,
});
const ask = (text: string) => answer(coverage, { command: 'auto', text });

describe('questions the coverage does not answer', () => {
  it('abstains when no passage holds the asked thing, and says what the coverage nearest to it says', () => {
    const response = ask('what tariffs on Norland did the Marrow council agree on Tessa');
    expect(response.answers).toEqual([]);
    expect(response.note).toMatch(/says nothing of “tariffs”.*flood\.txt ¶\d/);
  });

  it('abstains on "how many" where the passages about the question hold no figure', () => {
    const response = ask('how many people drowned in the Marrow flood');
    expect(response.answers).toEqual([]);
    expect(response.note).toMatch(/no figure for “people … drowned”/);
  });

  it('abstains on "how many children" where the figure by the question\'s words counts no children', () => {
    const toll = fixtureIndex({ 'toll.txt': 'Flood in Marrow\n\nMay 4, 2025\n\nThe flood in Marrow killed 300 people on Friday, the Marrow council said.\n' });
    const count = (text: string) => answer(toll, { command: 'auto', text }).answers[0]?.text;
    expect(count('how many children were killed in the Marrow flood?')).toBeUndefined();
    expect(count('how many people were killed in the Marrow flood?')).toContain('300');
  });

  it('still answers when a passage holds the asked thing', () => {
    expect(ask('what budget did the Marrow council agree on Tessa')?.answers[0]?.text).toContain('new budget');
  });

  it('still answers a /search request with the passages that match', () => {
    expect(answer(coverage, { command: 'search', text: 'what tariffs did the Marrow council agree' }).answers.length).toBeGreaterThan(0);
  });
});

describe('what did X do', () => {
  it('answers with what the act was done to, from the passage that holds the act, even where the question\'s names are only in the lead', () => {
    const [top] = ask('what did the Marrow council ban on Tessa?').answers;
    expect(top?.text).toBe('night fishing');
    expect(top?.citations[0]?.excerpt).toContain('ban on night fishing');
  });

  it('reads the object of a verb to the end of its phrase', () => {
    const [top] = ask("what did Norland's coast guard rescue?").answers;
    expect(top?.text).toBe('a ferry');
  });

  it("keeps a figure's own comma in the object (\"1,200 guards\")", () => {
    expect(answer(index, { command: 'auto', text: 'what did the port of Selva host?' }).answers[0]?.text).toBe('1,200 guards');
  });

  it('keeps "with" after an indefinite object, where it says what kind it is, and meets the act in other words', () => {
    const [top] = ask("what did Tessa's harbour police seize?").answers;
    expect(top?.text).toBe('a boat with a stolen engine');
  });
});

describe('a paragraph that goes on "at the event"', () => {
  it('holds the names of the occasion the paragraph before told', () => {
    const summit = fixtureIndex({
      'summit.txt': 'Ministers meet\n\nMay 4, 2025\n\nFerries stood idle on the strait all week.\n\nFishing boats stayed in port.\n\nTraders waited for news.\n\nThe harbour ministers met in Lenz on Friday to discuss the strait.\n\n“We will keep the strait open,” Lopez said at the event, which produced a pledge of new patrols.\n',
    });
    expect(answer(summit, { command: 'auto', text: 'what did the Lenz meeting produce?' }).answers[0]?.text).toBe('a pledge of new patrols');
  });
});

describe('a place spoken of as "It"', () => {
  it('takes "It" for the place the paragraph before names', () => {
    expect(ask('how many foreign divers are based in Norland?').answers[0]?.text).toContain('300 foreign divers');
  });
});


describe('what happened to someone', () => {
  // Invented: one passage says "happen", another tells what happened to the one asked about.
  const index = fixtureIndex({
    'envoy.txt': 'Envoy killed\n\nMay 6, 2025\n\n“This must never happen again,” the mayor said of the flood on Friday.\n\nThe envoy Ivo Marek was killed in Lenz last week.\n',
  });

  it('is answered by a passage about them, not one that says "happen"', () => {
    expect(answer(index, { command: 'auto', text: 'what happened to marek' }).answers.map((a) => a.citations[0]?.paragraph)).toEqual([4]);
  });
});

describe('how many people', () => {
  // Invented: the hurt are counted as guards and workers, never as "people".
  const pier = fixtureIndex({
    'pier.txt': `Pier attack

March 8, 2025

A rocket attack on the Kell pier on Monday injured four guards and two workers, the port said.

The pier reopened on Friday.`,
  });

  it('counts people under the words news counts them by ("four guards")', () => {
    const response = answer(pier, { command: 'auto', text: 'how many ppl got hurt in the monday attack on the kell pier' });
    expect(response.answers[0]?.citations[0]?.excerpt).toContain('four guards');
  });
});

describe('what a short form stands for', () => {
  // Invented: one short form spelt out before it, one after it.
  const ports = fixtureIndex({
    'ports.txt': `Ports council meets

June 4, 2025

Ministers of the Delta Ports Council (DPC) met in Lenz on Friday.

The FNA (Free Navigation Alliance) sent an observer.`,
  });
  const ask = (text: string) => answer(ports, { command: 'auto', text }).answers.map((a) => a.text);

  it('answers with the name the coverage spells it out as, before or after it', () => {
    expect(ask('what does DPC stand for?')).toEqual(['Delta Ports Council']);
    expect(ask('what does fna stand for')).toEqual(['Free Navigation Alliance']);
    expect(ask('what does WTO stand for?')).toEqual([]);
  });
});

describe('a measure asked for: how old, the population of', () => {
  const measures = fixtureIndex({
    'lenz.txt': `Lenz mayor re-elected

LENZ, May 2 (Reuters) – Lenz mayor Tomas Veld, 61, won a third term on Sunday. He promised to help the population of the port, where 2,500 ships call each year.`,
    'vessa.txt': `Vessa ferry resumes

VESSA, May 3 (Reuters) – The island of Vessa, home to about 12,000 people, saw its ferry resume on Monday after 3 days.`,
  });
  const ask = (text: string) => answer(measures, { command: 'auto', text });

  it('answers "how old is X" only from a passage that gives an age', () => {
    expect(ask('how old is Tomas Veld?').answers[0]?.citations[0]?.file).toBe('lenz.txt');
    expect(parseQuestion({ command: 'auto', text: 'how old is Tomas Veld?' })).toMatchObject({ kind: 'search', measure: 'age' });
  });

  it('answers "what is the population of X" only from a passage that gives one, and says so when none does', () => {
    expect(ask("what's the population of Vessa").answers[0]?.citations[0]?.file).toBe('vessa.txt');
    const lenz = ask('what is the population of Lenz?');
    expect(lenz.answers).toEqual([]);
    expect(lenz.note).toMatch(/gives no population/);
  });
});

describe('what kind of thing', () => {
  // Invented coverage: a raid told with its kind, a government with what its "of" says, missiles with no kind.
  const raid = fixtureIndex({
    'raid.txt': `Raid on the Porto depot

May 2, 2025

A drone raid on the Porto depot wounded seven guards on Monday.

Mayor Ana Reis found herself heading a new government of national unity in response to the raid.

The navy said it shot down missiles over Porto.`,
  });
  const ask = (text: string) => answer(raid, { command: 'auto', text }).answers.map((a) => a.text);

  it('answers with the words the passage gives the noun: its modifiers, and what its "of" says', () => {
    expect(parseQuestion({ command: 'auto', text: 'What kind of raid wounded the guards at the Porto depot?' })).toMatchObject({ kind: 'search', kindOf: 'raid' });
    expect(ask('What kind of raid wounded the guards at the Porto depot?')[0]).toBe('drone raid');
    expect(ask('What kind of government did Reis find herself heading after the raid?')[0]).toBe('new government of national unity');
  });

  it('gives no kind where the passage writes the noun bare', () => {
    expect(ask('What kind of missiles did the navy shoot down over Porto?')).toEqual([]);
  });
});

describe('what is the name of a thing', () => {
  const fleet = fixtureIndex({
    'fleet.txt': 'Navy sends ships to Porto\n\nMay 6, 2025\n\nThe Norland Navy will send more patrol ships to Porto, the ministry said. A second Norland carrier group was ordered to the region.\n\nThe frigate Kestrel Vell docked at Porto on Monday, and the island of Sarnia closed its harbour.\n',
  });
  const named = (text: string) => answer(fleet, { command: 'auto', text });

  it('is answered where a name stands by the noun: after it, before it, or after "of"', () => {
    expect(named('what is the name of the frigate that docked at Porto?').answers[0]?.text).toContain('Kestrel Vell');
    expect(named('what is the name of the island that closed its harbour?').answers[0]?.text).toContain('Sarnia');
  });

  it('finds a compound noun written closed ("air base" as "airbase")', () => {
    const base = fixtureIndex({ 'base.txt': 'Rockets hit base\n\nMay 6, 2025\n\nRockets hit the Kell airbase in western Norland on Monday.\n' });
    expect(answer(base, { command: 'auto', text: 'what is the name of the air base in Norland that got hit by rockets?' }).answers[0]?.text).toContain('Kell');
  });

  it('is not answered by a passage that has the noun with no name of it, nor by a people or the question\'s own words', () => {
    const ships = named('what is the name of the Navy patrol ship being sent to Porto?');
    expect(ships.answers).toEqual([]);
    expect(ships.note).toMatch(/gives no name for “patrol ship”/);
    expect(named("what's the name of the second Norland carrier group sent to the region?").answers).toEqual([]);
    // A plural asked, and a clause whose subject is a name: "the names of the patrol ships Norland said it will send".
    expect(named('what are the names of the patrol ships Norland said it will send to Porto?').answers).toEqual([]);
  });
});

describe('what kind of a category', () => {
  it('is answered by the member the passage names ("a truck" for "what kind of vehicle")', () => {
    const seized = fixtureIndex({ 'seized.txt': 'Raid at Porto\n\nMay 6, 2025\n\nThe Norland navy said it had seized a truck with a launcher fixed on the back near Porto.\n' });
    expect(answer(seized, { command: 'auto', text: 'what kind of vehicle did the Norland navy seize near Porto?' }).answers[0]?.text).toMatch(/truck/);
  });
});

describe('a price asked by its name', () => {
  const aid = fixtureIndex({ 'aid.txt': 'Aid for Porto\n\nMay 6, 2025\n\nNorland will send more patrol boats to Porto, the ministry said, as the harbour counts the damage from the storm.\n' });
  const ask = (text: string) => answer(aid, { command: 'auto', text });

  it('is not answered by a passage that gives no price ("dollar value", "price tag", "damage bill")', () => {
    expect(ask('what is the dollar value of the patrol boats Norland will send to Porto?').answers).toEqual([]);
    expect(ask("what's the price tag on Norland's patrol boats for Porto").answers).toEqual([]);
    expect(ask('estimated damage bill in dollars at the Porto harbour?').answers).toEqual([]);
  });

  it('is answered where the passage gives one', () => {
    const priced = fixtureIndex({ 'boats.txt': 'Boats for Porto\n\nMay 6, 2025\n\nNorland will send patrol boats worth $40 million to Porto, the ministry said.\n' });
    expect(answer(priced, { command: 'auto', text: 'what is the dollar value of the patrol boats Norland will send to Porto?' }).answers[0]?.text).toContain('$40 million');
  });
});
