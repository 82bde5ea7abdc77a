/**
 * A caller's or a writer's greeting before the question: "hey Marty, love the show.", "Good morning,
 * it's Bev again from out by the reservoir.", "Buongiorno, preparo una lezione." (in the languages
 * `codeSwitched.ts` reads too). A sentence that opens with a greeting and asks nothing is
 * said to the listener, not of the coverage, and would be read as the question's remark. Pure text to text.
 */

/** Opening sentences that greet ("hi", "hello Marty", "good afternoon"), up to their full stop or exclamation mark. */
const GREETING_SENTENCES = /^\s*(?:(?:(?:yeah|yes|oh|um+|uh+|well)[\s,]+)*(?:hi|hello|hey|hiya|howdy|greetings|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening|buongiorno|buonasera|salve|ciao|bonjour|bonsoir|salut|hola|buenos\s+d[íi]as|buenas|ol[áa]|bom\s+dia|boa\s+tarde|hallo|guten\s+(?:morgen|tag|abend)|servus|gr[üu][ßs]\s*(?:gott|dich))\b[^.!?]*[.!]+\s+)+(?=\S)/iu;
/** What asks: a question word, or a question mark. */
const ASKS = /\b(?:who|whom|whose|what|which|when|where|how)\b|\?/iu;

export function greetingsDropped(text: string): string {
  const greeting = GREETING_SENTENCES.exec(text);
  if (greeting === null || ASKS.test(greeting[0])) return text;
  const rest = text.slice(greeting[0].length);
  return ASKS.test(rest) ? rest : text;
}
