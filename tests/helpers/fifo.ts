/**
 * FIFOs for the tests that check a corpus reader never opens one: opening a FIFO for reading
 * blocks until a writer comes, so a reader that does would hang the test (and hold one of libuv's
 * file-system threads) for ever.
 */
import { execFileSync } from 'node:child_process';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Creates a FIFO at `absolute` (Node has no API for it). */
export function makeFifo(absolute: string): string {
  execFileSync('mkfifo', [absolute]);
  return absolute;
}

/**
 * Races `work` against a timer. On timeout every FIFO in `fifos` is opened for writing once, which
 * releases a reader blocked on it, and then the test fails with a plain reason.
 */
export async function settlesWithin<T>(work: Promise<T>, fifos: readonly string[], ms = 3000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${ms} ms: a FIFO was opened`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (error) {
    for (const fifo of fifos) {
      await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).then((handle) => handle.close(), () => undefined);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
