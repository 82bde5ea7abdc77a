/**
 * A learner's "who" question with its verb left in the base form: "who say the United States …",
 * "who is take the photo …". Standing right after "who" at the start, a base form can only be the
 * past the learner meant (English says "who said", "who took"). Pure text to text.
 */
import { IRREGULAR_VERBS } from '../text/wordForms.ts';

/** The verbs of saying and of news acts a learner asks about, in their base form. */
const BASES = ['say', 'tell', 'take', 'give', 'lead', 'write', 'make', 'send', 'shoot', 'kill', 'call', 'warn', 'announce', 'blame', 'threaten', 'meet', 'speak', 'edit', 'report', 'photograph'];

/** Past forms the irregular table (which gives the index base forms) does not hold: the verbs of saying. */
const SAYING_PAST: Readonly<Record<string, string>> = { say: 'said', tell: 'told', make: 'made' };

/** A base form's past: the irregular table's read backwards (its simple past, not "taken"), else "-ed". */
function pastOf(base: string): string {
  const irregular = [...IRREGULAR_VERBS].find(([past, verb]) => verb === base && !/n$/.test(past))?.[0];
  return SAYING_PAST[base] ?? irregular ?? (base.endsWith('e') ? `${base}d` : `${base}ed`);
}

const BASE_AFTER_WHO = new RegExp(String.raw`^(\s*(?:@[\p{L}\d_]+\s+)?who)\s+(?:(?:is|was)\s+)?(${BASES.join('|')})\b(?!['’-])`, 'iu');

export function learnerAsked(text: string): string {
  return text.replace(BASE_AFTER_WHO, (_m, who: string, base: string) => `${who} ${pastOf(base.toLowerCase())}`);
}
