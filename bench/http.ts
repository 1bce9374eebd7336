/**
 * `npm run bench:http`: each chat adapter's HTTP endpoint under load from 200 concurrent connections with
 * validly signed requests, bounded in count and time, measured two ways:
 * - saturation: every connection sends its next request as soon as the last is answered, so this finds the
 *   most the process serves (req/s); latency here is queueing, about connections ÷ throughput;
 * - bursts: all 200 connections send one request at the same instant (200 concurrent requests), BENCH_BURSTS
 *   times with a pause between: the latency each of 200 people asking at once sees.
 * One table row per target and mode, with a verdict against the targets: no errors, no non-2xx, p99 under
 * 50 ms, and every command answered. Add a platform by adding a LoadTarget to TARGETS.
 * BENCH_CONNECTIONS, BENCH_AMOUNT, BENCH_MAX_SECONDS and BENCH_BURSTS change the load.
 */
import autocannon from 'autocannon';
import type { LoadTarget, RunningTarget } from './load-target.js';
import { discordTarget } from './targets/discord.js';
import { slackTarget } from './targets/slack.js';

const TARGETS: LoadTarget[] = [slackTarget, discordTarget];

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const AMOUNT = Number(process.env.BENCH_AMOUNT ?? 20_000);
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 20);
const BURSTS = Number(process.env.BENCH_BURSTS ?? 10);
const P99_TARGET_MS = 50;
/** Slack shows the user an error when an acknowledgement takes longer than this. */
const PLATFORM_DEADLINE_MS = 3000;

interface LoadResult {
  result: autocannon.Result;
  /** Every response time, ms. */
  latencies: number[];
}

/** Runs `amount` requests (or stops at `maxSeconds`, as autocannon's `amount` overrides its `duration`). */
function load(target: RunningTarget, connections: number, amount: number, maxSeconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url: target.url, connections, amount, requests: target.requests, timeout: 10 }, (error, result) => {
      clearTimeout(cap);
      if (error) reject(error);
      else resolve({ result, latencies });
    });
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
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
  load: string;
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

const percentile = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);

/** Runs `runs` loads one after another (with a pause between) and reports them together as one table row. */
async function run(target: LoadTarget, running: RunningTarget, mode: string, runs: number, amount: number, maxSeconds: number): Promise<Row> {
  const before = (await waitForFollowUps(running, 0, 0)) ?? 0;
  const results: LoadResult[] = [];
  for (let i = 0; i < runs; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 300));
    results.push(await load(running, CONNECTIONS, amount, maxSeconds));
  }
  const sum = (f: (r: autocannon.Result) => number) => results.reduce((n, r) => n + f(r.result), 0);
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const [sent, errors, non2xx] = [sum((r) => r.requests.sent), sum((r) => r.errors), sum((r) => r.non2xx)];
  // Compared with requests sent, not acknowledged: a command whose acknowledgement timed out may still be answered.
  const after = await waitForFollowUps(running, before + sent);
  const answered = after === undefined ? undefined : after - before;
  const p99 = percentile(latencies, 99);
  const misses = [errors > 0 && `${errors} errors`, non2xx > 0 && `${non2xx} non-2xx`, p99 >= P99_TARGET_MS && `p99 ≥ ${P99_TARGET_MS} ms`, answered !== undefined && answered < sent && `${sent - answered} unanswered`].filter(Boolean);
  return {
    target: target.name,
    load: mode,
    requests: latencies.length,
    'req/s': Math.round(latencies.length / sum((r) => r.duration)),
    'p50 ms': percentile(latencies, 50),
    'p99 ms': p99,
    'max ms': Math.round(latencies.at(-1) ?? 0),
    non2xx,
    errors,
    'over 3 s': latencies.filter((ms) => ms > PLATFORM_DEADLINE_MS).length,
    answered: answered === undefined ? '—' : `${answered}/${sent}`,
    verdict: misses.length === 0 ? 'PASS' : `FAIL (${misses.join(', ')})`,
  };
}

async function measure(target: LoadTarget): Promise<Row[]> {
  const running = await target.start();
  try {
    // Warm-up (JIT, connection pools), not reported.
    const warm = await load(running, Math.min(50, CONNECTIONS), 2000, 10);
    await waitForFollowUps(running, warm.result.requests.sent);
    return [
      await run(target, running, `${BURSTS} bursts of ${CONNECTIONS}`, BURSTS, CONNECTIONS, 10),
      await run(target, running, 'saturation', 1, AMOUNT, MAX_SECONDS),
    ];
  } finally {
    await running.close();
  }
}

const rows: Row[] = [];
for (const target of TARGETS) rows.push(...(await measure(target)));
console.log(
  `HTTP load: ${CONNECTIONS} concurrent connections per target — ${BURSTS} bursts of ${CONNECTIONS} simultaneous requests, then saturation (${AMOUNT} requests, at most ${MAX_SECONDS} s); ` +
    `targets: 0 errors, 0 non-2xx, p99 < ${P99_TARGET_MS} ms, every command answered`,
);
console.table(rows);
if (rows.some((row) => row.verdict !== 'PASS')) process.exitCode = 1;
