import { describe, expect, it } from 'vitest';
import { codeSwitchedAsked } from '../../src/answer/codeSwitched.ts';

describe('codeSwitchedAsked: French or Spanish function words, read in English', () => {
  it.each<[string, string]>([
    ['The ferry fire in Porto — quand, d’après the Gazette?', 'The ferry fire in Porto — when, according to the Gazette?'],
    ['when did the port close, selon la dépêche Reuters from Lenz?', 'when did the port close, according to the Reuters story from Lenz?'],
    ['Mira, en la nota de Lenz, who closed the port?', 'in the Lenz story, who closed the port?'],
    ['¿Cuándo? When did the storm hit Lenz, según the Gazette?', '¿when? When did the storm hit Lenz, according to the Gazette?'],
    ['the harbour strike — à quelle date, s’il vous plaît?', 'the harbour strike — on what date?'],
  ])('%s', (typed, read) => {
    expect(codeSwitchedAsked(typed)).toBe(read);
  });

  it('leaves names and English words alone', () => {
    for (const typed of ['Who is Mira Lopez?', 'when did the Dans Group quit?', 'who wrote the nota bene in the Gazette story?']) expect(codeSwitchedAsked(typed)).toBe(typed);
  });
});
