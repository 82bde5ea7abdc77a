/**
 * Whether Byline takes on a question or button press now: not while shutting down, and not
 * beyond the user's rate limit. A refusal carries the one-line notice to show.
 *
 * Questions (slash commands and mentions) share one per-user limit. Buttons (More, 👍, 👎) do
 * not spend it — paging through an answer already given costs the engine nothing — but have a
 * looser limit of their own, since each vote appends a line to the feedback log.
 */
import type { Config } from '../config.ts';
import type { BotContext } from './command.ts';
import { RateLimiter } from './rateLimiter.ts';

export const RESTARTING = 'Byline is restarting; please ask again in a minute.';

/** Button presses allowed per window, as a multiple of the questions allowed. */
export const BUTTON_LIMIT_FACTOR = 4;

/**
 * Autocomplete requests allowed per window, as a multiple of the questions allowed: Discord
 * sends one per keystroke, so typing a few names stays well inside it (50 per 30 s by default).
 */
export const AUTOCOMPLETE_LIMIT_FACTOR = 10;

/** The per-user limits a bot keeps. */
export interface RateLimits {
  questions: RateLimiter;
  buttons: RateLimiter;
  /** Autocomplete keystrokes: past it the list is left empty, at no cost to the engine. */
  autocomplete: RateLimiter;
}

/** What is being asked for: a question (command or mention) or a button press. */
export type Ask = 'question' | 'button';

export interface Refusal {
  reason: 'restarting' | 'rate-limited';
  notice: string;
  /** The user was already told in this window: a public reply may stay quiet; an interaction still needs its answer. */
  repeat: boolean;
}

/** The limits from `RATE_LIMIT_QUESTIONS` per `RATE_LIMIT_WINDOW_SECONDS`. */
export function rateLimits(config: Config['rateLimit']): RateLimits {
  const windowMs = config.windowSeconds * 1000;
  return {
    questions: new RateLimiter({ limit: config.questions, windowMs }),
    buttons: new RateLimiter({ limit: config.questions * BUTTON_LIMIT_FACTOR, windowMs }),
    autocomplete: new RateLimiter({ limit: config.questions * AUTOCOMPLETE_LIMIT_FACTOR, windowMs }),
  };
}

/** Why `userId`'s question or press is not taken now, or `undefined` to take it (which counts it). */
export function refusal(ctx: Pick<BotContext, 'limits' | 'lifecycle'>, userId: string, ask: Ask): Refusal | undefined {
  if (ctx.lifecycle.closing) return { reason: 'restarting', notice: RESTARTING, repeat: false };
  const limiter = ask === 'button' ? ctx.limits.buttons : ctx.limits.questions;
  const verdict = limiter.take(userId);
  if (verdict.allowed) return undefined;
  return { reason: 'rate-limited', notice: rateLimitNotice(ask, limiter, verdict.retryAt), repeat: !verdict.firstRefusal };
}

/** A friendly notice; `<t:…:R>` is shown by Discord as "in 12 seconds" in the reader's locale. */
function rateLimitNotice(ask: Ask, limiter: RateLimiter, retryAt: number): string {
  const when = `<t:${Math.ceil(retryAt / 1000)}:R>`;
  if (ask === 'button') return `That's a lot of clicks in a short time; the buttons work again ${when}.`;
  const window = limiter.windowMs / 1000;
  return `You're asking quickly — Byline answers up to ${limiter.limit} questions per person every ${window} seconds. You can ask again ${when}.`;
}
