import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';
import { nameTerms } from '../../src/answer/evidence.ts';
import { indexTerm } from '../../src/text/terms.ts';
import { keepBest, quoteAnswers } from '../../src/answer/quote.ts';

// Invented coverage: a mayor quoted twice, once with the topic's own word, once with a near one.
const index = fixtureIndex({
  'town.txt': `Selva mayor on visitors

May 2, 2025

Tourism in Selva doubled this year. “Tourist coaches will stay out of the old town,” Mayor Lena Holt said of the tourism boom.

The harbour will reopen in June, the port said.

“We will plan for the harbour, and we will always welcome tourism,” Holt said.`,
});

describe('quotations by topic', () => {
  it('prefers the quotation with the topic\'s own word over one with a near word', () => {
    const [top] = answer(index, { command: 'quote', speaker: 'Holt', topic: 'tourism' }).answers;
    expect(top?.text).toContain('welcome tourism');
  });
});

describe("a topic's telling word against its common ones", () => {
  // Invented: every paragraph speaks of the port strike; one long quotation, run over three
  // paragraphs, says the topic's one telling word ("cruelty") in its last.
  const strike = fixtureIndex({
    'strike.txt': `Port strike enters third week

June 9, 2025

The port strike in Varna entered its third week on Monday, and the port's owners said the strike had cost them millions.

Union leader Mara Voss, who called the port strike, spoke to workers at the port gates.

“We are here because we have to be,” Voss said.

Voss was asked about the owners' lockout of the strikers.

“The owners have locked our members out of their own workplace.

“They have cut off the canteen and the buses.

“Never in forty years on these docks have I seen such cruelty towards working people.”

The owners said the port would reopen when the strike ended.`,
  });

  it('answers with the quotation that says the telling word, however long, over one set among the common words', () => {
    const [top] = answer(strike, { command: 'quote', speaker: 'Voss', topic: 'how cruel the port strike has been' }).answers;
    expect(top?.text).toContain('such cruelty');
  });
});

describe('a quotation right after another', () => {
  // Invented: the first quotation says the topic; the second, in the next paragraph, near-says one word of it.
  const convoy = fixtureIndex({
    'convoy.txt': `Convoys reach Selva

June 9, 2025

Relief officials in Selva said the city was calm on Monday.

The mayor of Selva met relief officials in the city.

Mayor Ines Voss said, “Forty trucks a day now go into the city through the north gate.”

She added, “We want to get more assistance in before the winter.”`,
  });

  it('does not lend the first quotation\'s words to the second as its reporting', () => {
    const [top] = answer(convoy, { command: 'quote', speaker: 'Voss', topic: 'aid trucks into the city' }).answers;
    expect(top?.text).toContain('Forty trucks');
  });
});

describe('quotations asked for by their setting', () => {
  // Invented: the minister quoted in two stories, one from each town.
  const trips = fixtureIndex({
    'tarvo.txt': `Minister in Tarvo

TARVO, May 2, 2025 – Minister Ana Lopez visited the Tarvo shipyard on Friday.

“The yard will stay open,” Lopez said.`,
    'selva.txt': `Minister in Selva

SELVA, May 5, 2025 – Minister Ana Lopez opened the Selva bridge on Monday.

“This bridge joins two towns,” Lopez said.`,
  });

  it('answers "what did X say in Z" with X\'s quotations from the stories about Z only', () => {
    const answers = answer(trips, { command: 'auto', text: 'what did Lopez say in Selva' }).answers;
    expect(answers.map((a) => a.text)).toEqual(['This bridge joins two towns']);
  });

  it('answers "what did X tell Y" from the stories that name Y, and nothing when none does', () => {
    expect(answer(trips, { command: 'auto', text: 'what did Lopez tell the shipyard' }).answers.map((a) => a.text)).toEqual(['The yard will stay open']);
    expect(answer(trips, { command: 'auto', text: 'what did Lopez tell the harbour council?' }).answers).toEqual([]);
  });
});

