/**
 * Answers already given, kept so "More", 👍/👎 and follow-up replies can find the question and
 * its other answers. Bounded and expiring: the oldest entries go first; after a restart old
 * buttons report that the answer has expired.
 */
import { randomBytes } from 'node:crypto';
import type { Request, Response } from '../types.ts';

export interface StoredAnswer {
  request: Request;
  response: Response;
  /** The user who asked: only they may page. */
  askerId: string;
  guildId: string | null;
}

export interface AnswerStoreOptions {
  /** Most entries kept. Default 1,000. */
  capacity?: number;
  /** How long an entry lives, in milliseconds. Default 6 hours. */
  ttlMs?: number;
  now?: () => number;
}

export class AnswerStore {
  readonly #entries = new Map<string, { stored: StoredAnswer; expires: number }>();
  readonly #capacity: number;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: AnswerStoreOptions = {}) {
    this.#capacity = options.capacity ?? 1000;
    this.#ttlMs = options.ttlMs ?? 6 * 60 * 60 * 1000;
    this.#now = options.now ?? Date.now;
  }

  /** Stores an answer and returns its key: 8 URL-safe characters, short enough for a custom id. */
  put(stored: StoredAnswer): string {
    const key = randomBytes(6).toString('base64url');
    this.#entries.set(key, { stored, expires: this.#now() + this.#ttlMs });
    // Maps iterate in insertion order, so the first key is the oldest.
    while (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value as string);
    return key;
  }

  /** The stored answer, or `undefined` when unknown or expired. */
  get(key: string): StoredAnswer | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.stored;
  }

  get size(): number {
    return this.#entries.size;
  }
}
