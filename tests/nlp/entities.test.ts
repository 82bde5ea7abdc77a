import { describe, expect, it } from 'vitest';
import { mergeEntities } from '../../src/nlp/entities.ts';
import { EntityLookup } from '../../src/nlp/entityLookup.ts';
import type { Mention, Quote } from '../../src/types.ts';

function person(name: string, file: string, paragraph: number, role?: string): Mention {
  return { name, kind: 'person', file, paragraph, ...(role ? { role } : {}) };
}

const MENTIONS: Mention[] = [
  person('Daniel Okafor', 'a.txt', 1, 'US Secretary of State'),
  person('Okafor', 'a.txt', 2),
  person('Daniel Okafor', 'a.txt', 3, 'U.S. Secretary of State'),
  person('Daniell Okafor', 'b.txt', 1, 'Secretary of State'),
  person('Daniel Okafor', 'b.txt', 4),
  person('Ingrid Solberg', 'c.txt', 2, 'Norway’s Foreign Minister'),
  { name: 'Pentagon', kind: 'organization', file: 'c.txt', paragraph: 3 },
  { name: 'Oslo', kind: 'place', file: 'c.txt', paragraph: 1 },
];
const QUOTES: Quote[] = [{ text: 'We are ready.', speaker: 'Daniel Okafor', file: 'd.txt', paragraph: 2, partial: false }];

describe('mergeEntities', () => {
  const entities = mergeEntities(MENTIONS, QUOTES);
  const okafor = entities.find((e) => e.id === 'daniel-okafor');

  it('merges a surname and a variant spelling into the fullest, most frequent form', () => {
    expect(okafor).toMatchObject({ name: 'Daniel Okafor', kind: 'person', aliases: ['Daniell Okafor', 'Okafor'] });
  });

  it('keeps one claim per title, in file and paragraph order', () => {
    expect(okafor?.roles).toEqual([
      { title: 'US Secretary of State', file: 'a.txt', paragraph: 1 },
      { title: 'Secretary of State', file: 'b.txt', paragraph: 1 },
    ]);
  });

  it('lists the files mentioning or quoting the entity', () => {
    expect(okafor?.files).toEqual(['a.txt', 'b.txt', 'd.txt']);
  });

  it('gives deterministic ids, sorted, whatever the input order', () => {
    expect(entities.map((e) => e.id)).toEqual(['daniel-okafor', 'ingrid-solberg', 'oslo', 'pentagon']);
    expect(mergeEntities([...MENTIONS].reverse(), QUOTES)).toEqual(entities);
  });

  it('keeps a surname apart when two full names share it', () => {
    const merged = mergeEntities([person('Daniel Okafor', 'a.txt', 1), person('Grace Okafor', 'a.txt', 2), person('Okafor', 'a.txt', 3)], []);
    expect(merged.map((e) => e.name)).toEqual(['Daniel Okafor', 'Grace Okafor', 'Okafor']);
  });

  it('makes ids unique when a person and a place share a name', () => {
    const merged = mergeEntities([person('Georgia', 'a.txt', 1), { name: 'Georgia', kind: 'place', file: 'a.txt', paragraph: 2 }], []);
    expect(merged.map((e) => e.id).sort()).toEqual(['georgia', 'georgia-place']);
  });
});

describe('EntityLookup', () => {
  const entities = mergeEntities(MENTIONS, QUOTES);
  // A snapshot round trip: the lookup needs nothing but the entities.
  const lookup = new EntityLookup(JSON.parse(JSON.stringify(entities)));

  it.each([
    ['the canonical name', 'Daniel Okafor', 'Daniel Okafor'],
    ['an alias', 'Daniell Okafor', 'Daniel Okafor'],
    ['another given name with the same surname', 'Grace Okafor', undefined],
    ['a lowercase surname', 'okafor', 'Daniel Okafor'],
    ['an abbreviated title', 'Sec. Okafor', 'Daniel Okafor'],
    ['a full title', 'US Secretary of State Okafor', 'Daniel Okafor'],
    ['a title shortened as chat writes it', 'Def Sec Okafor', 'Daniel Okafor'],
    ['a title run together', 'SecDef Okafor', 'Daniel Okafor'],
    ['a typo in the surname', 'Okafur', 'Daniel Okafor'],
    ['a typo and a given name', 'Danel Okafer', 'Daniel Okafor'],
    ['two typos in the surname, vouched for by the given name', 'Ingrid Solbeerk', 'Ingrid Solberg'],
    ['two typos in a lone surname', 'Solbeerk', undefined],
    ['a given name clipped at its front, as short forms are', 'Grid Solberg', 'Ingrid Solberg'],
    ['a possessive', 'Solberg’s', 'Ingrid Solberg'],
    ['an organisation', 'the Pentagon', 'Pentagon'],
    ['someone the corpus never names', 'Macron', undefined],
    ['an empty string', '  ', undefined],
  ])('resolves %s', (_case, query, expected) => {
    expect(lookup.resolve(query)?.name).toBe(expected);
  });

  it('refuses a surname two people share', () => {
    const shared = new EntityLookup(mergeEntities([person('Daniel Okafor', 'a.txt', 1), person('Grace Okafor', 'a.txt', 2)], []));
    expect(shared.resolve('Okafor')).toBeUndefined();
    expect(shared.resolve('Grace Okafor')?.name).toBe('Grace Okafor');
  });

  it.each([
    ['a prefix of the surname', 'oka', ['Daniel Okafor']],
    ['a prefix of the given name', 'Ing', ['Ingrid Solberg']],
    ['a misspelt prefix', 'Solbreg', ['Ingrid Solberg']],
    ['nothing close', 'Xavier', []],
  ])('searches by %s', (_case, partial, expected) => {
    expect(lookup.search(partial, 5).map((e) => e.name)).toEqual(expected);
  });

  it('caps search results at the limit, most cited first', () => {
    expect(lookup.search('', 2).map((e) => e.name)).toEqual(['Daniel Okafor', 'Ingrid Solberg']);
  });
});

describe('quotation speakers named by their owner', () => {
  it('are bodies, not people', () => {
    const quotes: Quote[] = [{ text: 'reckless', speaker: 'Norland’s army', file: 'e.txt', paragraph: 3, partial: true }];
    expect(mergeEntities([], quotes).map((e) => [e.name, e.kind])).toEqual([['Norland’s army', 'organization']]);
  });
});
