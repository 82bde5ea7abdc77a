import fc from 'fast-check';
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, TextSearch, type TextHit } from '../../src/index/textSearch.ts';
import { indexTerm, words } from '../../src/text/terms.ts';
import { termMatches } from '../../src/text/termMatch.ts';

/** Byline's search as it was: minisearch, configured as the old textSearch.ts configured it. */
const OLD_OPTIONS: Options<{ id: number; text: string }> = {
  fields: ['text'],
  storeFields: [],
  tokenize: (text) => words(text),
  processTerm: (term) => indexTerm(term),
  searchOptions: {
    prefix: (term) => term.length >= 5,
    fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    combineWith: 'OR',
  },
};
const EXACT: SearchOptions = { prefix: false, fuzzy: false };

/** Every document the old search scored for the query, in its order (before the `limit` cut). */
function oldSearch(texts: readonly string[], query: string, limit: number): TextHit[] {
  const index = new MiniSearch(OLD_OPTIONS);
  index.addAll(texts.map((text, id) => ({ id, text })));
  const exact = index.search(query, EXACT);
  const results = exact.length >= limit ? exact : index.search(query);
  return results.map((result) => ({ doc: Number(result.id), score: result.score, matched: [...new Set(result.queryTerms)] }));
}

function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}

/** The new top hits are a top-`limit` of the old results: same scores rank by rank, and each hit's own score and terms as the old search gave them. */
function expectSameAsOld(texts: readonly string[], query: string, limit: number): void {
  const hits = TextSearch.build(texts).query(query, limit);
  const old = oldSearch(texts, query, limit);
  const oldByDoc = new Map(old.map((hit) => [hit.doc, hit]));
  expect(hits.length).toBe(Math.min(limit, old.length));
  hits.forEach((hit, rank) => {
    expectClose(hit.score, (old[rank] as TextHit).score);
    const same = oldByDoc.get(hit.doc);
    expect(same, `doc ${hit.doc} is not an old result`).toBeDefined();
    expectClose(hit.score, (same as TextHit).score);
    expect(hit.matched).toEqual((same as TextHit).matched);
  });
}

// A small vocabulary so that terms collide: stems, prefixes of longer terms, near-misses.
const VOCABULARY = [
  'harbour', 'harbours', 'harbourmaster', 'harbor', 'storm', 'stormy', 'storms', 'coast', 'coastal',
  'minister', 'ministers', 'ministry', 'winter', 'wintery', 'winner', 'crane', 'cranes', 'elect', 'election',
  'elections', 'elected', 'elector', 'president', 'presidential', 'preside', 'budget', 'budgets',
  'the', 'of', 'and', 'said', 'US', '2024', 'Ortiz', 'Ortega',
];
const TYPOS = ['harbur', 'electon', 'minster', 'presidant', 'wintr', 'coastl', 'stormyy', 'budgett', 'nowhere'];

const corpus = fc.array(
  fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 14 }).map((picked) => picked.join(' ')),
  { minLength: 1, maxLength: 40 },
);
const query = fc.array(fc.constantFrom(...VOCABULARY, ...TYPOS), { minLength: 1, maxLength: 5 }).map((picked) => picked.join(' '));

const HARBOUR = [
  'The harbour was quiet all through the long and windy winter evening by the grey sea wall.',
  'A harbour crane fell onto the empty quay during the storm that swept the northern coast.',
  // The prefix match is short and repeats its word, so it outscores the exact matches.
  'Harbourmaster, harbourmaster.',
];

