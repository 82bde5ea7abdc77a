/**
 * The custom ids of Byline's answer buttons. They carry the stored answer's key and the page, so
 * a press (or a reply to the message) finds its way back to the question that was asked.
 */

export type Vote = 'up' | 'down';

export type ButtonAction =
  | { action: 'page'; key: string; page: number }
  | { action: 'vote'; key: string; page: number; vote: Vote }
  | { action: 'sources'; page: number };

const PREFIX = 'byline';

/**
 * The id of a "Previous" or "More" button that shows `page` of the answers stored under `key`.
 * (Written `more`, as before Previous existed, so older messages' buttons still parse.)
 */
export function pageButtonId(key: string, page: number): string {
  return `${PREFIX}:more:${key}:${page}`;
}

/** The id of a 👍/👎 button for the answer on `page`. */
export function voteButtonId(key: string, page: number, vote: Vote): string {
  return `${PREFIX}:vote:${key}:${page}:${vote}`;
}

/** The id of a /sources Previous or Next button that shows `page` of the list. Ids must differ: a disabled one points off the list. */
export function sourcesButtonId(page: number): string {
  return `${PREFIX}:sources:list:${page}`;
}

/** Reads a custom id written by this module; anything else gives `undefined`. */
export function parseButtonId(customId: string): ButtonAction | undefined {
  const [prefix, action, key, pageText, vote] = customId.split(':');
  const page = Number(pageText);
  if (prefix === PREFIX && action === 'sources' && key === 'list' && Number.isInteger(page)) return { action, page };
  if (prefix !== PREFIX || !key || !Number.isInteger(page) || page < 0) return undefined;
  if (action === 'more') return { action: 'page', key, page };
  if (action === 'vote' && (vote === 'up' || vote === 'down')) return { action, key, page, vote };
  return undefined;
}
