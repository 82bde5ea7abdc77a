import type { CorpusIndex } from '../index/corpusIndex.ts';

/** Canonical names of quoted speakers for autocomplete: matches for `partial`, else the most quoted. */
export function speakerNames(index: CorpusIndex, partial: string, limit: number): string[] {
  const quoted = (id: string) => index.quoteCountBy(id);
  if (partial.trim() === '') {
    return index.entityList
      .filter((entity) => quoted(entity.id) > 0)
      .sort((a, b) => quoted(b.id) - quoted(a.id))
      .slice(0, limit)
      .map((entity) => entity.name);
  }
  return index.entities
    .search(partial, limit * 4)
    .filter((entity) => quoted(entity.id) > 0)
    .slice(0, limit)
    .map((entity) => entity.name);
}
