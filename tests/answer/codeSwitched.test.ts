import { describe, expect, it } from 'vitest';
import { codeSwitchedAsked } from '../../src/answer/codeSwitched.ts';

describe('codeSwitchedAsked: French, Spanish or German function words, read in English', () => {
  it.each<[string, string]>([
    ['The ferry fire in Porto — quand, d’après the Gazette?', 'The ferry fire in Porto — when, according to the Gazette?'],
    ['when did the port close, selon la dépêche Reuters from Lenz?', 'when did the port close, according to the Reuters story from Lenz?'],
    ['Mira, en la nota de Lenz, who closed the port?', 'in the Lenz story, who closed the port?'],
    ['¿Cuándo? When did the storm hit Lenz, según the Gazette?', 'When did the storm hit Lenz, according to the Gazette?'],
    ['the harbour strike — à quelle date, s’il vous plaît?', 'the harbour strike — on what date?'],
    ['Wer war nochmal the harbour chief in the Gazette story?', 'who was the harbour chief in the Gazette story?'],
    ['The dock strike in Selva — wann war das? Which day, mit Datum bitte', 'The dock strike in Selva — when was that? Which day, date'],
    ['Welcher union leader called the strike, laut Gazette? Sie nennt ihn, oder?', 'which union leader called the strike, according to Gazette? Sie nennt ihn?'],
  ])('%s', (typed, read) => {
    expect(codeSwitchedAsked(typed)).toBe(read);
  });

  it('leaves names and English words alone', () => {
    for (const typed of ['Who is Mira Lopez?', 'when did the Dans Group quit?', 'who wrote the nota bene in the Gazette story?']) expect(codeSwitchedAsked(typed)).toBe(typed);
  });
});

describe('codeSwitchedAsked: French, Portuguese, Italian, Spanish or German sentences, read in English where two words of the language are', () => {
  it.each<[string, string]>([
    ['quem é o union leader que called the strike? segundo a matéria da Gazette de Selva', 'who is the union leader that called the strike? according to the Gazette Selva story'],
    ['quando foi o dock strike em Selva, tipo a data exata?', 'when was the dock strike in Selva, the date?'],
    ["chi ha detto che the port will reopen? secondo l'articolo della Gazette", 'who said that the port will reopen? according to the Gazette story'],
    ['quando è successo, cioè quando the explosions rocked Selva? nel pezzo Gazette', 'when did it happen, i.e. when the explosions rocked Selva? in the Gazette story'],
    ['¿quién era el union leader que called the strike? según la nota de Gazette desde Selva, porfa', 'who was the union leader that called the strike? according to the Gazette Selva story,'],
    ['cuándo fue el dock strike en Selva? la fecha exacta porfa', 'when was the dock strike in Selva? the date'],
    ['wer hat laut dem Gazette-Artikel aus Selva "no deal" gesagt? danke!', 'who said according to the Gazette Selva story "no deal"?'],
    ['an welchem Tag war der dock strike in Selva? laut dem Artikel, mit Datum bitte', 'on what date was the dock strike in Selva? according to the article, date'],
    ["c'est qui, le union leader qui a dit que the strike goes on? selon l'article de Gazette svp", 'who is the union leader who said that the strike goes on? according to the Gazette story'],
    ["c'est quand, la grève au port de Selva? merci!", 'when was the grève at the port of Selva?'],
    ["qui a dit que the port will reopen? selon la dépêche Gazette d'Orly, svp", 'who said that the port will reopen? according to the Gazette Orly story,'],
    ["qui est-ce qui a dit « no deal » ? d'après l'article de Gazette, merci d'avance", 'who said « no deal »? according to the Gazette story,'],
    ['Chi è stato a dire "no deal", stando all\'articolo Gazette? Grazie mille.', 'who said "no deal", according to the Gazette story?.'],
  ])('%s', (typed, read) => {
    expect(codeSwitchedAsked(typed)).toBe(read);
  });

  it('leaves English with a word or two of theirs alone ("a", "no", "era", "da")', () => {
    for (const typed of ['who was the union leader in the post-war era?', 'Is there no date on the Gazette story?', 'who ran the da Silva campaign?', 'when did the war in Los Angeles end?']) expect(codeSwitchedAsked(typed)).toBe(typed);
  });
});
