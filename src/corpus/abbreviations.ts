/**
 * Abbreviations that end in a full stop without ending a sentence. Word lists are data: a new
 * abbreviation is a line here, not a change to the splitter.
 */

/** Always followed by more of the same sentence: titles and Latin abbreviations. */
export const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpt',
  'maj', 'adm', 'cmdr', 'cdr', 'sec', 'secy', 'rev', 'hon', 'pres', 'amb', 'supt', 'insp', 'det', 'cpl', 'pvt',
  'gens', 'messrs', 'mme', 'mlle', 'vs', 'v', 'approx', 'ca', 'cf', 'mt', 'e.g', 'i.e', 'viz', 'al',
]);

/** Abbreviations that go before a number ("No. 10", "Vol. 2"); before anything else the stop may be final. */
export const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'fig', 'figs', 'art', 'p', 'pp']);

/** May end a sentence, but usually do not: months, US states, company suffixes, "etc.". */
export const OFTEN_INNER = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash',
  'wis', 'wyo', 'jr', 'sr', 'st', 'ft', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'govt', 'univ', 'assn', 'est', 'etc', 'ave', 'blvd', 'rd',
]);

/** Words that begin sentences: after an abbreviation that may be final, one of these means it was. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
  'and', 'in', 'on', 'at', 'as', 'after', 'before', 'his', 'her', 'their', 'its', 'our', 'when', 'while', 'if',
  'however', 'meanwhile', 'officials', 'some', 'many', 'also', 'still', 'yet', 'so', 'then', 'now', 'since', 'for',
  'earlier', 'later', 'last', 'what', 'why', 'how', 'who', 'no', 'not',
]);

/** US states as datelines write them (AP style, "ANNAPOLIS, Md."), by the abbreviation's letters, lower case. */
export const STATE_NAMES: ReadonlyMap<string, string> = new Map([
  ['ala', 'Alabama'], ['ariz', 'Arizona'], ['ark', 'Arkansas'], ['calif', 'California'], ['colo', 'Colorado'],
  ['conn', 'Connecticut'], ['del', 'Delaware'], ['fla', 'Florida'], ['ga', 'Georgia'], ['ill', 'Illinois'],
  ['ind', 'Indiana'], ['kan', 'Kansas'], ['kans', 'Kansas'], ['ky', 'Kentucky'], ['la', 'Louisiana'], ['md', 'Maryland'],
  ['mass', 'Massachusetts'], ['mich', 'Michigan'], ['minn', 'Minnesota'], ['miss', 'Mississippi'], ['mo', 'Missouri'],
  ['mont', 'Montana'], ['neb', 'Nebraska'], ['nev', 'Nevada'], ['nh', 'New Hampshire'], ['nj', 'New Jersey'],
  ['nm', 'New Mexico'], ['ny', 'New York'], ['nc', 'North Carolina'], ['nd', 'North Dakota'], ['okla', 'Oklahoma'],
  ['ore', 'Oregon'], ['pa', 'Pennsylvania'], ['ri', 'Rhode Island'], ['sc', 'South Carolina'], ['sd', 'South Dakota'],
  ['tenn', 'Tennessee'], ['tex', 'Texas'], ['vt', 'Vermont'], ['va', 'Virginia'], ['wash', 'Washington'],
  ['wva', 'West Virginia'], ['wis', 'Wisconsin'], ['wyo', 'Wyoming'], ['dc', 'District of Columbia'],
]);

/** A dateline place with its state written out as well: "ANNAPOLIS, Md." → "ANNAPOLIS, Md. Maryland". */
export function withStateNames(place: string): string {
  const state = /,\s*([\p{L}.]+)\s*$/u.exec(place)?.[1];
  const name = state === undefined ? undefined : STATE_NAMES.get(state.replace(/\./g, '').toLowerCase());
  return name === undefined ? place : `${place} ${name}`;
}
