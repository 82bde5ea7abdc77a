import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { actorCandidates, relationOf } from '../../src/answer/eventActors.ts';
import { parseQuestion } from '../../src/answer/question.ts';
import { tokenize } from '../../src/answer/evidence.ts';
import { fixtureIndex } from './fixtureIndex.ts';

const index = fixtureIndex({
  'border.txt': `Envoy taken at the border

March 6, 2025

VELORIA, March 6 (Reuters) – Rebels shelled the northern pier of Veloria on Monday, port officials said.

The envoy Piet Rook was kidnapped by Mark Olsen near the border on Friday.`,
  'ferry.txt': `Old ferry scuttled

March 7, 2025

The Veloria Shipping Company sank the old ferry off Cape Lenz on Sunday, harbour master Ada Voss said.`,
  'port.txt': `Port authority changes hands

March 8, 2025

Teodor Brask led the Veloria port authority for a decade. He retired in 1998 after the great flood.`,
  'rockets.txt': `Navy acts

March 10, 2025

The Norland Navy shot down rockets from Veloria that were fired in the direction of the port, officials said.`,
  'festival.txt': `Festival opens

March 9, 2025

The documentary about the great flood, directed by Jane Roe, opened the Lenz festival on Friday.`,
});

const who = (text: string) => answer(index, { command: 'who', text }).answers.map((a) => a.text);

