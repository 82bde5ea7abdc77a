/** A tally of misses by kind, with up to `show` examples of each: what the study scripts (`speechMisses.ts`, `quoteMisses.ts`) print. */
export interface MissTally {
  /** Counts one miss of `kind`, keeping its example while fewer than `show` are kept. */
  add(kind: string, example: string): void;
  counts: ReadonlyMap<string, number>;
  examples: ReadonlyMap<string, readonly string[]>;
}

export function missTally(show: number): MissTally {
  const counts = new Map<string, number>();
  const examples = new Map<string, string[]>();
  return {
    add(kind, example) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      const list = examples.get(kind) ?? [];
      if (list.length < show) list.push(example);
      examples.set(kind, list);
    },
    counts,
    examples,
  };
}
