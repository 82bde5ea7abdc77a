/** What a {@link Recorder} wait accepts: a timeout alone, or a timeout and where to start looking. */
export type WaitOptions = number | { timeoutMs?: number; fromIndex?: number };

/** The default time a wait gives the client before it fails with an explicit error. */
export const DEFAULT_TIMEOUT_MS = 2000;

/**
 * An append-only log that tests can wait on. Waits look at entries already recorded too (from
 * `fromIndex`, default 0), so a wait started after the event still sees it: no races.
 */
export class Recorder<T> {
  readonly items: T[] = [];
  readonly #listeners = new Set<() => void>();

  constructor(
    /** Used in timeout messages: `FakeDiscord: no ${what} within …`. */
    private readonly describeItem: (item: T) => string,
  ) {}

  push(item: T): void {
    this.items.push(item);
    for (const listener of [...this.#listeners]) listener();
  }

  /**
   * Resolves with the first entry at or after `fromIndex` that satisfies `match`; rejects after
   * the timeout with `FakeDiscord: no <wanted> within <n> ms; got: <what was recorded>`.
   */
  waitFor(match: (item: T) => boolean, wanted: string, options: WaitOptions = {}): Promise<T> {
    const { timeoutMs = DEFAULT_TIMEOUT_MS, fromIndex = 0 } =
      typeof options === 'number' ? { timeoutMs: options } : options;
    const find = (): T | undefined => this.items.slice(fromIndex).find(match);
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const listener = (): void => {
        const item = find();
        if (item === undefined) return;
        clearTimeout(timer);
        this.#listeners.delete(listener);
        resolve(item);
      };
      const timer = setTimeout(() => {
        this.#listeners.delete(listener);
        const got = this.items.slice(fromIndex).map(this.describeItem);
        reject(new Error(`FakeDiscord: no ${wanted} within ${timeoutMs} ms; got: ${got.length ? got.join(', ') : 'nothing'}`));
      }, timeoutMs);
      this.#listeners.add(listener);
    });
  }
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
