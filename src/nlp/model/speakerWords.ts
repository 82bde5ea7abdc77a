/**
 * Words for resolving a description to the person it stands for ("the senator", "the billionaire
 * businessman"). Data only; the rules live in `../attribution.ts`. General English role and person
 * nouns, not names.
 */

/**
 * Nouns that describe a person and can stand for one in a definite description ("the candidate",
 * "the New York businessman") beside the role heads of `roleWords.ts` ("the senator").
 */
export const DESCRIPTION_NOUNS: ReadonlySet<string> = new Set([
  'candidate', 'nominee', 'front-runner', 'frontrunner', 'businessman', 'businesswoman', 'billionaire', 'mogul',
  'tycoon', 'developer', 'magnate', 'justice', 'host', 'anchor', 'actor', 'actress', 'star', 'singer', 'rapper',
  'neurosurgeon', 'surgeon', 'doctor', 'physician', 'lawyer', 'activist', 'veteran', 'aide', 'pastor', 'priest',
  'bishop', 'reverend', 'businessperson', 'entrepreneur', 'investor', 'donor', 'author', 'writer', 'journalist',
  'reporter', 'columnist', 'commentator', 'pundit', 'comedian', 'coach', 'player', 'politician', 'legislator',
  'incumbent', 'challenger', 'contender', 'hopeful', 'moderator', 'pollster', 'historian', 'scientist', 'economist',
  'congressman', 'congresswoman', 'senator', 'governor', 'mayor', 'president', 'secretary', 'chairman', 'chairwoman',
  'speaker', 'leader', 'spokesman', 'spokeswoman', 'ambassador', 'judge', 'prosecutor', 'attorney', 'general',
  'director', 'founder', 'executive', 'strategist', 'adviser', 'advisor', 'manager', 'republican',
  'democrat', 'independent', 'conservative', 'liberal', 'progressive', 'socialist', 'libertarian',
]);

/** What an abbreviated title before a name says the person is: "Sen. Ann Lee" is a senator. */
export const HONORIFIC_ROLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['sen.', ['senator', 'lawmaker', 'legislator', 'politician']],
  ['rep.', ['representative', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'politician']],
  ['gov.', ['governor', 'politician']],
  ['gen.', ['general']],
  ['adm.', ['admiral']],
  ['lt.', ['lieutenant']],
  ['col.', ['colonel']],
  ['capt.', ['captain']],
  ['sgt.', ['sergeant']],
  ['maj.', ['major']],
  ['dr.', ['doctor', 'physician']],
  ['dr', ['doctor', 'physician']],
  ['prof.', ['professor']],
  ['rev.', ['reverend', 'pastor']],
  ['pres.', ['president']],
  ['sec.', ['secretary']],
]);

/** Heads generic enough to stand for the person the text is about when nothing else fits them. */
export const FOCUS_NOUNS: ReadonlySet<string> = new Set([
  'candidate', 'nominee', 'front-runner', 'frontrunner', 'businessman', 'businesswoman', 'billionaire', 'mogul',
  'tycoon', 'developer', 'magnate', 'politician', 'incumbent', 'challenger', 'contender', 'hopeful',
]);

/** Adjectives of a description written before a name: "Republican presidential candidate Ann Lee". */
export const TITLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'presidential', 'vice-presidential', 'gubernatorial', 'congressional', 'senatorial', 'mayoral', 'longtime',
  'retired', 'prominent', 'veteran', 'fellow', 'rival', 'outspoken', 'influential', 'leading', 'local',
]);
