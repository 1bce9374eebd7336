import type { RegionPrices } from '../knowledge/schema.js';
import { cents, sumCents } from './money.js';

export type Arch = 'x86' | 'arm';

/** A Lambda workload for one month. */
export interface LambdaWorkload {
  requests: number;
  durationMs: number;
  memoryMb: number;
  arch: Arch;
  freeTier: boolean;
  /** Ephemeral storage configured, MB (512 is free). */
  ephemeralMb?: number;
  /** Provisioned Concurrency: environments kept warm, and for how many hours this month. */
  provisioned?: { environments: number; hours: number };
}

/** A month's Lambda requests without their run time or memory: what a volume alone can be weighed by. */
export type LambdaVolume = Pick<LambdaWorkload, 'requests' | 'arch' | 'freeTier'>;

export interface LambdaCost {
  gbSeconds: number;
  requestsUsd: number;
  computeUsd: number;
  ephemeralStorageUsd: number;
  provisionedConcurrencyUsd: number;
  monthlyUsd: number;
  freeTierApplied: boolean;
}

/** Duration charge over the month's GB-seconds, walking the price tiers. */
export function tieredCompute(gbSeconds: number, tiers: RegionPrices['lambda']['durationTiers']['x86']): number {
  let usd = 0;
  let floor = 0;
  for (const tier of tiers) {
    const ceiling = tier.upToGbSeconds ?? Infinity;
    if (gbSeconds <= floor) break;
    usd += (Math.min(gbSeconds, ceiling) - floor) * tier.usdPerGbSecond;
    floor = ceiling;
  }
  return usd;
}

/**
 * The milliseconds Lambda bills for one run: rounded up to the next 1 ms, after rounding away floating-point
 * noise (0.35 s × 1,000 is 350.00000000000006 ms, which is billed as 350 ms, not 351).
 */
export function billedMilliseconds(durationMs: number): number {
  return Math.ceil(Math.round(durationMs * 1000) / 1000);
}

/**
 * The monthly Lambda bill, line by line: requests, compute (GB-s billed per 1 ms; memory in MB / 1,024),
 * ephemeral storage above the free 512 MB, and Provisioned Concurrency. Each line is rounded to cents, then
 * summed, as AWS's examples do. The free tier does not apply to functions with Provisioned Concurrency.
 */
export function lambdaMonthlyCost(w: LambdaWorkload, prices: RegionPrices['lambda']): LambdaCost {
  const memoryGb = w.memoryMb / 1024;
  const seconds = billedMilliseconds(w.durationMs) / 1000;
  const gbSeconds = w.requests * seconds * memoryGb;
  const freeTierApplied = w.freeTier && !w.provisioned;
  const free = freeTierApplied ? prices.freeTier : { requests: 0, gbSeconds: 0 };
  const requestsUsd = cents((Math.max(w.requests - free.requests, 0) * prices.requestsUsdPerMillion) / 1e6);
  const computeUsd = cents(
    w.provisioned
      ? gbSeconds * prices.durationWithProvisionedUsdPerGbSecond[w.arch]
      : tieredCompute(Math.max(gbSeconds - free.gbSeconds, 0), prices.durationTiers[w.arch]),
  );
  const extraStorageGb = Math.max((w.ephemeralMb ?? prices.freeEphemeralStorageMb) - prices.freeEphemeralStorageMb, 0) / 1024;
  const ephemeralStorageUsd = cents(w.requests * seconds * extraStorageGb * prices.ephemeralStorageUsdPerGbSecond);
  const provisionedConcurrencyUsd = w.provisioned
    ? cents(w.provisioned.environments * memoryGb * w.provisioned.hours * 3600 * prices.provisionedConcurrencyUsdPerGbSecond[w.arch])
    : 0;
  return {
    gbSeconds,
    requestsUsd,
    computeUsd,
    ephemeralStorageUsd,
    provisionedConcurrencyUsd,
    monthlyUsd: sumCents([requestsUsd, computeUsd, ephemeralStorageUsd, provisionedConcurrencyUsd]),
    freeTierApplied,
  };
}

/**
 * The most GB-seconds each of `requests` a month may use while Lambda's bill stays within `budgetUsd`: how
 * Lambda compares with a fixed monthly bill (an instance left on) when the question gives a volume but not
 * how long each request runs. Found over whole billed milliseconds at 1 GB, where GB-s equal seconds, up to
 * `maxMs`; `maxMs` itself means even the longest run stays within the budget. Undefined when the requests
 * alone cost more than it.
 */
export function gbSecondsWithin(budgetUsd: number, w: LambdaVolume, prices: RegionPrices['lambda'], maxMs: number): number | undefined {
  const costAt = (durationMs: number) => lambdaMonthlyCost({ ...w, durationMs, memoryMb: 1024 }, prices).monthlyUsd;
  if (costAt(1) > budgetUsd) return undefined;
  let [within, over] = [1, maxMs + 1];
  if (costAt(maxMs) <= budgetUsd) within = maxMs;
  while (over - within > 1) {
    const mid = Math.floor((within + over) / 2);
    if (costAt(mid) <= budgetUsd) within = mid;
    else over = mid;
  }
  return within / 1000;
}

/**
 * The GB-seconds each of `requests` a month may use inside the free tier (at most the longest run, `maxMs`):
 * its GB-s shared by the requests, when it covers them all; undefined when it does not.
 */
export function freeGbSecondsEach(requests: number, prices: RegionPrices['lambda'], maxMs: number): number | undefined {
  return requests <= prices.freeTier.requests ? Math.min(prices.freeTier.gbSeconds / requests, maxMs / 1000) : undefined;
}
