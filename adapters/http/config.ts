/** The shared HTTP port's variables (MAX_BODY_BYTES, HTTP_*_TIMEOUT_S): their shapes, the check across them, and the server limits they give. */
import { optionalNumber, type RawVariable } from '../shared/env.js';
import * as z from '../../src/zod.js';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './limits.js';

/** Seconds (fractions allowed) in (0, 600]; unset or empty means the default. */
function seconds(fallbackMs: number) {
  const message = 'should be a number of seconds greater than 0 and at most 600, e.g. 10';
  return optionalNumber(fallbackMs / 1000, z.number({ message }).check(z.gt(0, { message }), z.lte(600, { message })));
}

const bytesMessage = 'should be a number of bytes from 1024 to 16777216 (16 MiB), e.g. 262144';

/** The HTTP variables, each validated on its own. */
export const httpVariables = z.object({
  MAX_BODY_BYTES: optionalNumber(
    DEFAULT_HTTP_LIMITS.maxBodyBytes,
    z.int({ message: bytesMessage }).check(z.gte(1024, { message: bytesMessage }), z.lte(16 * 1024 * 1024, { message: bytesMessage })),
  ),
  HTTP_HEADERS_TIMEOUT_S: seconds(DEFAULT_HTTP_LIMITS.headersTimeoutMs),
  HTTP_REQUEST_TIMEOUT_S: seconds(DEFAULT_HTTP_LIMITS.requestTimeoutMs),
  HTTP_KEEP_ALIVE_TIMEOUT_S: seconds(DEFAULT_HTTP_LIMITS.keepAliveTimeoutMs),
});

export type HttpConfig = z.infer<typeof httpVariables>;

/** Node refuses a headers timeout longer than the whole-request timeout. */
export function httpProblems(raw: RawVariable): string[] {
  const headers = Number(raw('HTTP_HEADERS_TIMEOUT_S') ?? DEFAULT_HTTP_LIMITS.headersTimeoutMs / 1000);
  const request = Number(raw('HTTP_REQUEST_TIMEOUT_S') ?? DEFAULT_HTTP_LIMITS.requestTimeoutMs / 1000);
  return headers > request
    ? [`HTTP_HEADERS_TIMEOUT_S: should be at most HTTP_REQUEST_TIMEOUT_S (${request} s), since the headers are part of the request`]
    : [];
}

/** The limits in the server's terms (milliseconds). */
export function httpLimits(config: HttpConfig): HttpLimits {
  return {
    maxBodyBytes: config.MAX_BODY_BYTES,
    headersTimeoutMs: config.HTTP_HEADERS_TIMEOUT_S * 1000,
    requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_S * 1000,
    keepAliveTimeoutMs: config.HTTP_KEEP_ALIVE_TIMEOUT_S * 1000,
  };
}
