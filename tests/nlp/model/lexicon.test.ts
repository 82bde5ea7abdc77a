import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { classOfTags, wordsByClass, type CompromiseLexicon } from '../../../src/nlp/model/compromiseClasses.ts';
import { COMPROMISE_WORDS } from '../../../src/nlp/model/compromiseWords.ts';
import { genderOf, isFirstName, wordClass, type WordClass } from '../../../src/nlp/model/lexicon.ts';
import { KNOWN_ORGANIZATIONS, KNOWN_PLACES } from '../../../src/nlp/model/nameWords.ts';

describe('classOfTags', () => {
  it.each<[string | string[], WordClass]>([
    ['MaleName', 'male'],
    [['FirstName', 'FemaleName'], 'firstName'],
    [['Noun', 'Singular', 'City'], 'place'],
    [['Noun', 'SportsTeam'], 'organization'],
    ['Month', 'calendar'],
    [['Verb', 'PastTense'], 'common'],
    [[], 'common'],
  ])('reads %j as %s (the first tag Byline knows wins)', (tags, cls) => {
    expect(classOfTags(tags)).toBe(cls);
  });
});

describe('wordsByClass', () => {
  it('groups a lexicon by class, keeping its order', () => {
    const lexicon: CompromiseLexicon = { paris: 'City', ran: ['Verb'], oslo: ['Noun', 'City'], maria: 'FemaleName' };
    expect(wordsByClass(lexicon)).toEqual({ place: ['paris', 'oslo'], common: ['ran'], female: ['maria'] });
  });
});

describe('the generated compromise word list', () => {
  const lexicon = (nlp.model() as { one: { lexicon: CompromiseLexicon } }).one.lexicon;
  const generated = Object.entries(COMPROMISE_WORDS).flatMap(([cls, words]) => words.split('\n').map((word) => [word, cls]));

  it('holds exactly the words of the installed compromise, each in the class its tags give (else run npm run lexicon)', () => {
    const expected = Object.entries(lexicon).map(([word, tags]) => [word, classOfTags(tags)]);
    const byWord = (a: string[], b: string[]): number => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0);
    expect(generated.sort(byWord)).toEqual(expected.sort(byWord));
  });
});

describe('wordClass', () => {
  const lexicon = (nlp.model() as { one: { lexicon: CompromiseLexicon } }).one.lexicon;

  it('answers every compromise word with the class of its tags, unless a Byline list overrides it', () => {
    const overridden = new Set([...KNOWN_ORGANIZATIONS, ...KNOWN_PLACES]);
    const wrong = Object.entries(lexicon)
      .filter(([word, tags]) => !overridden.has(word) && wordClass(word) !== classOfTags(tags))
      .map(([word]) => word);
    expect(wrong).toEqual([]);
  });

  it('lets Byline\'s lists override compromise ("jordan" is a place, not a person)', () => {
    expect(classOfTags(lexicon['jordan'] ?? [])).not.toBe('place');
    expect(wordClass('jordan')).toBe('place');
    expect(wordClass('hezbollah')).toBe('organization');
  });

  it('knows nothing of words in neither', () => {
    expect(wordClass('qzxv')).toBeUndefined();
  });
});

describe('genderOf and isFirstName', () => {
  it.each<[WordClass | undefined, 'm' | 'f' | undefined, boolean]>([
    ['male', 'm', true],
    ['female', 'f', true],
    ['firstName', undefined, true],
    ['lastName', undefined, false],
    [undefined, undefined, false],
  ])('%s → gender %s, given name %s', (cls, gender, first) => {
    expect(genderOf(cls)).toBe(gender);
    expect(isFirstName(cls)).toBe(first);
  });
});
