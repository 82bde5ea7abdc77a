import type { Answer, Citation } from '../types.ts';
import { round } from './search.ts';

/** One passage's vote for an answer. Votes with the same key are the same answer. */
export interface Candidate {
  key: string;
  answer: Omit<Answer, 'citations' | 'score'>;
  score: number;
  citation: Citation;
}

/** Share of a further supporting article's score added to an answer: agreement raises confidence. */
const CORROBORATION_WEIGHT = 0.3;

/**
 * Folds votes for the same answer into one answer that cites every supporting passage, most
 * relevant first, instead of repeating the answer once per source. The answer's own fields come
 * from its best vote; its score is that vote's plus a share of the best vote of each other file.
 */
export function mergeCorroborating(candidates: readonly Candidate[]): Answer[] {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    const group = groups.get(candidate.key);
    if (group === undefined) groups.set(candidate.key, [candidate]);
    else group.push(candidate);
  }
  const answers: Answer[] = [];
  for (const group of groups.values()) {
    const [best] = group as [Candidate, ...Candidate[]];
    const citations: Citation[] = [];
    const seen = new Set<string>();
    const bestPerFile = new Map<string, number>();
    for (const { citation, score } of group) {
      const id = `${citation.file}#${citation.paragraph}`;
      if (!seen.has(id)) citations.push(citation);
      seen.add(id);
      if (!bestPerFile.has(citation.file)) bestPerFile.set(citation.file, score);
    }
    let score = best.score;
    for (const [file, fileScore] of bestPerFile) if (file !== best.citation.file) score += CORROBORATION_WEIGHT * fileScore;
    answers.push({ ...best.answer, score: round(score), citations });
  }
  return answers.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
}