describe('TextSearch scores as minisearch did', () => {
  it('agrees with the old minisearch search on random corpora, exact, prefix and fuzzy', () => {
    fc.assert(
      fc.property(corpus, query, fc.integer({ min: 1, max: 20 }), (texts, text, limit) => expectSameAsOld(texts, text, limit)),
      { seed: 20_240_611, numRuns: 400 },
    );
  });

  it.each([
    ['a repeated query word', ['storm storm coast', 'coast coast', 'storm'], 'storm coast storm', 10],
    ['a term more than 255 times in one document', ['budget '.repeat(300), 'budget and coast', 'coast'], 'budget coast', 10],
    ['a term more than 65535 times in one document', ['budget '.repeat(70_000), 'budget and coast'], 'budget', 10],
    ['documents with no words', ['', '...', 'storm'], 'storm', 10],
    ['a longer term that is both a prefix and a fuzzy match', ['wintery weather', 'winter', 'winner'], 'winter', 10],
    ['a fuzzy match two edits away', ['presidential election', 'president', 'preside'], 'presidant', 10],
  ])('agrees with the old search on %s', (_, texts, text, limit) => expectSameAsOld(texts, text, limit));
});

describe('TextSearch.documentsWith', () => {
  it('lists the documents that hold a term exactly, in order, no prefix or fuzzy ones', () => {
    const search = TextSearch.build(HARBOUR);
    expect(search.documentsWith('harbour', 10)).toEqual([0, 1]);
    expect(search.documentsWith('harbour', 1)).toEqual([0]);
    expect(search.documentsWith('harbor', 10)).toEqual([]);
  });
});

describe('TextSearch', () => {
  it('adds prefix matches only when the exact terms find fewer documents than asked', () => {
    const search = TextSearch.build(HARBOUR);
    expect(search.query('harbour', 2).map((hit) => hit.doc)).toEqual([1, 0]);
    expect(search.query('harbour', 10).map((hit) => hit.doc)).toEqual([2, 1, 0]);
  });

  it('finds nothing for a query of stopwords only', () => {
    expect(TextSearch.build(HARBOUR).query('the and of who what')).toEqual([]);
  });

  it('returns at most `limit` hits, 50 by default', () => {
    const search = TextSearch.build(Array.from({ length: 60 }, (_, i) => `storm report ${i}`));
    expect(search.query('storm')).toHaveLength(50);
    expect(search.query('storm', 7)).toHaveLength(7);
    expect(search.query('storm', 0)).toEqual([]);
  });

  it('lists the query terms a document matched, in query order, once each', () => {
    const search = TextSearch.build(['harbourmaster inspects the coastal crane', 'a quiet harbour']);
    const [first] = search.query('crane harbour coast crane', 10);
    expect(first).toMatchObject({ doc: 0, matched: ['crane', 'harbour', 'coast'] });
  });

  it('reports a fuzzy match under the query term, not the document term', () => {
    const search = TextSearch.build(['the minister resigned']);
    expect(search.query('minster')).toMatchObject([{ doc: 0, matched: ['minster'] }]);
  });

  it('keeps only the documents asked for, scored as in the whole index', () => {
    const search = TextSearch.build(['storm at sea', 'storm storm', 'a storm coast', 'calm sea']);
    const whole = search.query('storm sea', 10);
    const within = search.query('storm sea', 10, new Set([0, 2, 3]));
    expect(within.map((hit) => hit.doc)).toEqual([0, 3, 2]);
    expect(within).toEqual(whole.filter((hit) => hit.doc !== 1));
    expect(search.query('storm', 10, new Set([3]))).toEqual([]);
    // The next query is not limited by the last one's set.
    expect(search.query('storm', 10).map((hit) => hit.doc)).toEqual([1, 0, 2]);
  });

  it('ranks equal scores by document number', () => {
    const search = TextSearch.build(['storm at sea', 'a coast', 'storm at sea', 'storm at sea']);
    expect(search.query('storm').map((hit) => hit.doc)).toEqual([0, 2, 3]);
    expect(search.query('storm', 2).map((hit) => hit.doc)).toEqual([0, 2]);
  });

  it(`ignores query terms after the ${MAX_QUERY_TERMS}th distinct one`, () => {
    const fillers = Array.from({ length: MAX_QUERY_TERMS }, (_, i) => `filler${i}`);
    const search = TextSearch.build(['storm over the coast']);
    expect(search.query([...fillers, 'storm'].join(' '))).toEqual([]);
    expect(search.query(['storm', ...fillers].join(' '))).toMatchObject([{ doc: 0, matched: ['storm'] }]);
  });

  it('forgets one query before the next', () => {
    const search = TextSearch.build(['storm at sea', 'coast road']);
    const before = search.query('coast');
    search.query('storm coast');
    expect(search.query('coast')).toEqual(before);
  });

  it('searches an empty index', () => {
    const search = TextSearch.build([]);
    expect(search.size).toBe(0);
    expect(search.query('storm')).toEqual([]);
    expect(TextSearch.fromBytes(search.toBytes()).query('harbourmaster')).toEqual([]);
  });
});

