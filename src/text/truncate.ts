/** Cutting text to a length at a word boundary: every face (Discord limits, console excerpts) uses it. */

const ELLIPSIS = '…';

/**
 * Shortens `text` to at most `max` characters, cutting at the last word boundary and adding "…".
 * A single word longer than the limit is cut inside the word. Never splits a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, max - ELLIPSIS.length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.search(/\s\S*$/);
  // Cut at the boundary unless it would throw away most of the room.
  if (space > max / 2) cut = cut.slice(0, space);
  return cut.trimEnd() + ELLIPSIS;
}
