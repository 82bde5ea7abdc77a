/** Credit questions: who reported, wrote, edited or photographed a story, from its credit lines. */
import type { Answer, Credit } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { findEvidence, matchedTerms, questionTerms, tokenize } from './evidence.ts';
import { citing, mergeCorroborating, type Candidate } from './corroborate.ts';

/** Questions about an article's credits, each with the credit role it asks for. */
const CREDIT_QUESTIONS: ReadonlyArray<{ pattern: RegExp; role: Credit['role']; reason: string }> = [
  { pattern: /\b(took|taken|shot)\b.*\b(photo|photograph|picture|image)s?\b|\bphotographed\b|\bphoto credit\b/i, role: 'photo', reason: 'asks for the photographer' },
  { pattern: /\bwho (wrote|authored)\b|\b(writer|author)\b/i, role: 'writing', reason: 'asks for the writer' },
  { pattern: /\bwho edited\b|\beditor\b|\bediting\b/i, role: 'editing', reason: 'asks for the editor' },
  {
    pattern: /\b(reported|reporting|reporter)\b.*\b(story|article|report|piece|dispatch)\b|\b(additional|contributed) reporting\b|\bwho was the reporter\b/i,
    role: 'reporting',
    reason: 'asks for the reporters credited on a story',
  },
];

/** The credit role a question asks for, if it asks about credits. */
export function creditAsked(question: string): Credit['role'] | undefined {
  return CREDIT_QUESTIONS.find((rule) => rule.pattern.test(question))?.role;
}

/** The credited people of the articles most relevant to the rest of the question. */
export function creditAnswers(index: CorpusIndex, question: string, role: Credit['role']): Answer[] {
  const creditWords = new Set(['photo', 'photograph', 'picture', 'image', 'took', 'taken', 'write', 'writer', 'author', 'edit', 'editor', 'report', 'reporter', 'contribut', 'additional']);
  const topic = questionTerms(question, creditWords);
  const asked = questionTerms(question);
  const relevance = new Map<string, number>();
  for (const evidence of findEvidence(index, topic, { minCoverage: 0.3 })) {
    relevance.set(evidence.passage.file, (relevance.get(evidence.passage.file) ?? 0) + evidence.score);
  }
  const candidates: Candidate[] = [];
  for (const [file, score] of relevance) {
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

/** The words of a credit line that introduce a name: "additional reporting by" for "Susan Heavey". */
function creditPhrase(line: string, name: string): string {
  const at = line.indexOf(name);
  if (at < 0) return '';
  const before = line.slice(0, at);
  return before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('('), before.lastIndexOf(',')) + 1);
}