describe('event actors', () => {
  it('answers "who has not …" with whom the coverage says did not, named before the negation', () => {
    const claims = fixtureIndex({
      'claims.txt': 'Harbour chief shot\n\nMay 2, 2025\n\nThe harbour chief Piet Rook was shot dead in Veloria last week. It drew threats of revenge by Sarnia on Norland, which has not claimed responsibility for the attack.\n',
    });
    const ask = (text: string) => answer(claims, { command: 'who', text }).answers.map((a) => a.text);
    expect(ask('who has not claimed responsibility for the attack on Rook?')).toEqual(['Norland']);
    expect(ask("who didn't claim responsibility for the attack on Rook?")).toEqual(['Norland']);
    // Asked as done, it is not: the coverage says otherwise.
    expect(ask('who has claimed responsibility for the attack on Rook?')).toEqual([]);
    expect(ask('Which country has NOT claimed responsibility for the attack on Rook?')).toEqual(['Norland']);
  });

  it('answers a titled role read as an event with no one titled for another office ("defense minister" is not "Prime Minister")', () => {
    const met = fixtureIndex({
      'met.txt': 'Envoy in Lenz\n\nMay 2, 2025\n\nNorland Prime Minister Ana Lind met envoy Maria Lopez in Lenz on Friday.\n',
    });
    const who = (text: string) => answer(met, { command: 'who', text }).answers.map((a) => a.text);
    expect(who('who is the Norland prime minister Lopez met in Lenz?')).toEqual(['Ana Lind']);
    expect(who("who's the norland def minister lopez met in lenz")).toEqual([]);
  });

  it('reads "He did not …" as the person named before, and the negation of the act asked, not another', () => {
    const denial = fixtureIndex({
      'denial.txt': 'Envoy in Lenz\n\nMay 2, 2025\n\nEnvoy Maria Lopez spoke in Lenz on Friday.\n\nShe did not confirm a raid by Norland on the port and said only that Sarnia was not involved.\n',
    });
    expect(answer(denial, { command: 'who', text: 'Who did NOT confirm the raid by Norland on the port?' }).answers.map((a) => a.text)).toEqual(['Maria Lopez']);
  });

  it('answers "who <act in the past> …" only from a passage that tells the act: no one nearest the event\'s words', () => {
    expect(who('who sank the old ferry off Cape Lenz?')).toContain('Veloria Shipping Company');
    // No story tells of a raising or a salvage: the company that sank it did neither.
    expect(who('who raised the old ferry off Cape Lenz?')).toEqual([]);
    expect(who('who salvaged the old ferry off Cape Lenz?')).toEqual([]);
    // Read as a role ("who chaired X" as "the chair of X"), the same: no passage tells a chairing.
    expect(who('who chaired the Lenz festival?')).toEqual([]);
    expect(who('who ended up directing the documentary about the great flood?')).toContain('Jane Roe');
  });

  it('never answers with the question\'s own country by its demonym ("Syrian forces" when it asks of Syria)', () => {
    const border = fixtureIndex({
      'border.txt': 'Syria warns over border\n\nDAMASCUS, May 2 (Reuters) – The Sarn militia traded artillery fire with Syrian forces near the border on Monday, Syria said.\n',
    });
    const answers = answer(border, { command: 'who', text: 'who has Syria been trading artillery fire with?' }).answers.map((a) => a.text);
    expect(answers).not.toContain('Syrian forces');
  });

  it('reads a paragraph that opens on "He" as going on with the one before ("… hostages." then "He has spoken with …")', () => {
    const calls = fixtureIndex({
      'calls.txt': 'Envoy calls the region\n\nMay 2, 2025\n\nThe envoy Piet Rook was already working the phones to win the release of the hostages.\n\nHe has spoken with the Tarvia Harbour Board and the Lenz Shipping Company and is expected to visit both.\n',
    });
    const answers = answer(calls, { command: 'who', text: 'Which company has Rook spoken with about the hostages?' }).answers.map((a) => a.text);
    expect(answers).toContain('Lenz Shipping Company');
  });

  it('answers "who was X threatening" with the name after the act\'s "on" ("threats of revenge by Norway on Sweden"), not a setting', () => {
    const threats = fixtureIndex({
      'threats.txt': 'Harbour chief shot\n\nMay 2, 2025\n\nThe harbour chief Piet Rook was shot dead in Veloria last week. It drew threats of revenge by Norway on Sweden, which denies any part in the attack.\n',
    });
    const question = parseQuestion({ command: 'who', text: 'who was Norway threatening to get revenge on' });
    if (question.kind !== 'eventActor') throw new Error(question.kind);
    const [first] = actorCandidates(threats, question);
    expect([first?.answer.text, first?.relation]).toEqual(['Sweden', 'patient']);
  });

  it('answers "who was responsible for X" with whom the coverage blames for X, not with who blames', () => {
    const blamed = fixtureIndex({
      'port.txt': 'Port shelled\n\nMay 2, 2025\n\nHarbour master Ada Voss blamed Acme-backed rebels for the shelling of the port of Lenz on Monday.\n',
    });
    const question = parseQuestion({ command: 'who', text: 'who was responsible for the shelling of the port of Lenz' });
    if (question.kind !== 'eventActor') throw new Error(question.kind);
    const [first] = actorCandidates(blamed, question).sort((a, b) => b.score - a.score);
    expect(first?.answer.text).toBe('Acme-backed rebels');
  });

  it('answers with a speaker whose own clause tells the act ("X vowed … as he became the first envoy to visit …")', () => {
    const visit = fixtureIndex({
      'visit.txt': 'Envoy in Lenz\n\nMay 2, 2025\n\nEnvoy Piet Rook vowed “the Veloria Shipping Company has our support” as he became the first envoy to visit Lenz since the flood.\n',
    });
    expect(answer(visit, { command: 'who', text: 'who was the first envoy to visit Lenz since the flood' }).answers[0]?.text).toBe('Piet Rook');
  });

  it('answers who carried out an attack with the country a demonym before it names ("Iraqi airstrikes"), not with who reported the toll', () => {
    const strikes = fixtureIndex({
      'toll.txt': 'Toll rises\n\nMay 2, 2025\n\nIraq has sent more jets to the border.\n\nThe death toll in Velo reached 90, the regional health ministry said after three days of relentless Iraqi airstrikes on the rebel-held town.\n',
    });
    expect(answer(strikes, { command: 'who', text: 'who carried out three days of airstrikes on the town' }).answers[0]?.text).toBe('Iraq');
    expect(answer(strikes, { command: 'who', text: 'who put the death toll in Velo at 90 after three days of airstrikes' }).answers[0]?.text).toContain('health ministry');
  });

  it('answers an act the matching paragraph tells in the passive without "by" from the paragraph before ("… said it had captured a boat" then "A small boat was seized …")', () => {
    const seized = fixtureIndex({
      'boat.txt': 'Boat seized\n\nMay 2, 2025\n\nEgypt’s navy said on Monday it had captured a boat with a mortar on board.\n\nA small boat was seized with a mortar fixed on the deck. Two crew members were held, the statement said.\n',
    });
    expect(answer(seized, { command: 'who', text: 'Who seized a small boat with a mortar fixed on the deck?' }).answers[0]?.text).toContain('Egypt');
  });

  it('does not answer with whom the question says did another act ("the rockets that the navy shot down")', () => {
    expect(who('who shot down the rockets from Veloria?')[0]).toBe('Norland Navy');
    expect(who('who fired the rockets from Veloria that the Norland Navy shot down?')).not.toContain('Norland Navy');
  });

  it('answers "who was X-ed" with the one it was done to, not the agent after "by"', () => {
    expect(who('Who was kidnapped near the border?')[0]).toBe('Piet Rook');
  });

  it('answers "who X-ed" with the agent a passive names after "by"', () => {
    expect(who('Who kidnapped the envoy near the border?')[0]).toBe('Mark Olsen');
  });

  it('never gives the outlet of a dateline as who did something', () => {
    expect(who('Who shelled the northern pier of Veloria?')).not.toContain('Reuters');
  });

  it('gives an organisation that did what was asked, ahead of the person who reported it', () => {
    expect(who('Who sank the old ferry off Cape Lenz?')[0]).toBe('Veloria Shipping Company');
  });

  it('reads a sentence-opening pronoun as the person named before it', () => {
    expect(who('Who retired in 1998 after the great flood?')[0]).toBe('Teodor Brask');
  });

  it('answers "who directed X" from "X, directed by Y" when no role is stated', () => {
    expect(who('who directed the documentary about the great flood?')[0]).toBe('Jane Roe');
  });

  it('answers a courteous mention with a name, not a passage', () => {
    const response = answer(index, { command: 'auto', text: 'Can you tell me who kidnapped the envoy near the border?' });
    expect([response.routed, response.kind, response.answers[0]?.text]).toEqual(['who', 'eventActor', 'Mark Olsen']);
  });
});

