/**
 * What a user is told when handling their interaction or message failed: said as a person would,
 * with what to do next — never the engine's "Byline: …" prefix, a stack or an error name.
 */
import { BylineError, ReindexInProgressError } from '../errors.ts';

export const GENERIC_ERROR = "Sorry, something went wrong on my side while answering that (it has been logged). Please try again in a moment, or ask in other words.";
export const REINDEX_RUNNING = 'A reindex is already running. Its report will appear where it was started; once it has finished you can run `/reindex` again.';

/** A BylineError's message is written to be shown (without its prefix); anything else is not. */
export function userErrorMessage(error: unknown): string {
  if (error instanceof ReindexInProgressError) return REINDEX_RUNNING;
  if (!(error instanceof BylineError)) return GENERIC_ERROR;
  const message = error.message.replace(/^Byline: /, '');
  return message.charAt(0).toUpperCase() + message.slice(1);
}
