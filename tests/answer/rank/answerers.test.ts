import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/types.ts';
import { DISPUTE_FROM, DISPUTE_NAMED_FROM, NAMED_ENTITY_FROM, NAMED_FROM, NAMED_WRITTEN_FROM, RANKED_TIME_FROM, SETTLED_TIME_FROM, disputedBy, inOrderAsked, orNamed, orRankedTime, orSettledTime, restatesTime, surerOf } from '../../../src/answer/rank/answerers.ts';
import { answer } from '../../../src/answer/answer.ts';
import { fixtureIndex } from '../fixtureIndex.ts';
import type { RankedAnswers } from '../../../src/answer/rank/rank.ts';

/** An answer as the ranker or the rules give it, cited to an invented article. */
const said = (text: string, score?: number): Answer => ({ text, ...(score === undefined ? {} : { score }), citations: [{ file: 'harbour.txt', paragraph: 2, excerpt: `${text} rebuilt the harbour wall.` }] });

/** The ranker's answers, every one grounded in the question. */
function ranked(...answers: Answer[]): RankedAnswers {
  return { all: answers, grounded: answers, settled: answers, named: answers };
}

const QUESTION = 'Who rebuilt the harbour wall of Tessby?';

/** The invented article the answers cite; its headline names no one. */
const harbour = fixtureIndex({ 'harbour.txt': 'Harbour wall rebuilt\n\nMay 2, 2025\n\nMaren Holt rebuilt the harbour wall of Tessby, Ivo Brandt said.\n' });

