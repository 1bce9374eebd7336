/**
 * Rate-limited posts to a response_url (429) wait for Retry-After and are sent once more, as the Web API
 * client's calls do; without this the user got the apology instead of the answer. A wait longer than
 * MAX_RETRY_AFTER_MS is not worth holding an answer (and the shutdown drain) for: the post fails as before.
 */
import type { App } from '@slack/bolt';
import type { AxiosError, AxiosInstance, InternalAxiosRequestConfig } from 'axios';

export const MAX_RETRY_AFTER_MS = 30_000;

/** Retry-After (whole seconds, as Slack sends it) in ms; 1 s when missing or unreadable; undefined past the cap. */
export function retryAfterMs(header: unknown): number | undefined {
  const text = typeof header === 'string' ? header.trim() : '';
  const ms = /^\d{1,6}$/.test(text) ? Number(text) * 1000 : 1000;
  return ms <= MAX_RETRY_AFTER_MS ? ms : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Retried = InternalAxiosRequestConfig & { rateLimitRetried?: boolean };

/** Makes `respond()` (Bolt's own axios instance, as in timeouts.ts) wait out a 429 once. */
export function retryRateLimitedResponds(app: App): void {
  const instance = (app as unknown as { axios?: AxiosInstance }).axios;
  if (!instance?.interceptors) throw new Error('Bolt no longer exposes the axios instance respond() uses; cannot retry its 429s');
  instance.interceptors.response.use(undefined, async (error: AxiosError) => {
    const config = error.config as Retried | undefined;
    const wait = retryAfterMs(error.response?.headers['retry-after']);
    if (error.response?.status !== 429 || !config || config.rateLimitRetried || wait === undefined) throw error;
    await sleep(wait);
    return instance.request({ ...config, rateLimitRetried: true } as Retried);
  });
}

/** fetch for a response_url post (the recommend form's answer), with the same one wait on a 429. */
export async function postToResponseUrl(url: string, body: unknown, timeoutMs: number): Promise<Response> {
  const post = () =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  const first = await post();
  const wait = first.status === 429 ? retryAfterMs(first.headers.get('retry-after')) : undefined;
  if (wait === undefined) return first;
  await first.body?.cancel();
  await sleep(wait);
  return post();
}
