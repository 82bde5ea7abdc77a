/**
 * Answers already given, kept so "More", 👍/👎 and follow-up replies can find the question and
 * its other answers. Bounded and expiring: the oldest entries go first; after a restart old
 * buttons report that the answer has expired.
 */
import { randomBytes } from 'node:crypto';
import type { Request, Response } from '../types.ts';
import type { Vote } from './customIds.ts';

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

/** What a member's press of 👍/👎 changed: a first vote, the same vote again, or a changed vote. */
export type VoteChange = { kind: 'new' } | { kind: 'same' } | { kind: 'changed'; previous: Vote };

interface Entry {
  stored: StoredAnswer;
  expires: number;
  /** Each member's vote on each page: `${page}:${userId}` → vote. */
  votes: Map<string, Vote>;
}

export class AnswerStore {
  readonly #entries = new Map<string, Entry>();
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
    this.#entries.set(key, { stored, expires: this.#now() + this.#ttlMs, votes: new Map() });
    // Maps iterate in insertion order, so the first key is the oldest.
    while (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value as string);
    return key;
  }

  /** The stored answer, or `undefined` when unknown or expired. */
  get(key: string): StoredAnswer | undefined {
    return this.#live(key)?.stored;
  }

  /**
   * Records `userId`'s vote on page `page` of the answer under `key`: one vote per member per
   * answer, a later one replacing it. `undefined` when the answer is unknown or expired.
   */
  vote(key: string, page: number, userId: string, vote: Vote): VoteChange | undefined {
    const entry = this.#live(key);
    if (!entry) return undefined;
    const voter = `${page}:${userId}`;
    const previous = entry.votes.get(voter);
    if (previous === vote) return { kind: 'same' };
    entry.votes.set(voter, vote);
    return previous === undefined ? { kind: 'new' } : { kind: 'changed', previous };
  }

  #live(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  get size(): number {
    return this.#entries.size;
  }
}
