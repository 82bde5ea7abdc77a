/** Builds a `ParsedArticle` by hand for NLP tests: one passage per string, naive sentence split. */
import type { ParsedArticle, Passage } from '../../src/types.ts';

/** Splits after `.`, `!` or `?` (optionally followed by a closing quote) and a space before a capital or opening quote. */
export function naiveSentences(text: string): string[] {
  return text.split(/(?<=[.!?][”"’']?\s+)(?=[A-Z“"‘'])/u);
}

/** A parsed article whose passages are `paragraphs`, numbered from 1. */
export function articleOf(paragraphs: readonly string[], file = 'fixture.txt'): ParsedArticle {
  const passages: Passage[] = paragraphs.map((text, index) => ({
    file, paragraph: index + 1, text, sentences: naiveSentences(text),
  }));
  return { meta: { file, title: 'Fixture', credits: [] }, passages };
}
