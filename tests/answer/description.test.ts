import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage: a militia named with its kind, an island the tagger may not know as a place, a person.
const index = fixtureIndex({
  'strait.txt': `Norland warns militias over the strait

LENZ, May 9 (Reuters) – Norland's navy seized a boat of the Acme-backed Sarn near the strait on Friday, envoy Piet Rook said.

The attack came after the killing of a commander of the coastal militia Sarn last week, the navy said.

Rook spoke on the quiet northern island of Vessa, where the harbour ministers met.`,
  'talks.txt': `Talks on the strait

OSLO, May 10 (Reuters) – Envoy Piet Rook said talks with the Sarn would go on.

Rook met the Sarn's envoys in Oslo. The boat belongs to Tarvo Shipping Corp, the state ferry company, which wants it back.`,
});
const ask = (text: string) => answer(index, { command: 'auto', text });

describe('how the coverage describes a name', () => {
  it('answers "how does the story describe X" with the words around the name, cited', () => {
    const response = ask('how does the Lenz story describe the Sarn?');
    expect(response.kind).toBe('description');
    expect(response.answers.map((a) => a.text)).toEqual(expect.arrayContaining(['Acme-backed Sarn', 'coastal militia Sarn']));
    expect(response.answers[0]?.citations[0]?.file).toBe('strait.txt');
  });

  it('answers "what kind of group is X" the same way, and "what is X" for a name the corpus knows (an appositive after it)', () => {
    expect(ask('what kind of group is the Sarn?').answers.map((a) => a.text)).toContain('coastal militia Sarn');
    expect(ask('what is Tarvo Shipping Corp').answers[0]?.text).toBe('Tarvo Shipping Corp, the state ferry company');
  });

  it('answers "where is X" with an "of" phrase, even for a place the tagger does not know', () => {
    expect(ask('where even is vessa?').answers[0]?.text).toBe('quiet northern island of Vessa');
  });

  it('answers "where is <person>" as a place question and "how is <person> described" with the profile', () => {
    expect(ask('where is Rook').answers[0]?.text).not.toMatch(/Rook/);
    expect(ask('how is Piet Rook described?').kind).toBe('description');
    expect(ask('how is Piet Rook described?').answers[0]?.text).toMatch(/^Piet Rook/);
  });

  it('says nothing when the coverage gives the name no description', () => {
    expect(ask('what is Oslo').answers).toEqual([]);
  });
});

describe('descriptions an outlet, a bracketed short name or a compound gives', () => {
  // Invented: an outlet the question stage does not know, a council named in full with its short name, a town by a compound.
  const harbour = fixtureIndex({
    'harbour.txt': `Harbour towns meet

May 9, 2025

Ministers of the Harbour Council of Nine (HC9) coastal democracies met in Lenz, in Norland-populated Kessia.

Read more exclusive news from Tide Report.`,
  });
  const ask = (text: string) => answer(harbour, { command: 'auto', text });

  it('reads "how does <an outlet of the corpus> describe X" as a description question', () => {
    const response = ask('how does tide report describe kessia');
    expect(response.kind).toBe('description');
    expect(response.answers[0]?.text).toBe('Norland-populated Kessia');
  });

  it('describes a name written in brackets after its full name, asked with a kind noun after it', () => {
    expect(ask('how does the harbour story describe the HC9 countries').answers[0]?.text).toBe('coastal democracies');
  });
});

describe('where a group is from', () => {
  // Invented: a militia described by a real country's demonym (its spelling is general English); the country is named elsewhere.
  const militia = fixtureIndex({
    'sarn.txt': `Strait raid

May 9, 2025

The killing of a commander of the Lebanese group Sarn raised fears in Lenz.

The raid was planned in Lebanon, officials in Norland said.`,
  });
  const top = (command: 'who' | 'auto', text: string) => answer(militia, { command, text }).answers[0]?.text;

  it('answers with the country its description names by demonym ("Lebanese" → Lebanon), asked either way round', () => {
    expect(top('auto', 'where is the sarn from')).toBe('Lebanon');
    expect(top('who', 'sarn is from where, going by the strait story')).toBe('Lebanon');
  });
});

describe('which country a place is in', () => {
  // Invented: an island described by a real country's demonym, a base by where it lies.
  const coast = fixtureIndex({
    'isle.txt': `Ministers meet on Vessa

May 9, 2025

Ministers met on the southern Italian island of Vessa on Friday, Italy's foreign ministry said.

Rockets struck the Orlan air base in western Chile on Monday.`,
  });
  const top = (command: 'who' | 'auto', text: string) => answer(coast, { command, text }).answers[0]?.text;

  it('answers with the country its description names, by demonym or by name', () => {
    expect(top('who', 'which country is Vessa in?')).toBe('Italy');
    expect(top('auto', 'what country is the Orlan air base located in')).toBe('Chile');
  });

  it('never answers with the place asked about, which its description names too', () => {
    const city = fixtureIndex({ 'kirkuk.txt': 'Fighting spreads\n\nMay 9, 2025\n\nFighting spread across Kurdish-populated Kirkuk on Monday.\n\nKirkuk was quiet by Tuesday.' });
    expect(answer(city, { command: 'who', text: 'which country is Kirkuk in?' }).answers).toEqual([]);
  });
});