describe('what the story reports a speaker said', () => {
  // Invented: the minister is quoted on the yard, and reported (not quoted) on the tolls.
  const tolls = fixtureIndex({
    'tolls.txt': `Minister in Tarvo

TARVO, May 2, 2025 – Minister Ana Lopez visited the Tarvo shipyard on Friday.

“The yard will stay open,” Lopez said.

Lopez said the bridge tolls would be cut by half for residents from June.`,
  });

  it('answers a plain "what did X say about Y" with the reported words when no quotation says the topic', () => {
    const [top] = answer(tolls, { command: 'auto', text: 'what did Lopez say about the bridge tolls' }).answers;
    expect(top?.text).toContain('bridge tolls would be cut by half');
    // Not a quotation: reported, with no speaker to put it in quotation marks under; the note says whose words the story reports.
    expect(top).toMatchObject({ reported: true });
    expect(top?.speaker).toBeUndefined();
    expect(top?.note).toMatch(/Ana Lopez said this, as the story tells it/);
  });

  it('answers "what did X say <clause>" with the reported words that say all of it, before a quotation that says part', () => {
    const vow = fixtureIndex({
      'vow.txt': `Minister in Tarvo

TARVO, May 2, 2025 – “The government has the yard’s back,” Minister Ana Lopez said in a warning to the union.

Lopez added that the government has already backed up its warning with new patrols along the coast.`,
    });
    const [top] = answer(vow, { command: 'auto', text: 'what did Lopez say the government has done to back up its warning' }).answers;
    expect(top?.text).toContain('new patrols');
    expect(top).toMatchObject({ reported: true });
  });

  it('answers "what did X say" of someone the coverage reports but never quotes with what it reports', () => {
    const reported = fixtureIndex({
      'port.txt': `Port strike

KELL, May 2, 2025 – The Kell Port Authority said the strike would end by Friday, and the union denied it.

“We will stay out,” union leader Mara Voss said.`,
    });
    const [top] = answer(reported, { command: 'auto', text: 'what did the Kell Port Authority say' }).answers;
    expect(top?.text).toContain('the strike would end by Friday');
    expect(top?.speaker).toBeUndefined();
  });

  it('keeps /quote to direct quotations', () => {
    const answers = answer(tolls, { command: 'quote', speaker: 'Lopez', topic: 'the bridge tolls' }).answers;
    expect(answers.every((a) => a.speaker === 'Ana Lopez')).toBe(true);
  });
});

describe('what did X say at …', () => {
  const summit = fixtureIndex({
    'summit.txt': `Harbour summit in Lenz

June 4, 2025

LENZ, June 4 (Reuters) – Foreign Minister Ada Voss of Ostmark spoke at the end of the harbour summit in Lenz on Friday.

“We are committed to the harbour's security,” Voss said at the summit.

“We will repeat the very strong message that President Teodor Brask has delivered to every port,” Voss told reporters.

President Teodor Brask of Norland met fishermen in Kell on Monday.`,
  });
  const ask = (text: string) => answer(summit, { command: 'auto', text });

  it('answers with what the one asked about said there, what its reporting says was said at it first', () => {
    const response = ask('what did voss say at the harbour summit in lenz');
    expect(response.answers[0]?.text).toContain('committed');
  });

  it('answers nothing when the one asked about is only mentioned, and says so', () => {
    const response = ask('what did president brask say at the harbour summit in lenz');
    expect(response.answers).toEqual([]);
    expect(response.note).toContain('quotes nothing by Teodor Brask');
  });
});

describe('a topic asked by acronym', () => {
  // Invented: the reporting spells the name out; the question writes its acronym.
  const talks = fixtureIndex({
    'talks.txt': `Strait talks

May 2, 2025

Tarvia's Foreign Minister Piet Olsen said the United Nations was “told far too late” about the blockade.

The United Nations said its envoy would arrive on Friday.`,
  });

  it('meets the name the coverage spells out', () => {
    const [top] = answer(talks, { command: 'auto', text: 'what did olsen say about the UN' }).answers;
    expect(top?.text).toBe('told far too late');
  });

  it('counts the acronym and the name spelt out as one word of the topic, not two', () => {
    // The reporting around the first quotation spells out "United Nations"; only the second says what the topic asks.
    const aid = fixtureIndex({
      'aid.txt': `Aid for the strait

May 3, 2025

UN convoys were stopped in the strait, and the United Nations warned of shortages.

Piet Olsen said the United Nations “will not wait” for the talks.

“We will protect the aid convoys in every port,” Olsen said.`,
    });
    const [top] = answer(aid, { command: 'quote', speaker: 'Olsen', topic: 'protecting UN convoys' }).answers;
    expect(top?.text).toContain('protect the aid convoys');
  });
});

