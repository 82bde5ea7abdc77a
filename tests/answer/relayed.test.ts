import { describe, expect, it } from 'vitest';
import { relayedAsked } from '../../src/answer/relayed.ts';
import { parseQuestion } from '../../src/answer/question.ts';

describe('relayedAsked: a question asked on someone else\'s behalf', () => {
  it.each<[string, string]>([
    // What they remember is the remark; the courtesy and the need ask nothing more than the question.
    ['A patron recalls that the harbour master closed the pier after the storm. She\'d like his name, please. Could you tell me who that was?', 'The harbour master closed the pier after the storm. who was that?'],
    // A story that tells something: what it tells, in that story.
    ['A patron remembers a Gazette piece from Porto in which the mayor said the ferries would resume. She\'d like his name. Could you tell me who that was?', 'In the Gazette piece from Porto, the mayor said the ferries would resume. who was that?'],
    // The thing remembered stands whole where the question names it again ("that fire").
    ['My patron remembers a fire at a depot that destroyed two ferries. Could you tell me when that fire broke out?', 'when the fire at a depot that destroyed two ferries broke out?'],
    // "it" for the one thing remembered.
    ['A patron recalls a story datelined Porto about the ferry strike. Which news outlet ran it, please?', 'Which news outlet ran the story datelined Porto about the ferry strike?'],
    // "is trying to pin down when X": X is the remark, the question after it asks.
    ['A patron is trying to pin down when the storm hit Porto. When was it, according to the story?', 'The storm hit Porto. When was it, according to the story?'],
    // With no question after it, "trying to pin down when X" is the question.
    ['My patron is trying to pin down when the ferry sank.', 'when the ferry sank?'],
    // The story they read or cite is the story asked of; "that story" is it.
    ['A patron reading the Porto story recalls that the strike began after the storm. When did the strike begin, according to that story?', 'The strike began after the storm. When did the strike begin, according to the Porto story?'],
    ['My patron needs the reporters\' names on the Gazette story about the ferry strike. Who is credited with the reporting?', 'Who is credited with the reporting, in the Gazette story about the ferry strike?'],
    // What they cannot remember asks nothing; a label before the question neither.
    ['A gentleman at the desk recalls that a captain was arrested in Porto. He can\'t recall the name; who was the captain, according to the coverage?', 'A captain was arrested in Porto. who was the captain, according to the coverage?'],
    // A specific question wins over a bare "who was it?" after it.
    ['A patron recalls an engineer warning that the pier would fail. She\'d like to know who the engineer was. Who was it?', 'who was the engineer warning that the pier would fail?'],
  ])('%s', (asked, relayed) => {
    expect(relayedAsked(asked)).toBe(relayed);
  });

  it('leaves questions asked for nobody else as they are', () => {
    for (const asked of ['Who closed the pier in Porto?', 'The reader comments were closed. Who closed them?', 'Please tell me when the storm hit.', 'My editor', 'who is the patron saint of Porto?']) expect(relayedAsked(asked)).toBe(asked);
  });

  it('is read by the question stage as the remark and question it gives', () => {
    // "who was he?" after a remark whose subject is a definite description asks which one it is.
    expect(parseQuestion({ command: 'who', text: 'My patron remembers reading that the chief engineer of the port was arrested in Lenz. Could you tell me who he was?' })).toMatchObject({ text: 'which chief engineer of the port was arrested in Lenz?' });
  });
});
