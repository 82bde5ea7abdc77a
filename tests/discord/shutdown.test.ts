import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { exitOnSignals, InFlight, shutDown, type InFlightTracker } from '../../src/discord/shutdown.ts';
import { silentLogger, type LogFields, type Logger } from '../../src/log.ts';

/** A promise with its resolve handle, for handlers the test finishes by hand. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** A tracker whose running handlers finish when the test says so; records the order of calls. */
function fakeTracker(running: number) {
  const events: string[] = [];
  const done = deferred();
  const tracker: InFlightTracker & { size: number; finish(): void } = {
    size: running,
    close: () => void events.push('close'),
    idle: async () => {
      await done.promise;
      events.push('idle');
    },
    finish() {
      this.size = 0;
      done.resolve();
    },
  };
  return { tracker, events };
}

function recordingLogger() {
  const lines: Array<{ message: string; fields?: LogFields }> = [];
  const log = (message: string, fields?: LogFields) => void lines.push({ message, fields });
  const logger: Logger = { debug: log, info: log, warn: log, error: log };
  return { logger, lines };
}

describe('InFlight', () => {
  it('counts tasks until they settle, rejected ones included', async () => {
    const inFlight = new InFlight();
    const first = deferred();
    inFlight.track(first.promise);
    inFlight.track(Promise.reject(new Error('handled elsewhere')));
    expect(inFlight.size).toBe(2);
    await Promise.resolve();
    await Promise.resolve();
    expect(inFlight.size).toBe(1);
    first.resolve();
    await inFlight.idle();
    expect(inFlight.size).toBe(0);
  });

  it('waits also for tasks tracked while it waits', async () => {
    const inFlight = new InFlight();
    const first = deferred();
    const late = deferred();
    inFlight.track(first.promise);
    let idle = false;
    const waiting = inFlight.idle().then(() => (idle = true));
    inFlight.track(late.promise);
    first.resolve();
    await new Promise((tick) => setImmediate(tick));
    expect(idle).toBe(false);
    late.resolve();
    await waiting;
    expect(idle).toBe(true);
  });

  it('reports closing once closed', () => {
    const inFlight = new InFlight();
    expect(inFlight.closing).toBe(false);
    inFlight.close();
    expect(inFlight.closing).toBe(true);
  });
});

describe('shutDown', () => {
  it('closes, waits for the handlers in flight, then destroys the client', async () => {
    const { tracker, events } = fakeTracker(2);
    const shutting = shutDown({
      inFlight: tracker,
      destroy: async () => void events.push('destroy'),
      logger: silentLogger,
      wait: () => new Promise(() => undefined),
    });
    await new Promise((tick) => setImmediate(tick));
    expect(events).toEqual(['close']);
    tracker.finish();
    expect(await shutting).toEqual({ finished: true, abandoned: 0 });
    expect(events).toEqual(['close', 'idle', 'destroy']);
  });

  it('gives up waiting after the timeout, destroys anyway and logs how many were abandoned', async () => {
    const { tracker, events } = fakeTracker(3);
    const { logger, lines } = recordingLogger();
    const waited: number[] = [];
    const report = await shutDown({
      inFlight: tracker,
      destroy: async () => void events.push('destroy'),
      logger,
      timeoutMs: 2500,
      wait: async (ms) => void waited.push(ms),
    });
    expect(report).toEqual({ finished: false, abandoned: 3 });
    expect(waited).toEqual([2500]);
    expect(events).toEqual(['close', 'destroy']);
    expect(lines).toContainEqual({ message: 'shutdown: handlers still running when the wait ran out', fields: { abandoned: 3, timeoutMs: 2500 } });
  });

  it('waits 10 seconds by default with a real timer', async () => {
    const { tracker } = fakeTracker(1);
    const started = Date.now();
    const shutting = shutDown({ inFlight: tracker, destroy: async () => undefined, logger: silentLogger });
    tracker.finish();
    await shutting;
    // Finished as soon as the handler did, long before the default 10 s.
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('still resolves when destroying the client fails', async () => {
    const { tracker } = fakeTracker(0);
    tracker.finish();
    const { logger, lines } = recordingLogger();
    const report = await shutDown({ inFlight: tracker, destroy: () => Promise.reject(new Error('socket gone')), logger });
    expect(report.finished).toBe(true);
    expect(lines.map((line) => line.message)).toContain('shutdown: destroying the client failed');
  });
});

describe('exitOnSignals', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('runs the shutdown once on %s and exits 0, ignoring a second signal', async (signal) => {
    const signals = new EventEmitter();
    const exits: number[] = [];
    let stops = 0;
    const stopped = deferred();
    exitOnSignals(
      async () => {
        stops++;
        await stopped.promise;
      },
      { logger: silentLogger, signals, exit: (code) => void exits.push(code) },
    );
    signals.emit(signal);
    signals.emit('SIGINT');
    expect(stops).toBe(1);
    expect(exits).toEqual([]);
    stopped.resolve();
    await new Promise((tick) => setImmediate(tick));
    expect(exits).toEqual([0]);
  });

  it('exits 1 when the shutdown itself fails', async () => {
    const signals = new EventEmitter();
    const exits: number[] = [];
    exitOnSignals(() => Promise.reject(new Error('boom')), { logger: silentLogger, signals, exit: (code) => void exits.push(code) });
    signals.emit('SIGTERM');
    await new Promise((tick) => setImmediate(tick));
    expect(exits).toEqual([1]);
  });

  it('removes its handlers when asked', () => {
    const signals = new EventEmitter();
    const remove = exitOnSignals(async () => undefined, { logger: silentLogger, signals, exit: () => undefined });
    expect([signals.listenerCount('SIGINT'), signals.listenerCount('SIGTERM')]).toEqual([1, 1]);
    remove();
    expect([signals.listenerCount('SIGINT'), signals.listenerCount('SIGTERM')]).toEqual([0, 0]);
  });
});