describe('relationOf', () => {
  const tokens = tokenize('The envoy Piet Rook was kidnapped by Mark Olsen near the border');
  const verb = [5];
  it.each([
    ['the subject of a passive verb underwent it', [2, 3], 'patient'],
    ['the name after "by" did it', [7, 8], 'agent'],
    ['a name far from the verb is not placed', [10, 10], 'unknown'],
  ] as const)('%s', (_, span, relation) => {
    expect(relationOf(tokens, span, verb)).toBe(relation);
  });

  it('reads "X should be aware" as X doing it: only a participle after "be" makes a passive', () => {
    expect(relationOf(tokenize('Every port should be aware of the storm'), [0, 1], [4])).toBe('agent');
  });
});

describe('people named by no name, as the subject of a clause', () => {
  // Invented: the envoy reports what officials did and what everyone in the region should do; critics hold a view.
  const talks = fixtureIndex({
    'talks.txt': `Envoy urges calm in Lenz

May 3, 2025

Officials had been in constant contact with harbour towns, and there was a clear consensus that no one should escalate things, said the top Norland envoy, Piet Rook.

While Norland will not let up on the defense of its ports, Rook said, everyone in the region should be aware of the dangers of escalation.

But critics say the blockade is a symptom of years of neglect in the strait.`,
  });
  const who = (text: string) => answer(talks, { command: 'who', text }).answers.map((a) => a.text);

  it('answers with the people a clause opens with, not the one who reports it', () => {
    expect(who('who had been in constant contact with harbour towns')[0]).toBe('Officials');
    expect(who('who should be aware of the dangers of escalation')[0]).toBe('everyone in the region');
    expect(who('who say the blockade is a symptom of years of neglect')[0]).toBe('critics');
  });

  it('answers with the people an act is aimed at ("called on all sides to de-escalate")', () => {
    const call = fixtureIndex({ 'call.txt': 'Envoy urges calm\n\nMay 3, 2025\n\nEnvoy Piet Rook has again called on all sides to de-escalate after the raid on Lenz.\n' });
    expect(answer(call, { command: 'who', text: 'who did Rook call on to de-escalate' }).answers[0]?.text).toBe('all sides');
  });

  it('does not answer "who did X say should …" with X, nor take the place asked about for the name of who', () => {
    expect(who('who did Rook say should be aware of the dangers of escalation')[0]).toBe('everyone in the region');
    expect(who('who in the region should be aware of the dangers of escalation, according to Rook')[0]).toBe('everyone in the region');
  });
});

describe('actors named by description', () => {
  const described = fixtureIndex({
    'navy.txt': `Drones downed off Lenz

May 3, 2025

The Norland navy said it had intercepted four drones off Cape Lenz on Tuesday, a week after Mark Olsen took command.`,
    'bank.txt': `Lenz Bank chief quits

May 4, 2025

Lenz Bank's Chief Executive Ada Voss announced the bank's first loss in March.

The bank's chief executive resigned on Monday after the loss, shareholders said.`,
  });
  const whoDid = (text: string) => answer(described, { command: 'who', text }).answers.map((a) => a.text);

  it('gives an institution named by a common noun as the doer', () => {
    expect(whoDid('Who intercepted four drones off Cape Lenz?')[0]).toBe('The Norland navy');
  });

  it('gives the person the corpus names in a described role', () => {
    expect(whoDid('Who resigned on Monday after the loss?')[0]).toBe('Ada Voss');
  });
});

describe('agents and places', () => {
  const reported = fixtureIndex({
    'raid.txt': `Raid on Cape Lenz

June 2, 2025

The killing of the veteran harbour pilot of the northern port authority, Piet Rook, by Mark Olsen in a raid on Cape Lenz shocked the town.

Tehran shelled the fuel depot on Sunday, wounding two guards.`,
  });
  const whoDid = (text: string) => answer(reported, { command: 'who', text }).answers.map((a) => a.text);

  it('takes the name after "by" for the agent of an event word far before it', () => {
    expect(whoDid('Who killed Piet Rook?')[0]).toBe('Mark Olsen');
  });

  it('answers "which group …" with an organisation, not the person nearest', () => {
    const taken = fixtureIndex({ 'ferry.txt': 'Ferry seized\n\nJune 5, 2025\n\nPiet Rook said the Veloria Shipping Company seized the ferry on Monday.\n' });
    const ask = (text: string) => answer(taken, { command: 'auto', text }).answers.map((a) => a.text);
    expect(ask('Which company seized the ferry?')).toEqual(['Veloria Shipping Company']);
  });

  it('does not give a place for someone who underwent the event', () => {
    expect(whoDid('Who was wounded when the fuel depot was shelled on Sunday?')).not.toContain('Tehran');
  });
});

