/**
 * "Who wrote Shahnameh?" of "Ferdowsi's Shahnameh, the national epic of Iran": a work's title
 * written after a name's possessive names its author, as encyclopedias and reviews write it ("Sun
 * Tzu's The Art of War", "Ruskin's Seven Lamps"), and so does "by" right after it ("\"You Really
 * Got Me\" by The Kinks").
 */
import type { Answer } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { citationOf, questionTerms } from './evidence.ts';

/** Passages read for the title: those retrieval ranks first for the question. */
const READ_PASSAGES = 8;

/** The score such an answer carries: the text gives the work to the name. */
const POSSESSED_SCORE = 0.8;

/** "Who wrote X" (the question stage sends these as credit questions): the title after the act. */
const MAKING = /^\s*[Ww]ho\s+(?:wrote|authored|penned)\s+["“‘']*(\p{Lu}.*?)["”’']*\s*\??\s*$/u;

/** The name whose possessive stands right before the title, with an opening quotation mark between if any. */
const POSSESSOR = /((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s\s+["“‘']*$/u;

/** The name "by" gives a title right after it ("\"You Really Got Me\" by The Kinks (1964)"). */
const BY_AFTER = /^["”’']*\s+by\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})/u;

/** The title a "who wrote …" question asks about, as written; undefined when it asks of no capitalised title. */
export function askedTitle(question: string): string | undefined {
  return MAKING.exec(question)?.[1]?.trim();
}

/** The names whose possessive stands before the asked title (or that "by" gives it after) in the passages retrieval finds for the question, each once. */
export function workAuthorAnswers(index: CorpusIndex, question: string): Answer[] {
  const title = askedTitle(question);
  const terms = questionTerms(question);
  if (title === undefined || terms.length === 0) return [];
  const wanted = title.toLowerCase();
  const answers: Answer[] = [];
  for (const { item: passage } of index.searchPassages(terms.join(' '), READ_PASSAGES)) {
    const lower = passage.text.toLowerCase();
    for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
      const name = POSSESSOR.exec(passage.text.slice(Math.max(0, at - 80), at))?.[1] ?? BY_AFTER.exec(passage.text.slice(at + wanted.length, at + wanted.length + 80))?.[1];
      if (name !== undefined && !answers.some((answer) => answer.text === name)) answers.push({ text: name, score: POSSESSED_SCORE, matched: [], citations: [citationOf(passage)] });
    }
  }
  return answers;
}
