import type { CorpusIndex } from '../index/corpusIndex.ts';

/** Canonical names of quoted speakers for autocomplete: matches for `partial`, else the most quoted. */
export function speakerNames(index: CorpusIndex, partial: string, limit: number): string[] {
  const quoteCounts = new Map<string, number>();
  for (const quote of index.quotes.values()) {
    if (quote.speakerId !== undefined) quoteCounts.set(quote.speakerId, (quoteCounts.get(quote.speakerId) ?? 0) + 1);
  }
  if (partial.trim() === '') {
    return [...quoteCounts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .flatMap(([id]) => index.entity(id)?.name ?? []);
  }
  return index.entities
    .search(partial, limit * 4)
    .filter((entity) => quoteCounts.has(entity.id))
    .slice(0, limit)
    .map((entity) => entity.name);
}
