/**
 * The question's own words behind an answer's matched index terms: "Why: dockers, strike, Marlow"
 * rather than the stems "docker, strike, marlow" the index compares.
 */
import { indexTerm, words } from '../text/terms.ts';

/**
 * The words of `question`, as written and in its order, whose index term is one of `matched`
 * (each once). Terms the question does not contain (a synonym the search added) are left out.
 *
 * @example questionWords('When did the dockers strike at Marlow?', ['docker', 'strike', 'marlow']) // ['dockers', 'strike', 'Marlow']
 */
export function questionWords(question: string, matched: readonly string[]): string[] {
  const wanted = new Set(matched);
  const shown = new Set<string>();
  const found: string[] = [];
  for (const word of words(question)) {
    const term = indexTerm(word.replace(/\.$/, ''));
    if (term === null || !wanted.has(term) || shown.has(term)) continue;
    shown.add(term);
    found.push(word);
  }
  return found;
}
