import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage: one saying told to reporters, one whose attribution names no listener.
const index = fixtureIndex({
  'port.txt': `Envoy speaks on the port

May 9, 2025

“The port will stay open to every ship,” envoy Mara Quill told reporters as she left Lenz.

“The ferries will run on time,” harbour master Piet Rook said.`,
});
const who = (text: string) => answer(index, { command: 'who', text }).answers.map((a) => a.text);

describe('whom someone told', () => {
  it('answers "who did X tell that Y" and "to whom did X say Y" with the listener the attribution names', () => {
    expect(who('Who did Quill tell that the port would stay open to every ship?')).toEqual(['reporters']);
    expect(who('To whom did Mara Quill say the port will stay open?')).toEqual(['reporters']);
  });

  it('answers nothing when the attribution names no listener', () => {
    expect(who('who did Rook tell that the ferries will run on time')).toEqual([]);
  });
});
