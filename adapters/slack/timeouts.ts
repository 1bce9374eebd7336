import type { App, webApi } from '@slack/bolt';

type RetryOptions = webApi.RetryOptions;

/**
 * How long one call to Slack (Web API or response_url) may take. Slack answers in well under a second, so
 * 10 s means it is in trouble; the SDKs' default is no limit at all, which would let a hung connection hold
 * a handler — and the shutdown drain that waits for it — forever.
 */
export const DEFAULT_CLIENT_TIMEOUT_MS = 10_000;

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT']);

/** True when a call to Slack timed out (axios, the Web API client's wrapper of it, or fetch's AbortSignal.timeout). */
export function timedOut(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; name?: unknown; original?: { code?: unknown } };
  return TIMEOUT_CODES.has(String(e.code)) || TIMEOUT_CODES.has(String(e.original?.code)) || e.name === 'TimeoutError';
}

/**
 * Two quick retries, not the SDK's default ten over half an hour: a late answer is worse than an apology,
 * and a start-up check against an unreachable API should fail within seconds. A call that timed out is
 * not retried: Slack may have posted the message all the same, and a retry would post it twice.
 */
export function retryPolicy(): RetryOptions {
  const policy: RetryOptions & { onFailedAttempt(error: Error): void } = {
    retries: 2,
    factor: 2,
    minTimeout: 200,
    // p-retry (which the Web API client hands these options to) stops retrying when this throws.
    onFailedAttempt: (error) => {
      if (timedOut(error)) throw error;
    },
  };
  return policy;
}

/**
 * Gives `respond()` (response_url posts) the same time limit. Bolt posts them with its own axios instance and
 * offers no option for it, so the limit is set on that instance; Bolt is pinned, and test/slack/faults.test.ts
 * fails if the field ever moves.
 */
export function limitRespondTime(app: App, timeoutMs: number): void {
  const axios = (app as unknown as { axios?: { defaults?: { timeout?: number } } }).axios;
  if (!axios?.defaults) throw new Error('Bolt no longer exposes the axios instance respond() uses; cannot set its timeout');
  axios.defaults.timeout = timeoutMs;
}
