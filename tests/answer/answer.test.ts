import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { creditAnswers } from '../../src/answer/credits.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Two invented reports of one invented story, and an unrelated one.
const index = fixtureIndex({
  'harbour.txt': `Port of Veloria reopens after storm damage

March 4, 2025

VELORIA (Reuters) – The harbour of Veloria reopened on Monday after a storm wrecked two piers last week, Harbour Minister Clara Duvall said.

"We rebuilt the north pier in eleven days, and every ferry is running again," Duvall told reporters at the quay.

Tomas Brenner, the chief engineer of the port authority, said the south pier would reopen next month.

"The cranes are the last thing we need to fix," Brenner said.`,
  'ferries.txt': `Ferries return to Veloria

Ferry operators said the harbour of Veloria reopened on Monday, with Clara Duvall, the harbour minister, greeting the first boat.

"Every ferry is running again," the minister said.`,
  'depot.txt': `Rockets hit fuel depot

Rockets hit a fuel depot in western Norland on Sunday, wounding four guards. Police chief Ivo Marr said an inquiry had begun.`,
  'orchard.txt': `Apple harvest breaks records

Growers in the Lenz valley picked more apples than ever this autumn, farmer Ana Kovac said.`,
});

const ask = (command: 'who' | 'when' | 'search' | 'auto', text: string) => answer(index, { command, text });

