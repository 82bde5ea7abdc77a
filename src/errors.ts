/**
 * Errors whose message is safe to show to a user. Faces catch these once, log them and answer
 * with the message; anything else is answered with a generic error.
 */
export class BylineError extends Error {
  constructor(message: string) {
    super(`Byline: ${message}`);
    this.name = 'BylineError';
  }
}

export class ReindexInProgressError extends BylineError {
  constructor() {
    super('a reindex is already running; try again when it has finished');
    this.name = 'ReindexInProgressError';
  }
}
