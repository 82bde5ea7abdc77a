/**
 * A half-remembered question's guesses, which ask nothing and would be read as what it asks about:
 * "some Italian minister, foreign affairs I think, who said …", "— the political leader or
 * whatever.", "— defense something?", "I think his name starts with a B?", "… into Gaza? begins
 * with an R maybe?", "USS something". The one remembered "the one who" did something is who did it.
 * Pure text to text.
 */

/** ", foreign affairs I think,", "— the political leader or whatever.": an aside that only guesses. */
const GUESSED_ASIDE = /\s*(?:,|\s[—–-]+)\s*(?:[^,.;?!—–]{2,60}?)\s+(?:I\s+think|I\s+guess|I\s+believe|or\s+whatever|or\s+something(?:\s+like\s+that)?|or\s+so|maybe|probably)\s*(?:,|[.;]|(?=\s*[—–]))/giu;
/** "— defense something?", ", USS something": a word or two and "something", a guess at a name. */
const SOMETHING_GUESS = /\s*(?:,|\s[—–-]+)\s*(?:[\p{L}.'’-]+\s+){1,2}something\s*(?=[?.,]|$)\??/giu;
/** "I think his name starts with a B?", "begins with an R maybe?": a guess at a name's first letter. */
const FIRST_LETTER = /\s*(?:[—–-]+\s*)?(?:I\s+think\s+)?(?:(?:his|her|its|their|the)\s+name\s+)?(?:starts|begins)\s+with\s+(?:an?\s+)?\p{L}\b(?:\s+(?:maybe|I\s+think|probably))?\s*\??/giu;
/** After the question, a fragment with no question word that only guesses: "some country down south?". */
const TRAILING_GUESS = /(\?)\s+(?![^?]*\b(?:who|whom|whose|what|which|when|where|how)\b)(?:some|maybe|probably|possibly|I\s+think)\b[^?]{0,60}\?*\s*$/iu;
/** "the Iran-program guy at some institute, the one who said X": the one who said it, described. */
const THE_ONE_WHO = /,\s*the\s+one\s+(who|that)\s+/iu;

export function hedgesDropped(text: string): string {
  if (!/\b(?:think|guess|believe|whatever|something|so|maybe|probably|starts|begins|some|possibly|one)\b/iu.test(text)) return text;
  // A guess set off by a dash leaves the dash, which sets off the question after it.
  const gone = (guess: string) => (/^\s*[—–-]/u.test(guess) ? ' —' : /\?\s*$/u.test(guess) ? '?' : '');
  const dropped = text.replace(FIRST_LETTER, gone).replace(SOMETHING_GUESS, gone).replace(GUESSED_ASIDE, (aside) => (/,\s*$/u.test(aside) ? ',' : /[.;]\s*$/u.test(aside) ? '.' : '')).replace(TRAILING_GUESS, '$1');
  // Only a description put first ("the Iran-program guy …, the one who said X — who's that?"), not a question's afterthought.
  const described = /^\s*(?:who|whom|whose|what|which|when|where|how)\b/iu.test(dropped) ? dropped : dropped.replace(THE_ONE_WHO, ' $1 ');
  // "— what's his name?" after an aside that went: the marks left doubled.
  return described.replace(/\?(?:\s*\?)+/gu, '?').replace(/,(?:\s*,)+/gu, ',').replace(/\s*,\s*([.?!])/gu, '$1').replace(/\s*—\s*\?/gu, '?').replace(/\s{2,}/gu, ' ').trim();
}
