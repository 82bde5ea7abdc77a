/** One problem found in a request body, at a path such as `['data', 'embeds', 0, 'title']`. */
export interface FieldProblem {
  path: ReadonlyArray<string | number>;
  code: string;
  message: string;
}

/**
 * An error answer of the API, shaped as Discord sends it: `{ message, code, errors? }`. Route
 * handlers throw it; the HTTP layer turns it into the response.
 */
export class DiscordApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DiscordApiError';
  }

  /** The JSON body Discord would send. */
  body(): Record<string, unknown> {
    return { message: this.message, code: this.code, ...(this.errors ? { errors: this.errors } : {}) };
  }

  /** `400 Invalid Form Body` (50035) with Discord's nested `{ field: { _errors: [...] } }` details. */
  static invalidForm(problems: readonly FieldProblem[]): DiscordApiError {
    const errors: Record<string, unknown> = {};
    for (const { path, code, message } of problems) {
      let node = errors;
      for (const key of path) node = (node[String(key)] ??= {}) as Record<string, unknown>;
      ((node._errors ??= []) as unknown[]).push({ code, message });
    }
    return new DiscordApiError(400, 50035, 'Invalid Form Body', errors);
  }
}

/** The error answers the fake gives, with Discord's codes and messages. */
export const apiErrors = {
  notFound: () => new DiscordApiError(404, 0, '404: Not Found'),
  unauthorized: () => new DiscordApiError(401, 0, '401: Unauthorized'),
  unknownChannel: () => new DiscordApiError(404, 10003, 'Unknown Channel'),
  unknownGuild: () => new DiscordApiError(404, 10004, 'Unknown Guild'),
  unknownMember: () => new DiscordApiError(404, 10007, 'Unknown Member'),
  unknownMessage: () => new DiscordApiError(404, 10008, 'Unknown Message'),
  unknownUser: () => new DiscordApiError(404, 10013, 'Unknown User'),
  unknownWebhook: () => new DiscordApiError(404, 10015, 'Unknown Webhook'),
  unknownInteraction: () => new DiscordApiError(404, 10062, 'Unknown interaction'),
  unknownApplication: () => new DiscordApiError(404, 10002, 'Unknown Application'),
  alreadyAcknowledged: () => new DiscordApiError(400, 40060, 'Interaction has already been acknowledged.'),
  emptyMessage: () => new DiscordApiError(400, 50006, 'Cannot send an empty message'),
} as const;
