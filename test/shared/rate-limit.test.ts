import { describe, expect, it } from 'vitest';
import { createRateLimiter, slowDownText } from '../../adapters/shared/rate-limit.js';

describe('per-user rate limit', () => {
  it('allows a burst, then asks the user to wait exactly until a token is back', () => {
    const limit = createRateLimiter({ perMinute: 6, burst: 3 });
    expect([0, 1, 2].map(() => limit.take('u1', 0).ok)).toEqual([true, true, true]);
    expect(limit.take('u1', 0)).toEqual({ ok: false, retryAfterMs: 10_000 });
    expect(limit.take('u1', 9_999).ok).toBe(false);
    expect(limit.take('u1', 20_000).ok).toBe(true);
  });

  it('limits each user on their own', () => {
    const limit = createRateLimiter({ perMinute: 1, burst: 1 });
    expect(limit.take('a', 0).ok).toBe(true);
    expect(limit.take('a', 0).ok).toBe(false);
    expect(limit.take('b', 0).ok).toBe(true);
  });

  it('is off when perMinute is 0, and keeps memory bounded by forgetting the least recent users', () => {
    const off = createRateLimiter({ perMinute: 0, burst: 0 });
    expect(Array.from({ length: 100 }, () => off.take('x').ok).every(Boolean)).toBe(true);
    const small = createRateLimiter({ perMinute: 1, burst: 1, maxUsers: 2 });
    small.take('a', 0);
    small.take('b', 0);
    small.take('c', 0); // forgets a
    expect(small.take('a', 0).ok).toBe(true);
    expect(small.take('c', 0).ok).toBe(false);
  });

  it('words the wait politely, in whole seconds', () => {
    expect(slowDownText(10_000)).toBe("You're sending messages faster than I answer them — please try again in 10 seconds.");
    expect(slowDownText(200)).toContain('1 second.');
  });
});
