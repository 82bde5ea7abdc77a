/** Runs a reindex for /reindex or "@Byline reindex", showing progress at most every ~2 s. */
import type { Engine } from '../types.ts';
import { renderIndexReport, renderProgress } from './renderIndexReport.ts';
import type { ReplyPayload } from './reply.ts';

export interface ReindexOptions {
  /** Least time between progress edits (Discord rate-limits message edits). Default 2,000 ms. */
  intervalMs?: number;
  now?: () => number;
  /** Where failed progress edits are reported; they never stop the reindex. */
  onShowError?: (error: unknown) => void;
}

/**
 * Rebuilds the index, calling `show` with progress (throttled) and returning the final report.
 * A reindex already running surfaces as the engine's `ReindexInProgressError`, shown to the user.
 */
export async function runReindex(engine: Engine, show: (payload: ReplyPayload) => Promise<unknown>, options: ReindexOptions = {}): Promise<ReplyPayload> {
  const interval = options.intervalMs ?? 2000;
  const now = options.now ?? Date.now;
  let lastShown = now();
  let pending: Promise<unknown> = Promise.resolve();

  const report = await engine.reindex((done, total) => {
    if (now() - lastShown < interval) return;
    lastShown = now();
    // Chain the edits so they land in order and the final report is never overwritten.
    pending = pending.then(() => show(renderProgress(done, total))).catch((error: unknown) => options.onShowError?.(error));
  });
  await pending;
  return renderIndexReport(report);
}
