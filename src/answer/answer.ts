import type { Request, Response } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { searchAnswers } from './search.ts';
import { whoAnswers } from './who.ts';
import { whenAnswers } from './when.ts';
import { quoteAnswers } from './quote.ts';
import { route, withContext } from './route.ts';
import { nameTerms } from './evidence.ts';
import { titlesByTermOf } from './roles.ts';

/** Longest question Byline reads; the rest is ignored (a question is a sentence, not an article). */
export const MAX_QUESTION_LENGTH = 500;

/** Answers one request from an index. Pure: the same index and request give the same response. */
export function answer(index: CorpusIndex, request: Request): Response {
  const text = clip(request.text);
  const speaker = clip(request.speaker);
  const topic = clip(request.topic);
  switch (request.command) {
    case 'search':
      return { command: 'search', query: text, answers: searchAnswers(index, text) };
    case 'who':
      return { command: 'who', query: text, answers: whoAnswers(index, text) };
    case 'when':
      return { command: 'when', query: text, answers: whenAnswers(index, text) };
    case 'quote':
      return { command: 'quote', query: quoteQuery(speaker, topic), answers: quoteAnswers(index, speaker, topic) };
    case 'auto': {
      const routed = route(withContext(text, request.context));
      const response = answer(index, routed);
      return { ...response, command: 'auto', query: text, routed: routed.command };
    }
  }
}

/**
 * Builds what answering looks up in an index but builds only when first needed (role titles, the
 * corpus's names, the search's working arrays), so the first questions after a start or a reindex
 * are as quick as the rest. Optional: answering builds whatever is missing.
 */
export function prepare(index: CorpusIndex): void {
  index.prepare();
  nameTerms(index);
  titlesByTermOf(index);
}

function clip(value: string | undefined): string {
  return (value ?? '').slice(0, MAX_QUESTION_LENGTH).trim();
}

function quoteQuery(speaker: string, topic: string): string {
  return [speaker, topic && `on ${topic}`].filter(Boolean).join(' ');
}
