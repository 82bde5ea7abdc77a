import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { askedTitle, workAuthorAnswers } from '../../src/answer/workAuthor.ts';
import { fixtureIndex } from './fixtureIndex.ts';

const index = fixtureIndex({
  'epics.txt': `Epics of the coast

Much of the coast's writing is history and war. The most read works include Tor Vale's The Art of Tides (a treatise on the sea) and Orm Lind's Harbour Songs.

Kavandi's Shahrnama, the national epic of Kessia, is a heroic retelling of its history, as is the later Amir Lusan.

Sea songs shaped the coast's verse, including "Low Water" by Ansel Brook (1964).`,
});

const who = (text: string) => answer(index, { command: 'who', text }).answers[0]?.text;

describe('the name a work is given to ("Ferdowsi\'s Shahnameh")', () => {
  it.each([
    ['Who wrote The Art Of Tides?', 'Tor Vale'],
    ['Who wrote Harbour Songs?', 'Orm Lind'],
    ['Who wrote Shahrnama?', 'Kavandi'],
    ['Who wrote "Low Water"?', 'Ansel Brook'],
  ])('answers %j with the name whose possessive stands before the title, or "by" gives after it', (question, expected) => {
    expect(who(question)).toBe(expected);
  });

  it('reads a title only where the question writes one with a capital', () => {
    expect(askedTitle('Who wrote the national epic of Kessia?')).toBeUndefined();
    expect(askedTitle('Who wrote "Harbour Songs"?')).toBe('Harbour Songs');
  });

  it('gives no name where no possessive stands before the title', () => {
    expect(workAuthorAnswers(index, 'Who wrote The Coast?')).toEqual([]);
  });
});