describe('the ranker disputing the rules\' actor', () => {
  it('stands instead of the rules when it scores their actor lower than its own best', () => {
    const ranker = ranked(said('Maren Holt', 0.45), said('Ivo Brandt', 0.1));
    expect(disputedBy(harbour, ranker, [said('Ivo Brandt')], QUESTION)?.[0]?.text).toBe('Maren Holt');
  });

  it('stands when it does not weigh the rules\' actor at all', () => {
    expect(disputedBy(harbour, ranked(said('Maren Holt', 0.45)), [said('Harbour Board')], QUESTION)?.[0]?.text).toBe('Maren Holt');
  });

  it('leaves the rules when it agrees with them', () => {
    const ranker = ranked(said('Maren Holt', 0.45), said('Ivo Brandt', 0.3));
    expect(disputedBy(harbour, ranker, [said('Maren Holt')], QUESTION)).toBeUndefined();
    expect(disputedBy(harbour, ranked(said('Holt', 0.45), said('Ivo Brandt', 0.3)), [said('Maren Holt')], QUESTION)).toBeUndefined();
  });

  it('gives the whole span where the rules cut the same actor short', () => {
    expect(disputedBy(harbour, ranked(said('Maren Holt and Ivo Brandt', 0.45)), [said('Ivo Brandt')], QUESTION)?.[0]?.text).toBe('Maren Holt and Ivo Brandt');
  });

  it('disputes with an answer grounded in the names alone only from its own, higher probability', () => {
    const byNames = (score: number): RankedAnswers => ({ ...ranked(), all: [said('Maren Holt', score)], named: [said('Maren Holt', score)] });
    expect(disputedBy(harbour, byNames(DISPUTE_NAMED_FROM), [said('Ivo Brandt')], QUESTION)?.[0]?.text).toBe('Maren Holt');
    expect(disputedBy(harbour, byNames(DISPUTE_NAMED_FROM - 0.01), [said('Ivo Brandt')], QUESTION)).toBeUndefined();
  });

  it('reads agreement word by word: "Brandt" is not in "Brandtmoor Yard"', () => {
    const ranker: RankedAnswers = { ...ranked(said('Maren Holt', 0.45)), all: [said('Brandtmoor Yard', 0.5), said('Maren Holt', 0.45)] };
    expect(disputedBy(harbour, ranker, [said('Brandt')], QUESTION)?.[0]?.text).toBe('Maren Holt');
  });

  it('leaves the rules when it is unsure', () => {
    expect(disputedBy(harbour, ranked(said('Maren Holt', DISPUTE_FROM - 0.01)), [said('Ivo Brandt')], QUESTION)).toBeUndefined();
  });

  it('does not put forward a name the question writes, or a lowercase phrase', () => {
    expect(disputedBy(harbour, ranked(said('Tessby council', 0.6)), [said('Ivo Brandt')], QUESTION)).toBeUndefined();
    expect(disputedBy(harbour, ranked(said('workers', 0.6)), [said('Ivo Brandt')], QUESTION)).toBeUndefined();
  });

  it('puts forward a lowercase phrase that ends with a name, but not one that only describes the rules\' actor, names within, or counts', () => {
    expect(disputedBy(harbour, ranked(said('former mayor Maren Holt', 0.45)), [said('Harbour Board')], QUESTION)?.[0]?.text).toBe('former mayor Maren Holt');
    expect(disputedBy(harbour, ranked(said('former mayor Maren Holt', 0.45)), [said('Maren Holt')], QUESTION)).toBeUndefined();
    expect(disputedBy(harbour, ranked(said('director of the Lenz program', 0.45)), [said('Ivo Brandt')], QUESTION)).toBeUndefined();
    expect(disputedBy(harbour, ranked(said('five Norland', 0.45)), [said('Ivo Brandt')], QUESTION)).toBeUndefined();
  });

  it('puts forward a demonym\'s plural ("Europeans"), the people, but not the adjective ("European"), which stands for its country', () => {
    expect(disputedBy(harbour, ranked(said('Europeans', 0.45)), [said('Tessby Coast')], QUESTION)?.[0]?.text).toBe('Europeans');
    expect(disputedBy(harbour, ranked(said('European', 0.45)), [said('Tessby Coast')], QUESTION)).toBeUndefined();
  });

  it('reads only naming words as the question\'s own: "and" or "of" shared with it says nothing', () => {
    expect(disputedBy(harbour, ranked(said('Maren Holt and Ivo Brandt', 0.45)), [said('Harbour Board')], 'Who rebuilt the wall and the pier of Tessby?')?.[0]?.text).toBe('Maren Holt and Ivo Brandt');
  });

  it('leaves a description the rules chose ("the harbour board"), their reading of a news convention', () => {
    expect(disputedBy(harbour, ranked(said('Maren Holt', 0.45)), [said('the harbour board')], QUESTION)).toBeUndefined();
    expect(disputedBy(harbour, ranked(said('Maren Holt', 0.45)), [said('A Tessby-backed crew')], QUESTION)).toBeUndefined();
  });

  it('does not dispute with the subject the cited story\'s headline names', () => {
    const profile = fixtureIndex({ 'harbour.txt': 'Maren Holt on the harbour\n\nMay 2, 2025\n\nMaren Holt said the harbour wall of Tessby was rebuilt by Ivo Brandt.\n' });
    expect(disputedBy(profile, ranked(said('Maren Holt', 0.45)), [said('Ivo Brandt')], QUESTION)).toBeUndefined();
    expect(disputedBy(harbour, ranked(said('Maren Holt', 0.45)), [said('Ivo Brandt')], QUESTION)?.[0]?.text).toBe('Maren Holt');
  });

  it('has nothing to dispute when the rules answer nothing or the ranker names no one', () => {
    expect(disputedBy(harbour, ranked(said('Maren Holt', 0.45)), [], QUESTION)).toBeUndefined();
    expect(disputedBy(harbour, ranked(), [said('Ivo Brandt')], QUESTION)).toBeUndefined();
  });
});

