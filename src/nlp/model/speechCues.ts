/** Verbs and phrases that attribute a quotation to a speaker. Data only; rules in `../attribution.ts`. */

/** Finite reporting verbs: "X said", "said X" (lowercase). */
export const CUE_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'cautioned', 'cautions',
  'warned', 'warns', 'insisted', 'insists', 'noted', 'notes', 'stated', 'states', 'explained', 'explains',
  'declared', 'declares', 'asserted', 'asserts', 'argued', 'argues', 'claimed', 'claims', 'announced',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'continued', 'mentioned', 'mentions', 'vowed',
  'vows', 'pledged', 'pledges', 'promised', 'observed', 'remarked', 'replied', 'replies', 'responded',
  'wrote', 'writes', 'tweeted', 'posted', 'recalled', 'urged', 'urges', 'suggested', 'conceded', 'confirmed',
  'denied', 'emphasized', 'emphasised', 'emphasizes', 'reiterated', 'asked', 'asks', 'commented',
  'predicted', 'concluded', 'testified', 'boasted', 'complained', 'conceded', 'quipped', 'joked',
  'shouted', 'whispered', 'answered', 'agreed', 'disagreed', 'countered', 'charged', 'alleged',
]);

/**
 * Verbs that report what someone said or holds without usually introducing a quotation: with a
 * speaker beside them they make reported speech ("X blamed …", "X believes that …").
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'blamed', 'blames', 'accused', 'accuses', 'criticized', 'criticised', 'criticizes', 'believes', 'believed',
  'thinks', 'thought', 'maintained', 'maintains', 'contended', 'contends', 'reported', 'reports', 'estimated',
  'indicated', 'signaled', 'signalled', 'hinted', 'revealed', 'disclosed', 'proposed', 'demanded',
  'denies', 'warn', 'claim', 'argue', 'insist', 'predicts', 'expects', 'expected', 'feared', 'fears',
  'doubted', 'doubts', 'questioned', 'disputed', 'recommended', 'hopes', 'hoped', 'acknowledged',
  'assured', 'informed', 'reminded', 'praised', 'attacked', 'slammed', 'dismissed', 'rejected',
  'called', 'calls', 'described', 'describes', 'labeled', 'labelled', 'dubbed', 'branded', 'termed',
  'blasted', 'mocked', 'ridiculed', 'touted', 'hailed', 'decried', 'condemned', 'lamented', 'derided',
  'characterized', 'characterised', 'portrayed', 'deemed', 'considers', 'considered', 'believe', 'think',
  'defended', 'endorsed', 'cited', 'referred',
  // Base and present forms of the speech verbs above, for "most voters say", "officials add":
  'add', 'note', 'announce', 'announces', 'predict', 'suggest', 'suggests', 'acknowledge', 'admit', 'write',
  'report', 'explain', 'confirm', 'confirms', 'reveal', 'reveals', 'concede', 'concedes', 'allege', 'alleges',
  'contend', 'maintain', 'estimate', 'estimates', 'conclude', 'concludes', 'recall', 'recalls', 'agree', 'agrees',
  // Cognition: news reports beliefs and expectations as it reports speech ("Lee expects the port …").
  'expect', 'hope', 'fear', 'doubt', 'assume', 'assumes', 'assumed', 'worry', 'worries', 'worried', 'know', 'knows',
  'knew', 'feel', 'feels', 'felt', 'figured', 'reckons', 'reckoned', 'suspects', 'suspected', 'learned',
  // Findings, whose subject is a poll, a study or a document ("the survey found", "polls show"):
  'show', 'shows', 'showed', 'found', 'finds', 'find', 'call', 'point', 'points', 'pointed',
]);

/** Verbs whose object is itself what was said: "X blamed the storm for …", "X denied the report". */
export const OBJECT_CUES: ReadonlySet<string> = new Set([
  'blamed', 'blames', 'accused', 'accuses', 'criticized', 'criticised', 'criticizes', 'denied', 'denies', 'condemned',
  'decried', 'praised', 'slammed', 'blasted', 'mocked', 'ridiculed', 'dismissed', 'rejected', 'disputed', 'questioned',
]);

/** Participles that hand the quote to the sentence's subject: "X was firm, saying …". */
export const CUE_PARTICIPLES: ReadonlySet<string> = new Set([
  'saying', 'adding', 'noting', 'warning', 'insisting', 'stressing', 'telling', 'declaring', 'arguing',
  'explaining', 'cautioning', 'emphasizing', 'emphasising', 'calling', 'writing', 'asking', 'stating',
  'describing', 'citing', 'referring', 'accusing', 'blaming', 'praising', 'criticizing', 'urging', 'claiming',
  'suggesting', 'acknowledging', 'predicting', 'vowing', 'promising', 'complaining',
]);

/** Particles that belong to a cue verb: "called for", "called on X to", "pointed out that". */
export const CUE_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['call', 'calls', 'called', 'calling'].map((verb): [string, ReadonlySet<string>] => [verb, new Set(['for', 'on'])]),
  ...['point', 'points', 'pointed', 'pointing'].map((verb): [string, ReadonlySet<string>] => [verb, new Set(['out'])]),
]);

/** Cue verbs whose object belongs in the cue ("told reporters", "told Reuters"). */
export const CUES_WITH_OBJECT: ReadonlySet<string> = new Set(['told', 'tells', 'telling']);

/** Adverbs allowed between a speaker and the cue ("Quill repeatedly said", "He further stated"). */
export const CUE_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'further', 'later', 'then', 'again', 'repeatedly', 'previously', 'earlier', 'once', 'has', 'had',
  'have', 'separately', 'recently', 'firmly', 'publicly', 'privately', 'quickly', 'simply', 'only', 'still',
  'reportedly', 'would', 'will', 'just', 'often', 'bluntly', 'flatly', 'angrily', 'calmly',
]);

/** Subject pronouns that can speak, with their gender. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([['he', 'm'], ['she', 'f']]);