// Invented coverage: speakers asked for by their role or a description of it, not their name.
const ports = fixtureIndex({
  'ports.txt': `Norland opens its ports

March 3, 2025

Norland Secretary of State Ines Varga met shipping firms in Kell on Monday. “The ports must stay open to every ship,” Varga said.

The Norland State Office published the new schedule.

Harbour Minister Paul Dorn was more cautious. “We will wait for the inspectors,” Dorn said.

“Kell will gain the most from the new schedule,” said Mira Sand, head of the shipping desk at the Kell Policy Centre.`,
});

describe('quotations by a speaker given by role or description', () => {
  it('answers a title with its holder, not an organisation whose name shares its words', () => {
    const { answers } = answer(ports, { command: 'quote', speaker: 'the Secretary of State' });
    expect(answers.map((a) => a.speaker)).toEqual(['Ines Varga']);
  });

  it('answers a description the titles only imply ("the top diplomat") with the one holder it fits', () => {
    const [top] = answer(ports, { command: 'quote', speaker: 'the top diplomat', topic: 'ports' }).answers;
    expect(top?.speaker).toBe('Ines Varga');
  });

  it("answers a body's person described by words other than a title with the one whose title names both", () => {
    const [top] = answer(ports, { command: 'quote', speaker: "the Kell Policy Centre's shipping specialist" }).answers;
    expect(top?.speaker).toBe('Mira Sand');
  });

  it("answers a name given after the body it works for (\"the Kell Policy Centre's Sand\")", () => {
    expect(answer(ports, { command: 'quote', speaker: "the Kell Policy Centre's Sand" }).answers[0]?.speaker).toBe('Mira Sand');
  });

  it('reads a title by its initials ("the fm")', () => {
    const minister = fixtureIndex({ 'fm.txt': 'Talks in Kell\n\nMarch 3, 2025\n\nNorland’s Foreign Minister Ada Lenz said the ferry operators were “told at the last minute” about the strike.' });
    expect(answer(minister, { command: 'quote', speaker: 'the fm' }).answers[0]?.speaker).toBe('Ada Lenz');
  });

  it('answers nothing when no one holds the role asked for', () => {
    const { answers, note } = answer(ports, { command: 'quote', speaker: 'the defense minister' });
    expect(answers).toEqual([]);
    expect(note).toContain('holds that role');
  });
});

// Invented coverage: a body quoted through "it", named by its owner, and a question about its act.
const bodies = fixtureIndex({
  'army.txt': `Norland army on the border raids

June 4, 2025

Norland’s army condemned on Monday what it called “reckless” raids on its border posts and said it had captured a boat.

A small boat was seized with a radio mast fixed on the deck, the statement said.`,
});

describe('quotations by a body named by its owner', () => {
  it('answers the body asked for with the words "it" called the raids', () => {
    const [top] = answer(bodies, { command: 'quote', speaker: "Norland's army", topic: 'raids on border posts' }).answers;
    expect([top?.text, top?.speaker]).toEqual(['reckless', 'Norland’s army']);
  });

  it('answers the body asked for by a synonym of its last word ("Norland\'s military")', () => {
    expect(answer(bodies, { command: 'quote', speaker: "norland's military" }).answers[0]?.speaker).toBe('Norland’s army');
  });

  it('does not make the body’s common nouns names a passage must hold', () => {
    const terms = nameTerms(bodies);
    expect([indexTerm('Norland'), indexTerm('army')].map((term) => terms.has(term!))).toEqual([true, false]);
  });
});

// Invented coverage: an unattributed outcry on a banner and a full quotation on the same topic.
const pier = fixtureIndex({
  'pier.txt': `Marchers rally for the old pier

June 4, 2025

Marchers carried “Save the pier!” banners outside the town hall on Tuesday.

“The pier has stood for a century and the council wants to sell it off for flats,” said Oskar Brandt, who led the march.`,
});