describe('which of the ranker\'s answers stands before the rules', () => {
  const rules = (): Answer[] => [said('the rules\' answer')];
  const first = { settled: 0.1, any: 1.01 };

  it('lets a settled answer stand when it is the ranker\'s best', () => {
    const best = said('1994', 0.4);
    expect(surerOf({ all: [best], grounded: [best], settled: [best], named: [best] }, first, 0.05, rules)[0]?.text).toBe('1994');
  });

  it('asks the rules when an unsettled answer ("last week") ranks above the settled one', () => {
    const week = said('Last week', 0.39);
    const year = said('1994', 0.23);
    expect(surerOf({ all: [week, year], grounded: [week, year], settled: [year], named: [week, year] }, first, 0.05, rules)[0]?.text).toBe('the rules\' answer');
  });
});

describe('an actor grounded in the names alone', () => {
  // Invented: a story whose headline names its subject, and two other people it names.
  const index = fixtureIndex({
    'harbour.txt': 'Maren Holt opens the Tessby harbour\n\nMay 2, 2025\n\nMayor Maren Holt opened the rebuilt harbour wall of Tessby on Friday. The engineer Ivo Brandt drew the plans, and the banker Ada Lund paid for the stone.\n',
  });
  const named = (text: string, score: number): Answer => ({ ...said(text, score), citations: [{ file: 'harbour.txt', paragraph: 2, excerpt: '' }] });
  const ranker = (...answers: Answer[]) => ({ all: answers, grounded: [], settled: [], named: answers });

  it('answers with a person the corpus knows from NAMED_ENTITY_FROM, anything else from NAMED_FROM', () => {
    expect(orNamed(index, [], ranker(named('Ivo Brandt', NAMED_ENTITY_FROM)))[0]?.text).toBe('Ivo Brandt');
    expect(orNamed(index, [], ranker(named('Ivo Brandt', NAMED_ENTITY_FROM - 0.01)))).toEqual([]);
    expect(orNamed(index, [], ranker(named('the stone', NAMED_FROM - 0.01)))).toEqual([]);
    expect(orNamed(index, [], ranker(named('the stone', NAMED_FROM)))[0]?.text).toBe('the stone');
  });

  it('answers with a span written as names the corpus does not know as one from NAMED_WRITTEN_FROM', () => {
    expect(orNamed(index, [], ranker(named('Ivo Brandt and Ada Lund', NAMED_WRITTEN_FROM)))[0]?.text).toBe('Ivo Brandt and Ada Lund');
    expect(orNamed(index, [], ranker(named('Ivo Brandt and Ada Lund', NAMED_WRITTEN_FROM - 0.01)))).toEqual([]);
    expect(orNamed(index, [], ranker(named('Ivo Brandt and the banker', NAMED_WRITTEN_FROM)))).toEqual([]);
  });

  it('never answers with the subject the cited story\'s headline names', () => {
    expect(orNamed(index, [], ranker(named('Maren Holt', 0.9), named('Ada Lund', 0.3))).map((a) => a.text)).toEqual(['Ada Lund']);
  });

  it('never replaces an answer already given', () => {
    expect(orNamed(index, [said('Maren Holt')], ranker(named('Ivo Brandt', 0.9)))[0]?.text).toBe('Maren Holt');
  });
});

describe('answers the question names', () => {
  const index = fixtureIndex({
    'border.txt': 'Fire across the border\n\nMarch 6, 2025\n\nNorland forces again exchanged artillery fire with Ostmark-backed Kessel militants across the border, officials said.\n',
  });

  it('leaves out a phrase whose name the question writes ("Ostmark-backed Kessel militants" for "… with Kessel")', () => {
    const answers = answer(index, { command: 'who', text: 'whose forces are trading artillery fire with Kessel militants across the border?' }).answers.map((a) => a.text);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((text) => text.includes('Kessel'))).toEqual([]);
  });
});