describe('TextSearch bytes', () => {
  const texts = [...HARBOUR, 'The minister said the election budget was ready.', 'budget '.repeat(300)];
  const queries = ['harbour', 'harbour crane', 'minster elections', 'budget', 'nothing here'];

  it('restores an index that answers exactly as the original', () => {
    const search = TextSearch.build(texts);
    const restored = TextSearch.fromBytes(search.toBytes());
    expect(restored.size).toBe(texts.length);
    for (const text of queries) expect(restored.query(text, 3)).toEqual(search.query(text, 3));
    expect(restored.toBytes()).toEqual(search.toBytes());
  });

  it('loads from a misaligned copy of the bytes', () => {
    const search = TextSearch.build(texts);
    const bytes = search.toBytes();
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const restored = TextSearch.fromBytes(shifted.subarray(3));
    for (const text of queries) expect(restored.query(text)).toEqual(search.query(text));
  });

  it('loads from a misaligned Buffer, whose slice is a view rather than a copy', () => {
    const search = TextSearch.build(texts);
    const bytes = search.toBytes();
    const file = Buffer.alloc(bytes.length + 5);
    file.set(bytes, 5);
    const restored = TextSearch.fromBytes(file.subarray(5));
    for (const text of queries) expect(restored.query(text)).toEqual(search.query(text));
  });

  it('aligns every section to 8 bytes', () => {
    expect(TextSearch.build(texts).toBytes().length % 8).toBe(0);
  });

  it('rejects bytes that are not an index', () => {
    expect(() => TextSearch.fromBytes(new TextEncoder().encode('{"index": []} and more padding here'))).toThrow(
      'Byline: these bytes are not a text search index',
    );
  });

  it('rejects a truncated index', () => {
    const bytes = TextSearch.build(texts).toBytes();
    expect(() => TextSearch.fromBytes(bytes.subarray(0, bytes.length - 8))).toThrow(
      `Byline: text search index is ${bytes.length - 8} bytes, expected ${bytes.length}`,
    );
  });
});

describe('TextSearch.matchedIn', () => {
  // The definition it must keep: a query term is matched when some word of the document matches it.
  const naive = (queryTerms: readonly string[], text: string) =>
    queryTerms.filter((q) => words(text).some((word) => {
      const term = indexTerm(word);
      return term !== null && termMatches(q, term);
    }));
  // Words that meet by prefix, demonym, a past in e, act and noun, one edit anywhere (the first letter too) and synonym.
  const vocabulary = ['attack', 'strike', 'strikes', 'raid', 'iran', 'iranian', 'israel', 'israeli', 'explosion', 'explosions', 'xplosion', 'eexplosion',
    'xexplosion', 'blast', 'government', 'governments', 'govermnent', 'governmen', 'leader', 'head', 'chief', 'director', 'directors', 'president',
    'presidents', 'bresident', 'resident', 'kill', 'assassinate', 'slay', 'hurt', 'wounded', 'injured', 'blame', 'blamed', 'italy', 'italian',
    'hungary', 'hungarian', 'retaliate', 'retaliation', 'retaliations', 'u.s', 'US', 'america', 'treaty', 'treat', 'treaties', 'kingdom', 'kingdoms',
    'akingdom', 'state', 'statement', 'states', 'china', 'chinese', 'japanese', 'japan', 'spanish', 'spain', 'the', 'said'];
  const word = fc.constantFrom(...vocabulary);

  it('finds what reading every word of the document finds', () => {
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 10 }), { minLength: 1, maxLength: 6 }), fc.array(word, { maxLength: 6 }), (documents, question) => {
        const texts = documents.map((document) => document.join(' '));
        const search = TextSearch.build(texts);
        const terms = [...new Set(question.flatMap((w) => indexTerm(w) ?? []))];
        texts.forEach((text, doc) => expect(search.matchedIn(doc, terms)).toEqual(naive(terms, text)));
      }),
      { numRuns: 1_000 },
    );
  });

  it('matches query terms the corpus never uses, by their forms', () => {
    const search = TextSearch.build(['the Iranian presidents blamed the governments', 'a quiet harbour']);
    expect(search.matchedIn(0, ['iran', 'president', 'blame', 'govern', 'harbour'])).toEqual(['iran', 'president', 'blame', 'govern']);
    expect(search.matchedIn(1, ['iran', 'harbour', 'harbours'])).toEqual(['harbour', 'harbours']);
  });

  it('survives a trip through bytes', () => {
    const search = TextSearch.fromBytes(TextSearch.build(['an xplosion near the bresident', 'nothing here']).toBytes());
    expect(search.matchedIn(0, ['explosion', 'president', 'near'])).toEqual(['explosion', 'president', 'near']);
    expect(search.matchedIn(1, ['explosion'])).toEqual([]);
  });
});

