/**
 * The load generator of `npm run bench:http`: undici's Pool keeps one keep-alive connection per simulated
 * client open, as a load balancer in front of the bot keeps its connections to each replica. Two shapes:
 * - `burst`: `n` requests sent at the same instant on already-open connections: what n people asking at once
 *   see. (A fresh load-generator run per burst would time 200 TCP handshakes and its own start-up instead:
 *   against a do-nothing server that alone measured a p99 of 45–90 ms here.)
 * - `closedLoop`: every connection sends its next request as soon as its last is answered, up to `amount`
 *   requests or `maxSeconds`: the most the server serves. Latency here is queueing, about connections ÷ req/s.
 */
import { Pool } from 'undici';

/** One request as the platform would send it, signed. */
export interface LoadRequest {
  method: 'POST' | 'GET';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What happened to one request. */
export interface Sample {
  ms: number;
  status?: number;
  /** The body was a real answer (the target decides); false for errors, apologies and non-2xx. */
  answered: boolean;
  /** Connection error or timeout: no response at all. */
  error?: string;
}

/** Time limit per request; a request without a response by then counts as an error. */
const REQUEST_TIMEOUT_MS = 10_000;

export interface LoadClient {
  burst(n: number): Promise<Sample[]>;
  closedLoop(amount: number, maxSeconds: number): Promise<{ samples: Sample[]; seconds: number }>;
  close(): Promise<void>;
}

/**
 * A client of `connections` keep-alive connections to `url`, sending `request(0)`, `request(1)`…; `isAnswer`
 * judges each 2xx body. Call `burst(connections)` once first to open every connection.
 */
export function loadClient(
  url: string,
  connections: number,
  request: (n: number) => LoadRequest,
  isAnswer: (body: string) => boolean,
): LoadClient {
  const pool = new Pool(url, { connections, pipelining: 1, headersTimeout: REQUEST_TIMEOUT_MS, bodyTimeout: REQUEST_TIMEOUT_MS });
  let next = 0;

  async function one(): Promise<Sample> {
    const started = performance.now();
    try {
      const response = await pool.request(request(next++));
      const body = await response.body.text();
      const ok = response.statusCode >= 200 && response.statusCode < 300;
      return { ms: performance.now() - started, status: response.statusCode, answered: ok && isAnswer(body) };
    } catch (error) {
      return {
        ms: performance.now() - started,
        answered: false,
        error: error instanceof Error ? ((error as { code?: string }).code ?? error.name) : String(error),
      };
    }
  }

  return {
    burst: (n) => Promise.all(Array.from({ length: n }, one)),
    async closedLoop(amount, maxSeconds) {
      const samples: Sample[] = [];
      const started = performance.now();
      const deadline = started + maxSeconds * 1000;
      let sent = 0;
      const connection = async () => {
        while (sent < amount && performance.now() < deadline) {
          sent++;
          samples.push(await one());
        }
      };
      await Promise.all(Array.from({ length: connections }, connection));
      return { samples, seconds: (performance.now() - started) / 1000 };
    },
    close: () => pool.close(),
  };
}
