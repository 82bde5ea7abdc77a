import { describe, expect, it } from 'vitest';
import { claimAttributed, verbsForNominals } from '../../src/answer/nominalised.ts';
import { parseQuestion } from '../../src/answer/question.ts';

describe('verbsForNominals: an act asked for as a noun after a verb that only carries it', () => {
  it.each<[string, string]>([
    ['who issued the call for a ceasefire in Porto?', 'who called for a ceasefire in Porto?'],
    ['who undertaken the writing of the Gazette piece?', 'who wrote the Gazette piece?'],
    ['who carried out the killing of the harbour master?', 'who killed the harbour master?'],
    ['which group made the announcement of the strike?', 'which group announced the strike?'],
    ['who made the decision to close the pier?', 'who decided to close the pier?'],
    ['which individual is credited with the photo?', 'who is credited with the photo?'],
  ])('%s', (asked, read) => {
    expect(verbsForNominals(asked)).toBe(read);
  });

  it('leaves verbs that do more than carry a noun', () => {
    for (const asked of ['who made the cake for the mayor?', 'who gave the order to close the port?', 'who took the photo of the mayor?', 'who issued the permit?']) expect(verbsForNominals(asked)).toBe(asked);
  });
});

describe('claimAttributed: a claim whose speaker a formal request asks for', () => {
  it('asks who said it', () => {
    expect(claimAttributed("Attribution sought for the assertion that the pier was 'unsafe for years' (Gazette, Porto dateline).")).toBe("who said the pier was 'unsafe for years'?");
    expect(claimAttributed('For a footnote: the official to whom the claim that the port would reopen is attributed?')).toBe('who said the port would reopen?');
  });

  it('reads the views and findings a request attributes as claims', () => {
    expect(claimAttributed("Attribution for assessment that the strike reflects 'years of neglect' at the port? Identify SME.")).toBe("who said the strike reflects 'years of neglect' at the port?");
  });

  it('reads a figure someone gave, and words a question quotes, as what they said', () => {
    expect(claimAttributed('Which body gave the figure of nearly 1,200 dead in the floods, per the Gazette piece?')).toBe('who said nearly 1,200 dead in the floods?');
    expect(claimAttributed('Who characterized the closure as "a betrayal of the harbour towns" in the debate?')).toBe('who said "a betrayal of the harbour towns"?');
    expect(claimAttributed('Who is the official who warned "the pier will not survive another winter storm" last week?')).toBe('who said "the pier will not survive another winter storm"?');
  });

  it('reads a figure named with its number, whose source is asked, as the toll someone gave', () => {
    expect(claimAttributed('Attribution for the Porto flood death toll (~40) cited in the Gazette? Identify issuing body.')).toBe('who said the Porto death toll was 40?');
  });

  it('reads words a question quotes in single marks, after a verb of saying, or says someone said, as theirs where it asks whose they are', () => {
    expect(claimAttributed("Can the mayor repeat 'never again will this harbour flood' and attribute it? Whose words are those?")).toBe('who said "never again will this harbour flood"?');
    expect(claimAttributed('Please confirm which Porto official stated the council "will not reopen" the pier.')).toBe('who said "will not reopen"?');
    expect(claimAttributed('The closing section quotes someone saying there will be no ferry until the spring tides pass. Confirm the speaker for me?')).toBe('who said "there will be no ferry until the spring tides pass"?');
  });

  it('reads a question quoted in single marks as no one\'s words', () => {
    expect(claimAttributed("Quiz card says 'Who is the mayor of Porto now?' who is it?")).toBeUndefined();
  });

  it('reads no short phrase quoted inside another act as anyone\'s words', () => {
    expect(claimAttributed('Who was the clerk that told the council "at the last minute" about the closure?')).toBeUndefined();
  });

  it('asks nothing of a claim no one is asked for', () => {
    expect(claimAttributed('The claim that the port would reopen was denied.')).toBeUndefined();
  });
});

describe('a formal request, parsed', () => {
  it('reads the act and the claim it names', () => {
    expect(parseQuestion({ command: 'who', text: 'Per the credit line of the Gazette dispatch, by whom was the writing of the piece undertaken?' })).toMatchObject({ kind: 'credit', credit: 'writing' });
    expect(parseQuestion({ command: 'who', text: 'Attribution sought for the assertion that the pier was unsafe (Gazette).' }).described).toMatchObject({ kind: 'saidBy', statement: 'the pier was unsafe' });
    expect(parseQuestion({ command: 'who', text: 'Attribution for assessment that the pier was unsafe? Identify SME.' }).described).toMatchObject({ kind: 'saidBy', statement: 'the pier was unsafe' });
  });
});

describe('a request for the speaker who said something', () => {
  it('asks who said it, not for one holding a Speaker\'s office', () => {
    const read = parseQuestion({ command: 'who', text: 'Per exhibit A, confirm the speaker who said "the pier stays shut" at the close of the harbour meeting.' });
    expect(read).toMatchObject({ kind: 'saidBy' });
    expect(read.kind === 'saidBy' ? read.describedAs : 'none').toBeUndefined();
  });

  it("reads \"who's the X who said Y\" as which X said Y, but not a credit quoted in the question", () => {
    expect(parseQuestion({ command: 'who', text: "Who's the harbour guy who said the U.S. 'will not wait' for the council?" })).toMatchObject({ kind: 'saidBy', describedAs: 'harbour guy' });
    expect(parseQuestion({ command: 'who', text: "and who's the 'additional reporting' name at the bottom of that Gazette Porto piece" }).kind).not.toBe('saidBy');
    // "the one saying" describes no one: who said it.
    expect(parseQuestion({ command: 'who', text: "Who's the one saying 'never again will this harbour flood' in the Gazette article? I think it's Ruiz." })).toMatchObject({ kind: 'saidBy' });
  });

  it('reads the declarant of a quoted statement as its speaker', () => {
    expect(claimAttributed('Confirm the declarant, per the Gazette article, of the statement: "Further storms only raise the risk to the harbour towns."')).toBe('who said "Further storms only raise the risk to the harbour towns."?');
  });
});
