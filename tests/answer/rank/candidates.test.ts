import { describe, expect, it } from 'vitest';
import { answerText, candidatesIn } from '../../../src/answer/rank/candidates.ts';
import { fixtureIndex } from '../fixtureIndex.ts';

// Invented coverage: a sentence that opens with a time expression before its actor.
const index = fixtureIndex({
  'harbour.txt': `Harbour inquiry widens

March 9, 2025

Last week the coast guard joined Tessby police to investigate a series of fires at the harbour. Last Friday Maren Holt said the fires were set.`,
});

const whoCandidates = (): string[] => {
  const passage = [...index.allPassages()].find((p) => p.text.includes('coast guard'))!;
  return candidatesIn(index, passage, 'who').map((c) => c.text);
};

describe('who candidates', () => {
  it('never offers a time expression as an actor, however it is capitalised', () => {
    const texts = whoCandidates();
    expect(texts.some((t) => /last week|last friday/i.test(t))).toBe(false);
    expect(texts).toContain('Maren Holt');
  });
});

describe('who candidates: names, not what modifies them', () => {
  // Invented coverage: a demonym before a title and a name, and a title that opens with a joiner.
  const works = fixtureIndex({
    'lenz.txt': `Lenz aqueduct

March 9, 2025

The aqueduct was designed by the Norlandic engineer Ivo Brandt, who described it in De aquis. In May the town of Tessby sued Lenz over the water.`,
  });
  const texts = (): string[] => {
    const passage = [...works.allPassages()].find((p) => p.text.includes('aqueduct was'))!;
    return candidatesIn(works, passage, 'who').map((c) => c.text);
  };

  it('offers the name after a title, not the capitalised word before the title', () => {
    expect(texts()).toContain('Ivo Brandt');
    expect(texts()).not.toContain('Norlandic');
  });

  it('never offers a joiner alone ("De" of "De aquis")', () => {
    expect(texts()).not.toContain('De');
  });

  it('keeps a name before a verb ("Tessby sued Lenz")', () => {
    expect(texts()).toContain('Tessby');
  });
});

describe('who candidates: names where a sentence or a preposition hides them', () => {
  // Invented coverage: names the extraction may leave untyped, at a sentence's start and after prepositions.
  const mills = fixtureIndex({
    'mills.txt': `Tidal mills

March 9, 2025

Verlaine (1991) surveyed the tidal mills of the coast. Ostrander's loom changed weaving in the valley. Rockets lit the harbour at night. The revival is credited to Harbour Weekly, according to Tessby Guild. In 1998 Quillon Mercer reopened the last mill. Mercer sold it in 2001.`,
  });
  const texts = (): string[] => {
    const passage = [...mills.allPassages()].find((p) => p.text.includes('Verlaine'))!;
    return candidatesIn(mills, passage, 'who').map((c) => c.text);
  };

  it('offers a one-word name that opens a sentence when brackets follow it or it is a possessive', () => {
    expect(texts()).toContain('Verlaine');
    expect(texts()).toContain("Ostrander's");
  });

  it('answers with a possessive name as the name ("Ostrander" of "Ostrander\'s loom")', () => {
    const passage = [...mills.allPassages()].find((p) => p.text.includes('Verlaine'))!;
    const possessive = candidatesIn(mills, passage, 'who').find((c) => c.text === "Ostrander's")!;
    expect(answerText(possessive)).toBe('Ostrander');
    expect(answerText(candidatesIn(mills, passage, 'who').find((c) => c.text === 'Quillon Mercer')!)).toBe('Quillon Mercer');
  });

  it('offers a one-word name that opens a sentence when the passage writes it inside a name', () => {
    const passage = [...mills.allPassages()].find((p) => p.text.includes('Verlaine'))!;
    const opening = candidatesIn(mills, passage, 'who').filter((c) => c.start === 0).map((c) => c.text);
    expect(opening).toContain('Mercer');
  });

  it('still offers no word capitalised only for opening its sentence', () => {
    expect(texts()).not.toContain('Rockets');
  });

  it('offers a name after "to" (whom something went to or came from), and after a preposition\'s own object', () => {
    expect(texts()).toContain('Harbour Weekly');
    expect(texts()).toContain('Tessby Guild');
    expect(texts()).toContain('Quillon Mercer');
  });
});

describe('when candidates', () => {
  // Invented coverage: a year joined to its modifier by a hyphen, and a three-digit year before "that".
  const ferries = fixtureIndex({
    'ferries.txt': `Ferry history

March 9, 2025

Beginning in mid-2007, four ferries carried bicycles across the strait. The chronicler Ambrus wrote in 845 that the strait froze.`,
  });
  const texts = (): string[] => {
    const passage = [...ferries.allPassages()].find((p) => p.text.includes('ferries carried'))!;
    return candidatesIn(ferries, passage, 'when').map((c) => c.text);
  };

  it('offers the year a hyphen joins to "mid", "early" or "late" on its own', () => {
    expect(texts()).toContain('2007');
  });

  it('offers a three-digit year after "in" that a clause follows', () => {
    expect(texts()).toContain('845');
  });
});
