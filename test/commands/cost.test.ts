import { describe, expect, it } from 'vitest';
import { ask } from '../helpers.js';

describe('cost', () => {
  it('prices a Lambda workload line by line with the free tier, and compares it with an instance', () => {
    const reply = ask('/compute cost requests=3M duration=120ms memory=1536mb instance=m5.large');
    expect(reply.kind).toBe('cost');
    expect(reply.title).toBe('Monthly cost — US East (N. Virginia) (us-east-1), prices as of 2025-10-01');
    expect(reply.data?.cost).toEqual({
      lambda: { monthlyUsd: 2.73, requestsUsd: 0.4, computeUsd: 2.33, freeTierApplied: true },
      ec2: { instance: 'm5.large', monthlyUsd: 70.08, committedMonthlyUsd: 19.62 },
      breakEven: { requestsPerMonth: expect.any(Number) },
    });
    expect(reply.text).toContain('Lambda: $2.73/month: requests $0.40 · compute $2.33 (540k GB-s)');
    expect(reply.sources.map((s) => s.asOf)).toEqual(expect.arrayContaining(['2025-10-01']));
  });

  it('puts the break-even exactly where Lambda starts to cost more than the instance', () => {
    const reply = ask('cost requests=3M duration=120ms memory=1536mb instance=m5.large commitment=none free-tier=no');
    const volume = (reply.data?.cost as { breakEven: { requestsPerMonth: number } }).breakEven.requestsPerMonth;
    const at = (requests: number) =>
      (ask(`cost requests=${requests} duration=120ms memory=1536mb free-tier=no`).data?.cost as { lambda: { monthlyUsd: number } }).lambda
        .monthlyUsd;
    expect(at(volume)).toBeGreaterThanOrEqual(70.08);
    expect(at(volume - 1)).toBeLessThan(70.08);
    expect(reply.text).toMatch(/Lambda is cheaper below [\d.]+M requests a month\./);
  });

  it('lists each volume once in the cost-against-volume table, rising', () => {
    const reply = ask('cost requests=3M duration=120ms memory=512mb');
    const table = reply.blocks.find((b) => b.type === 'table');
    const volumes = table?.type === 'table' ? table.rows.map((r) => r[0]) : [];
    expect(volumes).toEqual(['1M', '5M', '10M', '20M', '50M']);
  });

  it('is case- and order-insensitive and accepts the documented spellings', () => {
    const a = ask('cost requests=3M duration=120ms memory=1536mb instance=m5.large');
    const b = ask('COST Instance=m5.large Memory=1.5GB Duration=0.12s Requests=3,000,000');
    expect(b.data?.cost).toEqual(a.data?.cost);
  });

  it('prices a Fargate task after the fargate keyword, on Arm when asked', () => {
    const reply = ask('cost fargate vcpu=1 memory=2gb arch=arm hours=5');
    expect(reply.data?.cost).toEqual({ fargate: { monthlyUsd: 0.2 } }); // vCPU $0.16 + memory $0.04;
  });

  it('adds Provisioned Concurrency and drops the free tier for it', () => {
    const reply = ask('cost requests=2M duration=280ms memory=4gb provisioned=7 provisioned-hours=24');
    expect(reply.data?.cost).toMatchObject({ lambda: { monthlyUsd: 32.26, freeTierApplied: false } });
  });

  it('says the table has no prices for another region instead of guessing', () => {
    expect(ask('cost requests=3M duration=120ms memory=512mb region=eu-west-1')).toMatchObject({
      kind: 'error',
      summary: "I have no prices for eu-west-1, and I won't guess them.",
    });
  });

  it('names instance types it has prices for when asked for one it has not', () => {
    const reply = ask('cost instance=t4g.small');
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('Instance types with prices: t3.micro');
  });

  it.each([
    ['cost requests=3M duration=abc memory=512mb', 'e.g. 250ms, 90s, 20m'],
    ['cost requests=3M duration=20m memory=512mb', "Lambda's maximum timeout is 900 s"],
    ['cost requests=3M duration=1s memory=99999tb', '128 MB to 10,240 MB'],
    ['cost requests=3M duration=1s memory=512mb arch=sparc', 'x86, arm'],
    ['cost requests=3M duration=1s', 'I also need memory'],
    ['cost requets=3M duration=1s memory=512mb', 'did you mean requests?'],
    ['cost requests=3M requests=5M duration=1s memory=512mb', 'given twice with different values'],
  ])('%s → a clear error', (text, expected) => {
    const reply = ask(text);
    expect(reply.kind).toBe('error');
    expect(reply.text.toLowerCase()).toContain(expected.toLowerCase());
  });

  it('answers a pricing question that has no settings from the knowledge base', () => {
    const reply = ask('pricing of fargate per vcpu hour');
    expect(reply.kind).toBe('answer');
    expect(reply.data?.entryId).toBe('fargate-pricing');
  });

  it('lists every problem at once', () => {
    expect(ask('cost requests=lots duration=abc memory=512mb').summary).toMatch(/^There are 2 problems:/);
  });
});
