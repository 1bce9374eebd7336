/**
 * `npm run bench:http`: each chat adapter's HTTP endpoint, in the bot's own process(es), under load from 200 keep-alive
 * connections with validly signed requests, bounded in count and time, measured two ways (see load.ts):
 * - bursts: 200 requests at the same instant, BENCH_BURSTS times with a pause between: the latency each of
 *   200 people asking at once sees. The target applies here: p99 under 50 ms, 0 errors, every one answered;
 * - saturation: every connection asks again as soon as it is answered, to find the most the bot serves.
 *   Latency there is queueing (about connections ÷ req/s), so the target is that nobody waits past the
 *   platforms' 3 s deadline, with 0 errors and every request answered.
 * A do-nothing server runs first under the same load, as calibration: the floor of this machine and client.
 * The bot runs as `npm start` runs it, with HTTP_WORKERS=BENCH_WORKERS (default auto: one process per core).
 * BENCH_CONNECTIONS, BENCH_AMOUNT, BENCH_MAX_SECONDS and BENCH_BURSTS change the load; BENCH_ONLY=<name
 * prefix> runs one target. Add a platform by adding a LoadTarget to TARGETS.
 */
import { loadClient, type Sample } from './load.js';
import type { LoadTarget } from './load-target.js';
import { baselineTarget } from './targets/baseline.js';
import { discordTarget } from './targets/discord.js';
import { BENCH_WORKERS } from './targets/server-process.js';
import { slackTarget } from './targets/slack.js';

const TARGETS: LoadTarget[] = [baselineTarget, slackTarget, discordTarget].filter(
  (t) => !process.env.BENCH_ONLY || t.name.startsWith(process.env.BENCH_ONLY),
);

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const AMOUNT = Number(process.env.BENCH_AMOUNT ?? 20_000);
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 20);
const BURSTS = Number(process.env.BENCH_BURSTS ?? 20);
const P99_TARGET_MS = 50;
/** Slack and Discord show the user an error when the HTTP answer takes longer than this. */
const PLATFORM_DEADLINE_MS = 3000;

interface Row {
  target: string;
  load: string;
  requests: number;
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  'max ms': number;
  errors: number;
  non2xx: number;
  'over 3 s': number;
  answered: string;
  verdict: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

function row(target: LoadTarget, load: string, samples: Sample[], seconds: number, latencyTarget: boolean): Row {
  const latencies = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => s.error).length;
  const non2xx = samples.filter((s) => s.status !== undefined && (s.status < 200 || s.status >= 300)).length;
  const late = latencies.filter((ms) => ms > PLATFORM_DEADLINE_MS).length;
  const answered = samples.filter((s) => s.answered).length;
  const p99 = percentile(latencies, 99);
  const misses = [
    errors > 0 && `${errors} errors`,
    non2xx > 0 && `${non2xx} non-2xx`,
    latencyTarget && p99 >= P99_TARGET_MS && `p99 ≥ ${P99_TARGET_MS} ms`,
    late > 0 && `${late} over 3 s`,
    answered < samples.length && `${samples.length - answered} unanswered`,
  ].filter(Boolean);
  return {
    target: target.name,
    load,
    requests: samples.length,
    'req/s': Math.round(samples.length / seconds),
    'p50 ms': round(percentile(latencies, 50)),
    'p99 ms': round(p99),
    'max ms': round(latencies.at(-1) ?? 0),
    errors,
    non2xx,
    'over 3 s': late,
    answered: `${answered}/${samples.length}`,
    verdict: target.calibration ? '(calibration)' : misses.length === 0 ? 'PASS' : `FAIL (${misses.join(', ')})`,
  };
}

async function measure(target: LoadTarget): Promise<Row[]> {
  const running = await target.start();
  const client = loadClient(running.url, CONNECTIONS, running.request, running.isAnswer);
  try {
    // Warm-up, not reported: opens every connection and lets the JIT settle.
    for (let i = 0; i < 10; i++) await client.burst(CONNECTIONS);
    const bursts: Sample[] = [];
    let busy = 0;
    for (let i = 0; i < BURSTS; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const started = performance.now();
      bursts.push(...(await client.burst(CONNECTIONS)));
      busy += (performance.now() - started) / 1000;
    }
    const saturation = await client.closedLoop(AMOUNT, MAX_SECONDS);
    return [
      row(target, `${BURSTS} bursts of ${CONNECTIONS}`, bursts, busy, true),
      row(target, 'saturation', saturation.samples, saturation.seconds, false),
    ];
  } finally {
    await client.close();
    await running.close();
  }
}

const rows: Row[] = [];
for (const target of TARGETS) rows.push(...(await measure(target)));
console.log(
  `HTTP load, ${CONNECTIONS} keep-alive connections per target, the bot with HTTP_WORKERS=${BENCH_WORKERS}: ${BURSTS} bursts of ${CONNECTIONS} simultaneous requests (target: p99 < ${P99_TARGET_MS} ms), ` +
    `then saturation (${AMOUNT} requests, at most ${MAX_SECONDS} s; target: none over 3 s). Both: 0 errors, 0 non-2xx, every request answered.`,
);
console.table(rows);
if (rows.some((r) => r.verdict.startsWith('FAIL'))) process.exitCode = 1;