describe('who', () => {
  it('answers a role question with the holder of the role, citing where the role is stated', () => {
    const [top] = ask('who', 'Who is the harbour minister?').answers;
    expect(top?.text).toBe('Clara Duvall');
    expect(top?.citations.map((c) => c.file)).toContain('harbour.txt');
  });

  it('finds the person an event sentence is about', () => {
    expect(ask('who', 'who said the south pier would reopen?').answers[0]?.text).toBe('Tomas Brenner');
  });

  it('answers "who said" from the quotation and its speaker', () => {
    expect(ask('who', 'Who said the cranes are the last thing to fix?').answers[0]?.text).toBe('Tomas Brenner');
  });

  it('ranks the holder the most articles state first, by 0.3 of the score for each further article', () => {
    const stated = (name: string) => `Harbour news\n\nMay 2, 2024\n\nHarbour Minister ${name} opened the new quay on Monday.\n`;
    const corroborated = fixtureIndex({ 'a.txt': stated('Clara Duvall'), 'b.txt': stated('Clara Duvall'), 'c.txt': stated('Clara Duvall'), 'd.txt': stated('Piet Rook') });
    const [first, second] = answer(corroborated, { command: 'who', text: 'Who is the harbour minister?' }).answers;
    expect([first?.text, second?.text]).toEqual(['Clara Duvall', 'Piet Rook']);
    expect(first?.citations.map((c) => c.file)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(first!.score! / second!.score!).toBeCloseTo(1 + 0.3 * 2, 2);
  });

  it('reads a described speaker ("the harbour minister") as whoever holds that role', () => {
    const response = answer(index, { command: 'auto', text: 'What did the harbour minister say about the north pier?' });
    expect([response.kind, response.answers[0]?.speaker]).toEqual(['quote', 'Clara Duvall']);
  });

  it('abstains when nobody holds the role asked for', () => {
    expect(ask('who', 'Who is the finance minister?').answers).toEqual([]);
  });

  it('abstains when no passage is about the question', () => {
    expect(ask('who', 'Who won the chess final in Oslo?').answers).toEqual([]);
  });

  it('reads "who heads X\'s government?" as a question for X\'s prime minister', () => {
    const governed = fixtureIndex({ 'pm.txt': 'Talks in Norland\n\nNorland’s Prime Minister Eva Lund met the envoy on Monday.\n' });
    expect(answer(governed, { command: 'who', text: "Who heads Norland's government?" }).answers[0]?.text).toBe('Eva Lund');
  });

  it('answers a role phrase that also describes an event from the event', () => {
    expect(ask('who', 'Who was the police chief who said an inquiry had begun?').answers[0]?.text).toBe('Ivo Marr');
  });

  it('does not answer with a place that is only the setting of the event', () => {
    expect(ask('who', 'Who wounded four guards?').answers).toEqual([]);
  });

  it('does not answer with someone named in a neighbouring sentence', () => {
    expect(ask('who', 'Who fired the rockets at the fuel depot?').answers.map((a) => a.text)).not.toContain('Ivo Marr');
  });

  it('answers "what group does X lead?" with the organisation in their role', () => {
    const led = fixtureIndex({ 'union.txt': 'Strike ends\n\nAnna Berg, the leader of the Harbour Workers Union, said the strike was over.\n' });
    expect(answer(led, { command: 'auto', text: 'What group does Anna Berg lead?' }).answers[0]?.text).toBe('Harbour Workers Union');
    expect(answer(led, { command: 'who', text: 'which country does Anna Berg represent?' }).answers).toEqual([]);
  });

  it('answers credit questions from the credit line, by the words that introduce each name', () => {
    const credited = fixtureIndex({
      'bridge.txt': 'Tarvo bridge opens\n\nTARVO (Reuters) – The Tarvo bridge opened on Saturday.\n\n(Reporting by Ana Lind; additional reporting by Piet Voss; Editing by Mara Quist)\n',
    });
    const who = (text: string) => answer(credited, { command: 'who', text }).answers[0]?.text;
    expect(who('Who reported the Reuters story on the Tarvo bridge?')).toBe('Ana Lind');
    expect(who('Who contributed additional reporting to the Tarvo bridge story?')).toBe('Piet Voss');
    expect(who('Who edited the story about the Tarvo bridge?')).toBe('Mara Quist');
    // The credit asked in other words: "which staffer handled the editing", "supplementary reporting", "the writing … credited".
    expect(who('Which staffer handled the editing of the Reuters report on the Tarvo bridge?')).toBe('Mara Quist');
    expect(who('Whose contribution to the Tarvo bridge story is listed as supplementary reporting?')).toBe('Piet Voss');
    // A credit written as one hyphenated word, as a spreadsheet's column names it.
    expect(who('Who is the additional-reporting credit on the Tarvo bridge story?')).toBe('Piet Voss');
    expect(who('Which name in the credits of the Tarvo bridge story added reporting?')).toBe('Piet Voss');
    // The words of sharing a credit name no story: the credit line answers, not a guess from the text.
    const shared = creditAnswers(credited, { kind: 'credit', credit: 'reporting', text: 'Who shared the reporting credit with Piet Voss on the Reuters story from Tarvo?', reason: '' });
    // The one the question names ("with Piet Voss") is not the one asked for.
    expect(shared.answers.map((a) => a.text)).toEqual(['Ana Lind']);
    expect(who('Who shared the reporting credit with Piet Voss on the Reuters story from Tarvo?')).toBe('Ana Lind');
  });

  it('answers "the other reporter" with the main reporting credit, not the one named or an additional one', () => {
    const credited = fixtureIndex({
      'bridge.txt': 'Tarvo bridge opens\n\nTARVO (Reuters) – The Tarvo bridge opened on Saturday.\n\n(Reporting by Ana Lind and Ivo Brandt; additional reporting by Piet Voss; Writing by Ana Lind; Editing by Mara Quist)\n',
    });
    const who = (text: string) => answer(credited, { command: 'who', text }).answers[0]?.text;
    expect(who('who do reporting with Ana Lind for tarvo bridge story? other name')).toBe('Ivo Brandt');
    expect(who("besides Ana Lind, who's the other main reporter on the Tarvo bridge byline")).toBe('Ivo Brandt');
    expect(who('who did writing of the Tarvo bridge story?')).toBe('Ana Lind');
  });

  it('answers a credit question only from the story it describes, and nothing when that story credits no one', () => {
    // Invented: two Reuters stories, only the one from Tarvo credits its reporter.
    const credited = fixtureIndex({
      'bridge.txt': 'Tarvo bridge opens\n\nTARVO (Reuters) – The Tarvo bridge opened on Saturday.\n\n(Reporting by Ana Lind; Editing by Mara Quist)\n',
      'dam.txt': 'Selva dam repaired\n\nSELVA (Reuters) – Engineers finished repairs to the Selva dam on Sunday.\n',
    });
    const who = (text: string) => answer(credited, { command: 'who', text }).answers[0]?.text;
    expect(who('who reported the Reuters story from Tarvo?')).toBe('Ana Lind');
    expect(who('who reported the Reuters story from Selva?')).toBeUndefined();
    // Nor another story's editor for a story that has no credit lines at all.
    expect(who('who edited the selva piece')).toBeUndefined();
    expect(who('which reporter filed the selva story')).toBeUndefined();
  });

  it('answers a photo credit only from the outlet a question names, which its passages may never write', () => {
    // Invented: a dpa story with a photo credit, a Harbour Post story (its outlet only in its copyright line) with none.
    const stories = fixtureIndex({
      'quay.txt': 'Kell quay reopens\n\nThe mayor of Kell opens the quay on Sunday. Ines Varga/dpa\n\nThe Kell quay reopened on Sunday after repairs that took a year.\n',
      'dam.txt': 'Selva dam repaired\n\nEngineers took a photo of the Selva dam on Sunday after repairs.\n\n© 2025 Harbour Post. All rights reserved.\n',
    });
    const who = (text: string) => answer(stories, { command: 'who', text }).answers[0]?.text;
    expect(who('who took the photo in the Harbour Post story?')).toBeUndefined();
    expect(who('a repost crops the credit off the Harbour Post photo of the dam — who took that photo?')).toBeUndefined();
    expect(who('who took the photo in the dpa story?')).toBe('Ines Varga');
  });

  it('reads credit questions as readers type them', () => {
    const credited = fixtureIndex({
      'quay.txt': 'Kell quay reopens\n\nThe mayor of Kell opens the quay on Sunday. Ines Varga/dpa\n\nThe Kell quay reopened on Sunday after a year of repairs.\n',
    });
    const who = (text: string) => answer(credited, { command: 'auto', text }).answers[0]?.text;
    expect(who('photo credit on the dpa story?')).toBe('Ines Varga');
    expect(who("who's credited for the picture in the Kell article")).toBe('Ines Varga');
    // The agency the credit names after the photographer, not the photographer.
    expect(who('which agency are the photos of the Kell quay credited to?')).toBe('dpa');
  });

  it('finds a credit question\'s story by the outlet and dateline it names, wherever the question names them', () => {
    // Invented: two Reuters stories from two datelines, each with its own credit line, and a dpa story with a photo credit.
    const credited = fixtureIndex({
      'bridge.txt': 'Tarvo bridge opens\n\nTARVO (Reuters) – The Tarvo bridge opened on Saturday.\n\n(Reporting by Ana Lind and Ivo Brandt; additional reporting by Piet Voss; Writing by Ana Lind; Editing by Mara Quist)\n',
      'dam.txt': 'Selva dam repaired\n\nSELVA (Reuters) – Engineers finished repairs to the Selva dam on Sunday.\n\n(Reporting by Olli Rask; Editing by Dora Fenn)\n',
      'quay.txt': 'Kell quay reopens\n\nThe mayor of Kell opens the quay near Selva on Sunday. Ines Varga/dpa\n\nThe Kell quay reopened on Sunday after a year of repairs.\n',
    });
    const who = (text: string) => answer(credited, { command: 'who', text }).answers[0]?.text;
    // The story named before the question, which its reading leaves behind.
    expect(who('Same Tarvo Reuters tagline: who gets the additional-reporting credit?')).toBe('Piet Voss');
    expect(who("Embedding the Reuters Tarvo piece, credits check: who's down as the editor?")).toBe('Mara Quist');
    // Named among words that describe no story.
    expect(who('Step 1: find the Reuters dispatch from Tarvo. Step 2: tell me who edited it. Output the editor\'s name only.')).toBe('Mara Quist');
    expect(who('Let the record identify the person credited with the writing of the Reuters piece datelined Tarvo.')).toBe('Ana Lind');
    // The credit asked by the line's own words, or by the trade of the one credited.
    expect(who("Tagline on the Reuters Tarvo file reads 'Reporting by ___ and Ivo Brandt' — fill the blank.")).toBe('Ana Lind');
    expect(who('Credits panel for the Reuters Tarvo dispatch: who shared the reporting byline with Ana Lind?')).toBe('Ivo Brandt');
    expect(who('Reuters Tarvo story lists two reporters — Ana Lind and who else? want to book them')).toBe('Ivo Brandt');
    expect(who("Who's got the writing credit on the Reuters Tarvo story? Not the reporting line, the writing.")).toBe('Ana Lind');
    expect(who('Pretend you\'re a copy editor. Who is listed as writing the Reuters Tarvo article?')).toBe('Ana Lind');
    expect(who('Object card for the dpa photograph of the Kell mayor: which photographer do we credit?')).toBe('Ines Varga');
    // A place the photo shows is no dateline: the story that credits a photographer answers.
    expect(who('who took the pics of the mayor at Selva')).toBe('Ines Varga');
  });

  it('reads an outlet among two sources as the story, the speaker as the source', () => {
    // Invented: the same speaker's figure in two outlets' stories (their outlets only in their copyright lines), which differ.
    const stories = fixtureIndex({
      'lenz.txt': 'Ferries return to Lenz\n\nMayor Ana Lind said the city deployed three ferries to the strait on Monday, and ferries to the strait daily.\n\n© 2025 Harbour Post. All rights reserved.\n',
      'porto.txt': 'Ferry service resumes in Porto\n\nMayor Ana Lind said the city deployed five ferries on Monday.\n\n© 2025 Delta Times. All rights reserved.\n',
    });
    const top = (text: string) => answer(stories, { command: 'auto', text }).answers[0];
    expect(top('how many ferries did Lind say the city deployed to the strait, per Delta Times?')?.citations[0]?.file).toBe('porto.txt');
    expect(top('how many ferries did Lind say the city deployed to the strait, per Harbour Post?')?.citations[0]?.file).toBe('lenz.txt');
  });

  it('answers which outlet ran a story from its metadata, and nothing for a story that names none', () => {
    const stories = fixtureIndex({
      'bridge.txt': 'Tarvo bridge opens\n\nTARVO (Reuters) – The Tarvo bridge opened on Saturday.\n',
      'dam.txt': 'Selva dam repaired\n\nEngineers finished repairs to the Selva dam on Sunday, near the old bridge.\n',
    });
    const top = (text: string) => answer(stories, { command: 'auto', text }).answers[0];
    expect(top('which outlet ran the story from Tarvo')?.text).toBe('Reuters');
    expect(top('which news agency reported from Tarvo')?.citations[0]?.file).toBe('bridge.txt');
    expect(top('which news agency covered the opening of the Tarvo bridge')?.text).toBe('Reuters');
    expect(top('who published the Tarvo bridge story?')?.citations[0]).toMatchObject({ file: 'bridge.txt', paragraph: 2 });
    // The story that fits best names no outlet: not the outlet of another that fits less.
    expect(top('which news agency ran the story on the dam by the bridge')).toBeUndefined();
  });

  it('answers no writer for a story whose credit lines credit only its photographer', () => {
    const pictured = fixtureIndex({
      'quay.txt': 'Kell quay reopens\n\nThe mayor of Kell opens the quay on Sunday. Ines Varga/dpa\n\nThe Kell quay reopened on Sunday after a year of repairs.\n',
    });
    const who = (text: string) => answer(pictured, { command: 'who', text }).answers[0]?.text;
    expect(who('who took the photo of the Kell quay?')).toBe('Ines Varga');
    // A photographer's profile names the agency the credit line gives ("Ines Varga/dpa").
    expect(who('who is Ines Varga?')).toBe('Ines Varga, credited for photographs (dpa)');
    expect(who('who wrote the dpa article on the quay?')).toBeUndefined();
    // Said so, rather than left to a guess from the text (the ranker's fallback).
    const asked = { kind: 'credit', credit: 'writing', text: 'who wrote the dpa article on the quay?', reason: '' } as const;
    expect(creditAnswers(pictured, asked)).toEqual({ answers: [], uncredited: true });
    // A letter's writer is no story's credit: left to the text.
    expect(creditAnswers(pictured, { ...asked, text: 'who wrote the letter to the mayor of Kell?' }).uncredited).toBe(false);
  });

  it('profiles a journalist by the work the credit lines credit them for', () => {
    const credited = fixtureIndex({
      'bridge.txt': 'Tarvo bridge opens\n\nTARVO (Reuters) – The Tarvo bridge opened on Saturday.\n\n(Reporting by Ana Lind; Writing by Ana Lind; Editing by Mara Quist)\n',
    });
    const [profile] = answer(credited, { command: 'who', text: 'who is Ana Lind?' }).answers;
    expect(profile?.text).toBe('Ana Lind, credited for reporting and writing');
  });

  it('profiles a journalist credited with additional reporting as the credit line words it', () => {
    const credited = fixtureIndex({
      'bridge.txt': 'Tarvo bridge opens\n\nTARVO (Reuters) – The Tarvo bridge opened on Saturday.\n\n(Reporting by Ana Lind; additional reporting by Piet Voss; Editing by Mara Quist)\n',
    });
    expect(answer(credited, { command: 'who', text: 'who is Piet Voss?' }).answers[0]?.text).toBe('Piet Voss, credited for additional reporting');
    expect(answer(credited, { command: 'who', text: 'who is Ana Lind?' }).answers[0]?.text).toBe('Ana Lind, credited for reporting');
  });

  it('profiles a person asked about by name', () => {
    const [profile] = ask('who', 'who is Duvall?').answers;
    expect(profile?.text).toMatch(/^Clara Duvall, harbour minister$/i);
    expect(profile?.note).toMatch(/Mentioned in 2 articles/);
  });

  it('lists every article that supports the same answer once', () => {
    const answers = ask('who', 'Who is the harbour minister?').answers;
    expect(answers.filter((a) => a.text === 'Clara Duvall')).toHaveLength(1);
    expect(new Set(answers[0]?.citations.map((c) => c.file))).toEqual(new Set(['harbour.txt', 'ferries.txt']));
  });
});

describe('when', () => {
  it('picks the time expression attached to the event and resolves it against the article date', () => {
    const [top] = ask('when', 'When did the harbour of Veloria reopen?').answers;
    expect(top).toMatchObject({ text: 'Monday', date: '2025-03-03' });
  });

  it('does not answer with the date of another event in the same paragraph', () => {
    const [top] = ask('when', 'When did the storm wreck the piers?').answers;
    expect(top?.text).toBe('last week');
  });

  it('does not answer with the date of the event the question only anchors to', () => {
    const anchored = fixtureIndex({
      'visit.txt':
        'Lopez in Tarvo\n\nMaria Lopez flew to Tarvo last night.\n\nLopez spoke to reporters in Tarvo, weeks after the rebels’ May 2 attack on Tarvo’s airport.\n',
    });
    const [top] = answer(anchored, { command: 'when', text: 'When did Lopez fly to Tarvo after the rebel attack?' }).answers;
    expect(top?.text).toBe('last night');
  });

  it('abstains when the passages about the event do not name the place asked about', () => {
    expect(ask('when', 'When did the harbour of Oslo reopen?').answers).toEqual([]);
  });

  it('abstains when the passage names the person but not what the question says of them', () => {
    expect(ask('when', 'When was Ivo Marr born?').answers).toEqual([]);
  });

  it('answers with the article’s own date, as the article writes it, when the passage gives no time', () => {
    const dated = fixtureIndex({
      'ferries.txt': 'Winter ferries\n\nMarch 4, 2025\n\n“The ferries will run all winter,” harbour minister Clara Duvall promised.\n',
    });
    const [top] = answer(dated, { command: 'when', text: 'When did Duvall promise the ferries will run all winter?' }).answers;
    expect(top).toMatchObject({ text: 'March 4, 2025', date: '2025-03-04' });
    expect(top?.citations.map((c) => c.paragraph)).toEqual([3, 2]);
  });

  it('answers "when did X first/last/next …" only from a passage that tells that occurrence', () => {
    const deployed = fixtureIndex({
      'base.txt': 'Troops at Selva\n\nMay 4, 2025\n\nNorland sent 300 troops to the Selva base on Monday.\n\nNorland first sent troops to the Selva base in 2019, the ministry said.\n',
    });
    const when = (text: string) => answer(deployed, { command: 'when', text }).answers[0]?.text;
    expect(when('When did Norland first send troops to the Selva base?')).toBe('2019');
    expect(when('When did Norland last send troops to the Selva base before Monday?')).toBeUndefined();
    expect(when('When will Norland next send troops to the Selva base?')).toBeUndefined();
    expect(when('When did Norland send 300 troops to the Selva base?')).toBe('Monday');
    const once = fixtureIndex({ 'lenz.txt': 'Troops at Lenz\n\nMay 4, 2025\n\nNorland sent 200 troops to the Lenz base on Tuesday.\n' });
    expect(answer(once, { command: 'when', text: 'When did Norland first send troops to the Lenz base?' }).answers).toEqual([]);
  });

  it('answers "when did she say X" with no one named, as said by whoever the coverage says said X', () => {
    const said = fixtureIndex({ 'port.txt': 'Port to reopen\n\nMay 4, 2025\n\nHarbour minister Maria Lopez said on Monday that the Selva port was not involved in any smuggling operations.\n\nThe Selva port closed on Friday after a storm, the Selva police said on Saturday.\n' });
    expect(answer(said, { command: 'when', text: 'when did she say the Selva port had no part in smuggling?' }).answers[0]?.text).toBe('Monday');
    expect(answer(said, { command: 'when', text: 'when did she say the Selva bridge was unsafe?' }).answers).toEqual([]);
  });

  it('abstains when the corpus does not date the event', () => {
    expect(ask('when', 'When did the chess final take place?').answers).toEqual([]);
  });

  it('answers with a year the ranker finds likely where no passage writes the act as asked', () => {
    // "built" of "constructed": the building rule keeps only times beside the act's own word.
    const encyclopedic = fixtureIndex({
      'lisbon.txt': `Lisbon

Lisbon is the capital of Portugal and its largest city. It lies on the estuary of the Tagus.

The Church of São Vicente de Fora was constructed in 1582 on the hill above the Alfama, to designs by the architect Filippo Terzi.

The city was struck by an earthquake in 1755, which destroyed much of the lower town.`,
      'porto.txt': `Porto

Porto is the second city of Portugal, on the Douro. Its bridges cross the river to Vila Nova de Gaia.`,
    });
    const [top] = answer(encyclopedic, { command: 'when', text: 'When was the Church of São Vicente de Fora built?' }).answers;
    expect(top?.text).toBe('1582');
    expect(top?.citations[0]).toMatchObject({ file: 'lisbon.txt', paragraph: 3 });
  });
});

describe('quote', () => {
  it('offers a scare quote only when no other quotation of the speaker matches', () => {
    const article = 'Port news\n\nMay 2, 2024\n\nMayor Ines Varga boasted how “nice” the new port looked.\n\n“The new port will open in June,” Varga said.\n';
    const scare = fixtureIndex({ 'a.txt': article });
    expect(answer(scare, { command: 'quote', speaker: 'Varga', topic: 'new port' }).answers.map((a) => a.text)).toEqual(['The new port will open in June']);
    const alone = fixtureIndex({ 'a.txt': 'Port news\n\nMay 2, 2024\n\nMayor Ines Varga boasted how “nice” the new port looked.\n' });
    expect(answer(alone, { command: 'quote', speaker: 'Varga', topic: 'new port' }).answers.map((a) => a.text)).toEqual(['nice']);
  });

  it('finds quotations by surname, typo and title, and ranks them by topic', () => {
    for (const speaker of ['Duvall', 'clara duval', 'Minister Duvall']) {
      const [top] = answer(index, { command: 'quote', speaker, topic: 'north pier' }).answers;
      expect(top).toMatchObject({ speaker: 'Clara Duvall' });
      expect(top?.text).toContain('north pier');
    }
  });

  it('reads what a quotation answers from the reporter’s question before it', () => {
    const asked = fixtureIndex({
      'depot.txt':
        'Depot attack\n\nA rocket attack hit the Norland fuel depot on Sunday. Police chief Ivo Marr was firm, saying the town “will rebuild” after the attack on the depot, whoever was behind it. Asked who was responsible for the attack, Marr said the police had suspects.\n\n“We are still gathering evidence,” he said.\n',
    });
    const [top] = answer(asked, { command: 'quote', speaker: 'Marr', topic: 'who was behind the attack' }).answers;
    expect(top?.text).toBe('We are still gathering evidence');
  });

  it('gives no quotation for a speaker the corpus does not know', () => {
    expect(answer(index, { command: 'quote', speaker: 'Macron' }).answers).toEqual([]);
  });

  it('gives no quotation for a known speaker and a topic none of their quotes touches', () => {
    expect(answer(index, { command: 'quote', speaker: 'Brenner', topic: 'apple harvest' }).answers).toEqual([]);
  });
});

describe('search and auto', () => {
  it('returns matching passages with their citations, most relevant first', () => {
    const answers = ask('search', 'apple harvest').answers;
    expect(answers.map((a) => a.citations[0]?.file)).toEqual(['orchard.txt', 'orchard.txt']);
    expect(answers[0]?.score).toBeGreaterThanOrEqual(answers[1]?.score ?? 0);
  });

  it('puts the passage with a figure by the question’s words first for "how many"', () => {
    const counted = fixtureIndex({
      'base.txt': 'Tarvo base\n\nSoldiers at the Tarvo base said the Tarvo base soldiers were tired.\n\nThe Tarvo base hosts 400 soldiers.\n',
    });
    expect(answer(counted, { command: 'auto', text: 'how many soldiers are at the Tarvo base?' }).answers[0]?.text).toContain('400 soldiers');
  });

  it('says when another article gives a different figure, and cites it', () => {
    const counted = fixtureIndex({
      'a.txt': 'Flood in Tarvo\n\nThe flood in Tarvo forced 300 families from their homes.\n',
      'b.txt': 'Tarvo flood\n\nThe Tarvo flood drove 450 families from their homes, officials said.\n',
    });
    const [top] = answer(counted, { command: 'search', text: 'how many families did the Tarvo flood force from their homes?' }).answers;
    expect(top?.note).toMatch(/^Sources differ: (300|450) \((a|b)\.txt\) vs (300|450) \((a|b)\.txt\)\.$/);
    expect(top?.alternatives?.[0]?.citations[0]?.file).not.toBe(top?.citations[0]?.file);
  });

  it('routes a plain question and says where it routed it', () => {
    const response = ask('auto', 'what did Brenner say about the cranes?');
    expect(response.routed).toBe('quote');
    expect(response.answers[0]?.speaker).toBe('Tomas Brenner');
  });

  it('answers empty or punctuation-only questions with no answers', () => {
    for (const text of ['', '   ', '?!…', '*'.repeat(6000)]) expect(ask('auto', text).answers).toEqual([]);
  });
});

describe('disagreement', () => {
  const rival = fixtureIndex({
    'a.txt': 'Dam opens in Ostrava\n\nMay 10, 2025\n\nThe Ostrava dam opened on Friday, officials said.\n',
    'b.txt': 'Ostrava dam\n\nMay 12, 2025\n\nThe Ostrava dam opened on Sunday, the operator said.\n',
  });

  it('says when the supporting articles date the event differently, citing each side', () => {
    const [top] = answer(rival, { command: 'when', text: 'When did the Ostrava dam open?' }).answers;
    expect(top?.note).toMatch(/^Sources differ: /);
    expect(new Set([top?.date, ...(top?.alternatives ?? []).map((a) => a.date)])).toEqual(new Set(['2025-05-09', '2025-05-11']));
    expect(new Set([...(top?.citations ?? []), ...(top?.alternatives ?? []).flatMap((a) => a.citations)].map((c) => c.file))).toEqual(new Set(['a.txt', 'b.txt']));
  });

  it('does not flag agreement as disagreement', () => {
    const [top] = answer(index, { command: 'when', text: 'When did the harbour of Veloria reopen?' }).answers;
    expect(top?.note).toBeUndefined();
  });
});

describe('a story described in the asker\'s words', () => {
  const stories = fixtureIndex({
    'mayor.txt': 'Mayor flies to Lisk in show of support\n\nMay 9, 2025\n\nMayor Ana Reyes flew to Lisk on Friday. A second patrol boat was ordered to the harbour before Reyes meets the council.\n',
    'delays.txt': 'Flight delays at Lisk airport\n\nMay 9, 2025\n\nEvery flight to Lisk was delayed on Friday after a storm hit the airport.\n',
  });

  it('still answers from another story when the one its words find holds no answer', () => {
    const response = answer(stories, { command: 'auto', text: 'In the article on her flight to Lisk, what was ordered to the harbour before Reyes meets the council?' });
    expect(response.answers[0]?.citations[0]?.file).toBe('mayor.txt');
  });
});
