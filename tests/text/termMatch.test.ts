import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPeopleOf, matchForms, sameWord, termMatches } from '../../src/text/termMatch.ts';
import { indexTerm, synonymsOf } from '../../src/text/terms.ts';

/** The rules of `sameWord` as first written, one test each: the reference the allocation-free version must keep. */
function referenceSameWord(query: string, term: string): boolean {
  if (query === term) return true;
  const [shorter, longer] = query.length <= term.length ? [query, term] : [term, query];
  if (shorter.length >= 5 && longer.startsWith(shorter)) return true;
  if (shorter.length >= 4 && ['i', 'ian', 'an', 'ese', 'ish'].some((ending) => longer === shorter + ending)) return true;
  if (shorter.length >= 4 && shorter.endsWith('y') && longer === `${shorter.slice(0, -1)}ian`) return true;
  if (shorter.length >= 4 && longer === `${shorter}e`) return true;
  if (shorter.length >= 6 && shorter.endsWith('e') && /^ions?$/.test(longer.slice(shorter.length - 1))) return longer.startsWith(shorter.slice(0, -1));
  if (PLACE_PEOPLE.some(([place, people]) => [[query, term], [term, query]].some(([a, b]) => a!.endsWith(place) && b!.endsWith(people) && a!.length - place.length >= 4 && a!.slice(0, -place.length) === b!.slice(0, -people.length)))) return true;
  return shorter.length >= 6 && longer.length - shorter.length <= 1 && withinOneEdit(shorter, longer);
}

/** A place's ending and its people's, as first written ("lebanon", "lebanese"). */
const PLACE_PEOPLE = [['on', 'ese'], ['o', 'an'], ['a', 'ian'], ['a', 'ese'], ['e', 'ian'], ['um', 'an'], ['al', 'uese'], ['ey', 'ish'], ['en', 'ish'], ['ain', 'ish'], ['and', 'ish']] as const;

function withinOneEdit(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.slice(i) === b.slice(i + 1);
}

// Short words over a few letters, with the endings the rules know, so every rule is met often.
const stem = fc.string({ unit: fc.constantFrom('a', 'e', 'i', 'n', 's', 'y', 'o'), minLength: 1, maxLength: 8 });
const ending = fc.constantFrom('', '', 'i', 'ian', 'an', 'ese', 'ish', 'e', 'y', 'ion', 'ions', 's', 'on', 'o', 'a', 'um', 'al', 'uese', 'ey', 'en', 'ain', 'and');
const word = fc.tuple(stem, ending).map(([a, b]) => a + b);
/** A word and another made from it by one of the rules, or by a random edit. */
const pair = fc.oneof(
  fc.tuple(word, word),
  fc.tuple(word, ending).map(([a, b]) => [a, a + b] as [string, string]),
  fc.tuple(word, fc.nat(), fc.constantFrom('', 'a', 'e', 'y')).map(([a, at, letter]) => {
    const i = at % (a.length + 1);
    return [a, a.slice(0, i) + letter + a.slice(i + (letter === '' || at % 2 === 0 ? 1 : 0))] as [string, string];
  }),
);

describe('sameWord', () => {
  it('agrees with its rules as first written', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(sameWord(a, b)).toBe(referenceSameWord(a, b));
        expect(sameWord(b, a)).toBe(referenceSameWord(a, b));
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['explosion', 'xplosion', true],
    ['explosion', 'eexplosion', true],
    ['president', 'resident', true],
    ['president', 'precedent', false],
    ['italy', 'italian', true],
    ['retaliate', 'retaliations', true],
    ['rate', 'ration', false],
    ['iran', 'iranian', true],
    ['blam', 'blame', true],
    ['treat', 'treaty', true],
    ['tre', 'tree', false],
    ['lebanon', 'lebanese', true],
    ['mexico', 'mexican', true],
    ['turkey', 'turkish', true],
    ['britain', 'british', true],
    ['ukraine', 'ukrainian', true],
    ['spain', 'spanish', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(sameWord(a, b)).toBe(expected);
  });
});

describe('termMatches', () => {
  it('meets a synonym of the query term in its forms', () => {
    expect(synonymsOf('attack')).toContain('strike');
    expect(termMatches('attack', 'strikes')).toBe(true);
    expect(termMatches('attack', 'strong')).toBe(false);
    expect(termMatches(indexTerm('accuse')!, indexTerm('blamed')!)).toBe(true);
    expect(termMatches(indexTerm('widen')!, indexTerm('escalating')!)).toBe(true);
    expect(termMatches(indexTerm('seized')!, indexTerm('captured')!)).toBe(true);
    expect(termMatches(indexTerm('grabbed')!, indexTerm('captured')!)).toBe(true);
    expect(termMatches(indexTerm('help')!, indexTerm('assistance')!)).toBe(true);
    expect(termMatches(indexTerm('aid')!, indexTerm('assistance')!)).toBe(true);
    expect(termMatches(indexTerm('caught')!, indexTerm('captured')!)).toBe(true);
    expect(termMatches(indexTerm('careful')!, indexTerm('precautions')!)).toBe(true);
    expect(termMatches(indexTerm('army')!, indexTerm('military')!)).toBe(true);
    expect(termMatches(indexTerm('phoning')!, indexTerm('spoken')!)).toBe(true);
    // An inflected question word has its group's synonyms too: "accused" stems to "accus", not "accuse".
    expect(synonymsOf(indexTerm('accused')!)).toContain(indexTerm('blame'));
    expect(synonymsOf(indexTerm('condemning')!)).toContain(indexTerm('denounce'));
    // A verb in consonant and "y" inflects with "ie": "notified" stems to "notifi".
    expect(synonymsOf(indexTerm('notified')!)).toContain(indexTerm('inform'));
    expect(synonymsOf(indexTerm('notifies')!)).toContain(indexTerm('inform'));
  });
});

describe('isPeopleOf', () => {
  it.each([
    ['iranian', 'iran', true],
    ['israeli', 'israel', true],
    ['italian', 'italy', true],
    ['lebanese', 'lebanon', true],
    ['turkish', 'turkey', true],
    ['iran', 'iranian', false],
    ['irish', 'iran', false],
    ['border', 'lebanon', false],
  ])('%s of %s: %s', (word, place, expected) => {
    expect(isPeopleOf(word, place)).toBe(expected);
  });
});

describe('matchForms', () => {
  it('finds every word sameWord accepts: among its forms, under its prefix, or one edit away', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        fc.pre(sameWord(a, b));
        const { forms, prefix, oneEdit } = matchForms(a);
        const found = forms.includes(b) || (prefix !== undefined && b.startsWith(prefix)) || (oneEdit && Math.abs(a.length - b.length) <= 1 && editDistance(a, b) <= 1);
        expect(found).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
