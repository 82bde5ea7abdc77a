/**
 * A capital standing for its country's government ("Tehran downplayed …", "who did Marlow
 * accuse …"): news writes either, so a question that names the capital may be answered by
 * passages that name the country. Which city is whose capital is read from the corpus itself
 * ("the Norlandian capital of Marlow", "Marlow, Norland's capital"), never from a list.
 */
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { words } from '../text/terms.ts';

/** Prepositions that make the name after them a place where, from or to which: a setting. */
const SETTING = new Set(['in', 'at', 'from', 'to', 'into', 'near', 'of', 'on', 'over', 'across', 'around', 'within', 'inside', 'outside', 'toward', 'towards', 'through', 'via']);

/** How many passages naming a city and "capital" are read to find whose capital it is. */
const CAPITAL_PASSAGES = 10;

/** Endings of a demonym after its country's name ("Norlandian" → "Norland", "Syrian" → "Syria"). */
const DEMONYM_ENDINGS = ['ian', 'an', 'n', 'i', 'ese', 'ish'];

/**
 * The question with each capital it names replaced by its country, when the corpus says whose
 * capital it is; `undefined` when it names none.
 */
export function withCountriesForCapitals(index: CorpusIndex, text: string): string | undefined {
  let replaced = text;
  const asked = words(text);
  // "in Marlow", "to Marlow" name the city as a setting, not as its government.
  const actors = asked.filter((w, n) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !SETTING.has(asked[n - 1]?.toLowerCase() ?? ''));
  for (const word of new Set(actors)) {
    if (index.entities.resolve(word)?.kind !== 'place') continue;
    const country = countryOfCapital(index, word);
    if (country !== undefined) replaced = replaced.replace(new RegExp(`\\b${word}\\b`, 'g'), country);
  }
  return replaced === text ? undefined : replaced;
}

/** The country whose capital the corpus calls `city`: its name, or the place its demonym names. */
export function countryOfCapital(index: CorpusIndex, city: string): string | undefined {
  const name = String.raw`(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)`;
  const patterns = [
    new RegExp(String.raw`\b(?:the\s+)?${name}(?:['’]s)?\s+capital(?:\s+city)?(?:\s+of|,)?\s+${city}\b`, 'u'),
    new RegExp(String.raw`\b${city},\s+(?:the\s+)?${name}(?:['’]s)?\s+capital\b`, 'u'),
    new RegExp(String.raw`\bcapital\s+of\s+${name},?\s+${city}\b`, 'u'),
    new RegExp(String.raw`\b${city},\s+the\s+capital\s+of\s+${name}\b`, 'u'),
  ];
  for (const { doc } of index.scorePassages(`capital ${city}`, CAPITAL_PASSAGES)) {
    const text = index.passageAt(doc).text;
    for (const pattern of patterns) {
      const named = pattern.exec(text)?.[1];
      const country = named === undefined ? undefined : placeNamed(index, named);
      if (country !== undefined && country !== city) return country;
    }
  }
  return undefined;
}

/** The place a country's name or demonym names, as the corpus writes it ("Norlandian" → "Norland"). */
export function placeNamed(index: CorpusIndex, named: string): string | undefined {
  const bases = [named, ...DEMONYM_ENDINGS.filter((ending) => named.endsWith(ending)).flatMap((ending) => [named.slice(0, -ending.length), `${named.slice(0, -ending.length)}a`])];
  for (const base of bases) {
    const place = base.length >= 3 ? index.entities.resolve(base) : undefined;
    if (place?.kind === 'place') return place.name;
  }
  return undefined;
}
