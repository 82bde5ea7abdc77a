/**
 * Word lists that fill the gaps of compromise's lexicon for news names. Data only: the
 * lookup that combines them with compromise lives in `./lexicon.ts`.
 */

/** Organisations often in the news that compromise's lexicon lacks (lowercase). */
export const KNOWN_ORGANIZATIONS: readonly string[] = [
  'hamas', 'hezbollah', 'isis', 'isil', 'pentagon', 'congress', 'kremlin', 'reuters', 'taliban', 'houthis',
  'idf', 'un', 'u.n.', 'eu', 'nato', 'white house', 'state department', 'unrwa', 'senate', 'parliament',
  'knesset', 'politburo', 'interpol', 'opec', 'g7', 'g20', 'dpa', 'afp', 'ap', 'bbc', 'cnn', 'islamic jihad',
  'al qaeda', 'al-qaeda', 'wagner', 'irgc', 'mossad', 'cia', 'fbi',
];

/** Places compromise files under other tags (e.g. "jordan" as a person). */
export const KNOWN_PLACES: readonly string[] = [
  'jordan', 'georgia', 'chad', 'gaza', 'west bank', 'middle east', 'yemen',
  'us', 'u.s.', 'u.k.', 'washington', 'tel aviv', 'jerusalem', 'golan heights', 'red sea',
];

/** Last words that make a capitalised run an organisation ("Middle East Institute"). */
export const ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set([
  'institute', 'ministry', 'department', 'council', 'party', 'agency', 'organization', 'organisation',
  'forces', 'army', 'navy', 'university', 'bank', 'committee', 'commission', 'union', 'court', 'parliament',
  'senate', 'assembly', 'corp', 'corporation', 'inc', 'ltd', 'group', 'foundation', 'association', 'office',
  'service', 'services', 'guard', 'guards', 'brigades', 'movement', 'front', 'times', 'post', 'news', 'press',
  'center', 'centre', 'fund', 'corps', 'program', 'programme', 'administration', 'company', 'co', 'network',
  'college', 'school', 'academy', 'club', 'society', 'federation', 'league', 'board', 'bureau', 'authority',
  'coalition', 'alliance', 'caucus', 'institution', 'journal', 'magazine', 'herald', 'tribune', 'poll', 'pac',
  'hospital', 'church', 'airlines', 'campaign',
]);

/** Last words that make a capitalised run a place ("Gaza Strip", "Red Sea"). */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'strip', 'island', 'islands', 'sea', 'river', 'province', 'valley', 'gulf', 'canal', 'peninsula', 'heights',
  'mountains', 'city', 'county', 'region', 'bay', 'airport', 'airbase', 'base', 'crossing', 'square',
  'street', 'avenue', 'district', 'coast', 'desert', 'lake', 'ocean', 'border',
]);

/** Lowercase particles inside names ("Osama bin Laden", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'ibn', 'al', 'el', 'de', 'da', 'di', 'del', 'der', 'van', 'von', 'la', 'le', 'du', 'dos', 'abu',
]);

/** Capitalised words that are never part of a name wherever they stand. */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'i', 'advertisement', 'photo', 'video', 'read', 'related', 'copyright', 'getty', 'images', 'file',
]);
