import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build.ts';
import { TextSearch } from '../../src/index/textSearch.ts';
import { corpusFolder } from './fixtures.ts';

// The prefix match is short and repeats its word, so it would outscore the exact matches.
const documents = [
  { id: 'a', text: 'The harbour was quiet all through the long and windy winter evening by the grey sea wall.' },
  { id: 'b', text: 'A harbour crane fell onto the empty quay during the storm that swept the northern coast.' },
  { id: 'c', text: 'Harbourmaster, harbourmaster.' },
];

describe('TextSearch', () => {
  it('adds prefix matches only when the exact terms find fewer documents than asked', () => {
    const search = TextSearch.build(documents);
    expect(search.query('harbour', 2).map((hit) => hit.id).sort()).toEqual(['a', 'b']);
    expect(search.query('harbour', 10).map((hit) => hit.id)).toEqual(['c', 'b', 'a']);
  });

  it('indexes a passage by its own text, not by its article headline', async () => {
    const { index } = await buildIndex(await corpusFolder(), undefined, { threads: 0 });
    // "orchards" is only in the headline of orchard.txt, which is its first passage.
    expect(index.passageSearch.query('orchards').map((hit) => hit.id)).toEqual(['orchard.txt#1']);
  });
});
