/**
 * Noun phrases without a tagger, for who-answers that are not names: "the monks", "opposition
 * parties", "the head of the armed forces", "users and small businesses". A phrase is a run of
 * content words, optionally after a determiner, that stops at a function word, a punctuation
 * mark or a word that reads as a verb; it may reach over one "of" and one "and" to a second run.
 * Precision is left to the ranker: these are candidates, weighed like any other.
 */
import { IRREGULAR_VERBS } from '../../text/wordForms.ts';
import { wordClass } from '../../nlp/model/lexicon.ts';
import type { Token } from '../evidence.ts';

/** Words that open a noun phrase and are not part of the answer ("the", "their", "several"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'some', 'many', 'most', 'several', 'all', 'both', 'each', 'every', 'other', 'such']);

/** Function words and common verbs a phrase never holds. */
const NOT_IN_PHRASE = new Set(
  `and or but nor of in on at to for from by with about as into onto over under after before since during between
  against through without within upon than is are was were be been being am do does did done has have had having will
  would shall should can could may might must who whom whose what which when where why how whether that there here
  i me my we us you your he him she it they them not no also just only even still yet ever again then so very too
  more less became become becomes known called named made make makes used use uses include includes included
  including however although though while because until unless if outside inside near among across around throughout
  toward towards like per via despite along beyond behind below above beneath besides except almost often later now
  already thus usually generally mostly largely mainly said says told tells`
    .split(/\s+/)
    .filter(Boolean),
);

/** Modals: the lower-case word after one is the verb they govern. */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

/** Longest phrase kept, in words: longer spans are rarely whole answers. */
const MAX_WORDS = 8;

/** True when a lower-case word reads as a finite verb or participle ("built", "fought", "arrived"). */
function verbLike(lower: string): boolean {
  return IRREGULAR_VERBS.has(lower) || (lower.length > 4 && lower.endsWith('ed') && !/(?:eed|dred)$/.test(lower));
}

/** Whether a token may stand inside a phrase; `first` is true for the phrase's first content word. */
function isContent(token: Token, first: boolean, afterDeterminer: boolean): boolean {
  const lower = token.word.toLowerCase();
  // "Sunday", "March": a time, never who.
  if (NOT_IN_PHRASE.has(lower) || DETERMINERS.has(lower) || wordClass(lower) === 'calendar') return false;
  if (/^\p{Lu}/u.test(token.word) || /\d/.test(lower)) return true;
  // "the embarked admiral" is a phrase; "monks built towers" is not.
  return !verbLike(lower) || (first && afterDeterminer);
}

/** Does the text between two tokens hold punctuation? Phrases do not cross it. */
function separated(sentence: string, a: Token, b: Token): boolean {
  return /[^\s]/.test(sentence.slice(a.offset + a.word.length, b.offset));
}

/** The content-word run that starts at token `k` (after a determiner when `afterDeterminer`), as its last token. */
function runFrom(sentence: string, tokens: readonly Token[], k: number, afterDeterminer: boolean): number | undefined {
  if (k >= tokens.length || !isContent(tokens[k]!, true, afterDeterminer)) return undefined;
  let end = k;
  while (end + 1 < tokens.length && end - k + 1 < MAX_WORDS && !separated(sentence, tokens[end]!, tokens[end + 1]!) && isContent(tokens[end + 1]!, false, false)) end++;
  // "the war ended": a phrase does not end on a word that reads as a verb.
  while (end > k && verbLike(tokens[end]!.word.toLowerCase())) end--;
  return end;
}

/** The first token of a run after a joiner at `k` ("of the armed forces" → "armed"), skipping one determiner. */
function afterJoiner(sentence: string, tokens: readonly Token[], k: number): { start: number; det: boolean } | undefined {
  const next = tokens[k + 1];
  if (next === undefined || separated(sentence, tokens[k]!, next)) return undefined;
  if (DETERMINERS.has(next.word.toLowerCase())) {
    const after = tokens[k + 2];
    return after === undefined || separated(sentence, next, after) ? undefined : { start: k + 2, det: true };
  }
  return { start: k + 1, det: false };
}

/** Phrases found per token list: a passage's sentence keeps its tokens (`sentenceTokens`), so the next question finds them here. */
const phrasesByTokens = new WeakMap<readonly Token[], ReadonlyArray<readonly [number, number]>>();

/**
 * The noun phrases of a sentence as token spans `[first, last]`, without their determiner:
 * each run, and each run extended over "of …" and over "and …" when the words go on.
 * Memoised by the token list, which must be the sentence's own.
 */
export function nounPhrases(sentence: string, tokens: readonly Token[]): ReadonlyArray<readonly [number, number]> {
  let spans = phrasesByTokens.get(tokens);
  if (spans === undefined) phrasesByTokens.set(tokens, (spans = phrasesIn(sentence, tokens)));
  return spans;
}

function phrasesIn(sentence: string, tokens: readonly Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let k = 0;
  while (k < tokens.length) {
    const lower = tokens[k]!.word.toLowerCase();
    const det = DETERMINERS.has(lower) && k + 1 < tokens.length && !separated(sentence, tokens[k]!, tokens[k + 1]!);
    const start = det ? k + 1 : k;
    // "will offer further military support": after a modal, a lower-case word is a verb, not a noun.
    const end = !det && MODALS.has(tokens[start - 1]?.word.toLowerCase() ?? '') && /^\p{Ll}/u.test(tokens[start]!.word) ? undefined : runFrom(sentence, tokens, start, det);
    if (end === undefined) {
      k = start + 1;
      continue;
    }
    // "in 1814": a number alone is a time or a count, not who.
    if (end > start || !/^\d+$/.test(tokens[start]!.word)) spans.push([start, end]);
    let reach = end;
    for (const joiner of ['of', 'and']) {
      const at = reach + 1;
      if (tokens[at]?.word.toLowerCase() !== joiner || separated(sentence, tokens[reach]!, tokens[at]!)) continue;
      const next = afterJoiner(sentence, tokens, at);
      const nextEnd = next === undefined ? undefined : runFrom(sentence, tokens, next.start, next.det);
      if (nextEnd === undefined || nextEnd - start + 1 > MAX_WORDS) continue;
      reach = nextEnd;
      spans.push([start, reach]);
    }
    k = end + 1;
  }
  return spans;
}
