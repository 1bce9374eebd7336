import { describe, expect, it } from 'vitest';
import { breakEvenRequests } from '../../src/cost/break-even.js';
import { ec2MonthlyCost } from '../../src/cost/ec2.js';
import { fargateMonthlyCost } from '../../src/cost/fargate.js';
import { gbSecondsWithin, lambdaMonthlyCost, type LambdaWorkload } from '../../src/cost/lambda.js';
import { fixtureKnowledge } from '../helpers.js';

// AWS's worked examples use the prices of their day: the fixture table, not today's knowledge base.
const prices = fixtureKnowledge().prices.find((p) => p.region === 'us-east-1');
if (!prices) throw new Error('us-east-1 prices missing');
const lambda = (w: Partial<LambdaWorkload> & Pick<LambdaWorkload, 'requests' | 'durationMs' | 'memoryMb'>) =>
  lambdaMonthlyCost({ arch: 'x86', freeTier: true, ...w }, prices.lambda);
const instance = (type: string) => {
  const found = prices.ec2.instances.find((i) => i.type === type);
  if (!found) throw new Error(type);
  return found;
};

// Worked examples from AWS's pricing pages (and recomputations where a source erred), to the cent.
describe('lambdaMonthlyCost', () => {
  it('mobile backend: 3M requests, 120 ms, 1,536 MB, free tier → $2.73', () => {
    expect(lambda({ requests: 3e6, durationMs: 120, memoryMb: 1536 })).toMatchObject({
      gbSeconds: 540_000,
      computeUsd: 2.33,
      requestsUsd: 0.4,
      monthlyUsd: 2.73,
      freeTierApplied: true,
    });
  });

  it('telemetry enrichment without the free tier: 7.44M × 2 s × 1 GB → $249.49', () => {
    expect(lambda({ requests: 7_440_000, durationMs: 2000, memoryMb: 1024, freeTier: false })).toMatchObject({
      computeUsd: 248,
      requestsUsd: 1.49,
      monthlyUsd: 249.49,
    });
  });

  it('ML on support tickets with 2,048 MB ephemeral storage → $106.41', () => {
    expect(lambda({ requests: 6e6, durationMs: 280, memoryMb: 4096, ephemeralMb: 2048 })).toMatchObject({
      computeUsd: 105.33,
      requestsUsd: 1,
      ephemeralStorageUsd: 0.08,
      monthlyUsd: 106.41,
    });
  });

  it('Arm duration is 20% cheaper, requests cost the same: 3M × 1 s × 512 MB → $15.07 (x86 $18.73)', () => {
    expect(lambda({ requests: 3e6, durationMs: 1000, memoryMb: 512, arch: 'arm' }).monthlyUsd).toBe(15.07);
    expect(lambda({ requests: 3e6, durationMs: 1000, memoryMb: 512 }).monthlyUsd).toBe(18.73);
  });

  it('small, short functions are request-dominated: 30M × 200 ms × 128 MB → $11.63', () => {
    expect(lambda({ requests: 30e6, durationMs: 200, memoryMb: 128 })).toMatchObject({
      computeUsd: 5.83,
      requestsUsd: 5.8,
      monthlyUsd: 11.63,
    });
  });

  it('a workload inside the free tier costs nothing', () => {
    expect(lambda({ requests: 1e6, durationMs: 200, memoryMb: 256 }).monthlyUsd).toBe(0);
    expect(lambda({ requests: 1e6, durationMs: 200, memoryMb: 256, freeTier: false }).monthlyUsd).toBe(1.03);
  });

  it('bills duration rounded up to the next millisecond', () => {
    expect(lambda({ requests: 1e6, durationMs: 99.2, memoryMb: 1024, freeTier: false }).gbSeconds).toBe(100_000);
  });

  it('Provisioned Concurrency: 7 × 4 GB for 24 h plus 2M × 280 ms, no free tier → $32.26', () => {
    expect(lambda({ requests: 2e6, durationMs: 280, memoryMb: 4096, provisioned: { environments: 7, hours: 24 } })).toMatchObject({
      provisionedConcurrencyUsd: 10.08,
      computeUsd: 21.78,
      requestsUsd: 0.4,
      monthlyUsd: 32.26,
      freeTierApplied: false,
    });
  });

  it('Provisioned Concurrency kept on all month: 10 × 512 MB × 730 h → $54.75 before any invocation', () => {
    expect(lambda({ requests: 0, durationMs: 0, memoryMb: 512, provisioned: { environments: 10, hours: 730 } }).monthlyUsd).toBe(54.75);
  });

  it('walks the cheaper duration tiers above 6 billion GB-s', () => {
    const gbs = 10e9; // 6e9 at the first rate, 4e9 at the second
    const cost = lambda({ requests: gbs, durationMs: 1000, memoryMb: 1024, freeTier: false });
    expect(cost.computeUsd).toBeCloseTo(6e9 * 0.0000166667 + 4e9 * 0.000015, 2);
  });
});

