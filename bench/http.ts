/**
 * `npm run bench:http`: the bot's HTTP endpoints against the bare frameworks, side by side in one run.
 * For each platform the bot (as `npm start` runs it) and its peer — a bare Bolt app for Slack, a bare
 * node:http + Ed25519 endpoint for Discord, each answering with the bot's own answer of median size — get
 * the same signed requests from the same keep-alive connections, with the same number of worker processes.
 * They take turns over several rounds (bot first in one round, peer first in the next), so the machine's
 * noise falls on both; every figure is printed as the bot's ÷ its peer's, median and range over the rounds.
 * A do-nothing server shows the floor of this machine and load generator.
 * Two loads each turn (see load.ts): bursts of simultaneous requests (p50, p99), then saturation (req/s).
 * CPU per request is the servers' own user + system time (all workers) over the requests they served.
 * The ask mix is varied (text-mix.ts); every response is checked to be a real answer.
 * `-- --json FILE` writes the ratios: {"slack": {burstP50Ratio, burstP99Ratio, saturationRatio,
 * cpuMsPerRequest, peerCpuMsPerRequest}, "discord": {…}, "errors": N}.
 * BENCH_ROUNDS, BENCH_CONNECTIONS, BENCH_BURSTS, BENCH_AMOUNT, BENCH_MAX_SECONDS and BENCH_WORKERS change the
 * load; BENCH_ONLY=slack|discord runs one platform.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { busyAfterMs, treeCpuMs } from './cpu.js';
import { loadClient, type LoadClient, type Sample } from './load.js';
import type { PlatformPair, RunningTarget } from './load-target.js';
import { benchAsks } from './text-mix.js';
import { discordPair } from './targets/discord.js';
import { BENCH_WORKERS, startServerProcess } from './targets/server-process.js';
import { slackPair } from './targets/slack.js';
import { loadAdvisor } from '../src/load.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const BURSTS = Number(process.env.BENCH_BURSTS ?? 10);
const AMOUNT = Number(process.env.BENCH_AMOUNT ?? 5_000);
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 8);
/** The targets, as ratios to the peer: latency at most this many times the peer's… */
const LATENCY_RATIO_TARGET = 1.5;
/** …and throughput at least this share of it. */
const THROUGHPUT_RATIO_TARGET = 0.67;

const jsonFlag = process.argv.indexOf('--json');
const jsonFile = jsonFlag >= 0 ? process.argv[jsonFlag + 1] : undefined;
if (jsonFlag >= 0 && !jsonFile) {
  console.error('--json needs a file name: npm run bench:http -- --json figures.json');
  process.exit(2);
}

/** One turn of one server: its burst latencies, saturation throughput, CPU, and what went wrong. */
interface Turn {
  p50: number;
  p99: number;
  rps: number;
  cpuMsPerRequest: number;
  failures: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
const failed = (s: Sample) => s.error !== undefined || !s.answered;

/** A server with its own keep-alive connections, opened and warmed once. */
interface Loaded {
  target: RunningTarget;
  client: LoadClient;
}

async function loaded(target: RunningTarget): Promise<Loaded> {
  const client = loadClient(target.url, CONNECTIONS, target.request, target.isAnswer);
  // Warm-up, not reported: opens every connection and lets the JIT settle.
  for (let i = 0; i < 10; i++) await client.burst(CONNECTIONS);
  return { target, client };
}

async function turn({ target, client }: Loaded): Promise<Turn> {
  const cpuBefore = treeCpuMs(target.pid);
  const bursts: Sample[] = [];
  for (let i = 0; i < BURSTS; i++) {
    await new Promise((r) => setTimeout(r, 200));
    bursts.push(...(await client.burst(CONNECTIONS)));
  }
  const saturation = await client.closedLoop(AMOUNT, MAX_SECONDS);
  // The run lasts until the server is done: charts drawn and sent after their answers count in its time.
  const seconds = saturation.seconds + (await busyAfterMs(target.pid)) / 1000;
  const served = bursts.length + saturation.samples.length;
  const latencies = bursts.map((s) => s.ms).sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: saturation.samples.length / seconds,
    cpuMsPerRequest: (treeCpuMs(target.pid) - cpuBefore) / served,
    failures: [...bursts, ...saturation.samples].filter(failed).length,
  };
}

/**
 * The bot's answer of median size over the whole mix, which its peer then sends to every request. Asking
 * each question once also proves the mix is answered: any failure counts as an error.
 */
async function medianAnswer(bot: RunningTarget, asks: number): Promise<{ answer: string; failures: number }> {
  const bodies: string[] = [];
  let failures = 0;
  // Numbered past the load's own deliveries (same asks, new deliveries), so none is a replay of another.
  const probe = loadClient(
    bot.url,
    20,
    (n) => bot.request(n + asks * 1_000),
    (body) => (bodies.push(body), bot.isAnswer(body)),
  );
  for (let sent = 0; sent < asks; sent += 20) failures += (await probe.burst(Math.min(20, asks - sent))).filter(failed).length;
  await probe.close();
  bodies.sort((a, b) => Buffer.byteLength(a) - Buffer.byteLength(b));
  return { answer: bodies[Math.floor(bodies.length / 2)] ?? '{}', failures };
}

interface PlatformRun {
  pair: PlatformPair;
  bot: Loaded;
  peer: Loaded;
  answerBytes: number;
  turns: { bot: Turn; peer: Turn }[];
  failures: number;
}

const { knowledge } = (await loadAdvisor()).context;
const asks = benchAsks(knowledge);
const pairs = [slackPair(asks), discordPair(asks)].filter((p) => !process.env.BENCH_ONLY || p.name === process.env.BENCH_ONLY);

