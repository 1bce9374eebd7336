/**
 * The monthly bills a workload would run up — Lambda vs an EC2 fleet and Fargate tasks sized for its load —
 * when its volume, run time and memory are known and fit Lambda. The engine weighs their ratio; the reply
 * prints them.
 */
import { estimateCost, type CostEstimate } from '../cost/estimate.js';
import { formatAtMost, formatCount, formatRunTimeAtMost, freeTierAllowance } from '../cost/format.js';
import { defaultPrices, hoursPerMonth } from '../cost/hours.js';
import { freeGbSecondsEach } from '../cost/lambda.js';
import { formatUsd } from '../cost/money.js';
import { inFlight, showInFlight } from '../cost/sizing.js';
import type { Knowledge, Source } from '../knowledge/schema.js';
import { quotaValue } from '../knowledge/quotas.js';
import { showSetting, type Workload } from './fields.js';

export interface Bills {
  estimate: CostEstimate;
  lambdaUsd: number;
  ec2Usd: number;
  /** Lambda's bill over the sized fleet's, on demand. */
  ratio: number;
  /** "At 120M requests a month of 800 ms at 1.5 GB (37 in flight), Lambda ≈ $2,417.14/month vs 9 × m5.large ≈ $630.72/month". */
  text: string;
}

/** The cost estimate for the workload, or undefined when volume, run time or memory is missing or Lambda cannot run it. */
export function workloadEstimate(w: Workload, knowledge: Knowledge): CostEstimate | undefined {
  const { requests, duration, memory } = w;
  if (typeof requests !== 'number' || typeof duration !== 'number' || typeof memory !== 'number') return undefined;
  if (duration > quotaValue(knowledge, 'lambda.timeout', 's') || memory > quotaValue(knowledge, 'lambda.memory.max', 'mb'))
    return undefined;
  const estimate = estimateCost(
    {
      region: knowledge.defaultRegion,
      arch: w.arch === 'arm' ? 'arm' : 'x86',
      freeTier: true,
      lambda: {
        requests,
        durationMs: Math.max(1, duration * 1000),
        memoryMb: Math.max(memory, quotaValue(knowledge, 'lambda.memory.min', 'mb')),
      },
      hours: hoursPerMonth(knowledge),
    },
    knowledge,
  );
  return estimate.ok ? estimate.value : undefined;
}

/** Lambda's bill against the sized fleet's, with the figures as a sentence; undefined when they cannot be compared. */
export function compareBills(w: Workload, knowledge: Knowledge): Bills | undefined {
  const estimate = workloadEstimate(w, knowledge);
  const lambda = estimate?.lambda;
  const ec2 = estimate?.ec2;
  if (!estimate || !lambda || !ec2 || typeof w.requests !== 'number' || typeof w.duration !== 'number' || typeof w.memory !== 'number')
    return undefined;
  const flight = inFlight({ requests: w.requests, durationMs: w.duration * 1000, memoryMb: w.memory, hours: ec2.hours }).inFlight;
  const text =
    `At ${formatCount(w.requests)} requests a month of ${showSetting('duration', w.duration)} at ${showSetting('memory', w.memory)} ` +
    `(${showInFlight(flight)} in flight), Lambda ≈ ${formatUsd(lambda.monthlyUsd)}/month vs ${ec2.instances} × ${ec2.instance} ≈ ${formatUsd(ec2.monthlyUsd)}/month`;
  return {
    estimate,
    lambdaUsd: lambda.monthlyUsd,
    ec2Usd: ec2.monthlyUsd,
    ratio: ec2.monthlyUsd > 0 ? lambda.monthlyUsd / ec2.monthlyUsd : Infinity,
    text,
  };
}

/** What Lambda's free tier covers of a workload whose volume is known but not its run time or memory. */
export interface FreeTierShare {
  requests: number;
  freeGbSecondsPerRequest: number;
  /** "Lambda at 60k requests a month: free under 6.66 GB-s each". */
  label: string;
  /** "6.66 s at 1 GB of memory · free tier: 1M requests and 400,000 GB-s a month, if other functions leave it unused". */
  value: string;
  source: Source;
}

/**
 * "a webhook receiver, 2k requests a day": without a run time there is no bill to print, but the volume
 * alone says whether the free tier covers it, and for how much work each request.
 */
export function freeTierShare(w: Workload, knowledge: Knowledge): FreeTierShare | undefined {
  const prices = defaultPrices(knowledge)?.lambda;
  if (typeof w.requests !== 'number' || w.requests <= 0 || !prices) return undefined;
  const each = freeGbSecondsEach(w.requests, prices, quotaValue(knowledge, 'lambda.timeout', 'ms'));
  if (each === undefined) return undefined;
  return {
    requests: w.requests,
    freeGbSecondsPerRequest: each,
    label: `Lambda at ${formatCount(w.requests)} requests a month: free under ${formatAtMost(each)} GB-s each`,
    value: `${formatRunTimeAtMost(each)} at 1 GB of memory · free tier: ${freeTierAllowance(prices.freeTier)}, if other functions leave it unused`,
    source: prices.source,
  };
}
