/**
 * "Who did Blinken tell that Israel would take every precaution?", "to whom did Lee say …": the
 * listener the attribution of the speaker's words names — "he told reporters", "told the BBC",
 * "said in an interview with CNN" — for the speaker's quotation (or reported words) that says what
 * the question gives. No listener is made up: an attribution that names none answers nothing.
 */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { citationOf, matchedTerms, questionTerms, sentenceWith, tokenize } from './evidence.ts';
import { quoteAnswers, speakerEntity } from './quote.ts';

/** "who did X tell (that) Y", "to whom did X say Y" (a /who question may arrive with "who" put before it). */
const LISTENER_ASKED = /^\s*(?:who\s+)?(?:(?:who|whom)\s+did\s+(.+?)\s+(?:tell|inform|assure|brief)|to\s+whom\s+did\s+(.+?)\s+(?:say|speak|talk|tell|explain|announce))\s+(?:that\s+)?(.+?)\s*\??\s*$/i;

/** The listener an attribution names: "told reporters", "told the BBC", "in an interview with CNN", "said to lawmakers". */
const LISTENER_NAMED = /\b(?:told|tells|tell|informed|assured|briefed)\s+((?:the\s+)?(?:[\p{Lu}][\p{L}.&'’-]*(?:\s+[\p{Lu}][\p{L}.&'’-]*)*|reporters|journalists|lawmakers|senators|parliament|congress|the\s+(?:press|media|audience|crowd|council)|(?:a|an)\s+(?:news\s+conference|press\s+conference|briefing)))|\b(?:said|spoke)\s+to\s+((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)|\bin\s+an\s+interview\s+with\s+((?:the\s+)?[\p{Lu}][\p{L}.&'’-]*(?:\s+[\p{Lu}][\p{L}.&'’-]*)*)/u;

/** Share of the asked words the speaker's quotation must hold. */
const SAID_SHARE = 0.4;

export function isListenerQuestion(text: string): boolean {
  return LISTENER_ASKED.test(text);
}

export function listenerAnswers(index: CorpusIndex, text: string): Answer[] {
  const asked = LISTENER_ASKED.exec(text);
  if (asked === null) return [];
  const [speaker, topic] = [(asked[1] ?? asked[2])!, asked[3]!];
  const entity = speakerEntity(index, speaker);
  const terms = questionTerms(topic);
  if (entity === undefined || terms.length === 0) return [];
  const quote = quoteAnswers(index, { speaker, topic })[0];
  if (quote === undefined || matchedTerms(terms, tokenize(quote.text)).length < SAID_SHARE * terms.length) return [];
  for (const cited of quote.citations) {
    const passage = index.passage(cited.file, cited.paragraph);
    if (passage === undefined) continue;
    // The attribution stands in the sentence that holds the words, or the one after a quotation that ends its own.
    const sentence = sentenceWith(passage, quote.text.split(/\s*…\s*/)[0]!.slice(0, 40));
    const outside = sentence.replace(/“[^”]*”|"[^"]*"/g, ' ');
    const named = LISTENER_NAMED.exec(outside);
    const listener = named?.[1] ?? named?.[2] ?? named?.[3];
    if (listener === undefined || listener.includes(entity.name)) continue;
    return [{ text: listener.replace(/^the\s+/i, ''), score: 1, matched: terms, note: `${entity.name} said it to them, as the story's attribution tells.`, citations: [citationOf(passage, sentence)] }];
  }
  return [];
}
