/**
 * A per-key sliding-window rate limiter: at most `limit` accepted calls in any `windowMs`.
 * Pure bookkeeping with an injectable clock; it knows nothing of Discord.
 *
 * Memory stays bounded: a key keeps at most `limit` timestamps, and keys idle for a whole window
 * are forgotten by a sweep that runs at most once per window, so only recently active users are held.
 *
 * @example
 * const limiter = new RateLimiter({ limit: 2, windowMs: 30_000, now: () => 0 });
 * limiter.take('ann'); limiter.take('ann');
 * limiter.take('ann'); // => { allowed: false, retryAt: 30000, firstRefusal: true }
 */
import { BylineError } from '../errors.ts';

export interface RateLimiterOptions {
  /** Calls accepted per key within any window; a whole number of at least 1. */
  limit: number;
  /** The window's length in milliseconds; more than 0. */
  windowMs: number;
  /** Clock in milliseconds, for tests. Default `Date.now`. */
  now?: () => number;
}

/**
 * The limiter's answer. A refusal says when the key may call again and whether this is the first
 * refusal since that time was last reported, so a public notice can be given once, not per call.
 */
export type RateVerdict = { allowed: true } | { allowed: false; retryAt: number; firstRefusal: boolean };

interface KeyState {
  /** Accepted calls still inside the window, oldest first. */
  accepted: number[];
  /** The `retryAt` last reported in a refusal; later refusals before it are not first. */
  toldUntil: number;
}

export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  readonly #now: () => number;
  readonly #keys = new Map<string, KeyState>();
  #lastSweep: number;

  /** @throws BylineError when `limit` or `windowMs` is out of range. */
  constructor(options: RateLimiterOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new BylineError(`rate limit must be a whole number of at least 1, got ${options.limit}`);
    if (!(options.windowMs > 0)) throw new BylineError(`rate limit window must be more than 0 ms, got ${options.windowMs}`);
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.#now = options.now ?? Date.now;
    this.#lastSweep = this.#now();
  }

  /** Counts one call by `key` if the window has room; refused calls are not counted. */
  take(key: string): RateVerdict {
    const now = this.#now();
    this.#sweep(now);
    const state = this.#keys.get(key) ?? { accepted: [], toldUntil: 0 };
    this.#keys.set(key, state);
    const windowStart = now - this.windowMs;
    while (state.accepted.length > 0 && (state.accepted[0] ?? 0) <= windowStart) state.accepted.shift();
    if (state.accepted.length < this.limit) {
      state.accepted.push(now);
      return { allowed: true };
    }
    // Full: room opens when the oldest accepted call leaves the window.
    const retryAt = (state.accepted[0] ?? now) + this.windowMs;
    const firstRefusal = now >= state.toldUntil;
    if (firstRefusal) state.toldUntil = retryAt;
    return { allowed: false, retryAt, firstRefusal };
  }

  /** How many keys are remembered (for tests of the memory bound). */
  get size(): number {
    return this.#keys.size;
  }

  /**
   * Forgets keys with no accepted call inside the window, at most once per window. Their last
   * refusal's `retryAt` has passed too (it is at most the newest call plus a window), so nothing is lost.
   */
  #sweep(now: number): void {
    if (now - this.#lastSweep < this.windowMs) return;
    this.#lastSweep = now;
    const windowStart = now - this.windowMs;
    for (const [key, state] of this.#keys) {
      if ((state.accepted.at(-1) ?? Number.NEGATIVE_INFINITY) <= windowStart) this.#keys.delete(key);
    }
  }
}
