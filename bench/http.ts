/**
 * `npm run bench:http`: each chat adapter's HTTP endpoint under load — validly signed requests from 200
 * concurrent connections, each sending its next request as soon as the last is answered, bounded in count
 * and time — with one table row per target and a pass/fail against the targets: no errors, no non-2xx,
 * p99 under 50 ms, and every command answered. Add a platform by adding a LoadTarget to TARGETS.
 * BENCH_CONNECTIONS, BENCH_AMOUNT and BENCH_MAX_SECONDS change the load.
 */
import autocannon from 'autocannon';
import type { LoadTarget, RunningTarget } from './load-target.js';
import { slackTarget } from './targets/slack.js';

const TARGETS: LoadTarget[] = [slackTarget];

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const AMOUNT = Number(process.env.BENCH_AMOUNT ?? 20_000);
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 20);
const P99_TARGET_MS = 50;
/** Slack shows the user an error when an acknowledgement takes longer than this. */
const PLATFORM_DEADLINE_MS = 3000;

interface LoadResult {
  result: autocannon.Result;
  /** Responses slower than PLATFORM_DEADLINE_MS. */
  late: number;
}

/** Runs `amount` requests (or stops at `maxSeconds`, as autocannon's `amount` overrides its `duration`). */
function load(target: RunningTarget, connections: number, amount: number, maxSeconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    let late = 0;
    const instance = autocannon({ url: target.url, connections, amount, requests: target.requests, timeout: 10 }, (error, result) => {
      clearTimeout(cap);
      if (error) reject(error);
      else resolve({ result, late });
    });
    instance.on('response', (_client, _status, _bytes, ms) => {
      if (ms > PLATFORM_DEADLINE_MS) late++;
    });
    const cap = setTimeout(() => instance.stop(), maxSeconds * 1000);
  });
}

/** Waits (up to `ms`) until the target has sent on `expected` answers; returns how many it had. */
async function waitForFollowUps(target: RunningTarget, expected: number, ms = 5000): Promise<number | undefined> {
  if (!target.followUps) return undefined;
  const until = Date.now() + ms;
  while (target.followUps() < expected && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return target.followUps();
}

interface Row {
  target: string;
  requests: number;
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  'max ms': number;
  non2xx: number;
  errors: number;
  'over 3 s': number;
  answered: string;
  verdict: string;
}

async function measure(target: LoadTarget): Promise<Row> {
  const running = await target.start();
  try {
    // Warm-up (JIT, connection pools), not reported.
    const warm = await load(running, Math.min(50, CONNECTIONS), 2000, 10);
    const before = (await waitForFollowUps(running, warm.result.requests.sent)) ?? 0;
    const { result, late } = await load(running, CONNECTIONS, AMOUNT, MAX_SECONDS);
    // Compared with requests sent, not acknowledged: a command whose acknowledgement timed out may still be answered.
    const sent = result.requests.sent;
    const after = await waitForFollowUps(running, before + sent);
    const answered = after === undefined ? undefined : after - before;
    const misses = [
      result.errors > 0 && `${result.errors} errors`,
      result.non2xx > 0 && `${result.non2xx} non-2xx`,
      result.latency.p99 >= P99_TARGET_MS && `p99 ≥ ${P99_TARGET_MS} ms`,
      answered !== undefined && answered < sent && `${sent - answered} unanswered`,
    ].filter(Boolean);
    return {
      target: target.name,
      requests: result.requests.total,
      'req/s': Math.round(result.requests.total / result.duration),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      'max ms': result.latency.max,
      non2xx: result.non2xx,
      errors: result.errors,
      'over 3 s': late,
      answered: answered === undefined ? '—' : `${answered}/${sent}`,
      verdict: misses.length === 0 ? 'PASS' : `FAIL (${misses.join(', ')})`,
    };
  } finally {
    await running.close();
  }
}

const rows: Row[] = [];
for (const target of TARGETS) rows.push(await measure(target));
console.log(`HTTP load: ${CONNECTIONS} connections, ${AMOUNT} requests (at most ${MAX_SECONDS} s) per target; targets: 0 errors, 0 non-2xx, p99 < ${P99_TARGET_MS} ms, every command answered`);
console.table(rows);
if (rows.some((row) => row.verdict !== 'PASS')) process.exitCode = 1;
