import { describe, expect, it } from 'vitest';
import { MAX_ANSWERS, MAX_CITATIONS, mergeCorroborating, type Candidate } from '../../src/answer/corroborate.ts';

/** A vote for `key` from a passage, citing it with its place as the excerpt. */
function vote(key: string, score: number, file: string, paragraph = 1): Candidate {
  return { key, answer: { text: key }, score, source: { file, paragraph }, cite: () => ({ file, paragraph, excerpt: `${file}#${paragraph}` }) };
}

describe('mergeCorroborating', () => {
  it('folds votes for one answer into one, scored by its best vote plus 0.3 of each other file\'s best', () => {
    const [answer, ...rest] = mergeCorroborating([vote('Ortiz', 1, 'a.txt'), vote('Ortiz', 2, 'b.txt'), vote('Ortiz', 0.5, 'b.txt', 2), vote('Ortiz', 1, 'c.txt')]);
    expect(rest).toEqual([]);
    expect(answer?.score).toBe(2.6);
    // Citations best first, ties in the order the votes came.
    expect(answer?.citations.map((c) => c.excerpt)).toEqual(['b.txt#1', 'a.txt#1', 'c.txt#1', 'b.txt#2']);
  });

  it('orders answers by score, and equal scores by the earlier best vote', () => {
    const answers = mergeCorroborating([vote('Berg', 1, 'a.txt'), vote('Varga', 2, 'b.txt'), vote('Ortiz', 1, 'c.txt')]);
    expect(answers.map((a) => a.text)).toEqual(['Varga', 'Berg', 'Ortiz']);
  });

  it(`keeps ${MAX_ANSWERS} answers, each with ${MAX_CITATIONS} citations and the count of all its sources, and cites only those shown`, () => {
    let cited = 0;
    const counted = (candidate: Candidate): Candidate => ({ ...candidate, cite: () => (cited++, candidate.cite()) });
    const votes = [
      ...Array.from({ length: 25 }, (_, n) => counted(vote('Ortiz', 1, `file${n}.txt`))),
      ...Array.from({ length: 15 }, (_, n) => counted(vote(`other${n}`, 0.1, 'x.txt', n + 1))),
    ];
    const answers = mergeCorroborating(votes);
    expect(answers).toHaveLength(MAX_ANSWERS);
    expect(answers[0]?.citations).toHaveLength(MAX_CITATIONS);
    expect(answers[0]?.sources).toBe(25);
    expect(answers[1]?.sources).toBeUndefined();
    expect(cited).toBe(MAX_CITATIONS + MAX_ANSWERS - 1);
  });

  it('drops an answer none of whose passages can be cited', () => {
    const uncited: Candidate = { ...vote('Ghost', 5, 'gone.txt'), cite: () => undefined };
    expect(mergeCorroborating([uncited, vote('Berg', 1, 'a.txt')]).map((a) => a.text)).toEqual(['Berg']);
  });
});
