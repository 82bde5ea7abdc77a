/**
 * Word forms the suffix stemmer cannot reach, as data: irregular past tenses of verbs common in
 * news, and groups of words that news text uses for the same event. Each table says why.
 */

/** Irregular past forms → base form, so "when did he fly" meets "he flew". */
export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    flew: 'fly', flown: 'fly', met: 'meet', left: 'leave', took: 'take', taken: 'take', went: 'go', gone: 'go',
    came: 'come', began: 'begin', begun: 'begin', spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write',
    fought: 'fight', sought: 'seek', brought: 'bring', bought: 'buy', thought: 'think', caught: 'catch',
    led: 'lead', held: 'hold', hit: 'hit', shot: 'shoot', struck: 'strike', stricken: 'strike', fell: 'fall',
    fallen: 'fall', won: 'win', lost: 'lose', ran: 'run', sent: 'send', spent: 'spend', built: 'build',
    killed: 'kill', gave: 'give', given: 'give', knew: 'know', known: 'know', saw: 'see', seen: 'see',
    rose: 'rise', risen: 'rise', drove: 'drive', driven: 'drive', broke: 'break', broken: 'break',
    chose: 'choose', chosen: 'choose', froze: 'freeze', frozen: 'freeze', stood: 'stand', sat: 'sit',
    found: 'find', paid: 'pay', fled: 'flee', withdrew: 'withdraw', withdrawn: 'withdraw', hid: 'hide',
    became: 'become', arose: 'arise', swore: 'swear', sworn: 'swear', undertook: 'undertake', overthrew: 'overthrow',
  }),
);

/**
 * Words news text uses interchangeably for one kind of event or role. A question word matches a
 * passage word of the same group. Groups stay small and unambiguous: a wrong synonym makes
 * Byline answer a question the corpus does not answer.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['attack', 'strike', 'raid', 'assault', 'bombing', 'airstrike', 'hit'],
  ['alleged', 'allegedly', 'purported', 'supposedly', 'purportedly', 'reportedly'],
  ['kill', 'assassinate', 'slay'],
  ['lead', 'leader', 'head', 'chief', 'director', 'boss'],
  ['responsible', 'behind', 'blame', 'accuse'],
  ['condemn', 'denounce', 'decry'],
  ['escalate', 'widen'],
  ['inform', 'notify'],
  ['explosion', 'blast'],
  ['warn', 'caution'],
  ['u.s', 'america', 'washington'],
  ['photo', 'photograph', 'picture', 'image'],
  ['troop', 'soldier', 'personnel', 'forces'],
  ['wound', 'injure', 'hurt'],
  ['reporter', 'journalist', 'press'],
  ['travel', 'fly', 'visit'],
  ['seize', 'capture', 'confiscate', 'grab', 'catch'],
  ['help', 'assist', 'assistance', 'aid'],
  ['careful', 'carefully', 'precaution', 'precautions'],
  ['army', 'military'],
  ['disaster', 'catastrophe'],
  ['speak', 'talk', 'phone'],
  ['focus', 'concentrate'],
];

/**
 * Words a reader uses for what a speaker talked about, in place of the speaker's own: a quotation's
 * topic is told loosely ("calming things down" of "de-escalate tensions", "lorries" of "trucks").
 * Read only for quotation topics, where a looser match costs little (the speaker is asked too, or
 * most of the topic must be said); never for who/when evidence, whose false premises a loose
 * word would answer.
 */
export const TOPIC_PARAPHRASES: readonly (readonly string[])[] = [
  ['calm', 'calming', 'defuse', 'de-escalate', 'de-escalating', 'de-escalation', 'soothe'],
  ['truck', 'lorry'],
  ['short', 'enough', 'insufficient', 'inadequate', 'shortfall'],
  ['risk', 'danger', 'dangerous', 'peril'],
  ['unpredictable', 'predict', 'foresee'],
  ['inform', 'notice', 'heads-up', 'forewarn', 'dark'],
  ['investigate', 'investigating', 'determine', 'probe', 'culprit', 'whodunit', 'perpetrator'],
  ['focus', 'attention', 'priority'],
  ['weapon', 'arms', 'munition', 'ammunition'],
  ['terrorism', 'terror', 'terrorist'],
  ['resolute', 'resolutely', 'unwavering', 'steadfast', 'firm'],
  ['safe', 'safety', 'protect', 'protection'],
  ['consensus', 'agree', 'agreement', 'unanimous'],
];

/** Adjectives that give what follows as only alleged ("the alleged strike", "the purported attack"): no act of their own, and all a question that uses one takes for granted. */
export const HEDGING_ADJECTIVES: ReadonlySet<string> = new Set(['alleged', 'reported', 'purported', 'suspected', 'apparent', 'supposed', 'possible', 'presumed']);

/** Nouns that name an event with a time of its own ("the incident", "the strike"): an act may be done to one, or refer back to it. */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'incident', 'attack', 'attacks', 'strike', 'strikes', 'explosion', 'explosions', 'blast', 'blasts', 'raid', 'killing', 'assassination',
  'shooting', 'bombing', 'report', 'reports', 'claim', 'claims', 'move', 'decision', 'events', 'event', 'violence', 'operation', 'episode',
]);

/**
 * A verb in the past ("killed", "met", "closed", "stopped") as its base ("kill", "meet", "close",
 * "stop"); undefined for any other form. Spelling only: a stem ending as "-c", "-v", "-z", "-u" or a
 * vowel's "-s" takes back its "e" ("announced", "moved", "issued", "closed"), a doubled consonant loses one.
 */
export function pastBase(written: string): string | undefined {
  const lower = written.toLowerCase();
  const irregular = IRREGULAR_VERBS.get(lower);
  if (irregular !== undefined) return irregular;
  if (/ied$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (!/ed$/.test(lower)) return undefined;
  const stem = lower.slice(0, -2);
  if (/([bgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  return /(?:[cvzu]|[aeiou]s)$/.test(stem) ? `${stem}e` : stem;
}