describe('who: the event and the clause that anchors it', () => {
  const talks = fixtureIndex({
    'talks.txt': `Envoy in Selva

May 2, 2025

To that end, envoy Piet Olsen, who had already been in talks with Mayor Ada Voss before his press conference in Selva, said the port would reopen.

On the same day that rebel commander Ivo Marr threatened to shell the port, Olsen returned to his warning.`,
  });
  const who = (text: string) => answer(talks, { command: 'who', text }).answers[0]?.text;

  it('answers "who did X hold talks with" with the one X talked with, not X', () => {
    expect(who('Who did Olsen hold talks with before his press conference in Selva?')).toBe('Ada Voss');
  });

  it('answers "who threatened X on the day Y …" with the actor of the main verb', () => {
    expect(who('Who threatened to shell the port on the day Olsen held his Selva press conference?')).toBe('Ivo Marr');
  });
});

describe('who: groups and bodies as actors', () => {
  const news = fixtureIndex({
    'siege.txt': `Siege of Selva

May 2, 2025

Norland's envoy was working the phones in an effort to pressure Red Dawn Front to free about 40 sailors it seized from Tarvia in its raid.

The death toll in Selva has reached nearly 300, the Norland health ministry said overnight.`,
  });
  const who = (text: string) => answer(news, { command: 'who', text }).answers[0]?.text;

  it('answers "which group …" with an organisation named after a verb ("to pressure X"), not as a setting', () => {
    expect(who('Which group seized about 40 sailors from Tarvia?')).toBe('Red Dawn Front');
  });

  it('answers "who put the toll at N" with the body that says so', () => {
    expect(who('Who put the Selva death toll at nearly 300?')).toMatch(/health ministry/);
  });
});

describe('who: the one a statement blames', () => {
  it('answers "who does X blame for Y" with the country blamed, over a person named far off', () => {
    const blamed = fixtureIndex({
      'blame.txt': `Selva blast

May 2, 2025

After the raid that killed the port commander of the Red Dawn Front, Ivo Marr, in Selva last week, concern grew over a wider war, and Portugal has blamed Spain for involvement in the death of Ada Voss.`,
    });
    expect(answer(blamed, { command: 'auto', text: "who does portugal blame for ada voss's death?" }).answers[0]?.text).toBe('Spain');
  });
});

describe('who: a counted group as the one done to', () => {
  const hurt = fixtureIndex({
    'depot.txt': `Depot attack

May 2, 2025

Earlier Monday, a rocket attack on the Selva fuel depot in western Norland wounded seven Norland guards.

In a second raid, four U.S. engineers were injured near the port.`,
  });
  const who = (text: string) => answer(hurt, { command: 'auto', text }).answers[0]?.text;

  it('answers "who was hurt" with the counted group the act was done to', () => {
    expect(who('who was hurt in the rocket attack on the Selva fuel depot?')).toBe('seven Norland guards');
  });

  it('reads the passive too', () => {
    expect(who('who was hurt near the port in the second raid?')).toBe('four U.S. engineers');
  });

  it('does not read an ordinal in a name as a count', () => {
    // Invented: "1st Kestrel Bank" stands before the passive verb, in the description of the one named.
    const named = fixtureIndex({
      'harbor.txt': `Mara Tellenbeck Jr., a banker at Lenz-based 1st Kestrel Bank, was named chief executive of Harbor Trust Corp.

The appointment takes effect Dec. 1.`,
    });
    const top = answer(named, { command: 'who', text: 'Who was named chief executive of Harbor Trust?' }).answers[0]?.text;
    expect(top).toMatch(/Mara Tellenbeck/);
  });
});

describe('which place', () => {
  it('answers "which city was hit" with the place the act was done to, though it follows "of"', () => {
    const hit = fixtureIndex({ 'blast.txt': 'Blasts\n\nMay 2, 2025\n\nExplosions rocked the Portuguese city of Porto in the early hours of Friday.\n' });
    expect(answer(hit, { command: 'auto', text: 'which portuguese city got hit by explosions' }).answers[0]?.text).toBe('Porto');
  });
});

describe('who: a country\'s forces named by its demonym', () => {
  it('answers with "Portuguese forces" as the doer', () => {
    const border = fixtureIndex({ 'border.txt': 'Border\n\nMay 2, 2025\n\nThe envoy will try to calm the region after Portuguese forces again exchanged artillery fire with rebels across the border.\n' });
    expect(answer(border, { command: 'who', text: 'Who exchanged artillery fire with rebels across the border?' }).answers[0]?.text).toBe('Portuguese forces');
  });
});

describe('whose', () => {
  // Invented coverage: the one arrested is described by the group he leads.
  const arrest = fixtureIndex({
    'arrest.txt': `Arrest in Lisk

May 3, 2025

Piet Rook, the military chief of the Norland Liberation Front, was arrested in Lisk on Monday by border police.`,
  });

  it('answers "which group\'s chief was arrested" with the group the description of the one arrested names', () => {
    const response = answer(arrest, { command: 'auto', text: "Which group's military chief was arrested in Lisk?" });
    expect(response.answers[0]?.text).toBe('Norland Liberation Front');
  });
});

