import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { asCorpusSpells, withAcronyms, withClosedCompounds, withTyposUndone } from '../../src/answer/spelling.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented: the coverage writes the acronyms, and "al" as a word of a name.
const index = fixtureIndex({
  'blame.txt': `Kenya blames Washington

May 5, 2025

Kenya has blamed the U.S. for a role in the sinking of the ferry Arden, citing radar records.

The UN said its envoy would visit the port of al Ribat next week.

A rocket attack on the Ribat airbase wounded two guards on Sunday, the UN said.`,
  'condemn.txt': `Sinking condemned

May 6, 2025

The United States condemned the sinking of the Arden on Monday.`,
  'raids.txt': `Raids on the border road

May 7, 2025

Lenz has seen tit-for-tat raids on the cross-border road since March.`,
});

describe('a name the coverage writes as its acronym', () => {
  it('writes the name as the acronym the corpus uses, dotted or not', () => {
    expect(withAcronyms(index, 'Who blamed the United States for the sinking?')).toBe('Who blamed the U.S. for the sinking?');
    expect(withAcronyms(index, 'When will the United Nations envoy visit?')).toBe('When will the UN envoy visit?');
  });

  it('leaves names alone whose initials the corpus writes only in lower case or not at all', () => {
    expect(withAcronyms(index, 'Who met Anna Lind in the harbour?')).toBeUndefined();
    expect(withAcronyms(index, 'Who blamed the European Union?')).toBeUndefined();
  });

  it('writes the acronym only where passages that use it cover more of the question than the name in full does', () => {
    expect(asCorpusSpells(index, 'Who has blamed the United States for a role in the sinking?')).toBe('Who has blamed the U.S. for a role in the sinking?');
    expect(asCorpusSpells(index, 'When did the United States condemn the sinking?')).toBeUndefined();
  });

  it('writes two words as the one the corpus writes for them, where that covers more of the question', () => {
    expect(withClosedCompounds(index, 'Who attacked the Ribat air base?')).toBe('Who attacked the Ribat airbase?');
    expect(withClosedCompounds(index, 'Who visited the port base?')).toBeUndefined();
    expect(asCorpusSpells(index, 'When was the rocket attack on the Ribat air base?')).toBe('When was the rocket attack on the Ribat airbase?');
  });

  it('writes two or three words as the corpus hyphenates them', () => {
    expect(withClosedCompounds(index, 'since when have there been tit for tat raids')).toBe('since when have there been tit-for-tat raids');
    expect(withClosedCompounds(index, 'who closed the cross border road')).toBe('who closed the cross-border road');
    expect(withClosedCompounds(index, 'who saw the tit and the tat')).toBeUndefined();
    expect(answer(index, { command: 'when', text: 'since when have there been tit for tat raids in Lenz?' }).answers[0]?.text).toBe('March');
  });

  it('writes a word the corpus never writes, but writes with two letters in turn swapped, as the corpus does', () => {
    expect(withTyposUndone(index, 'who was wonuded in the rocket attack')).toBe('who was wounded in the rocket attack');
    expect(withTyposUndone(index, 'who was wounded in the rocket attack')).toBeUndefined();
  });

  it('undoes a doubled letter typed once or a letter typed twice, and a common word with a letter dropped', () => {
    expect(withTyposUndone(index, 'who was wounded in the rocket atack')).toBe('who was wounded in the rocket attack');
    expect(withTyposUndone(index, 'when will the UN envooy visit')).toBe('when will the UN envoy visit');
    expect(withTyposUndone(index, 'has Kenya alredy blamed the U.S.')).toBe('has Kenya already blamed the U.S.');
  });

  it('leaves a word the corpus does not write that one letter more or less would make another word', () => {
    expect(withTyposUndone(index, 'who blamed the Kenyan envoy')).toBeUndefined();
    expect(withTyposUndone(index, 'which outlet reported the sinking')).toBeUndefined();
  });

  it('answers a question that spells the name out from a sentence with the acronym', () => {
    const [top] = answer(index, { command: 'who', text: 'Who has blamed the United States for playing a part in the sinking of the Arden?' }).answers;
    expect(top?.text).toBe('Kenya');
  });
});
