/**
 * The event a time question describes around what it asks, where the question as read finds
 * nothing: "For the scene where the rockets hit the base: what day is it on screen?", "the date on
 * which the explosions were reported", "… Iran's attack on Israel — when was that attack, relative
 * to the summit?", "The inciting incident is the Hamas attack on Israel. What date goes on the title
 * card?". Each is "when <the event>?", which the question stage reads; a story's own date ("What date
 * is on the Reuters Annapolis dateline?") is the story's date. Pure text to text;
 * `undefined` where the text describes no event so.
 */
import { FILING_NOUNS } from './questionWithin.ts';

/** "the scene where X", "the moment when X", "the day on which X", "the date of X": X, the event (not "the crying time of X", nor "the day of the week"). */
const OCCASION_WHERE = /\b(?:scene|moment|episode|beat|shot|sequence|point|day|date|time|night|morning|evening|occasion)\s+(?:where|in\s+which|when|at\s+which|on\s+which|(?<=(?:date|day)\s+)of(?!\s+the\s+week\b))\s+(.+?)(?=\s*[:—–?(]|\s+-\s|[.!](?:\s|$)|,\s*(?:what|which|when|and)\b|$)/iu;

/** "that attack", "this meeting": a thing the asking sentence names again. */
const NAMED_AGAIN = /\b(?:that|this|the\s+same)\s+([\p{L}-]{3,})\b/iu;

/** "… is the Hamas attack on Israel", "… was Iran's unprecedented attack": a remark that says what the event is. */
const IS_EVENT = /\b(?:is|was)\s+((?:the|a|an|[\p{Lu}][\p{L}.-]*['’]s)\s+[^.?!;:]{3,120}?)\s*[.;:]?\s*$/u;

/** A sentence that asks only for a time: "What date goes on the title card?", "What day is it on screen?". */
const ASKS_TIME = /^\s*(?:when|what|which|on\s+(?:what|which))\s+(?:day|date|time|year|month)\b|^\s*when\b/iu;

/** The noun phrase of the remark ending at a head ("Iran's unprecedented attack on Israel" for "attack"). */
function phraseWith(remark: string, head: string): string | undefined {
  const at = new RegExp(String.raw`(?:^|[\s,—–-])((?:the|a|an|[\p{Lu}][\p{L}.-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,4}?${head}\b(?:\s+(?:on|against|in|at|with|of|by)\s+[^,.;:?!—–]{2,60}?)?)(?=\s*(?:[,.;:?!—–]|$|\s+(?:and|but|that|which|who|when|before|after)\b))`, 'iu').exec(remark);
  return at?.[1]?.trim();
}

/** "the publish date", "the date printed at the top of", "the dateline": a story's own date, not an event's. */
const STORY_DATE = /\b(?:publish(?:ed|ing)?\s+date|date\s+(?:printed\s+|given\s+|shown\s+)?(?:on|at\s+the\s+top\s+of|atop|above)|date\s+(?:it|that)\s+carries|dateline)\b/iu;

/** "the Reuters Annapolis dateline", "the Political IQ story", "The Reuters article from Annapolis": the story, by its capitalised names. */
const STORY_NAMED = /\b(?:the\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}?)(?:story|article|piece|report|dispatch|wire|dateline)(?:\s+from\s+([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)?))?/u;

/** "Event date for the Iraqi military's condemnation of …", "the date of Iran's attack on Israel": an event named by a noun phrase. */
const DATE_FOR = /\b(?:date|day|timing)\s+(?:for|of)\s+((?:the|a|an|[\p{Lu}][\p{L}.-]*['’]s)\s+[^?;:()—–]{3,140}?)(?=\s*(?:[?;:(—–]|,\s*(?:per|according|in\s+the|as)\b|\.(?:\s|$)|$))/u;
/** A story's own words: "the date for the Harbour Times story" is the story's date, read below. */
const STORY_WORD = /\b(?:story|article|piece|report|dispatch|wire|file|item|record|dateline|headline)\b/iu;
/** "the day of the incident", "timing for the escalation chronology": a word for any event, or for where the asker files its time, which names none. */
const NO_EVENT_HEAD = new RegExp(String.raw`\b(?:incident|event|episode|occurrence|${FILING_NOUNS})$`, 'iu');
/** A word that makes a phrase a clause: an auxiliary or a verb in the past. */
const CLAUSE_WORD = /\b(?:is|was|were|are|has|had|have|did|does|\p{Ll}{3,}ed)\b/u;

export function timeDescribed(text: string): string | undefined {
  // An event named by a noun phrase (no verb of its own): when it was.
  const nominal = DATE_FOR.exec(text);
  if (nominal !== null && !CLAUSE_WORD.test(nominal[1]!) && !STORY_WORD.test(nominal[1]!) && !NO_EVENT_HEAD.test(nominal[1]!.trim()) && nominal[1]!.split(/\s+/u).length >= 3) return `when was ${nominal[1]!.replace(/^(?:a|an)\s/iu, 'the ')}?`;
  const occasion = OCCASION_WHERE.exec(text);
  if (occasion !== null && occasion[1]!.split(/\s+/u).length >= 3 && !NO_EVENT_HEAD.test(occasion[1]!.trim())) return `when ${occasion[1]!.trim()}?`;
  // "What date is on the Reuters Annapolis dateline?", "the publish date for the Political IQ story": the story's own date
  // (not a story cited in brackets: "(Reuters, Capri dateline)").
  const unbracketed = text.replace(/\([^()]*\)/gu, '');
  const story = STORY_DATE.test(unbracketed) ? STORY_NAMED.exec(unbracketed) : null;
  if (story !== null) return `what is the date of the ${`${story[1]!.trim()} ${story[2] ?? ''}`.trim().replace(/^the\s+/iu, '')} story?`;
  const sentences = text.split(/(?<=[.?!])\s+|\s+[—–]+\s+|\s+-\s+|:\s+/u).filter((part) => part.trim() !== '');
  const asking = sentences.findIndex((sentence) => ASKS_TIME.test(sentence));
  if (asking <= 0) return undefined;
  const remark = sentences.slice(0, asking).join(' ');
  const again = NAMED_AGAIN.exec(sentences[asking]!);
  const named = again === null ? undefined : phraseWith(remark, again[1]!);
  if (named !== undefined && named.split(/\s+/u).length >= 2) return `when was ${named.replace(/^(?:a|an)\s+/iu, 'the ')}?`;
  const event = IS_EVENT.exec(remark);
  return event === null ? undefined : `when was ${event[1]!}?`;
}
