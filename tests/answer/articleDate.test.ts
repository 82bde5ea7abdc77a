import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented stories: one datelined without a year, another that names its outlet often.
const index = fixtureIndex({
  'lenz.txt': `Lenz port reopens

LENZ, May 2 (Reuters) – The port of Lenz reopened on Friday after the storm.`,
  'selva.txt': `Selva talks

SELVA, March 4, 2025 (Reuters) – Reuters reporters saw the talks in Selva end, Reuters said, and Reuters photographers left.

(Reporting by Reuters staff; Editing by Ana Lind)`,
});

describe('a story\'s own date', () => {
  it('finds the story that names what the question names, and gives its dateline\'s day when it states no year', () => {
    const [top] = answer(index, { command: 'when', text: 'When was the Reuters report from Lenz filed?' }).answers;
    expect(top?.text).toBe('May 2');
    expect(top?.citations[0]?.file).toBe('lenz.txt');
  });
});

// Invented stories: the outlet named only in a closing line, and a year asked with "come out".
const outlets = fixtureIndex({
  'quay.txt': `Quay repairs begin

March 4, 2025

Workers in Dorran began repairing the quay on Monday, the harbour master said.

Read more exclusive news from Harbour Ledger.`,
  'ferry.txt': `Ferry fares rise

DORRAN, May 2 (Reuters) – Ferry fares in Dorran rose on Friday, the operator said.`,
});

describe('a story asked for by its outlet', () => {
  it('finds the story by the outlet its metadata gives, though no passage names it', () => {
    const [top] = answer(outlets, { command: 'when', text: 'What date was the Harbour Ledger article published?' }).answers;
    expect(top?.date).toBe('2025-03-04');
    expect(top?.citations[0]?.file).toBe('quay.txt');
  });

  it('reads "come out" as publishing, and answers "which year" with the year', () => {
    const [top] = answer(outlets, { command: 'when', text: 'In which year did the Harbour Ledger piece come out?' }).answers;
    expect([top?.text, top?.date]).toEqual(['2025', '2025']);
    expect(answer(outlets, { command: 'when', text: 'When did the Harbour Ledger piece come out?' }).answers[0]?.date).toBe('2025-03-04');
  });
});

// Invented stories: two wire stories, one datelined with a US state's abbreviation.
const states = fixtureIndex({
  'salem.txt': `Salem bridge closes

SALEM, Ore., June 3 (Reuters) – The Salem bridge closed on Monday for repairs, Mayor Ruth Kane said.`,
  'dover.txt': `Dover bridge opens

DOVER, Del., June 5 (Reuters) – The Dover bridge opened on Wednesday, Mayor Tom Hale said.`,
});

describe('a story asked for by its dateline', () => {
  it('knows the state a dateline abbreviates ("Ore." is Oregon)', () => {
    const [top] = answer(states, { command: 'when', text: "what's the dateline date on the Reuters story from Oregon" }).answers;
    expect(top?.text).toBe('June 3');
    expect(top?.citations[0]?.file).toBe('salem.txt');
  });
});

describe('a question asked of one story', () => {
  it('answers from the story it names and from no other', () => {
    const asked = (text: string) => answer(states, { command: 'auto', text }).answers.map((a) => a.text);
    expect(asked("who's the mayor in the Dover story")).toEqual(['Tom Hale']);
    expect(asked('who is the mayor in the Salem article')).toEqual(['Ruth Kane']);
  });
});

describe("a story's section", () => {
  const sections = fixtureIndex({
    'lenz.txt': `Harbour & Port News\n\nLenz port reopens after the storm\n\nLENZ, May 2 (Reuters) – The port of Lenz reopened on Friday after the storm.`,
  });

  it('answers with the section label above the headline, citing the headline', () => {
    const response = answer(sections, { command: 'auto', text: 'what section is the lenz reuters story filed under' });
    expect([response.kind, response.answers[0]?.text, response.answers[0]?.citations[0]?.paragraph]).toEqual(['articleDate', 'Harbour & Port News', 1]);
  });

  it('says nothing for a story whose page gives no section', () => {
    expect(answer(index, { command: 'auto', text: 'which section was the selva story in' }).answers).toEqual([]);
  });
});

describe('an outlet given as the source', () => {
  const told = fixtureIndex({
    'lenz.txt': `Lenz port reopens\n\nLENZ, May 2, 2025 (Reuters) – Ships are back in Lenz.\n\nExplosions rocked the port of Lenz in the early hours of Friday. The harbour master played the incident down.`,
  });

  it("asks of the outlet's story, not of words the coverage reports it said", () => {
    expect(answer(told, { command: 'when', text: 'When were the explosions in Lenz, according to Reuters?' }).answers[0]?.text).toBe('the early hours of Friday');
    expect(answer(told, { command: 'when', text: 'When were the explosions in Lenz, according to the Gazette?' }).answers).toEqual([]);
  });
});

describe("a story's copyright line", () => {
  const owned = fixtureIndex({
    'lenz.txt': `Lenz port reopens after the storm\n\nLENZ, May 2 (Reuters) – The port of Lenz reopened on Friday after the storm.\n\nCopyright 2024 Thomson Reuters.`,
    'selva.txt': `Selva ferry sinks\n\nSELVA, May 3 – A ferry sank off Selva on Saturday.`,
  });

  it('answers who holds it and for what year, citing the headline (the line is no paragraph)', () => {
    const top = (command: 'who' | 'when' | 'auto', text: string) => answer(owned, { command, text }).answers[0];
    expect(top('who', 'who holds the copyright on the Lenz story?')?.text).toBe('Thomson Reuters');
    expect(top('when', 'in which year was the Lenz report copyrighted?')?.text).toBe('2024');
    expect([top('auto', "what's the copyright notice of the Lenz story")?.text, top('auto', "what's the copyright notice of the Lenz story")?.citations[0]?.paragraph]).toEqual(['Copyright 2024 Thomson Reuters.', 1]);
  });

  it('says nothing for a story whose page has no copyright line', () => {
    expect(answer(owned, { command: 'who', text: 'who holds the copyright on the Selva story?' }).answers).toEqual([]);
  });
});

describe("a story's headline", () => {
  it('answers with the headline of the story the question describes', () => {
    const response = answer(index, { command: 'auto', text: "what's the headline on the reuters story from lenz" });
    expect([response.kind, response.answers[0]?.text, response.answers[0]?.citations[0]?.file]).toEqual(['articleDate', 'Lenz port reopens', 'lenz.txt']);
    expect(answer(index, { command: 'auto', text: 'hey whats the title of the selva piece' }).answers[0]?.text).toBe('Selva talks');
  });
});