describe('fargateMonthlyCost', () => {
  it('5 tasks × 1 vCPU / 2 GB / 30 GB storage, 10 min a day for 30 days → $1.26 (Arm $1.02)', () => {
    const task = { vcpu: 1, memoryGb: 2, storageGb: 30, tasks: 5, hours: (600 * 30) / 3600 };
    expect(fargateMonthlyCost({ ...task, arch: 'x86' }, prices.fargate)).toEqual({
      vcpuUsd: 1.01,
      memoryUsd: 0.22,
      storageUsd: 0.03,
      licenseUsd: 0,
      monthlyUsd: 1.26,
    });
    expect(fargateMonthlyCost({ ...task, arch: 'arm' }, prices.fargate).monthlyUsd).toBe(1.02);
  });

  it('1 vCPU / 4 GB all month → $42.53', () => {
    expect(fargateMonthlyCost({ vcpu: 1, memoryGb: 4, storageGb: 20, tasks: 1, hours: 730, arch: 'x86' }, prices.fargate)).toMatchObject({
      vcpuUsd: 29.55,
      memoryUsd: 12.98,
      monthlyUsd: 42.53,
    });
  });
});

describe('ec2MonthlyCost', () => {
  it.each([
    ['t3.large', 60.74],
    ['t3.medium', 30.37],
    ['g4dn.xlarge', 383.98],
  ])('%s all month on demand → $%d', (type, usd) => {
    expect(ec2MonthlyCost(instance(type), 1, 730, undefined).monthlyUsd).toBe(usd);
  });

  it('applies the best-case commitment discount per instance count', () => {
    const cost = ec2MonthlyCost(instance('m5.large'), 2, 730, prices.ec2.commitments[0]);
    expect(cost).toMatchObject({ monthlyUsd: 140.16, committedMonthlyUsd: 39.24 });
  });
});

describe('breakEvenRequests', () => {
  it('finds the volume where the per-request bill reaches the fixed one', () => {
    expect(breakEvenRequests((r) => r * 0.001, 50)).toBe(50_000);
  });

  it('is undefined when the per-request bill never gets there', () => {
    expect(breakEvenRequests(() => 1, 50)).toBeUndefined();
  });
});

describe('gbSecondsWithin', () => {
  const volume = (requests: number, freeTier = true) => ({ requests, arch: 'x86' as const, freeTier });
  it('is the most each request may use before the bill passes the budget, to the billed millisecond', () => {
    // $7.59 ÷ $0.0000166667 = 455,400 GB-s above the free 400,000, over 100k requests: 8.554 GB-s each; the
    // bill is rounded to cents, so up to 0.005 ÷ $0.0000166667 = 300 GB-s (0.003 each) more still rounds to $7.59.
    const within = gbSecondsWithin(7.59, volume(100_000), prices.lambda, 900_000) ?? 0;
    expect(within).toBeGreaterThanOrEqual(8.554);
    expect(within).toBeLessThanOrEqual(8.557);
    expect(lambda({ requests: 100_000, durationMs: within * 1000, memoryMb: 1024 }).monthlyUsd).toBeLessThanOrEqual(7.59);
    expect(lambda({ requests: 100_000, durationMs: within * 1000 + 1, memoryMb: 1024 }).monthlyUsd).toBeGreaterThan(7.59);
  });

  it('is the longest run when even that stays within the budget, and undefined when the requests alone cost more', () => {
    expect(gbSecondsWithin(250, volume(1000), prices.lambda, 900_000)).toBe(900);
    expect(gbSecondsWithin(7.59, volume(2e9), prices.lambda, 900_000)).toBeUndefined(); // 2B × $0.20/M = $400 of requests
    expect(gbSecondsWithin(0.01, volume(100_000, false), prices.lambda, 900_000)).toBeUndefined(); // $0.02 of requests
  });
});
