/**
 * What one HTTP request may cost the shared server: body size and how long a client may take. Defaults for
 * MAX_BODY_BYTES and the HTTP_*_TIMEOUT_S variables (adapters/config.ts), and for tests that start the server.
 */
export interface HttpLimits {
  /** Largest request body read into memory; Slack and Discord send a few kilobytes at most. */
  maxBodyBytes: number;
  /** Time to receive a request's headers (slowloris). */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included (a body trickled a byte at a time). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxBodyBytes: 256 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
};
