/**
 * Words that make up role titles ("US Secretary of State", "Kessel leader",
 * "the senior military commander of …"). Data only: the rules that use them live in `../roles.ts`.
 */

/** Common nouns for institutions that act in the news: a government, its ministries, its forces, a company. */
export const INSTITUTIONS: readonly string[] = ['army', 'navy', 'military', 'government', 'ministry', 'police', 'cabinet', 'parliament', 'militia', 'forces', 'court', 'company', 'party', 'authorities', 'administration', 'council', 'agency', 'air force', 'coast guard'];

/** Role heads any office holder goes by, which name no title of their own ("official", "chief", "analyst"). */
export const ANY_TITLE_HEADS: ReadonlySet<string> = new Set(['official', 'officials', 'officer', 'officers', 'politician', 'executive', 'chief', 'leader', 'head', 'analyst', 'expert', 'diplomat', 'envoy', 'representative', 'member', 'boss', 'figure', 'aide', 'adviser', 'advisor']);

/** Head nouns: a role phrase names one of these (lowercase). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'secretary', 'minister', 'president', 'leader', 'director', 'commander', 'spokesperson', 'spokesman',
  'spokeswoman', 'chief', 'ambassador', 'envoy', 'diplomat', 'governor', 'senator', 'congressman',
  'congresswoman', 'representative', 'chairman', 'chairwoman', 'chair', 'ceo', 'head', 'official',
  'adviser', 'advisor', 'analyst', 'professor', 'premier', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'mayor', 'lawmaker', 'judge', 'prosecutor', 'attorney', 'officer', 'general', 'colonel',
  'lieutenant', 'captain', 'sergeant', 'admiral', 'founder', 'editor', 'correspondent', 'economist',
  'researcher', 'fellow', 'pope', 'cardinal', 'rabbi', 'imam', 'sheikh', 'coordinator', 'negotiator',
  'mediator', 'executive', 'manager', 'strategist', 'counsel', 'inspector', 'commissioner', 'emir',
  'sultan', 'ayatollah', 'cleric', 'speaker', 'whip', 'marshal', 'deputy',
]);

/** Words that modify a head inside a title ("Prime", "Foreign", "senior military"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'foreign', 'defense', 'defence', 'interior', 'finance', 'deputy', 'vice', 'assistant',
  'senior', 'top', 'former', 'acting', 'military', 'political', 'supreme', 'national', 'security',
  'state', 'special', 'chief', 'executive', 'general', 'principal', 'first', 'lead', 'press',
  'affairs', 'homeland', 'treasury', 'health', 'economy', 'trade', 'justice', 'energy', 'army',
  'navy', 'air', 'force', 'joint', 'staff', 'spiritual', 'religious', 'opposition', 'party',
  'regional', 'federal', 'white', 'house', 'program', 'programme', 'intelligence', 'police',
  'militant', 'islamist', 'rebel', 'group', 'parliamentary', 'majority', 'minority', 'managing',
  'communications', 'policy', 'research', 'elected', 'outgoing', 'incoming', 'interim', 'new',
]);

/**
 * Words that make another office of the head after them: a vice president is no president, a
 * lieutenant governor no governor, so "the president" does not describe them.
 */
export const SECOND_OFFICE_PREFIXES: ReadonlySet<string> = new Set(['vice', 'deputy', 'assistant', 'associate', 'lieutenant']);

/** Abbreviated titles written before a name; stripped from names, never a role on their own. */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | undefined> = new Map([
  ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'],
  ['sir', 'm'], ['dame', 'f'], ['dr', undefined], ['dr.', undefined], ['sen.', undefined],
  ['rep.', undefined], ['gen.', undefined], ['sec.', undefined], ['gov.', undefined], ['lt.', undefined],
  ['col.', undefined], ['adm.', undefined], ['sgt.', undefined], ['capt.', undefined], ['prof.', undefined],
  ['pres.', undefined], ['maj.', undefined], ['rev.', undefined], ['st.', undefined],
]);

/**
 * Role families: a role noun used alone ("the top diplomat") refers to whoever holds one of these
 * titles in the article. Keys and values are lowercase; a value matches if the role contains it.
 */
export const ROLE_FAMILIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['diplomat', ['secretary of state', 'foreign minister', 'foreign secretary', 'diplomat', 'ambassador', 'envoy']],
  ['foreign minister', ['secretary of state', 'foreign minister', 'foreign secretary']],
  ['secretary of state', ['secretary of state']],
  ['defense secretary', ['defense secretary', 'secretary of defense', 'defence secretary', 'defense minister', 'defence minister']],
  ['defense chief', ['defense secretary', 'secretary of defense', 'defence secretary', 'defense minister', 'defence minister']],
  ['pentagon chief', ['defense secretary', 'secretary of defense']],
  ['premier', ['prime minister', 'premier']],
  ['prime minister', ['prime minister', 'premier']],
]);

/**
 * Nationality words that name the same country, so "the top U.S. diplomat" can tell the US
 * Secretary of State from Italy's Foreign Minister. Lowercase, possessive stripped.
 */
export const NATIONALITY_GROUPS: readonly (readonly string[])[] = [
  ['us', 'u.s.', 'u.s', 'america', 'american', 'united states'],
  ['uk', 'u.k.', 'britain', 'british', 'united kingdom'],
  ['israel', 'israeli'], ['iran', 'iranian'], ['italy', 'italian'], ['france', 'french'],
  ['germany', 'german'], ['russia', 'russian'], ['china', 'chinese'], ['ukraine', 'ukrainian'],
  ['lebanon', 'lebanese'], ['palestine', 'palestinian'], ['egypt', 'egyptian'], ['jordan', 'jordanian'],
  ['qatar', 'qatari'], ['turkey', 'turkish'], ['saudi arabia', 'saudi'], ['syria', 'syrian'], ['iraq', 'iraqi'],
];
