/** What a user is told when handling their interaction or message failed. */
import { BylineError } from '../errors.ts';

export const GENERIC_ERROR = 'Something went wrong; the error was logged.';

/** A BylineError's message is written to be shown; anything else is not. */
export function userErrorMessage(error: unknown): string {
  return error instanceof BylineError ? error.message : GENERIC_ERROR;
}
