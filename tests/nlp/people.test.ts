import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/nlp/people.ts';
import { articleOf } from './articleFixture.ts';

function personIn(paragraphs: string[], name: string) {
  return extractMentions(articleOf(paragraphs)).find((m) => m.name === name && m.kind === 'person');
}

describe('extractMentions: roles', () => {
  it.each([
    ['a title before the name', 'Trade Secretary Marta Kowalczyk visited the port on Monday.', 'Marta Kowalczyk', 'Trade Secretary'],
    ['a nationality and "of State"', 'US Secretary of State Daniel Okafor met the delegation.', 'Daniel Okafor', 'US Secretary of State'],
    ['a possessive country', 'Norway’s Foreign Minister Ingrid Solberg spoke first.', 'Ingrid Solberg', 'Norway’s Foreign Minister'],
    ['a demonym', 'Israeli Prime Minister Yosef Adler said little.', 'Yosef Adler', 'Israeli Prime Minister'],
    ['"the" before the title', 'The talks were led by the Defense Secretary Paul Whitcombe.', 'Paul Whitcombe', 'Defense Secretary'],
    ['an organisation and a lowercase head', 'Hamas leader Karim Haddad rejected the offer.', 'Karim Haddad', 'Hamas leader'],
    ['a title and a surname only', 'Talks resumed after President Ferreira signed the decree.', 'Ferreira', 'President'],
    ['an appositive after the name', 'Talks stalled, said Nadia Petrov, director of the Baltic program at the Atlantic Forum.', 'Nadia Petrov', 'director of the Baltic program at the Atlantic Forum'],
    ['an appositive title between commas', 'Daniel Okafor, US Secretary of State, speaks to reporters.', 'Daniel Okafor', 'US Secretary of State'],
    ['an appositive with "the"', 'Omar Saleh, the military leader of the rebel group Harakat, was killed.', 'Omar Saleh', 'military leader of the rebel group Harakat'],
    ['a role phrase then a comma', 'The strike killed the senior field commander of the militia, Rami Aziz, on Sunday.', 'Rami Aziz', 'senior field commander of the militia'],
  ])('reads %s', (_rule, text, name, role) => {
    expect(personIn([text], name)?.role).toBe(role);
  });

  it('gives no role to a relative clause after the name', () => {
    expect(personIn(['Daniel Okafor, who arrived late, spoke first.'], 'Daniel Okafor')?.role).toBeUndefined();
  });
});

describe('extractMentions: names and kinds', () => {
  it('tells people, organisations and places apart', () => {
    const mentions = extractMentions(articleOf(['Daniel Okafor said the Pentagon and the Middle East Institute had criticised Iran.']));
    expect(mentions.map((m) => [m.name, m.kind])).toEqual([
      ['Daniel Okafor', 'person'], ['Pentagon', 'organization'], ['Middle East Institute', 'organization'], ['Iran', 'place'],
    ]);
  });

  it('counts a lone surname as a person when the article gives the full name', () => {
    const mentions = extractMentions(articleOf(['Maria Lindqvist arrived on Monday.', 'Lindqvist then left the building.']));
    expect(mentions).toContainEqual({ name: 'Lindqvist', kind: 'person', file: 'fixture.txt', paragraph: 2 });
  });

  it('counts a sentence-initial surname that is also a common word as a person when the article names them in full', () => {
    const mentions = extractMentions(articleOf(['The governor, Mike Pence, arrived at the harbour on Monday.', 'Pence then left the building.']));
    expect(mentions).toContainEqual({ name: 'Pence', kind: 'person', file: 'fixture.txt', paragraph: 2 });
    expect(extractMentions(articleOf(['Pence then left the building.']))).toEqual([]);
  });

  it('counts a place name as a person beside a speech verb when the article names that person in full', () => {
    const paragraphs = ['The former envoy, John Bolton, spoke at the harbour on Monday.', 'Asked about the plan, Bolton said it was weak.'];
    expect(extractMentions(articleOf(paragraphs))).toContainEqual({ name: 'Bolton', kind: 'person', file: 'fixture.txt', paragraph: 2 });
    expect(extractMentions(articleOf(['The ferry to Bolton left at noon on Monday.'])).map((m) => m.kind)).toEqual(['place']);
  });

  it('counts an unknown word as a person when a speech verb follows it', () => {
    expect(personIn(['The port is safe, Okonkwo said.'], 'Okonkwo')).toBeDefined();
  });

  it('ignores capitalised common words at a sentence start and unknown lone words', () => {
    const mentions = extractMentions(articleOf(['Despite the storm, Harbourmasters kept working. However the port closed.']));
    expect(mentions).toEqual([]);
  });

  it('keeps an adverb that opens a sentence out of the name after it', () => {
    const names = extractMentions(articleOf(['Eventually Norvik Bank sold the yard. McNally said the yard would stay open.'])).map((m) => m.name);
    expect(names).toContain('Norvik Bank');
    expect(names).not.toContain('Eventually Norvik Bank');
    expect(names).toContain('McNally');
  });

  it('keeps headline verbs out of names in title-case lines', () => {
    const names = extractMentions(articleOf(['Maria Lindqvist Denies Report About Port Closure'])).map((m) => m.name);
    expect(names).toContain('Maria Lindqvist');
    expect(names.some((n) => n.includes('Denies'))).toBe(false);
  });

  it('strips the possessive from a name', () => {
    expect(personIn(['Maria Lindqvist’s plan was approved.'], 'Maria Lindqvist')).toBeDefined();
  });

  it('gives one mention per name and paragraph, keeping the role', () => {
    const mentions = extractMentions(articleOf(['Daniel Okafor spoke. Trade Secretary Daniel Okafor then left.']));
    expect(mentions.filter((m) => m.name === 'Daniel Okafor')).toEqual([
      { name: 'Daniel Okafor', kind: 'person', file: 'fixture.txt', paragraph: 1, role: 'Trade Secretary' },
    ]);
  });
});