describe('a place the question types in lower case', () => {
  const index = fixtureIndex({
    'meet.txt': 'Envoy meets the council\n\nMay 2, 2025\n\nThe envoy Piet Rook met the Kell Harbour Council on Friday, officials said.\n',
    'shelling.txt': 'Shelling in Oslo\n\nMay 3, 2025\n\nRebels shelled the port of Oslo on Monday, residents of Oslo said.\n',
  });
  const who = (text: string) => answer(index, { command: 'who', text }).answers.map((a) => a.text);

  it('is not answered from a story that never names it ("who did rook meet with in oslo")', () => {
    expect(who('who did rook meet')).toEqual(['Kell Harbour Council']);
    expect(who('who did rook meet with in oslo')).toEqual([]);
  });

  it('is not answered at all when the corpus never names it ("who did rook meet in cairo")', () => {
    expect(who('who did rook meet in cairo')).toEqual([]);
  });
});

describe('a person the question types in lower case', () => {
  const index = fixtureIndex({
    'death.txt': 'Kell Party leader dies\n\nMay 2, 2025\n\nIvo Brandt, the political leader of the Kell Party, died in Lenz on Friday, the party said.\n',
    'vote.txt': 'Norland votes\n\nMay 3, 2025\n\nPrime Minister Piet Rook this week found himself heading a new government after a vote forced by the Kell Party.\n',
  });
  const who = (text: string) => answer(index, { command: 'who', text }).answers.map((a) => a.text);

  it('is not answered from a story that never names them ("who replaced brandt as kell political leader")', () => {
    expect(who('who replaced Brandt as Kell political leader')).toEqual([]);
    expect(who('who replaced brandt as kell political leader')).toEqual([]);
  });
});

describe('what an act was aimed at', () => {
  const index = fixtureIndex({
    'deeds.txt': 'Envoy warns Kessel\n\nMay 6, 2025\n\nThe envoy said Ostmark was determined that there be no second front.\n\nHe added that Ostmark has already backed up its warning with “practical deeds” such as deploying two warships to the strait, and shooting down missiles from Kessel that were fired in the direction of Norland.\n',
  });

  it('never did it, and leaves no weaker guess standing in its place ("fired in the direction of Norland")', () => {
    expect(answer(index, { command: 'who', text: 'who fired the missiles from kessel that ostmark shot down' }).answers).toEqual([]);
  });
});

describe('one an act was done to, and one the question names', () => {
  // Invented: one leader assassinated with no one named for it; another killed by a named country.
  const index = fixtureIndex({
    'varn.txt':
      'Region braces for revenge\n\nVARN, May 2, 2025 – Tor Lind, the political leader of the Velan Islamist group Hamar, was assassinated in the Ostmark capital of Varn last week. It drew threats of revenge by Ostmark on Norland, which has not claimed responsibility for the attack.\n\nCoupled with the killing of the senior military commander of the Kellan group Marat, Piet Rook, by Norland in a strike on Kell last week, concern grew that the conflict was widening. Ostmark has blamed Dorra for involvement in the death of Lind.\n',
  });
  const who = (text: string) => answer(index, { command: 'who', text }).answers.map((a) => a.text);

  it('does not answer "who killed X" with whom another killing was done to, nor its doer', () => {
    expect(who('who killed Lind?')).toEqual([]);
  });

  it('does not answer with the stated role of the one the question names ("the political leader of … Hamar")', () => {
    expect(who('who assassinated Tor Lind?').filter((text) => /Velan|Hamar|political leader/.test(text))).toEqual([]);
  });

  it('still answers the other killing by its doer', () => {
    expect(who('who killed Piet Rook?')[0]).toBe('Norland');
  });
});

describe('a time in its own words grounded in the names alone', () => {
  it('answers where nothing else does, from SETTLED_TIME_FROM', () => {
    expect(orSettledTime([], [said('1998', SETTLED_TIME_FROM)])[0]?.text).toBe('1998');
    expect(orSettledTime([], [said('the 14th century', SETTLED_TIME_FROM)])[0]?.text).toBe('the 14th century');
    expect(orSettledTime([], [said('1998', SETTLED_TIME_FROM - 0.01)])).toEqual([]);
  });

  it('leaves a time that needs resolving ("last week") unanswered, and never replaces an answer', () => {
    expect(orSettledTime([], [said('last week', 0.9)])).toEqual([]);
    expect(orSettledTime([said('Friday')], [said('1998', 0.9)])[0]?.text).toBe('Friday');
  });
});

