/** How alike two names or name parts are: normalisation, edit distance, given-name variants. */

/** Lowercase, without diacritics, curly apostrophes straightened, dots and stray punctuation removed. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The rows `editDistance` fills (two back, one back, current), kept between calls and grown when a
 * word is longer: the name lookup's fuzzy pass measures thousands of name parts per name.
 */
let distanceRows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance with transpositions (optimal string alignment), giving up early: returns
 * `max + 1` as soon as the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (distanceRows[0].length < width) distanceRows = [new Int32Array(2 * width), new Int32Array(2 * width), new Int32Array(2 * width)];
  let [previous2, previous, current] = distanceRows;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const char = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = char === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && char === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    const spare = previous2;
    previous2 = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length]!;
}

/**
 * The letters of a word as bits (a–z one each, other characters folded onto six more). Each letter
 * one word has and the other lacks costs at least one edit, so the bits one mask has and the other
 * lacks bound the edit distance from below: a pair whose bound exceeds the allowance need not be
 * compared letter by letter.
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    mask |= code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << (26 + (code % 6));
  }
  return mask;
}

/** Whether two words' letter masks allow them to be within `max` edits of each other. */
export function mayBeWithin(maskA: number, maskB: number, max: number): boolean {
  return bitCount(maskA & ~maskB) <= max && bitCount(maskB & ~maskA) <= max;
}

function bitCount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** How many typos a word of this length may carry and still match: none for short words. */
export function typoAllowance(length: number): number {
  if (length <= 4) return 0;
  return length <= 8 ? 1 : 2;
}

/**
 * Whether two given names may be the same person's: equal, an initial of the other, one a
 * prefix of the other, or a spelling variant ("Catherine"/"Katherine").
 */
export function similarGivenNames(a: string, b: string): boolean {
  const x = normalizeName(a).replace(/\.$/, '');
  const y = normalizeName(b).replace(/\.$/, '');
  if (!x || !y) return false;
  if (x === y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  if (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x))) return true;
  return editDistance(x, y, 2) <= Math.max(1, typoAllowance(Math.min(x.length, y.length)));
}

/** The words of a name: given names then surname. */
export function nameParts(name: string): string[] {
  return normalizeName(name).split(' ').filter(Boolean);
}

/**
 * Whether one given name is the other clipped at its front, as English short forms often are
 * ("Tony" for "Antony", "Drew" for "Andrew"): four letters at least, so "Ana" is not "Diana".
 * Kept apart from `similarGivenNames`, which groups a story's own mentions: a short form finds a
 * name the corpus knows, and never merges two people it names.
 */
export function isClippedGivenName(a: string, b: string): boolean {
  const [short, long] = [normalizeName(a), normalizeName(b)].sort((x, y) => x.length - y.length) as [string, string];
  return short.length >= 4 && long.length >= short.length + 2 && long.endsWith(short);
}