describe('partial quotations', () => {
  it('offers an outcry no one is named for only when no other quotation speaks of the topic in its own words', () => {
    const { answers } = answer(pier, { command: 'quote', speaker: '', topic: 'save the pier' });
    expect(answers.map((a) => a.text)).toEqual(['The pier has stood for a century and the council wants to sell it off for flats']);
    expect(answer(pier, { command: 'quote', speaker: '', topic: 'banners' }).answers.map((a) => a.text)).toContain('Save the pier!');
  });
});

describe('keepBest', () => {
  it('keeps the highest values, highest first, as sorting them all would', () => {
    let seed = 3;
    const all: number[] = [];
    const best: number[] = [];
    for (let step = 0; step < 200; step++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const value = (seed % 50) / 7;
      all.push(value);
      keepBest(best, value, 10);
      expect(best).toEqual([...all].sort((a, b) => b - a).slice(0, 10));
    }
  });
});

describe('a speaker the coverage only mentions', () => {
  const summit = fixtureIndex({
    'summit.txt': `Harbour summit in Lenz

June 4, 2025

“We will repeat the very strong message that President Teodor Brask has delivered to every port,” Foreign Minister Ada Voss told reporters.

President Teodor Brask of Norland met fishermen in Kell on Monday.`,
  });

  it('answers nothing, and says the coverage quotes nothing by them', () => {
    const { answers, note } = answer(summit, { command: 'auto', text: 'what did president brask say about the harbour summit' });
    expect(answers).toEqual([]);
    expect(note).toBe('The coverage quotes nothing by Teodor Brask.');
  });

  it('says so when the one asked about is quoted, but not on the topic', () => {
    const { answers, note } = answer(summit, { command: 'quote', speaker: 'Voss', topic: 'fishermen' });
    expect(answers).toEqual([]);
    expect(note).toContain('nothing on “fishermen”');
  });
});

describe('a speaker quoted only inside another quotation', () => {
  // Invented: the mayor's words reach the coverage only as the envoy retells them.
  const retold = fixtureIndex({
    'port.txt': `Envoy on the port strike

May 2, 2025

“We have been clear from the start. Mayor Ann Lee said on day one to anyone planning a strike at the port: ‘don’t,’” envoy Piet Rook told reporters.

The harbour board met on Friday.`,
  });

  it('answers with the quotation that retells what the speaker said, under its own speaker', () => {
    const [top] = answer(retold, { command: 'quote', speaker: 'Ann Lee', topic: 'anyone planning a strike' }).answers;
    expect(top?.text).toContain('don’t');
    expect(top?.speaker).toBe('Piet Rook');
    expect(top?.note).toContain('Ann Lee');
  });

  it('answers nothing when no quotation retells the speaker on the topic', () => {
    expect(answer(retold, { command: 'quote', speaker: 'Ann Lee', topic: 'the harbour board' }).answers).toEqual([]);
  });
});

describe('a topic asked alone', () => {
  // Invented: one quotation about a war, which names neither country of another war asked about.
  const index = fixtureIndex({
    'war.txt': 'Envoy on the war\n\nMay 2, 2025\n\n“Our focus is preventing escalation of the war,” envoy Ana Lind said in Lenz.\n',
  });
  const quoted = (topic: string) => answer(index, { command: 'quote', topic }).answers.map((a) => a.text);

  it('is answered by a quotation that says most of it', () => {
    expect(quoted('escalation of the war')).toHaveLength(1);
  });

  it('is not answered by one that says only its commonest word ("the Kessel–Ostmark war")', () => {
    expect(quoted('kessel ostmark war')).toEqual([]);
  });
});

describe('a fragment woven into a sentence that says the topic', () => {
  // Invented: a whole quotation shares one word with the topic; a two-word fragment's sentence says all of it.
  const deeds = fixtureIndex({
    'deeds.txt': `Minister in Tarvo

TARVO, May 2, 2025 – “The government has the yard’s back,” Minister Ana Lopez said.

She added that the government has already backed up its warning with “practical deeds” such as sending two patrol boats.`,
  });

  it('answers with the fragment when its sentence says clearly more of the topic than any whole quotation', () => {
    const [top] = answer(deeds, { command: 'quote', speaker: 'Lopez', topic: 'backing up the warning with deeds' }).answers;
    expect(top?.text).toBe('practical deeds');
  });

  it('does so for a topic asked without a speaker too', () => {
    const [top] = answer(deeds, { command: 'quote', topic: 'government backing up its warning with deeds' }).answers;
    expect(top?.text).toBe('practical deeds');
  });
});