describe('a time in its own words where the question writes a name otherwise', () => {
  it('answers where nothing grounded does, from RANKED_TIME_FROM', () => {
    expect(orRankedTime([], [said('1994', RANKED_TIME_FROM)])[0]?.text).toBe('1994');
    expect(orRankedTime([], [said('1994', RANKED_TIME_FROM - 0.01)])).toEqual([]);
  });

  it('answers "when" where the question misspells the name its passage writes ("Laboraroty")', () => {
    const lab = fixtureIndex({ 'lab.txt': 'Intrusions at the laboratory\n\nIn 1994, over a hundred intrusions were made into the Vale Laboratory, the command and research facility of the navy.\n\nThe laboratory was founded in 1951.\n' });
    expect(answer(lab, { command: 'when', text: 'In what year were over a hundred intrusions made into the Vale Laboraroty?' }).answers[0]?.text).toBe('1994');
  });

  it('leaves a time that needs resolving unanswered, and never replaces an answer', () => {
    expect(orRankedTime([], [said('last week', 0.9)])).toEqual([]);
    expect(orRankedTime([said('Friday')], [said('1994', 0.9)])[0]?.text).toBe('Friday');
  });
});

describe('a role asked for in order', () => {
  const holders = [{ ...said('Ada Voss'), role: 'former chancellor' }, { ...said('Piet Rook'), role: 'first chancellor' }];
  it('keeps only the holders whose title says the order asked ("the first chancellor")', () => {
    expect(inOrderAsked(holders, 'first chancellor of Lenz College').map((a) => a.text)).toEqual(['Piet Rook']);
  });
  it('keeps every holder when the role says no order', () => {
    expect(inOrderAsked(holders, 'chancellor of Lenz College').map((a) => a.text)).toEqual(['Ada Voss', 'Piet Rook']);
  });
});

describe('the ranker disputing the rules for one an act was done to', () => {
  // Invented coverage: the rules take the name nearest the act's words; the ranker reads the sentence.
  const tribes = fixtureIndex({
    'tribes.txt': `Tribes of the Vale

The Vale was a cultural and probably political entity of the central highlands, well enough established to be seen by the Norlanders as a challenge to their rule. Ancestors of the Valemen may have included Tarvians native to the coast and the Sea Folk.`,
  });
  // Invented coverage: the one who tells of the blame is named only after "according to".
  const base = fixtureIndex({
    'base.txt': `Norland braces for attacks

June 4, 2025

Norland is bracing for a new wave of attacks from Tarvia and its allies. An attack on a base in Lenz Monday injured five Norland troops and two contractors. Blaming Tarvia-backed groups, according to the Defense Secretary Ivo Brandt.

Asked whether he knew who was responsible for the attack, Brandt said Norland was sure it was a Tarvia-backed militia.`,
  });

  it('answers with the ranker\'s grounded name where it scores the rules\' lower', () => {
    expect(answer(tribes, { command: 'who', text: 'Who did the ancestors of the Valemen include?' }).answers[0]?.text).toBe('Tarvians');
  });

  it('never puts forward the source of what the passage tells', () => {
    const answers = answer(base, { command: 'who', text: 'who did the defense ministry blame for the attack on the base in lenz' }).answers.map((a) => a.text);
    expect(answers).not.toContain('Ivo Brandt');
  });
});

