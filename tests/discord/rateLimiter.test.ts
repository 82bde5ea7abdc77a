import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/discord/rateLimiter.ts';

/** A limiter on a clock the test moves by hand. */
function limiterAt(limit: number, windowMs: number) {
  let time = 1_000_000;
  const limiter = new RateLimiter({ limit, windowMs, now: () => time });
  return {
    limiter,
    start: time,
    advance: (ms: number) => void (time += ms),
  };
}

describe('RateLimiter', () => {
  it('accepts up to the limit, then refuses until the oldest call leaves the window', () => {
    const { limiter, start, advance } = limiterAt(3, 30_000);
    expect([limiter.take('ann'), limiter.take('ann')]).toEqual([{ allowed: true }, { allowed: true }]);
    advance(10_000);
    expect(limiter.take('ann')).toEqual({ allowed: true });
    expect(limiter.take('ann')).toEqual({ allowed: false, retryAt: start + 30_000, firstRefusal: true });
    advance(19_999);
    expect(limiter.take('ann').allowed).toBe(false);
    advance(1);
    // Both calls made at the start have left the window: two more fit.
    expect([limiter.take('ann'), limiter.take('ann'), limiter.take('ann').allowed]).toEqual([{ allowed: true }, { allowed: true }, false]);
  });

  it('counts each key separately', () => {
    const { limiter } = limiterAt(1, 30_000);
    expect(limiter.take('ann')).toEqual({ allowed: true });
    expect(limiter.take('bob')).toEqual({ allowed: true });
    expect(limiter.take('ann').allowed).toBe(false);
  });

  it('does not count refused calls, so hammering does not push the retry time back', () => {
    const { limiter, start, advance } = limiterAt(1, 30_000);
    limiter.take('ann');
    for (let i = 0; i < 5; i++) {
      advance(5_000);
      expect(limiter.take('ann')).toMatchObject({ allowed: false, retryAt: start + 30_000 });
    }
  });

  it('marks only the first refusal until the reported retry time as first', () => {
    const { limiter, advance } = limiterAt(1, 30_000);
    limiter.take('ann');
    const refusals = [limiter.take('ann'), limiter.take('ann')];
    expect(refusals.map((verdict) => !verdict.allowed && verdict.firstRefusal)).toEqual([true, false]);
    advance(30_000);
    limiter.take('ann');
    expect(limiter.take('ann')).toMatchObject({ allowed: false, firstRefusal: true });
  });

  it('forgets users idle for a whole window, so memory holds only recent askers', () => {
    const { limiter, advance } = limiterAt(5, 30_000);
    for (let user = 0; user < 100; user++) limiter.take(`user-${user}`);
    expect(limiter.size).toBe(100);
    advance(30_000);
    limiter.take('latecomer');
    expect(limiter.size).toBe(1);
  });

  it('keeps a user whose calls are still inside the window through a sweep', () => {
    const { limiter, advance } = limiterAt(1, 30_000);
    limiter.take('early');
    advance(20_000);
    limiter.take('recent');
    advance(15_000);
    limiter.take('trigger');
    expect(limiter.take('recent').allowed).toBe(false);
    expect(limiter.take('early')).toEqual({ allowed: true });
  });

  it.each([
    [{ limit: 0, windowMs: 1000 }, 'Byline: rate limit must be a whole number of at least 1, got 0'],
    [{ limit: 1.5, windowMs: 1000 }, 'Byline: rate limit must be a whole number of at least 1, got 1.5'],
    [{ limit: 1, windowMs: 0 }, 'Byline: rate limit window must be more than 0 ms, got 0'],
  ])('rejects %j', (options, message) => {
    expect(() => new RateLimiter(options)).toThrow(message);
  });

  it('agrees with a reference that counts accepted calls in the trailing window', () => {
    const step = fc.record({ key: fc.constantFrom('a', 'b', 'c'), gap: fc.integer({ min: 0, max: 12_000 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(step, { maxLength: 60 }), (limit, steps) => {
        const windowMs = 30_000;
        let time = 0;
        const limiter = new RateLimiter({ limit, windowMs, now: () => time });
        const accepted = new Map<string, number[]>();
        for (const { key, gap } of steps) {
          time += gap;
          const recent = (accepted.get(key) ?? []).filter((at) => at > time - windowMs);
          const expected = recent.length < limit;
          const verdict = limiter.take(key);
          expect(verdict.allowed).toBe(expected);
          if (expected) recent.push(time);
          else expect(!verdict.allowed && verdict.retryAt).toBe((recent[0] ?? 0) + windowMs);
          accepted.set(key, recent);
        }
      }),
    );
  });
});
