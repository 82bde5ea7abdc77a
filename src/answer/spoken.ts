/**
 * A spoken question as a transcript gives it: fillers ("um", "uh", "like,", "I mean", "you know"),
 * a word said twice ("the, uh, the explosions"), a restart ("who's the — the Italian, the foreign
 * minister guy?", "when was Haniyeh — uh, when was he killed?", "which outlet — who ran the story?"),
 * and a fragment said after the question ("… in the dpa photo? The press conference one."). The
 * fillers go, a restart keeps what it restarts with (and what was named before it, for its pronoun),
 * a fragment after the question joins it. Pure text to text.
 */

/** Sounds and phrases that fill a pause. */
const FILLERS = /(?:^|[\s,]+)(?:um+|uh+|erm?|hmm+|you\s+know|i\s+mean)(?=[\s,?.!—–]|$)\s*,?/giu;
/** "like" as a filler, not a verb or a preposition: set off by commas, or before an article it does not govern. */
const LIKE_FILLER = /[\s,]+like\s*,\s*|(?:^|[\s,]+)(?<!\b(?:would|should|could|might|I|we|you|they|to|look|looks|looked|seem|seems|feel|feels|['’]d)\s+)like\s+(?=(?:the|do|did|is|was|every|having)\b)/giu;
/** "so" opening a question: a turn taken, not a word of it. */
const OPENING_SO = /^\s*(?:so|okay\s+so|ok\s+so|and\s+so)\s*,?\s+(?=\S)/iu;
/** A word said twice across a pause ("the — the Italian"), or a few words across a comma ("with the, with the"); not a chat's phrase taken up after a dash. */
const REPEATED = /\b([\p{L}'’]+)\s*(?:,|\u0001|—|–|-)?\s+\1\b|\b((?:[\p{L}'’]+\s+){1,2}[\p{L}'’]+)\s*(?:,|\u0001)?\s+\2\b/giu;
/** "the Italian, uh, the foreign minister guy": a restart of the phrase after a pause, the words before it kept. */
const PHRASE_RESTART = /\bthe\s+([\p{L}-]+)\s*(?:\u0001|—|–)\s*the\s+/giu;
/** Where a filler set off by commas was: a pause, after which a phrase may start again (an appositive's comma is no restart). */
const PAUSE = '\u0001';
const QUESTION_WORD = String.raw`(?:who|whom|whose|what|which|when|where|how)`;
/** "when did the explosions — in Isfahan — when did that happen?": a question word started again after a few words. */
const RESTARTED = new RegExp(String.raw`^\s*(${QUESTION_WORD})\b((?:\s+[\p{L}'’,.-]+){1,4}?)\s*[—–]+\s*(?:((?:in|at|on)\s+[^—–?]{2,40}?)\s*[—–]+\s*)?((?:${QUESTION_WORD})\b[^—–]*\?+)\s*$`, 'iu');
/** A fragment after the question: a few words with no verb, which say more of what was asked ("The press conference one."); not a story named after it, which the story rules read. */
const AFTERWORD = /\?\s+((?:the|a|an|at|in|on|from|per|for)\s+(?![^.?!]*\b(?:who|whom|whose|what|which|when|where|how|is|was|are|were|did|does|do|i|my|me|story|wire|piece|article|report|dispatch|file|copy|lmk|pls|plz|thx|ty|lol|haha|tho)\b)[^.?!@#]{3,50})[.!]?\s*$/iu;

export function spokenAsked(text: string): string {
  if (!/\b(?:um+|uh+|erm?|hmm+|like|i\s+mean|you\s+know|so)\b|[—–]/iu.test(text)) return text;
  // A filler set off by commas leaves its comma ("the Norland, uh, the minister" → "the Norland, the minister").
  const unfilled = text.replace(FILLERS, (filler) => (/^\s*,/u.test(filler) ? `${PAUSE} ` : ' ')).replace(LIKE_FILLER, ' ').replace(OPENING_SO, '').replace(/\s*,\s*(?=[,?.!—–])/gu, '').replace(/\s{2,}/gu, ' ').trim();
  const said = unfilled.replace(REPEATED, (_repeat, word?: string, words?: string) => word ?? words ?? '').replace(PHRASE_RESTART, 'the $1 ').replaceAll(PAUSE, ',').replace(/\s*,\s*(?=[—–])/gu, ' ').replace(/\s{2,}/gu, ' ');
  const restarted = RESTARTED.exec(said);
  let asked = said;
  if (restarted !== null) {
    const [, first, named, place, again] = restarted as unknown as [string, string, string, string | undefined, string];
    // "which outlet — who ran the story?": a new question; "when was Haniyeh — when was he killed?": the one named before it.
    const subject = `${named.replace(/^\s*(?:is|was|are|were|did|does|do|'s|’s)\s+/iu, '').replace(/^\s*(?:the\s*,?\s*)?$/u, '').trim()}${place === undefined ? '' : ` ${place}`}`.trim();
    asked = /\b(?:he|she|it|that|they|him|her|them)\b/iu.test(again) && subject !== '' && !new RegExp(`^${first}$`, 'iu').test(subject) ? `${subject} — ${again}` : again;
  }
  const after = AFTERWORD.exec(asked);
  if (after !== null) asked = `${asked.slice(0, after.index)}, ${after[1]!.replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase())}?`;
  return asked;
}
