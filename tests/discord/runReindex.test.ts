import { describe, expect, it } from 'vitest';
import type { ReplyPayload } from '../../src/discord/reply.ts';
import { runReindex } from '../../src/discord/runReindex.ts';
import { FAKE_REPORT, fakeEngine } from './fakeEngine.ts';

describe('runReindex', () => {
  it('shows progress at most once per interval and returns the report', async () => {
    let now = 0;
    const engine = fakeEngine({
      reindex: async (onProgress) => {
        for (let done = 1; done <= 10; done++) {
          now += 700;
          onProgress?.(done, 10);
        }
        return FAKE_REPORT;
      },
    });
    const shown: string[] = [];
    const report = await runReindex(engine, async (payload: ReplyPayload) => void shown.push(payload.content ?? ''), { now: () => now });
    // Progress at 700 ms steps against a 2 s interval: shown at 2.1 s, 4.2 s and 6.3 s.
    expect(shown).toEqual(['Reindexing… 3/10 files', 'Reindexing… 6/10 files', 'Reindexing… 9/10 files']);
    expect(report.embeds[0]?.description).toBe('**2** articles · **12** passages · **4** quotes · **3** people\nTook 1.5 s; 2 files re-read.');
  });

  it('keeps going when a progress edit fails', async () => {
    let now = 0;
    const errors: unknown[] = [];
    const engine = fakeEngine({ reindex: async (onProgress) => { now = 5000; onProgress?.(1, 1); return FAKE_REPORT; } });
    const report = await runReindex(engine, async () => { throw new Error('edit failed'); }, { now: () => now, onShowError: (error) => errors.push(error) });
    expect(errors).toHaveLength(1);
    expect(report.embeds).toHaveLength(1);
  });

  it('lists each skipped file with its reason', async () => {
    const engine = fakeEngine({ reindex: async () => ({ ...FAKE_REPORT, skipped: [{ file: 'empty.txt', reason: 'no article text found' }] }) });
    const report = await runReindex(engine, async () => undefined);
    expect(report.embeds[0]?.fields).toEqual([{ name: 'Skipped 1 file', value: '• `empty.txt` — no article text found' }]);
  });
});
