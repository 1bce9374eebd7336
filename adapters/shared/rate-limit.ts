/**
 * Per-user rate limit (token bucket): each user may send `burst` messages at once and `perMinute` a minute
 * on average. Over the limit, the adapter answers politely with the wait instead of dropping the message.
 * Buckets live in memory, per process: behind several replicas each one limits on its own, which is the
 * intent (a guard against floods, not a quota). The number of tracked users is capped so memory is bounded.
 */
export type Verdict = { ok: true } | { ok: false; retryAfterMs: number };

export interface RateLimiter {
  take(user: string, now?: number): Verdict;
}

export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  /** Most users tracked at once; the least recently seen are forgotten first (they start full again). */
  maxUsers?: number;
}

export function createRateLimiter({ perMinute, burst, maxUsers = 10_000 }: RateLimitOptions): RateLimiter {
  const refillPerMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(user, now = Date.now()) {
      if (perMinute <= 0) return { ok: true };
      const previous = buckets.get(user);
      const tokens = previous ? Math.min(burst, previous.tokens + (now - previous.at) * refillPerMs) : burst;
      buckets.delete(user); // re-insert to keep Map order = least recently seen first
      if (tokens < 1) {
        buckets.set(user, { tokens, at: now });
        return { ok: false, retryAfterMs: Math.ceil((1 - tokens) / refillPerMs) };
      }
      buckets.set(user, { tokens: tokens - 1, at: now });
      if (buckets.size > maxUsers) buckets.delete(buckets.keys().next().value as string);
      return { ok: true };
    },
  };
}

/** The polite reply text for a limited user. */
export function slowDownText(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're sending messages faster than I answer them — please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}
