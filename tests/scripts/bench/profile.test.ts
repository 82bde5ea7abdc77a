import { describe, expect, it } from 'vitest';
import { shares, type CpuProfile } from '../../../scripts/bench/profile.ts';

/** A profile of one call chain per sample, leaf last, as the inspector reports it (1 ms per sample). */
function profileOf(stacks: ReadonlyArray<ReadonlyArray<[string, string]>>): CpuProfile {
  const nodes: CpuProfile['nodes'] = [{ id: 1, callFrame: { functionName: '(root)', url: '' }, children: [] }];
  const samples: number[] = [];
  for (const stack of stacks) {
    let parent = nodes[0]!;
    for (const [functionName, url] of stack) {
      const node = { id: nodes.length + 1, callFrame: { functionName, url }, children: [] as number[] };
      nodes.push(node);
      parent.children!.push(node.id);
      parent = node;
    }
    samples.push(parent.id);
  }
  return { nodes, samples, timeDeltas: samples.map(() => 1000) };
}

const ANSWER = ['findEvidence', 'file:///p/src/answer/evidence.ts'] as [string, string];

describe('serving profile', () => {
  it('charges each sample to the Byline code nearest the top of its stack, natives to their caller', () => {
    const profile = profileOf([
      [ANSWER, ['query', 'file:///p/dist/src/index/textSearch.js']],
      [ANSWER, ['passage', 'file:///p/src/index/corpusIndex.ts'], ['readSync', 'node:fs']],
      [ANSWER, ['parse', '']],
      [['(garbage collector)', '']],
      [['(idle)', '']],
      [['processTicksAndRejections', 'node:internal/process/task_queues']],
    ]);
    expect(shares(profile)).toEqual({ search: 0.2, reading: 0.2, answering: 0.2, gc: 0.2, other: 0.2 });
  });
});
