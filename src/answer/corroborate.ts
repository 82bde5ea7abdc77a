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
export const CORROBORATION_WEIGHT = 0.3;

/** A vote's source and citation for a passage already in hand. */
export function citing(passage: Passage, excerpt?: string): Pick<Candidate, 'source' | 'cite'> {
  return { source: passage, cite: () => citationOf(passage, excerpt) };
}

/** The votes for one answer, with what its score needs kept as they arrive. */
interface Group {
  /** The best vote: the highest score, the earliest among equals. */
  best: Candidate;
  bestAt: number;
  /** Each file's best vote. */
  bestPerFile: Map<string, number>;
  votes: Candidate[];
}

/**
 * Folds votes for the same answer into one answer that cites its supporting passages, most
 * relevant first, instead of repeating the answer once per source. The answer's own fields come
 * from its best vote; its score is that vote's plus a share of the best vote of each other file.
 * Only the best `MAX_ANSWERS` answers are kept, and only their shown citations are made; votes
 * are grouped in one pass, so a role stated in thousands of articles costs no sort of them all.
 */
export function mergeCorroborating(candidates: readonly Candidate[]): Answer[] {
  const groups = new Map<string, Group>();
  candidates.forEach((candidate, at) => {
    const group = groups.get(candidate.key);
    if (group === undefined) {
      groups.set(candidate.key, { best: candidate, bestAt: at, bestPerFile: new Map([[candidate.source.file, candidate.score]]), votes: [candidate] });
      return;
    }
    group.votes.push(candidate);
    if (candidate.score > group.best.score) {
      group.best = candidate;
      group.bestAt = at;
    }
    const fileBest = group.bestPerFile.get(candidate.source.file);
    if (fileBest === undefined || candidate.score > fileBest) group.bestPerFile.set(candidate.source.file, candidate.score);
  });
  const scored = [...groups.values()].map((group) => ({ group, score: groupScore(group) }));
  scored.sort((a, b) => b.score - a.score || b.group.best.score - a.group.best.score || a.group.bestAt - b.group.bestAt);
  const answers: Answer[] = [];
  for (const { group, score } of scored) {
    if (answers.length >= MAX_ANSWERS) break;
    const { citations, sources } = citationsOf(group.votes);
    if (citations.length === 0) continue;
    answers.push({ ...group.best.answer, score: round(score), citations, ...(sources > citations.length ? { sources } : {}) });
  }
  return answers;
}

function groupScore({ best, bestPerFile }: Group): number {
  let score = best.score;
  for (const [file, fileScore] of bestPerFile) if (file !== best.source.file) score += CORROBORATION_WEIGHT * fileScore;
  return score;
}

/** The first `MAX_CITATIONS` distinct passages of a group's votes, best first, cited, and how many distinct passages it has. */
function citationsOf(votes: readonly Candidate[]): { citations: Citation[]; sources: number } {
  const citations: Citation[] = [];
  const seen = new Set<string>();
  // A stable sort: among equal scores, the earlier vote first.
  for (const { source, cite } of [...votes].sort((a, b) => b.score - a.score)) {
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
