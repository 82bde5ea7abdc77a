import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { countryOfCapital, withCountriesForCapitals } from '../../src/answer/capitals.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented: one story says whose capital the city is, another names only the country.
const index = fixtureIndex({
  'envoy.txt': `Envoy shot in Nairobi

May 2, 2025

Envoy Tomas Rell was shot in the Kenyan capital of Nairobi on Friday, police said.`,
  'blame.txt': `Kenya blames Rift Front

May 5, 2025

Kenya has blamed the Rift Front for the shooting of Tomas Rell, citing intercepted messages.`,
});

describe('a capital standing for its government', () => {
  it('reads whose capital a city is from the corpus', () => {
    expect(countryOfCapital(index, 'Nairobi')).toBe('Kenya');
  });

  it('answers a question that names the capital from passages that name the country', () => {
    const [top] = answer(index, { command: 'who', text: 'Who did Nairobi blame for the shooting of Tomas Rell?' }).answers;
    expect(top?.text).toBe('Rift Front');
    expect(top?.citations[0]?.file).toBe('blame.txt');
  });

  it('leaves a capital named as a setting alone: "in Nairobi" is a place, not its government', () => {
    expect(withCountriesForCapitals(index, 'Who was shot in Nairobi?')).toBeUndefined();
    expect(withCountriesForCapitals(index, 'Who did Nairobi blame?')).toBe('Who did Kenya blame?');
  });
});