describe('the ranker\'s answer of the kind a "which group" question asks for', () => {
  const porto = fixtureIndex({
    'porto.txt':
      'Lee visits Porto\n\nMay 2, 2025\n\nPORTO - Foreign Minister Ann Lee arrived in Porto on Tuesday.\n\n“We will take every care we can, and that is what sets us apart from Hamas and armed groups that engage in the cruellest kinds of raids,” she told reporters as she left.\n\nLee met the mayor of Porto.\n',
  });

  it('answers where the rules find no actor of that kind', () => {
    expect(answer(porto, { command: 'who', text: 'Which groups did Lee say engage in the cruellest kinds of raids?' }).answers[0]?.text).toBe('Hamas');
  });

  it('stays unanswered where no passage tells of the act', () => {
    expect(answer(porto, { command: 'who', text: 'Which group did Lee say had signed the ceasefire treaty?' }).answers).toEqual([]);
  });
});

describe('a time the question itself writes', () => {
  const time = (text: string, date?: string): Answer => ({ text, ...(date === undefined ? {} : { date }), citations: [] });

  it.each([
    ['a year', time('1998', '1998'), 'When was the ferry fare cut in 1998?', true],
    ['a part of the day', time('the evening'), 'The fare rises in the evening but falls during what time of the day?', true],
    ['a year the question does not write', time('1999', '1999'), 'When was the ferry fare cut in 1998?', false],
    ['a weekday, which answers by its date', time('Monday'), 'Was the ferry strike on Monday or Tuesday?', false],
    ['a time resolved to a date', time('the same day', '2025-05-02'), 'The strike began the same day as the vote: what day was that?', false],
  ])('%s', (_, answer, question, restated) => {
    expect(restatesTime(answer, question)).toBe(restated);
  });
});

describe('a title asked with an event', () => {
  // Invented: a prime minister the corpus titles, who met the envoy; no ambassador is named.
  const visit = fixtureIndex({
    'visit.txt': 'Envoy in Lenz\n\nMay 2, 2025\n\nNorland Prime Minister Ada Vell met the envoy Piet Rook in Lenz on Friday, officials said.\n\nVell said the talks went well.\n',
  });

  it('is not answered by one the corpus titles otherwise', () => {
    expect(answer(visit, { command: 'who', text: 'Who is the Norland ambassador who met the envoy in Lenz?' }).answers.map((a) => a.text)).toEqual([]);
  });

  it('is held by a person, not a body or a thing its passage names', () => {
    const meeting = fixtureIndex({
      'meet.txt': 'Ministers meet on Tessa\n\nMay 2, 2025\n\n"We are committed to the port," Piet Rook said on Friday at the end of a meeting of the foreign ministers of the Group of Nine on Tessa.\n\nNorland Foreign Minister Ada Vell said the port was "told at the last minute" about the closure.\n',
    });
    const answers = answer(meeting, { command: 'who', text: 'who is the Tessa foreign minister who said that the port only got late notice?' }).answers.map((a) => a.text);
    expect(answers).not.toContain('Group of Nine');
    expect(answers).not.toContain('closure');
  });

  it('is answered where the event gives the title ("appointed")', () => {
    const appointed = fixtureIndex({ 'vell.txt': 'New envoy\n\nMay 2, 2025\n\nNorland Prime Minister Ada Vell was appointed ambassador to Lenz on Friday, officials said.\n' });
    expect(answer(appointed, { command: 'who', text: 'Who was appointed ambassador to Lenz?' }).answers[0]?.text).toBe('Ada Vell');
  });

  it('is answered where the event confirms the title ("confirmed to be")', () => {
    const confirmed = fixtureIndex({ 'vell.txt': 'New envoy\n\nMay 2, 2025\n\nNorland Prime Minister Ada Vell was confirmed as ambassador to Lenz on Friday, officials said.\n' });
    expect(answer(confirmed, { command: 'who', text: 'Who was confirmed to be the ambassador to Lenz?' }).answers[0]?.text).toBe('Ada Vell');
  });

  it('is answered where the title asked is one any office holder goes by ("official")', () => {
    expect(answer(visit, { command: 'who', text: 'Who is the Norland official who met Piet Rook in Lenz?' }).answers[0]?.text).toBe('Ada Vell');
  });
});
