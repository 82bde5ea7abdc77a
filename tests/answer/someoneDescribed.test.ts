import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { parseQuestion } from '../../src/answer/question.ts';
import { someoneDescribed } from '../../src/answer/someoneDescribed.ts';
import { fixtureIndex } from './fixtureIndex.ts';

describe('someoneDescribed: someone a question describes by a role, asked for', () => {
  it.each<[string, string]>([
    // A scene that describes someone, then only points at them.
    ["EXT. PORTO HARBOUR — a supporting character, Norland's transport minister, closes the pier. Who is he? I need the real name.", "who is Norland's transport minister?"],
    // A request for an identity: the description after it, with its relative clause, without the source set off in it.
    ['For a footnote: the identity of the harbour commander whose dismissal is reported (Gazette, op. cit.)?', 'who is the harbour commander whose dismissal is reported?'],
    ['Identification sought of the Porto union leader said to have called the strike.', 'who is the Porto union leader said to have called the strike?'],
    ['I require the identity of the Norland official who, per the Gazette report, blamed the storm.', 'who is the Norland official who blamed the storm?'],
    ["Blinken met Norland's defense minister in Lenz. Who is he?", "who is Norland's defense minister?"],
    ['Attribution sought: the name of the commander of the Lenz militia held responsible for the fire.', 'who is the commander of the Lenz militia held responsible for the fire?'],
    // The asking sentence's role, described more fully before it.
    ["For the flood episode there's a TV showing the Lenz mayor closing the bridge. Who is the mayor on that screen?", 'who is the Lenz mayor?'],
  ])('%s', (asked, read) => {
    expect(someoneDescribed(asked)).toBe(read);
  });

  it('finds no one where the text describes no one by a role, or asks something else', () => {
    for (const asked of ['The pier was closed after the storm.', 'The mayor was set to head to Lenz. Where did the ferry sink?', 'The minister was set to head to Lenz next.', 'Blinken met the minister. Who is he?']) expect(someoneDescribed(asked)).toBeUndefined();
  });
});

describe('a question read as no way of asking', () => {
  const union = fixtureIndex({ 'union.txt': 'Strike ends\n\nPORTO (Gazette) – Anna Berg, the union leader, said on Monday the strike was over. The Harbour Workers Union had struck for a week.\n' });

  it('is answered by whom it describes, where the coverage names them', () => {
    const response = answer(union, { command: 'who', text: 'For a footnote: the identity of the leader of the Harbour Workers Union (Gazette, op. cit.)?' });
    expect(response.answers[0]?.text).toBe('Anna Berg');
    expect(response.answers[0]?.citations[0]?.file).toBe('union.txt');
  });

  it('is not answered by one it names itself, nor where no one holds the role', () => {
    expect(answer(union, { command: 'who', text: 'For a footnote: the Berg successor as leader of the Harbour Workers Union (Gazette)?' }).answers).toEqual([]);
    expect(answer(union, { command: 'who', text: 'For a footnote: the identity of the harbour commander of Lenz (Gazette)?' }).answers).toEqual([]);
  });
});

describe('a question that points at someone a remark describes by a role', () => {
  it('carries who holds the role, asked of the story the remark names', () => {
    const question = parseQuestion({ command: 'who', text: 'Host wants to namecheck the harbour chief from the Porto story in the cold open. Who is that?' });
    expect(question.described).toMatchObject({ kind: 'role', text: 'who is the harbour chief?', story: 'Porto' });
  });

  it('is answered by the holder where the reading finds nothing', () => {
    const index = fixtureIndex({ 'porto.txt': 'Pier reopens\n\nPORTO (Gazette) – Anna Berg, the harbour chief, said on Monday the pier would reopen.\n' });
    expect(answer(index, { command: 'who', text: 'Host wants to namecheck the harbour chief from the Porto story in the cold open. Who is that?' }).answers[0]?.text).toBe('Anna Berg');
  });
});

describe('a request for someone\'s identity that no way of asking read', () => {
  it('is asked as that request, not as an act its words hold', () => {
    const asked = parseQuestion({ command: 'who', text: 'For a footnote: the identity of the Norland defence minister with whom the mayor conferred during the Porto visit?' });
    expect(asked).toMatchObject({ kind: 'role', text: 'who is the Norland defence minister with whom the mayor conferred during the Porto visit?' });
    expect(someoneDescribed('The identity of the analyst described as director of the flood program at the Lenz Institute is required for citation purposes.')).toBe('who is the analyst described as director of the flood program at the Lenz Institute?');
  });
});
