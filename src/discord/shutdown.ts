/**
 * Graceful shutdown on SIGINT/SIGTERM: stop taking new work, let the handlers in flight finish
 * (for a bounded time), then destroy the client and exit 0. Handlers that arrive while closing
 * see `closing` and answer with a short "restarting" notice instead of doing the work.
 */
import type { Logger } from '../log.ts';

/** What shutdown needs from the tracker of running handlers. */
export interface InFlightTracker {
  /** From now on, handlers should refuse new work. */
  close(): void;
  /** Resolves when no handler is running. */
  idle(): Promise<void>;
  /** Handlers running now. */
  readonly size: number;
}

/** Tracks the running handlers, and tells new ones whether Byline is closing. */
export class InFlight implements InFlightTracker {
  readonly #running = new Set<Promise<unknown>>();
  #closing = false;

  get closing(): boolean {
    return this.#closing;
  }

  get size(): number {
    return this.#running.size;
  }

  /** Remembers `task` until it settles. Handlers catch their own errors; a rejection is only forgotten here. */
  track(task: Promise<unknown>): void {
    const settled = task.then(
      () => undefined,
      () => undefined,
    );
    this.#running.add(settled);
    void settled.then(() => this.#running.delete(settled));
  }

  close(): void {
    this.#closing = true;
  }

  async idle(): Promise<void> {
    // Handlers tracked while waiting (the "restarting" notices) are waited for too.
    while (this.#running.size > 0) await Promise.all(this.#running);
  }
}

export interface ShutdownOptions {
  inFlight: InFlightTracker;
  /** Closes the connection, e.g. `() => client.destroy()`. */
  destroy: () => Promise<void>;
  logger: Logger;
  /** Longest wait for handlers in flight. Default 10,000 ms. */
  timeoutMs?: number;
  /** Resolves after `ms`; injectable for tests. Default: a timer. */
  wait?: (ms: number) => Promise<void>;
}

/** How a shutdown went: `abandoned` handlers were still running when the wait ran out. */
export interface ShutdownReport {
  finished: boolean;
  abandoned: number;
}

/** Closes the tracker, waits (bounded) for the handlers in flight, then destroys the client. Never throws. */
export async function shutDown(options: ShutdownOptions): Promise<ShutdownReport> {
  const { inFlight, logger } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  inFlight.close();
  logger.info('shutting down', { inFlight: inFlight.size });
  const timer = new AbortController();
  const wait = options.wait ?? ((ms: number) => delay(ms, timer.signal));
  const finished = await Promise.race([inFlight.idle().then(() => true), wait(timeoutMs).then(() => false)]);
  timer.abort();
  const abandoned = finished ? 0 : inFlight.size;
  if (!finished) logger.warn('shutdown: handlers still running when the wait ran out', { abandoned, timeoutMs });
  await options.destroy().catch((error: unknown) => logger.error('shutdown: destroying the client failed', { error }));
  logger.info('shut down', { finished, abandoned });
  return { finished, abandoned };
}

/** The part of `process` that signal handling uses. */
export interface SignalTarget {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  removeListener(signal: NodeJS.Signals, listener: () => void): unknown;
}

export const SHUTDOWN_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

export interface SignalOptions {
  logger: Logger;
  /** Default: `process`. */
  signals?: SignalTarget;
  /** Default: `process.exit`. */
  exit?: (code: number) => void;
}

/**
 * On the first SIGINT or SIGTERM runs `stop`, then exits with 0 (1 if `stop` threw). Later
 * signals are ignored: Ctrl-C reaches a sharded bot's manager and its shards at once, and the
 * manager forwards SIGTERM, so a shard commonly gets two. `stop` is bounded, so exit is assured.
 * Returns a function that removes the handlers.
 */
export function exitOnSignals(stop: () => Promise<unknown>, options: SignalOptions): () => void {
  const signals = options.signals ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const listeners = SHUTDOWN_SIGNALS.map((signal) => {
    // Kept (not `once`): a second signal must not fall through to Node's default, an immediate exit.
    const listener = () => {
      if (stopping) {
        options.logger.info('already shutting down', { signal });
        return;
      }
      stopping = true;
      options.logger.info('signal received', { signal });
      stop().then(
        () => exit(0),
        (error: unknown) => {
          options.logger.error('shutdown failed', { error });
          exit(1);
        },
      );
    };
    signals.on(signal, listener);
    return [signal, listener] as const;
  });
  return () => {
    for (const [signal, listener] of listeners) signals.removeListener(signal, listener);
  };
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });
}