describe('a place spoken of as "It"', () => {
  // Invented coverage: the host is named only in the paragraph before, then spoken of as "It".
  const hosts = fixtureIndex({
    'hosts.txt': `Divers in the north

May 3, 2025

Chile's navy said on Tuesday it had seized a tug near its coast.

A tug was towed to port, the statement said. It's a close partner of both Peru and Bolivia, hosting 300 foreign divers at its ports.`,
  });

  it('answers with the place named before, not the one the participle follows', () => {
    const response = answer(hosts, { command: 'auto', text: 'Which country hosts 300 foreign divers?' });
    expect(response.answers[0]?.text).toBe('Chile');
  });
});

describe('a doer joined to its act ("the Acme-owned mill")', () => {
  // Invented: the owner named only in the compound, a spokesman named beside it.
  const mill = fixtureIndex({
    'mill.txt': `Mill workers strike

May 6, 2025

Workers at the Brantley-owned paper mill in Dorran walked out on Monday, union spokesman Ivo Marsh said.`,
  });
  it('answers "who owns …" with the name before "-owned"', () => {
    expect(answer(mill, { command: 'who', text: 'Who owns the paper mill in Dorran where workers walked out?' }).answers[0]?.text).toBe('Brantley');
  });
});

describe('who did it, as a source tells it', () => {
  // Invented: the act named first, then the source's answer, which names a group by its backer.
  const depot = fixtureIndex({
    'depot.txt': `Depot shelled

May 6, 2025

A rocket attack wounded three guards on Monday. Asked who was responsible for the rocket attack on the Lenz depot, harbour chief Ada Voss said it was a Norland-backed militia.`,
  });
  it('answers with the group the source names, not the source, and reads past "does X think"', () => {
    expect(answer(depot, { command: 'who', text: 'Who was behind the rocket attack on the Lenz depot?' }).answers[0]?.text).toBe('a Norland-backed militia');
    expect(answer(depot, { command: 'who', text: 'Who does the harbour chief think was behind the rocket attack on the Lenz depot?' }).answers[0]?.text).toBe('a Norland-backed militia');
  });
});

describe('who holds a view, and whose the victims were, are not who acted', () => {
  // Invented: the source's country is "sure" of the doer; the victims are counted with their country.
  const base = fixtureIndex({
    'base.txt': `Base shelled

March 6, 2025

A rocket attack on Lenz airbase wounded seven Kenyan personnel on Monday. Asked whether he knew who was responsible for the attack on Lenz, minister Piet Ott said Valdia was sure it was a Kessel-backed militia.`,
  });
  it('answers with the group, not the country that was sure of it', () => {
    const answers = answer(base, { command: 'who', text: 'Who does Ott think was behind the rocket attack on Lenz?' }).answers.map((a) => a.text);
    expect(answers[0]).toBe('a Kessel-backed militia');
    expect(answers).not.toContain('Valdia');
  });
  it('takes no place inside a counted group of victims as the doer', () => {
    const shelled = fixtureIndex({
      'pier.txt': `Pier shelled

March 6, 2025

A rocket attack on the Lenz pier wounded seven U.S. sailors on Monday.`,
    });
    const question = parseQuestion({ command: 'who', text: 'Who carried out the rocket attack on the Lenz pier?' });
    expect(question.kind).toBe('eventActor');
    const names = actorCandidates(shelled, question as Parameters<typeof actorCandidates>[1]).map((c) => c.answer.text);
    expect(names).not.toContain('U.S.');
  });
});

describe('an act done to the event the sentence before told', () => {
  // Invented: the event is named in one sentence, acted on in the next as "the incident".
  const blasts = fixtureIndex({
    'marlow.txt': `Blasts in Marlow

May 9, 2025

Early on Friday, two blasts shook the northern port of Marlow. However, Interior Minister Ada Voss dismissed the incident and said the port would reopen.`,
  });
  const who = (text: string) => answer(blasts, { command: 'who', text }).answers.map((a) => a.text);

  it('answers with the doer of the act, though its sentence names the event only as "the incident"', () => {
    expect(who('Who dismissed the blasts in Marlow?')).toEqual(['Ada Voss']);
    expect(who('Who dismissed the blasts that shook Marlow?')).toEqual(['Ada Voss']);
  });

  it('does not carry the event over to a sentence that does another act', () => {
    expect(who('Who welcomed the blasts in Marlow?')).toEqual([]);
  });
});

describe('which government did something', () => {
  // Invented: a country named as the doer, no body of its government named.
  const leak = fixtureIndex({
    'leak.txt': `Leak in Accra

May 9, 2025

Ghana’s foreign ministry confirmed on Friday that files had leaked from its embassy in Accra.

Kenya downplayed the leak, saying no secrets were lost.`,
  });
  const which = (text: string) => answer(leak, { command: 'who', text }).answers.map((a) => a.text);

  it('is answered by a country that did it, standing for its government', () => {
    expect(which('Which government played down the leak?')[0]).toBe('Kenya');
  });

  it('is not answered by a country for "which group"', () => {
    expect(which('Which group played down the leak?')).not.toContain('Kenya');
  });
});

