import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { parseQuestion } from '../../src/answer/question.ts';
import { possessorAnswers } from '../../src/answer/possessor.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage: a summit that condemned one country's raid while another's is denied nearby.
const index = fixtureIndex({
  'summit.txt': `Ministers meet on Vessa

June 3, 2025

Foreign ministers of the Delta League met on the island of Vessa on Friday to discuss the crisis in the north.

Envoy Mara Quill spoke for the league at the end of the meeting, which produced a condemnation of the Iraqi raid.

Quill did not confirm a reported raid by Ostland on the port of Lisk and said the league was not involved.

Iraq has not commented on the raid.

League troops are in the region to help prevent the resurgence of the Red Banner, Quill said.`,
});
const who = (text: string) => answer(index, { command: 'who', text });

describe('whose', () => {
  it('reads the noun a possessor is asked for', () => {
    expect(parseQuestion({ command: 'who', text: 'Whose raid did the ministers condemn?' })).toMatchObject({ kind: 'eventActor', possessed: 'raid' });
    expect(parseQuestion({ command: 'who', text: "whose 'very strong message' did she repeat" })).toMatchObject({ possessed: 'very strong message' });
    // "whose leader" asks for the body the leader heads, as its own rule reads it.
    expect(parseQuestion({ command: 'who', text: 'whose leader was killed in Lisk' })).not.toHaveProperty('possessed');
  });

  it("answers with the noun's possessor in the sentence that tells the question's act, a demonym naming its country", () => {
    const response = who('Whose raid did the Delta League foreign ministers meeting on Vessa condemn?');
    expect(response.answers[0]?.text).toBe('Iraq');
    expect(response.answers[0]?.citations[0]?.excerpt).toContain('condemnation of the Iraqi raid');
  });

  it('answers with the name after the noun\'s "of"', () => {
    expect(who('Name the group whose resurgence league troops are there to help prevent.').answers[0]?.text).toBe('Red Banner');
  });
});

describe('whose, by "from"', () => {
  // Invented: a silence told as coming from a country, and an attack told "by" another in a quotation.
  const silent = fixtureIndex({
    'port.txt': `Blasts in Lisk

June 3, 2025

Blasts rocked the port of Lisk before dawn. The silence from Spain on the blasts added to the intrigue.

"The raid by Norland reminded us of old wars," an analyst said.`,
  });

  it('answers "whose silence" with the country the silence is from', () => {
    const text = 'Whose silence about the Lisk blasts added to the intrigue?';
    expect(possessorAnswers(silent, { text, possessed: 'silence' }).map((found) => found.text)).toEqual(['Spain']);
    expect(answer(silent, { command: 'who', text }).answers[0]?.text).toBe('Spain');
  });
});
