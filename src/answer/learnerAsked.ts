/**
 * A learner's "who" question with its verb left in the base form: "who say the United States …",
 * "who is take the photo …". Standing right after "who" at the start, a base form can only be the
 * past the learner meant (English says "who said", "who took"). Pure text to text.
 */

/** The verbs of saying and of news acts a learner asks about, base → past. */
const PAST: Readonly<Record<string, string>> = {
  say: 'said', tell: 'told', take: 'took', give: 'gave', lead: 'led', write: 'wrote', make: 'made', send: 'sent',
  shoot: 'shot', kill: 'killed', call: 'called', warn: 'warned', announce: 'announced', blame: 'blamed',
  threaten: 'threatened', meet: 'met', speak: 'spoke', edit: 'edited', report: 'reported', photograph: 'photographed',
};

const BASE_AFTER_WHO = new RegExp(String.raw`^(\s*(?:@[\p{L}\d_]+\s+)?who)\s+(?:(?:is|was)\s+)?(${Object.keys(PAST).join('|')})\b(?!['’-])`, 'iu');

export function learnerAsked(text: string): string {
  return text.replace(BASE_AFTER_WHO, (_m, who: string, base: string) => `${who} ${PAST[base.toLowerCase()]!}`);
}