describe('who was behind an event an earlier sentence told', () => {
  // Invented: the event, then a sentence between, then who was responsible "for the attack".
  const depot = fixtureIndex({
    'depot.txt': `Depot attacked

May 9, 2025

On Monday, a drone attack on the Lenz fuel depot wounded three guards. Police Chief Ada Voss visited the site. Investigators said the Rift Front was responsible for the attack.`,
  });
  const who = (text: string) => answer(depot, { command: 'who', text }).answers.map((a) => a.text);

  it('answers with the one responsible, named two sentences after the event', () => {
    expect(who('Who was behind the drone attack on the Lenz depot?')[0]).toBe('Rift Front');
  });
});

describe('a speaker who tells of an act', () => {
  const told = fixtureIndex({
    'letter.txt': `Threatening letter sent to mayor

April 2, 2025

NTV News reports that the letter was sent to the mayor's flat and opened by his wife, Maren Holt.

When Tove Lind took the stage on Thursday, she became the first mayor to speak at the harbour festival, Piet Rook reports.

The Norland navy said it struck the fuel depot at Kessel on Tuesday.

Ivo Brandt vowed that the harbour would reopen as he became the first mayor to visit the docks since the fire.`,
  });
  const who = (text: string) => answer(told, { command: 'who', text }).answers[0]?.text;

  it('is not the doer of an act its clause gives someone else', () => {
    expect(who('Who opened the letter sent to the mayor?')).toBe('Maren Holt');
    expect(who('Who became the first mayor to speak at the harbour festival?')).toBe('Tove Lind');
  });

  it('is the doer when the clause names it by a pronoun', () => {
    expect(who('Who struck the fuel depot at Kessel?')).toMatch(/navy/i);
    expect(who('Who became the first mayor to visit the docks since the fire?')).toBe('Ivo Brandt');
  });
});

describe('a phrasal act ("shot down", "carried out")', () => {
  // Invented: the speaker opens the sentence; the act, told with its particle, is another's.
  const phrasal = fixtureIndex({
    'drones.txt': `Minister praises navy

June 3, 2025

Defence minister Ann Lee spoke to reporters on Monday.

She added that the Tarvian navy has already backed up its warnings with deeds such as shooting down drones from Orrin that were fired at the port.`,
  });

  it('is not answered by the speaker who tells of it', () => {
    const top = answer(phrasal, { command: 'who', text: 'who shot down the drones fired from Orrin?' }).answers[0]?.text ?? '';
    expect(top).not.toMatch(/Ann Lee/);
  });
});

describe('who: a person taking a role', () => {
  // Invented coverage: the ministry and the officials speak of the minister; no one replaced her.
  const ministry = fixtureIndex({
    'harbour.txt': `Harbour minister visits Lenz

May 2, 2025

Harbour Minister Ada Voss flew to Lenz on Monday, and the Harbour Ministry said further stops were possible during the minister's trip.

Port officials said Voss would meet harbour pilots.`,
    'pilots.txt': `Pilots strike

May 3, 2025

Harbour pilots went on strike in Lenz on Tuesday, said Piet Rook, their union's leader.`,
  });
  const whoDid = (text: string) => answer(ministry, { command: 'who', text }).answers.map((a) => a.text);

  it('answers nothing when no one took the role the question says: not the ministry, not a group', () => {
    expect(whoDid('Who replaced Voss as harbour minister?')).toEqual([]);
  });

  it('does not answer with the person the question names, typed in lower case', () => {
    expect(whoDid('who replaced voss as harbour minister')).not.toContain('Ada Voss');
  });

  it('still answers who did an act the text tells', () => {
    expect(whoDid('Who said harbour pilots went on strike in Lenz?')).toContain('Piet Rook');
  });
});

describe('a sentence that does not tell the act', () => {
  // Invented: the minister, named in one paragraph, speaks of the crossing in the next; no one bombs it.
  const crossing = fixtureIndex({
    'crossing.txt': `Trucks reach Selva

June 3, 2025

Minister Ana Lopez spoke in Selva on Monday.

She said, “Forty trucks a day now go through the Selva crossing.” She reopened the Selva crossing in May.`,
  });

  const actors = (text: string) => actorCandidates(crossing, parseQuestion({ command: 'who', text }) as Parameters<typeof actorCandidates>[1]).map((c) => c.answer.text);

  it('does not make its pronoun subject the doer of an act it never tells', () => {
    expect(actors('who bombed the Selva crossing?')).toEqual([]);
  });

  it('still takes the pronoun subject of a sentence that tells the act', () => {
    expect(actors('who reopened the Selva crossing?')).toContain('Ana Lopez');
  });

  it('takes the speaker of a sentence without the act for one who only put or told the fact, not for a doer', () => {
    const quiet = fixtureIndex({ 'quiet.txt': 'Selva calm\n\nJune 4, 2025\n\nThe Selva crossing was quiet on Tuesday, Mayor Ines Voss said.\n' });
    const actorsIn = (text: string) => actorCandidates(quiet, parseQuestion({ command: 'who', text }) as Parameters<typeof actorCandidates>[1]).filter((c) => c.relation === 'agent').map((c) => c.answer.text);
    expect(actorsIn('who reported the Selva crossing was quiet?')).toContain('Ines Voss');
    expect(actorsIn('who shelled the Selva crossing?')).toEqual([]);
  });
});

