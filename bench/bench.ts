/**
 * `npm run bench`: prints the speed and memory figures the project promises.
 * - start-up: whole-process wall time of a one-shot answer vs `node -e 0`, side by side, and their ratio
 * - per-message core latency (p50, p99) over the eval questions
 * - resident memory after indexing and answering
 * - cost chart rendering (SVG built in code, PNG by resvg), p50 and p99
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as z from '../src/zod.js';
import { loadAdvisor } from '../src/load.js';
import { chartPng } from '../adapters/shared/chart-png.js';
import { NODE_FLAGS } from '../adapters/node-flags.js';
import { questionsSchema, readEvalFile } from '../tools/eval-data.js';

const bin = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'adapters', 'cli', 'bin.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
}

function timeProcess(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return performance.now() - start;
}

// Start-up: interleave the two commands so machine noise hits both alike.
const runs = Number(process.env.BENCH_RUNS ?? 15);
const bare: number[] = [];
const oneShot: number[] = [];
timeProcess([bin, '/compute ec2-vs-lambda']); // warm the OS file cache
for (let i = 0; i < runs; i++) {
  bare.push(timeProcess(['-e', '0']));
  oneShot.push(timeProcess([bin, '/compute ec2-vs-lambda']));
}
const ratio = median(oneShot) / median(bare);
console.log(
  `start-up (median of ${runs}): node -e 0 ${median(bare).toFixed(1)} ms · compute-advisor "/compute ec2-vs-lambda" ${median(oneShot).toFixed(1)} ms · ratio ${ratio.toFixed(2)}× (target ≤ 3×)`,
);

// Per-message latency, in process, after the one-time load.
const loadStart = performance.now();
const advisor = await loadAdvisor();
const loadMs = performance.now() - loadStart;
const { questions, off_topic } = readEvalFile('questions.json', questionsSchema);
const { scenarios } = readEvalFile('scenarios.json', z.object({ scenarios: z.array(z.object({ text: z.string() })) }));
const inputs = [...questions, ...off_topic]
  .map((q) => q.question)
  .concat(['ec2-vs-lambda', 'limits lambda', 'help', 'topic cold-starts', 'lambda-vs-fargate'])
  .concat(
    scenarios.map((s) => `recommend ${s.text}`),
    ['recommend duration=20m gpu=yes memory=12gb traffic=bursty', 'cost requests=30M duration=200ms memory=1gb instance=m7g.large'],
  );
for (const text of inputs) advisor.handle(text); // warm-up (JIT)
const latencies: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const text of inputs) {
    const t = performance.now();
    advisor.handle(text);
    latencies.push(performance.now() - t);
  }
}
console.log(`knowledge load + index: ${loadMs.toFixed(1)} ms (${advisor.context.knowledge.entries.length} entries)`);
console.log(
  `per-message latency over ${latencies.length} messages: p50 ${percentile(latencies, 50).toFixed(3)} ms · p99 ${percentile(latencies, 99).toFixed(3)} ms (targets < 1 ms, < 5 ms)`,
);

// The chart a cost answer carries, drawn 50 times after one warm-up (which loads resvg and the font).
const costReply = advisor.handle('cost requests=3M duration=120ms memory=512mb');
await chartPng(costReply);
const chartTimes: number[] = [];
for (let i = 0; i < 50; i++) {
  const t = performance.now();
  await chartPng(costReply);
  chartTimes.push(performance.now() - t);
}
console.log(
  `cost chart render (SVG + PNG) over ${chartTimes.length} charts: p50 ${percentile(chartTimes, 50).toFixed(1)} ms · p99 ${percentile(chartTimes, 99).toFixed(1)} ms (target p99 < 50 ms)`,
);

// Memory of the bot itself: a --json process answering every input 20 times, asked for its peak RSS on exit.
// Measured with Node's defaults and with the young-generation cap `npm start` and the container use: most of
// the default figure is V8 sizing its nursery for throughput, not live data (heapUsed stays near 26 MB).
const batch = Array.from({ length: 20 }, () => inputs)
  .flat()
  .join('\n');
const peakRss = (nodeFlags: string[]) => {
  const probe = spawnSync(
    process.execPath,
    [
      ...nodeFlags,
      '--import',
      'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss:"+process.resourceUsage().maxRSS))',
      bin,
      '--json',
    ],
    { input: batch, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  return Number(/maxrss:(\d+)/.exec(probe.stderr)?.[1]) / 1024;
};
const production = [...NODE_FLAGS];
console.log(
  `resident memory (peak, --json process answering ${inputs.length * 20} messages): ${peakRss(production).toFixed(1)} MB with ${production.join(' ')} as npm start runs it, ${peakRss([]).toFixed(1)} MB with Node's defaults (target < 100 MB)`,
);
