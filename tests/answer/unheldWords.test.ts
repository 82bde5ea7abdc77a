import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { withoutUnheldWords } from '../../src/answer/unheldWords.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage of a dock strike: what it writes, and what an asker's own words around it may not.
const index = fixtureIndex({
  'strike.txt': `Dock strike in Selva

May 6, 2025

SELVA (Reuters) – Mira Lopez, head of the Selva dockworkers union, called a strike at the port on Monday.

The harbour authority said ferries to Lenz would run as usual.`,
});

describe('withoutUnheldWords: the question without the words no passage holds', () => {
  it('leaves out an asker’s own words outside the clause that asks', () => {
    expect(withoutUnheldWords(index, 'my synthesizer mangles names. The dockworkers union head who called the strike in Selva, who is she?')).toBe('my . The dockworkers union head who called the strike in Selva, who is she?');
  });

  it('leaves out a noun that only says the kind of answer, not a verb of the same spelling', () => {
    expect(withoutUnheldWords(index, 'Which individual called the strike at the Selva port?')).toBe('Which called the strike at the Selva port?');
    expect(withoutUnheldWords(index, 'When did the union name a successor at the Selva port?')).toBeUndefined();
  });

  it('keeps the clause that asks whole: what it asks for may be what the coverage does not tell', () => {
    expect(withoutUnheldWords(index, 'Who was the pilot that flew the union head to the Selva port?')).toBeUndefined();
    expect(withoutUnheldWords(index, 'For my glossary: who was the pilot at the Selva port strike?')).toBe('For my : who was the pilot at the Selva port strike?');
  });

  it('asks nothing again when the clause that asks is too short to say what it is about, or there is none', () => {
    expect(withoutUnheldWords(index, 'Selva port strike, my glossary entry — date?')).toBeUndefined();
    expect(withoutUnheldWords(index, 'Selva port strike for my glossary.')).toBeUndefined();
  });
});

describe('a question asked again without its unheld words', () => {
  it('answers what the coverage tells once the asker’s own words are left out', () => {
    const response = answer(index, { command: 'who', text: 'my synthesizer mangles names every single time. The union head whose strike call shut the Selva port, who is she?' });
    expect(response.answers[0]?.text).toBe('Mira Lopez');
    expect(response.answers[0]?.citations[0]?.file).toBe('strike.txt');
    expect(response.query).toContain('synthesizer');
  });

  it('still answers nobody for someone the coverage does not cover', () => {
    const response = answer(index, { command: 'who', text: 'my synthesizer mangles names every single time. Who was the pilot that flew the union head to the Selva port?' });
    expect(response.answers).toEqual([]);
  });
});