describe('the source of what a sentence tells ("according to …")', () => {
  // Invented: an attack told on a minister's word, and a blame told the same way.
  const base = fixtureIndex({
    'base.txt': `Base in Lenz attacked

May 6, 2025

A rocket attack on the Lenz base wounded five guards, according to Defense Minister Ivo Brandt.

Blaming Kessel militias for the raid on the depot, according to Interior Minister Ana Lind, officials closed the road.`,
  });
  const who = (text: string) => answer(base, { command: 'who', text }).answers.map((a) => a.text);

  it('did not do what it tells', () => {
    expect(who('who attacked the Lenz base')).not.toContain('Ivo Brandt');
    expect(who('who wounded the five guards')).not.toContain('Ivo Brandt');
  });

  it('did the saying or blaming it tells', () => {
    expect(who('who blamed Kessel militias for the raid on the depot')[0]).toBe('Ana Lind');
  });
});

describe('a country told by description, by demonym, and far from the act', () => {
  // Invented story (real country names, so that extraction knows them as places).
  const raid = fixtureIndex({
    'raid.txt':
      'Peru silent on raid\n\nMay 2, 2025\n\nExplosions rocked the Peruvian city of Tacna on Friday, reportedly due to a Chilean attack on Peru. However, Lima downplayed the incident.\n\nThe silence from Chile on the incident added to the intrigue, especially after the country had previously indicated plans to retaliate against Peru.\n\n“The raid by Bolivia is a reminder of what some actors may do,” said Ivo Brandt, director of the Peru program at the Lenz Institute.\n',
  });
  const who = (text: string) => answer(raid, { command: 'who', text }).answers.map((a) => a.text);

  it('reads "the country" as the act\'s subject for the country named last before it', () => {
    expect(who('who indicated plans to retaliate against Peru?')[0]).toBe('Chile');
  });

  it('names no one arrested from a story that tells no arrest', () => {
    expect(who('who did Peru arrest over the raid?')).toEqual([]);
  });

  it('answers who was behind an event "due to a Chilean attack" by the attack\'s country', () => {
    expect(who('who was reportedly behind the explosions in Tacna?')[0]).toBe('Chile');
  });

  it('answers "who attacked X" by the demonym of "a Chilean attack on Peru", not by a raid whose sentence names X only in a title', () => {
    expect(who('who attacked Peru?')[0]).toBe('Chile');
  });
});

describe('a doer named by a description, in a progressive', () => {
  // Invented: the secretary is named once by title, then described.
  const strike = fixtureIndex({
    'strike.txt': 'Envoy in Lenz\n\nMay 2, 2025\n\nUS Secretary of State Ann Lee met the union leaders on Monday.\n\nAmerica’s top diplomat was already working the phones in an effort to stop the strike.\n',
  });

  it('reads "was working" as the describer doing the act, and names the one the description stands for', () => {
    expect(answer(strike, { command: 'who', text: 'who was working the phones to stop the strike?' }).answers[0]?.text).toBe('Ann Lee');
  });
});

describe('whose member underwent an act, and an agent before the event', () => {
  // Invented (real place names, so that extraction knows them as places): a group's commander killed by a country "in a strike".
  const strike = fixtureIndex({
    'lima.txt': 'Region on edge\n\nMay 2, 2025\n\nCoupled with the killing of the senior military commander of the militant group Hamas, Tomas Ruiz, by Chile in a strike on Lima last week, concern intensified.\n',
  });
  const who = (text: string) => answer(strike, { command: 'who', text }).answers.map((a) => a.text);

  it('answers "whose commander was killed" with the group his stated role names, though "of" stands before it', () => {
    expect(who('whose commander was killed in Lima?')[0]).toBe('Hamas');
  });

  it('answers who carried out the strike with its agent, not with whom "the killing of" names', () => {
    expect(who('who carried out the strike on Lima?')[0]).toBe('Chile');
  });
});

describe('a group named by whom it serves', () => {
  // Invented: the attackers are known only as a country's proxies.
  const proxies = fixtureIndex({
    'convoy.txt': `Navy vows to guard convoys

June 2, 2025

The navy “will keep answering attacks by Ostland’s proxies to protect our convoys in the strait,” envoy Piet Rook said.`,
  });

  it('answers with the group ("Ostland’s proxies"), not only the country that owns it', () => {
    expect(answer(proxies, { command: 'who', text: 'Attacks by whom did Rook say the navy would keep answering?' }).answers[0]?.text).toBe('Ostland’s proxies');
  });
});

