import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { askedAlone, remarkTimeAsked, remarkWhoAsked } from '../../src/answer/remarkAsked.ts';
import { fixtureIndex } from './fixtureIndex.ts';

describe('remarkTimeAsked: a remark that says what happened, then a sentence that only asks its time', () => {
  it.each<[string, string]>([
    ['Mira Lopez called the dock strike. Which day, confirm date against the Gazette piece', 'Mira Lopez called the dock strike, in the Gazette piece'],
    ['Mira Lopez called the dock strike. When did she call it?', 'Mira Lopez called the dock strike'],
    ['LOPEZ call strike at Selva port. Lopez call first, when?', 'LOPEZ call strike at Selva port'],
  ])('%s', (typed, remark) => {
    expect(remarkTimeAsked(typed)).toBe(remark);
  });

  it('leaves a sentence that asks of something of its own, a single sentence, or a remark that is a question', () => {
    for (const typed of [
      'Mira Lopez called the dock strike. On what date did she arrive in Lenz to end it?',
      'When did Mira Lopez call the dock strike?',
      'Did Mira Lopez call the strike? When?',
      'Mira Lopez called the dock strike. Who runs the port?',
    ]) expect(remarkTimeAsked(typed)).toBeUndefined();
  });
});

const index = fixtureIndex({
  'strike.txt': `Dock strike in Selva

May 6, 2025

SELVA (Reuters) – Mira Lopez, head of the Selva dockworkers union, said she called the strike on Monday after talks with the harbour authority failed.

Explosions rocked the port of Selva in the early hours of Tuesday, the harbour authority said.`,
});

describe('a time asked after the remark that says what happened', () => {
  it('is answered as the remark asked with /when', () => {
    const response = answer(index, { command: 'when', text: 'LOPEZ call strike, Selva port. Lopez call first, when?' });
    expect(response.answers[0]?.date).toBe('2025-05-05');
    expect(response.answers[0]?.citations[0]?.file).toBe('strike.txt');
  });
});

describe('askedAlone: the sentences of a longer text that ask by themselves', () => {
  it('finds the question among sentences and labels that only frame it', () => {
    expect(askedAlone('Incident date, Selva: when did the strike close the port? Calendar date for the advisory, not just the weekday.')).toEqual(['when did the strike close the port?']);
    expect(askedAlone('Source vetting for the outlook: who is the head of the Selva dockworkers union? Full name.')).toEqual(['who is the head of the Selva dockworkers union?']);
  });

  it('finds none in one sentence, in a sentence that points back to another, or where another names the story asked of', () => {
    expect(askedAlone('when did the strike close the port?')).toEqual([]);
    expect(askedAlone('Mira Lopez was set to visit Lenz. On what date did she arrive there?')).toEqual([]);
    expect(askedAlone('Photo field for the Gazette clipping: who took the picture of the pier?')).toEqual([]);
  });
});

describe('a question asked alone', () => {
  it('is answered where the sentences around it found nothing', () => {
    const when = answer(index, { command: 'when', text: 'Incident date, Selva: when did the explosions hit the port per open-press reporting? Calendar date for the advisory, not just the weekday.' });
    expect(when.answers[0]?.date).toBe('2025-05-06');
    const who = answer(index, { command: 'who', text: 'Source vetting for the regional outlook: who is the head of the Selva dockworkers union quoted on the talks? Full name.' });
    expect(who.answers[0]?.text).toBe('Mira Lopez');
  });
});

describe('remarkWhoAsked: a remark that tells of someone, then a sentence that only asks who that is', () => {
  it('reads the remark, and each of its parts set off by commas, as who is so told of', () => {
    expect(remarkWhoAsked('Gazette piece, union chief quoted at the end, head of the Selva dockworkers union. Who is she?')).toEqual([
      'Gazette piece, union chief quoted at the end, head of the Selva dockworkers union',
      'union chief quoted at the end',
      'head of the Selva dockworkers union',
    ]);
    expect(remarkWhoAsked('the union chief who called the strike on Monday — who was that?')).toEqual(['the union chief who called the strike on Monday']);
  });

  it('reads nothing after a bare "who?", which the question already asks, or where nothing points back', () => {
    expect(remarkWhoAsked("Selva's harbour master during the strike — who?")).toEqual([]);
    expect(remarkWhoAsked('Mira Lopez called the strike. Who runs the port?')).toEqual([]);
  });

  it('is answered with /who where the question as typed found nobody', () => {
    const port = fixtureIndex({
      'port.txt': `Selva port talks fail\n\nMay 6, 2025\n\nSELVA (Reuters) – Ana Ruiz, the harbour master, said the pier would stay shut. Mira Lopez, head of the Selva dockworkers union, said talks had failed and the strike would go on.`,
    });
    const response = answer(port, { command: 'who', text: 'for the labour segment I want the union voice — the woman from the dockworkers something, runs their union. who is that?' });
    expect(response.answers[0]?.text).toBe('Mira Lopez');
  });
});