describe('a clause asked in other words', () => {
  // Invented: a quotation shares one word with the clause; the reported words say most of it in other words.
  const aid = fixtureIndex({
    'aid.txt': `Council ends in Lenz

“What the council is focused on is calm,” envoy Piet Rook said.

Regarding the port, Rook said the council was calling for more food to be made available to people in Varn.

The council met in Varn on Monday.

The council has members from Varn.

Varn's council chose a new seat.`,
  });

  it('answers "what did X say Y wants for Z" with reported words that say most of it', () => {
    const [top] = answer(aid, { command: 'auto', text: 'what did Rook say the council wants for Varn' }).answers;
    expect(top?.text).toContain('more food');
  });
});

describe('a topic asked with a synonym the coverage does not write', () => {
  it('finds "focused on" for "concentrating on"', () => {
    const focus = fixtureIndex({ 'focus.txt': 'Harbour chief speaks\n\nMay 2, 2025\n\n“What I’ve been focused on is keeping the ferries safe,” harbour master Ada Voss said.\n\n“The storm was the worst in years,” Voss added.' });
    expect(answer(focus, { command: 'quote', speaker: 'Voss', topic: 'what she has been concentrating on' }).answers[0]?.text).toMatch(/focused on/);
  });
});

describe('a topic that spells out a name the coverage writes short', () => {
  // Invented coverage: the story spells the council out once, with its short form; the envoy's words use the short form.
  const council = fixtureIndex({
    'council.txt': `Envoy at the council

May 2, 2025

"We're committed to the harbour's safety after the strike," envoy Piet Rook said at a meeting of the Porto Harbour Council (PHC) in Porto.

"What the PHC is focused on is our work to calm the strait," Rook said.`,
  });

  it('finds the quotation that calls it by its short form', () => {
    expect(quoteAnswers(council, { speaker: 'Rook', topic: 'what the Porto Harbour Council is concentrating on after the strike' })[0]?.text).toMatch(/^What the PHC is focused on/);
  });
});

describe("a topic told in the reader's words", () => {
  // Invented: a minister quoted on two things; the reader names one in other words.
  const paraphrased = fixtureIndex({
    'porto.txt': `Lee in Porto

May 2, 2025

“Our work is to de-escalate tensions along the border,” Foreign Minister Ann Lee said in Porto.

“The harbour will reopen to ferries in June,” Lee said.

“Only twenty trucks a day reach the valley, and that is still not enough,” Lee added.`,
  });

  it('counts a paraphrase of the topic word as the word ("calming things down" of "de-escalate")', () => {
    expect(answer(paraphrased, { command: 'quote', speaker: 'Lee', topic: 'calming things down at the border' }).answers[0]?.text).toContain('de-escalate');
    expect(answer(paraphrased, { command: 'quote', speaker: 'Lee', topic: 'aid lorries falling short' }).answers[0]?.text).toContain('twenty trucks');
  });
});

describe('a speaker typed as another word', () => {
  // Invented: one quoted mayor, Lena Holloway, whose surname a phone may turn into "Hallowly".
  const pier = fixtureIndex({
    'pier.txt': 'Pier closed in Selva\n\nMay 2, 2025\n\n“The pier stays shut until the storm passes,” Mayor Lena Holloway said on Friday.\n',
  });
  const said = (speaker: string, topic = 'pier') => answer(pier, { command: 'quote', speaker, topic }).answers[0]?.text;

  it('is the one quoted person whose surname it comes within two letters of, from the same first letter', () => {
    expect(said('Hallowly')).toContain('pier stays shut');
  });

  it('is no one when the word starts otherwise or is short, and a name corrected with a star is taken', () => {
    expect(said('Wollowby')).toBeUndefined();
    expect(said('Hollo')).toBeUndefined();
    expect(answer(pier, { command: 'quote', speaker: 'Halloween', topic: '*Holloway, the mayor: pier' }).answers[0]?.text).toContain('pier stays shut');
  });
});