describe('TextSearch.rarity', () => {
  const search = TextSearch.build(['The harbour strike goes on', 'Strikers at the harbour', 'The harbour is quiet', 'A harbour of cruelty']);

  it('weighs a word held by few documents above one held by most', () => {
    expect(search.rarity('cruelty')).toBeGreaterThan(search.rarity('harbour'));
  });

  it('counts the documents that hold the word in any form the query matches', () => {
    // "strike" begins "striker": two of the four documents hold it, as the query would find them (idf ln(1 + 2.5 / 2.5)).
    expect(search.rarity('strike')).toBeCloseTo(Math.log(2), 10);
  });

  it('rates a word no document holds as rare as a word can be', () => {
    expect(search.rarity('lockout')).toBeGreaterThan(search.rarity('cruelty'));
  });
});

describe('TextSearch.holds', () => {
  it('says whether some word of the document has the index term itself, as reading the words would', () => {
    const vocabulary = ['attack', 'attacks', 'attacked', 'iran', 'iranian', 'explosion', 'xplosion', 'the', 'said', 'U.S', 'us', 'government'];
    const word = fc.constantFrom(...vocabulary);
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 8 }), { minLength: 1, maxLength: 5 }), (documents) => {
        const texts = documents.map((document) => document.join(' '));
        const search = TextSearch.fromBytes(TextSearch.build(texts).toBytes());
        const terms = [...new Set(vocabulary.flatMap((w) => indexTerm(w) ?? [])), 'absent'];
        texts.forEach((text, doc) => {
          for (const term of terms) expect(search.holds(doc, term)).toBe(words(text).some((w) => indexTerm(w) === term));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('TextSearch.fuzzyMatches', () => {
  it('finds what minisearch’s radix tree finds, with the same distances, in the same order', () => {
    const letters = fc.constantFrom('a', 'b', 'e', 'n', 'r', 's', 't', 'é', '7');
    const word = fc.array(letters, { minLength: 1, maxLength: 10 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 8 }), { minLength: 1, maxLength: 8 }), word, fc.integer({ min: 0, max: 3 }), (documents, query, maxDistance) => {
        const search = TextSearch.fromBytes(TextSearch.build(documents.map((document) => document.join(' '))).toBytes());
        // The index's own terms, as the radix tree held them: inserted in term order.
        const terms = (search as unknown as { data: { terms: string[] } }).data.terms;
        const tree = new SearchableMap<number>();
        terms.forEach((term, id) => tree.set(term, id));
        const expected = [...tree.fuzzyGet(query, maxDistance)].map(([, [id, distance]]) => [id, distance]);
        expect(search.fuzzyMatches(query, maxDistance)).toEqual(expected);
      }),
      { numRuns: 1_000 },
    );
  });
});
