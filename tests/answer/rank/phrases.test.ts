import { describe, expect, it } from 'vitest';
import { nounPhrases } from '../../../src/answer/rank/phrases.ts';
import { tokenize } from '../../../src/answer/evidence.ts';

/** The phrases of a sentence as text. */
function phrasesOf(sentence: string): string[] {
  const tokens = tokenize(sentence);
  return nounPhrases(sentence, tokens).map(([start, end]) => sentence.slice(tokens[start]!.offset, tokens[end]!.offset + tokens[end]!.word.length));
}

describe('noun phrases', () => {
  it.each([
    ['The monks built the western towers.', ['monks', 'western towers']],
    ['The mutiny killed the head of the armed forces.', ['mutiny', 'head', 'head of the armed forces', 'armed forces']],
    ['It is served by users and small businesses.', ['users', 'users and small businesses', 'small businesses']],
    ['Rebels fought opposition parties, and the army arrived.', ['Rebels', 'opposition parties', 'army']],
    ['Secretary Ann Lee said averting escalation mattered.', ['Secretary Ann Lee', 'averting escalation']],
    // After a modal the lower-case word is a verb: no phrase starts there, the object's own does.
    ['The envoy will offer further naval support.', ['envoy', 'further naval support']],
  ])('reads the phrases of %j without their determiners', (sentence, expected) => {
    expect(phrasesOf(sentence)).toEqual(expected);
  });

  it('keeps a participle after a determiner ("the embarked admiral") but ends no phrase on a verb', () => {
    expect(phrasesOf('It was built for the embarked admiral.')).toEqual(['embarked admiral']);
    expect(phrasesOf('Local farmers objected.')).toEqual(['Local farmers']);
  });

  it('leaves out a number alone, which is a time or a count', () => {
    expect(phrasesOf('The church was finished in 1931.')).toEqual(['church']);
  });

  it('does not cross punctuation', () => {
    expect(phrasesOf('Its founders, the monks of Cluny, left.')).toEqual(['founders', 'monks', 'monks of Cluny', 'Cluny']);
  });
});
