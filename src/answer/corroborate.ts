import type { Answer, Citation, Passage } from '../types.ts';
import { citationOf } from './evidence.ts';
import { round } from './search.ts';

/** One passage's vote for an answer. Votes with the same key are the same answer. */
export interface Candidate {
  key: string;
  answer: Omit<Answer, 'citations' | 'score'>;
  score: number;
  /** The passage that votes. */
  source: Pick<Passage, 'file' | 'paragraph'>;
  /** Its citation, made only if the answer shows it: reading passages is what costs on a large corpus. */
  cite: () => Citation | undefined;
}

/** Answers a question gets at most: the best few are read; a long tail only costs time. */
export const MAX_ANSWERS = 10;

/** Citations an answer carries at most; `sources` counts them all. */
export const MAX_CITATIONS = 10;

/** Share of a further supporting article's score added to an answer: agreement raises confidence. */
const CORROBORATION_WEIGHT = 0.3;

/** A vote's source and citation for a passage already in hand. */
export function citing(passage: Passage, excerpt?: string): Pick<Candidate, 'source' | 'cite'> {
  return { source: passage, cite: () => citationOf(passage, excerpt) };
}

/**
 * Folds votes for the same answer into one answer that cites its supporting passages, most
 * relevant first, instead of repeating the answer once per source. The answer's own fields come
 * from its best vote; its score is that vote's plus a share of the best vote of each other file.
 * Only the best `MAX_ANSWERS` answers are kept, and only their shown citations are made.
 */
export function mergeCorroborating(candidates: readonly Candidate[]): Answer[] {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    const group = groups.get(candidate.key);
    if (group === undefined) groups.set(candidate.key, [candidate]);
    else group.push(candidate);
  }
  const scored = [...groups.values()].map((group) => ({ group, score: groupScore(group) }));
  scored.sort((a, b) => b.score - a.score);
  const answers: Answer[] = [];
  for (const { group, score } of scored) {
    if (answers.length >= MAX_ANSWERS) break;
    const { citations, sources } = citationsOf(group);
    if (citations.length === 0) continue;
    answers.push({ ...group[0]!.answer, score: round(score), citations, ...(sources > citations.length ? { sources } : {}) });
  }
  return answers;
}

function groupScore(group: readonly Candidate[]): number {
  const [best] = group as [Candidate, ...Candidate[]];
  const bestPerFile = new Map<string, number>();
  for (const { source, score } of group) if (!bestPerFile.has(source.file)) bestPerFile.set(source.file, score);
  let score = best.score;
  for (const [file, fileScore] of bestPerFile) if (file !== best.source.file) score += CORROBORATION_WEIGHT * fileScore;
  return score;
}

/** The first `MAX_CITATIONS` distinct passages of a group, cited, and how many distinct passages it has. */
function citationsOf(group: readonly Candidate[]): { citations: Citation[]; sources: number } {
  const citations: Citation[] = [];
  const seen = new Set<string>();
  for (const { source, cite } of group) {
    const id = `${source.file}#${source.paragraph}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (citations.length < MAX_CITATIONS) {
      const citation = cite();
      if (citation !== undefined) citations.push(citation);
    }
  }
  return { citations, sources: seen.size };
}
