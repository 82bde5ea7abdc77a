import { describe, expect, it } from 'vitest';
import { candidatesIn } from '../../../src/answer/rank/candidates.ts';
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
