import { describe, expect, it } from 'vitest';
import { readCostRequest } from '../../src/cost/cost-params.js';
import { estimateCost, type CostEstimate } from '../../src/cost/estimate.js';
import { lambdaMonthlyCost } from '../../src/cost/lambda.js';
import { cents } from '../../src/cost/money.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { defaultKnowledgeDir } from '../../src/knowledge/location.js';
import type { Source } from '../../src/knowledge/schema.js';

// Today's price table: these tests check what must hold whatever the prices are, never the figures themselves.
const kb = loadKnowledge(defaultKnowledgeDir());

const estimate = (line: string): CostEstimate => {
  const request = readCostRequest({ args: line.split(' ') }, kb);
  if (!request.ok) throw new Error(request.error.message);
  const result = estimateCost(request.value, kb);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const general = kb.prices.flatMap((p) => p.ec2.instances.filter((i) => !i.gpu).map((i) => [p.region, i.type] as const));

describe('the price table in the knowledge base', () => {
  it('gives every price row a source with an as-of date', () => {
    for (const p of kb.prices) {
      const rows: [string, Source][] = [
        [`${p.region}.lambda`, p.lambda.source],
        [`${p.region}.fargate`, p.fargate.source],
        [`${p.region}.ec2.commitments`, p.ec2.commitmentSource],
        ...p.ec2.instances.map((i): [string, Source] => [`${p.region}.ec2.${i.type}`, i.source]),
      ];
      for (const [row, source] of rows) {
        expect(source.title.trim(), row).not.toBe('');
        expect(source.ref.trim(), row).not.toBe('');
        expect(source.asOf?.trim(), row).toBeTruthy();
      }
    }
  });

  it('has prices for its default region, and a month of plausible length in every region', () => {
    expect(kb.prices.map((p) => p.region)).toContain(kb.defaultRegion);
    for (const p of kb.prices) expect(p.hoursPerMonth, p.region).toBeGreaterThanOrEqual(28 * 24);
    for (const p of kb.prices) expect(p.hoursPerMonth, p.region).toBeLessThanOrEqual(31 * 24);
  });

  it('orders Lambda duration tiers by volume, each no dearer than the one before, the last unbounded', () => {
    for (const p of kb.prices) {
      for (const tiers of Object.values(p.lambda.durationTiers)) {
        const bounds = tiers.slice(0, -1).map((t) => t.upToGbSeconds ?? Number.NaN);
        expect(tiers.at(-1)?.upToGbSeconds, p.region).toBeUndefined();
        expect(bounds, p.region).toEqual([...bounds].sort((a, b) => a - b));
        for (let i = 1; i < tiers.length; i += 1) expect(tiers[i]?.usdPerGbSecond).toBeLessThanOrEqual(tiers[i - 1]?.usdPerGbSecond ?? 0);
      }
    }
  });
});

describe('cost estimates over the real price table', () => {
  it.each(general)('%s %s: a month always on is the hourly price times the hours', (region, type) => {
    const prices = kb.prices.find((p) => p.region === region);
    const usdPerHour = prices?.ec2.instances.find((i) => i.type === type)?.usdPerHour ?? Number.NaN;
    expect(estimate(`instance=${type} region=${region} commitment=none`).ec2?.monthlyUsd).toBe(cents(usdPerHour * (prices?.hoursPerMonth ?? 0)));
  });

  it.each(general)('%s %s: the break-even is where the Lambda line reaches the EC2 line, on demand and committed', (region, type) => {
    const e = estimate(`requests=3M duration=120ms memory=1gb instance=${type} region=${region} free-tier=no`);
    const costAt = (requests: number) => lambdaMonthlyCost({ requests, durationMs: 120, memoryMb: 1024, arch: 'x86', freeTier: false }, e.prices.lambda).monthlyUsd;
    const lines: [number | undefined, number | undefined][] = [
      [e.breakEven?.requestsPerMonth, e.ec2?.monthlyUsd],
      [e.breakEven?.committedRequestsPerMonth, e.ec2?.committedMonthlyUsd],
    ];
    for (const [volume, ec2Usd] of lines) {
      if (volume === undefined || ec2Usd === undefined) throw new Error('expected a break-even and its EC2 line');
      expect(costAt(volume)).toBeGreaterThanOrEqual(ec2Usd);
      expect(costAt(volume - 1)).toBeLessThan(ec2Usd);
    }
    expect(e.breakEven?.committedRequestsPerMonth ?? Infinity).toBeLessThanOrEqual(e.breakEven?.requestsPerMonth ?? 0);
  });

  it.each(general)('%s %s: the cost-against-volume curve rises with volume and matches the Lambda formula', (region, type) => {
    const e = estimate(`requests=3M duration=120ms memory=1gb instance=${type} region=${region}`);
    expect(e.curve.length).toBeGreaterThan(2);
    for (let i = 1; i < e.curve.length; i += 1) {
      expect(e.curve[i]?.requests).toBeGreaterThan(e.curve[i - 1]?.requests ?? Infinity);
      expect(e.curve[i]?.lambdaUsd).toBeGreaterThanOrEqual(e.curve[i - 1]?.lambdaUsd ?? Infinity);
    }
    for (const point of e.curve) expect(point.lambdaUsd).toBe(lambdaMonthlyCost({ requests: point.requests, durationMs: 120, memoryMb: 1024, arch: 'x86', freeTier: true }, e.prices.lambda).monthlyUsd);
  });

  it('applies the free tier: a month inside it costs nothing, and without it the requests are charged', () => {
    for (const p of kb.prices) {
      const free = p.lambda.freeTier;
      const inside = { requests: free.requests, durationMs: 1, memoryMb: 128, arch: 'x86' as const };
      expect(lambdaMonthlyCost({ ...inside, freeTier: true }, p.lambda).monthlyUsd, p.region).toBe(0);
      expect(lambdaMonthlyCost({ ...inside, freeTier: false }, p.lambda).requestsUsd, p.region).toBe(cents((free.requests * p.lambda.requestsUsdPerMillion) / 1e6));
    }
  });
});