describe('groups counted together, and one the question sets aside', () => {
  // Invented: a raid that hurt two counted groups.
  const pier = fixtureIndex({
    'pier.txt': `Pier raid

March 8, 2025

A rocket attack on the Kell pier on Monday injured four U.S. guards and two dock workers, the port said.`,
  });

  it('answers "who else" with the other group, not the one the question names', () => {
    const response = answer(pier, { command: 'who', text: 'Apart from the four US guards, who else was hurt in the attack on the Kell pier?' });
    expect(response.answers[0]?.text).toBe('two dock workers');
  });
});

describe('a participle clause of the sentence subject, without the act asked', () => {
  // Invented: the clause with the troops belongs to "It" (the country before), not to the countries it is an ally of.
  const hosts = fixtureIndex({
    'hosts.txt': `Drone seized

May 2, 2025

Jordan’s military condemned on Tuesday what it called reckless attacks on its bases. It’s a rare ally to both the U.S. and Syria, hosting 2,500 U.S. troops with militias on its soil.`,
  });

  it('answers with the subject the participle belongs to', () => {
    expect(answer(hosts, { command: 'who', text: 'which country has 2,500 US troops based on its soil' }).answers[0]?.text).toBe('Jordan');
  });
});

describe('a cabinet post named with its "of"', () => {
  // Invented: the post's holder is named once; the act's sentence calls her by the post alone.
  const visit = fixtureIndex({
    'visit.txt': `Envoy in Lenz

May 2, 2025

Secretary of State Mara Quill landed in Lenz on Monday with a pledge of aid.

The secretary of state became the most senior Norland official to tour Lenz since the flood.`,
  });

  it('answers with the holder of "the secretary of state", not the country in its sentence', () => {
    expect(answer(visit, { command: 'who', text: 'who became the most senior Norland official to tour Lenz since the flood?' }).answers[0]?.text).toBe('Mara Quill');
  });
});

describe('words of one act in other words', () => {
  // Invented: the question asks with "visit", "stop" and "spreading"; the coverage writes "travel", "prevent" and "widen".
  const talks = fixtureIndex({
    'talks.txt': `Talks in Vessa

May 2, 2025

Envoy Mara Quill travelled to Ostrava on Monday.

Guards from Norland are in Lenz to help prevent the return of the Kessel Brigades, Quill said.`,
  });
  const top = (text: string) => answer(talks, { command: 'who', text }).answers[0]?.text;

  it('reads a synonym of the act', () => {
    expect(top('who visited Ostrava?')).toBe('Mara Quill');
    expect(top('whose return are the guards in Lenz helping to stop?')).toBe('Kessel Brigades');
  });
});

describe("which group's leader did something", () => {
  // Invented: one group's leader threatens; another group's leader is killed.
  const leaders = fixtureIndex({
    'leaders.txt': `Threats in Lenz

May 2, 2025

On Monday, Kessel Brigades leader Piet Rook threatened to widen the war.

The killing of Ana Vos, the political leader of the Harbour League, was condemned.`,
  });

  it('answers with the group whose leader did the act, not one whose leader underwent another', () => {
    expect(answer(leaders, { command: 'who', text: "which group's leader threatened to widen the war?" }).answers[0]?.text).toBe('Kessel Brigades');
  });
});

describe('an act told in an agentless passive of a clause of its own', () => {
  // Invented: the minister meets the mayor after the fleet was ordered out; no one is said to have ordered it.
  const fleet = fixtureIndex({
    'fleet.txt': 'Fleet sails\n\nJune 4, 2025\n\nThe harbour minister will meet Lenz Mayor Piet Olsen after a second fleet was ordered to the strait.\n',
  });

  it('answers nobody from a sentence that does not say who did it', () => {
    expect(answer(fleet, { command: 'who', text: 'Who ordered the second fleet to the strait?' }).answers).toEqual([]);
  });

  it('still answers an agent the passive names', () => {
    const named = fixtureIndex({ 'fleet.txt': 'Fleet sails\n\nJune 4, 2025\n\nThe harbour minister will meet Lenz Mayor Piet Olsen after a second fleet was ordered to the strait by Admiral Ada Voss.\n' });
    expect(answer(named, { command: 'who', text: 'Who ordered the second fleet to the strait?' }).answers[0]?.text).toBe('Ada Voss');
  });
});

describe('a clause that only anchors the act in time', () => {
  it('does not make the place it names one the act was done to', () => {
    const anchored = fixtureIndex({
      'port.txt': 'Porto braces\n\nJune 6, 2025\n\nDuring a press event in Porto Friday, Mayor Piet Olsen said the harbour would stay open.\n\nOn the same day that union leader Ada Voss threatened to close the docks, Olsen repeatedly returned to his warning to the shipowners.\n',
    });
    const asked = 'Who threatened to close the docks on the day of the Porto press event?';
    // The rules read the sentence that tells the threat (Porto, named only by the anchor, is not who was threatened).
    const read = actorCandidates(anchored, { text: asked, asks: 'agent' }).sort((a, b) => b.score - a.score);
    expect(read[0]?.answer.text).toBe('Ada Voss');
    expect(answer(anchored, { command: 'who', text: asked }).answers[0]?.text).toBe('Ada Voss');
  });
});
