/**
 * Why the asker wants the answer, said after the question: "…, so I can confirm the spelling?",
 * "… — for our sourcing caption?", "number for the caption", "… before it airs?". It asks nothing
 * and would be read as part of what is asked about, so it goes. Pure text to text.
 */

/** What a purpose is for: the asker's own work product. */
const WORK = String.raw`(?:captions?|subtitles?|notes|records?|slides?|graphics?|lower\s+thirds?|crawl|chyron|timestamp|attribution|explainer|script|glossary|lesson|spreadsheet|log|database|timeline|bulletin|broadcast|deck|memo|briefing|brief|handout|worksheet)`;
/** ", so I can confirm the spelling", "so that we may caption it". */
const SO_THAT = String.raw`so\s+(?:that\s+)?(?:I|we)\s+(?:can|could|may|might)\s+[^?.,;:]{2,60}`;
/** "for our sourcing caption", "(need a name) for the slide", "(number) for the caption". */
const FOR_WORK = String.raw`for\s+(?:our|my|the|a|an|this|tonight['’]s|today['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?${WORK}`;
/** "before it airs", "before we burn it in", "before we go to air". */
const BEFORE_AIR = String.raw`before\s+(?:we|it|I|they)\s+(?:airs?|go(?:es)?\s+(?:on\s+air|live|to\s+air)|burn\s+it\s+in|publish|print|run\s+it|lock\s+it)\b|before\s+(?:we|I|they)['’]re\s+(?:on\s+air|live|on)\b`;
/** "Want to get the caption right …": a sentence of its own that says only why. */
const GET_RIGHT = String.raw`(?<=[.?!]\s*)(?:I\s+|we\s+)?(?:want|need)\s+to\s+get\s+(?:the|my|our|this|that|it)\b[^.?!]{0,40}\bright\b[^.?!]{0,40}`;
const PURPOSE_TAIL = new RegExp(String.raw`\s*(?:,|\s[—–-]+)?\s*(?:${SO_THAT}|${FOR_WORK}|${BEFORE_AIR}|${GET_RIGHT})\s*(?=[?.!]*\s*$)`, 'iu');

export function purposeDropped(text: string): string {
  const purpose = PURPOSE_TAIL.exec(text);
  // Only after a question of its own ("Who is he, so I can …?"), not a request told ("Establish the day for the casualty log."), whose words may be all it asks.
  if (purpose === null || purpose.index < 6) return text;
  const sentence = text.slice(0, purpose.index).split(/(?<=[.?!])\s+/u).at(-1) ?? '';
  if (!/\?\s*$/u.test(text) && !/\b(?:who|whom|whose|what|which|when|where|how)\b/iu.test(sentence)) return text;
  return `${text.slice(0, purpose.index)}${text.slice(purpose.index + purpose[0].length)}`.replace(/\s+([?.!])/gu, '$1').replace(/([?!])[.!?]+\s*$/u, '$1');
}