const floorServer = await startServerProcess({ BENCH_WORKERS }, fileURLToPath(new URL('./peers/do-nothing.js', import.meta.url)));
const floor = await loaded({
  ...floorServer,
  request: () => ({ method: 'POST', path: '/', headers: { 'content-type': 'application/json' }, body: '{"text":"help"}' }),
  isAnswer: (body) => body === '{"ok":true}',
});

const runs: PlatformRun[] = [];
for (const pair of pairs) {
  const botTarget = await pair.startBot();
  const { answer, failures } = await medianAnswer(botTarget, asks.length);
  runs.push({
    pair,
    bot: await loaded(botTarget),
    peer: await loaded(await pair.startPeer(answer)),
    answerBytes: Buffer.byteLength(answer),
    turns: [],
    failures,
  });
}

const floorTurns: Turn[] = [];
for (let round = 0; round < ROUNDS; round++) {
  floorTurns.push(await turn(floor));
  for (const run of runs) {
    // Alternate who goes first, so a slow moment of the machine does not always fall on the same one.
    if (round % 2 === 0) {
      const bot = await turn(run.bot);
      run.turns.push({ bot, peer: await turn(run.peer) });
    } else {
      const peer = await turn(run.peer);
      run.turns.push({ bot: await turn(run.bot), peer });
    }
  }
}

for (const loadedServer of [floor, ...runs.flatMap((r) => [r.bot, r.peer])]) {
  await loadedServer.client.close();
  await loadedServer.target.close();
}

/** Median and range of the bot ÷ peer ratio of one figure over the rounds. */
function ratio(run: PlatformRun, figure: (t: Turn) => number): { median: number; min: number; max: number } {
  const ratios = run.turns.map((t) => figure(t.bot) / figure(t.peer));
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

const fixed = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const ratioText = (r: { median: number; min: number; max: number }) => `${fixed(r.median)}× (${fixed(r.min)}–${fixed(r.max)})`;

console.log(
  `HTTP load: bot vs bare peer, ${BENCH_WORKERS} workers each, ${CONNECTIONS} keep-alive connections, ${ROUNDS} alternating rounds of ` +
    `${BURSTS} bursts of ${CONNECTIONS} simultaneous requests and a saturation run (${AMOUNT} requests, at most ${MAX_SECONDS} s, timed until the server is idle again, so charts sent after their answers count), ` +
    `${asks.length} distinct asks. Ratios are bot ÷ peer, median (range) over the rounds; targets: latency ≤ ${LATENCY_RATIO_TARGET}×, throughput ≥ ${THROUGHPUT_RATIO_TARGET}×, 0 errors.`,
);
console.log(
  `floor (do-nothing node:http): burst p50 ${fixed(median(floorTurns.map((t) => t.p50)), 1)} ms · p99 ${fixed(median(floorTurns.map((t) => t.p99)), 1)} ms · ` +
    `${Math.round(median(floorTurns.map((t) => t.rps)))} req/s · ${fixed(median(floorTurns.map((t) => t.cpuMsPerRequest)), 3)} ms CPU per request`,
);

const figures: Record<string, unknown> = {};
let errors = floorTurns.reduce((n, t) => n + t.failures, 0);
const rows: Record<string, string>[] = [];
for (const run of runs) {
  const p50 = ratio(run, (t) => t.p50);
  const p99 = ratio(run, (t) => t.p99);
  const saturation = ratio(run, (t) => t.rps);
  const cpu = median(run.turns.map((t) => t.bot.cpuMsPerRequest));
  const peerCpu = median(run.turns.map((t) => t.peer.cpuMsPerRequest));
  const runErrors = run.failures + run.turns.reduce((n, t) => n + t.bot.failures + t.peer.failures, 0);
  errors += runErrors;
  const misses = [
    p50.median > LATENCY_RATIO_TARGET && 'burst p50',
    p99.median > LATENCY_RATIO_TARGET && 'burst p99',
    saturation.median < THROUGHPUT_RATIO_TARGET && 'saturation',
    runErrors > 0 && `${runErrors} errors`,
  ].filter(Boolean);
  const side = (pick: (t: { bot: Turn; peer: Turn }) => Turn, f: (t: Turn) => number, digits: number) =>
    fixed(median(run.turns.map((t) => f(pick(t)))), digits);
  rows.push({
    pair: `${run.pair.bot} ÷ ${run.pair.peer}`,
    'burst p50 ms': `${side(
      (t) => t.bot,
      (t) => t.p50,
      1,
    )} vs ${side(
      (t) => t.peer,
      (t) => t.p50,
      1,
    )}`,
    'p50 ratio': ratioText(p50),
    'burst p99 ms': `${side(
      (t) => t.bot,
      (t) => t.p99,
      1,
    )} vs ${side(
      (t) => t.peer,
      (t) => t.p99,
      1,
    )}`,
    'p99 ratio': ratioText(p99),
    'req/s': `${side(
      (t) => t.bot,
      (t) => t.rps,
      0,
    )} vs ${side(
      (t) => t.peer,
      (t) => t.rps,
      0,
    )}`,
    'req/s ratio': ratioText(saturation),
    'CPU ms/request': `${fixed(cpu, 3)} vs ${fixed(peerCpu, 3)}`,
    'answer bytes': String(run.answerBytes),
    verdict: misses.length === 0 ? 'PASS' : `FAIL (${misses.join(', ')})`,
  });
  figures[run.pair.name] = {
    burstP50Ratio: p50.median,
    burstP99Ratio: p99.median,
    saturationRatio: saturation.median,
    cpuMsPerRequest: cpu,
    peerCpuMsPerRequest: peerCpu,
  };
}
console.table(rows);
figures.errors = errors;
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(figures, null, 2)}\n`);
if (rows.some((r) => r.verdict?.startsWith('FAIL'))) process.exitCode = 1;
