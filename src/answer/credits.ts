/** Credit questions: who reported, wrote, edited or photographed a story, from its credit lines. */
import type { Answer } from '../types.ts';
import type { QuestionOf } from './question.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { articleRelevance, matchedTerms, questionTerms, tokenize } from './evidence.ts';
import { citing, mergeCorroborating, type Candidate } from './corroborate.ts';

/** The credited people of the articles most relevant to the rest of the question. */
export function creditAnswers(index: CorpusIndex, { text: question, credit: role }: QuestionOf<'credit'>): Answer[] {
  const creditWords = new Set(['photo', 'photograph', 'picture', 'image', 'took', 'taken', 'write', 'writer', 'author', 'edit', 'editor', 'report', 'reporter', 'contribut', 'additional']);
  const topic = questionTerms(question, creditWords);
  const asked = questionTerms(question);
  const candidates: Candidate[] = [];
  for (const [file, score] of articleRelevance(index, topic, 0.3)) {
    for (const credit of index.articles.get(file)?.credits ?? []) {
      const passage = index.passage(file, credit.paragraph);
      if (credit.role !== role || passage === undefined) continue;
      // "additional reporting by X" answers "who contributed additional reporting?" better than "Reporting by Y".
      const qualifier = matchedTerms(asked, tokenize(creditPhrase(passage.text, credit.name))).length;
      candidates.push({ key: credit.name, answer: { text: credit.name, role: `${role} credit`, matched: topic }, score: score * (1 + qualifier), ...citing(passage) });
    }
  }
  return mergeCorroborating(candidates);
}

/** The words of a credit line that introduce a name: "additional reporting by" for "Ros Vale". */
function creditPhrase(line: string, name: string): string {
  const at = line.indexOf(name);
  if (at < 0) return '';
  const before = line.slice(0, at);
  return before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('('), before.lastIndexOf(',')) + 1);
}
