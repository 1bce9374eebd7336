import { describe, expect, it } from 'vitest';
import { ask } from '../helpers.js';
import { replyViews } from '../../src/brief.js';

describe('cost', () => {
  it('prices a Lambda workload line by line with the free tier, and compares it with an instance', () => {
    const reply = ask('/compute cost requests=3M duration=120ms memory=1536mb instance=m5.large');
    expect(reply.kind).toBe('cost');
    expect(reply.title).toBe('Monthly cost — US East (N. Virginia) (us-east-1), prices as of 2025-10-01');
    expect(reply.data?.cost).toEqual({
      lambda: { monthlyUsd: 2.73, requestsUsd: 0.4, computeUsd: 2.33, freeTierApplied: true },
      ec2: { instance: 'm5.large', instances: 1, monthlyUsd: 70.08, committedMonthlyUsd: 19.62 },
      fargate: { tasks: 1, monthlyUsd: 85.06 },
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
    expect(volumes).toEqual(['5M', '20M', '50M', '100M', '200M']);
  });

  it('is case- and order-insensitive and accepts the documented spellings', () => {
    const a = ask('cost requests=3M duration=120ms memory=1536mb instance=m5.large');
    const b = ask('COST Instance=m5.large Memory=1.5GB Duration=0.12s Requests=3,000,000');
    expect(b.data?.cost).toEqual(a.data?.cost);
  });

  it('prices a Fargate task after the fargate keyword, on Arm when asked', () => {
    const reply = ask('cost fargate vcpu=1 memory=2gb arch=arm hours=5');
    expect(reply.data?.cost).toEqual({ fargate: { tasks: 1, monthlyUsd: 0.2 } }); // vCPU $0.16 + memory $0.04;
  });

  it('adds Provisioned Concurrency and drops the free tier for it', () => {
    const reply = ask('cost requests=2M duration=280ms memory=4gb provisioned=7 provisioned-hours=24');
    expect(reply.data?.cost).toMatchObject({ lambda: { monthlyUsd: 32.26, freeTierApplied: false } });
  });

  it('says EC2 is cheaper at any volume when Provisioned Concurrency alone costs more than the committed instance', () => {
    // 10 × 0.5 GB kept warm all month is $54.75, above the m5.large's $19.62 committed price, so no volume makes Lambda cheaper there.
    const reply = ask('cost provisioned=10 memory=512mb duration=1ms requests=0');
    expect(reply.summary).toContain('(against the committed price, EC2 is cheaper at any volume)');
    expect(reply.summary).not.toMatch(/\(1 against/);
    expect(reply.text).toContain('No request volume given, so the smallest fleet');
  });

  it("prices Fargate Windows tasks with the OS licence: AWS's own example of 10 tasks for 30 hours", () => {
    // Fargate pricing page, example 4: vCPU $27.45 + OS licence $13.80 + memory $6.00 = $47.25.
    const reply = ask('cost fargate vcpu=1 memory=2gb os=windows tasks=10 hours=30');
    expect(reply.data?.cost).toEqual({ fargate: { tasks: 10, monthlyUsd: 47.25 } });
    expect(reply.text).toContain('vCPU $27.45 · memory $6.00 · Windows licence $13.80');
    expect(ask('cost fargate vcpu=1 memory=2gb os=windows arch=arm').text).toContain('Fargate runs Windows tasks on x86 only');
  });

  it("reads requests given as a rate over the price table's 730-hour month", () => {
    // 2,000/s × 2,628,000 s = 5.256B requests: the same bill as writing the month's count.
    const rate = ask('cost requests=2000/s duration=100ms memory=512mb').data?.cost;
    expect(rate).toEqual(ask('cost requests=5256000000 duration=100ms memory=512mb').data?.cost);
    expect(rate).toMatchObject({ lambda: { monthlyUsd: 5424.34 } });
  });

  it('prices Provisioned Concurrency alone, with no run time, and looks for no break-even it cannot know', () => {
    // 5 × 2 GB × 2,628,000 s (730 h) × $0.0000041667 per GB-s = $109.50.
    const reply = ask('cost memory=2gb provisioned=5');
    expect(reply.kind).toBe('cost');
    expect(reply.data?.cost).toMatchObject({ lambda: { monthlyUsd: 109.5, requestsUsd: 0, computeUsd: 0 } });
    expect(reply.data?.cost).not.toHaveProperty('breakEven');
    expect(reply.summary).toContain(
      "Lambda's bill is Provisioned Concurrency alone: add requests= and duration= to price the invocations and find the break-even.",
    );
    expect(reply.text).not.toContain('Cost against volume');
    // Without Provisioned Concurrency, memory alone is still not a bill.
    expect(ask('cost memory=2gb').text).toContain('For Lambda I also need requests and duration.');
    expect(ask('cost requests=5M memory=2gb provisioned=5').text).toContain('For Lambda I also need duration.');
  });

  it('sizes the default comparison for the load instead of setting it against one smallest instance', () => {
    // 10M × 350 ms over 730 h is 1.3 requests in flight; × 1 GB + 30% headroom = 1.73 GB: more than a t3.micro holds.
    const reply = ask('cost requests=10M duration=350ms memory=1gb');
    expect(reply.data?.cost).toMatchObject({ ec2: { instance: 'm5.large', instances: 1, monthlyUsd: 70.08 }, fargate: { tasks: 1 } });
    expect(reply.text).toContain(
      '- EC2: 1 × m5.large (8 GB each). Sized for the load: 10M requests over 730 h ≈ 3.81 a second; × 350 ms each ≈ 1.3 in flight × 1 GB + 30% headroom ≈ 1.73 GB; name others with instance= and instances=.',
    );
  });

  it('prices a fleet for a heavy steady load: 120M × 800 ms × 1.5 GB is 37 in flight, 9 × m5.large and 9 Fargate tasks', () => {
    const reply = ask('cost requests=120M duration=800ms memory=1.5gb');
    expect(reply.data?.cost).toMatchObject({
      lambda: { monthlyUsd: 2417.14 },
      ec2: { instance: 'm5.large', instances: 9, monthlyUsd: 630.72 },
      fargate: { tasks: 9, monthlyUsd: 765.57 },
    });
    expect(reply.summary).toMatch(
      /^EC2 9 × m5\.large is the cheapest here\. Lambda \$2,417\.14 \(\$2,424\.00 without the free tier\) vs EC2 9 × m5\.large \$630\.72 on demand \(\$176\.60 committed\) vs Fargate 9 tasks \$765\.57 a month\./,
    );
    expect(reply.text).toContain('≈ 37 in flight × 1.5 GB + 30% headroom ≈ 71.2 GB');
    expect(reply.text).toContain("- Fargate: 9 tasks of 2 vCPU / 8 GB, the m5.large's shape, with the included 20 GB of storage.");
  });

  it('grows the sized fleet with the volume in the cost-against-volume table', () => {
    const table = ask('cost requests=120M duration=800ms memory=1.5gb').blocks.find((b) => b.type === 'table');
    const rows = table?.type === 'table' ? table.rows : [];
    expect(rows.at(0)).toEqual(['500k', '$3.33', '$70.08 (1×)', 'Lambda']);
    expect(rows.at(-1)).toEqual(['20M', '$397.13', '$140.16 (2×)', 'EC2']);
  });

  it('uses exactly the instance type and count the user names, and says what the load would need', () => {
    const reply = ask('cost requests=120M duration=800ms memory=1.5gb instance=m5.large instances=4');
    expect(reply.data?.cost).toMatchObject({ ec2: { instance: 'm5.large', instances: 4, monthlyUsd: 280.32 } });
    expect(reply.text).toContain('- EC2: 4 × m5.large (8 GB each), as asked. Sized for the load:');
    expect(reply.text).toContain('71.2 GB, which needs 9.');
    const rows = reply.blocks.find((b) => b.type === 'table');
    expect(rows?.type === 'table' && rows.rows.every((r) => r[2] === '$280.32 (4×)')).toBe(true);
  });

  it('sizes the count of a named type, and sizes on Graviton for arch=arm', () => {
    expect(ask('cost requests=120M duration=800ms memory=1.5gb instance=r5.large').data?.cost).toMatchObject({
      ec2: { instance: 'r5.large', instances: 5, monthlyUsd: 459.9 },
    });
    expect(ask('cost requests=120M duration=800ms memory=1.5gb arch=arm').data?.cost).toMatchObject({
      ec2: { instance: 'm7g.large', instances: 9, monthlyUsd: 536.11 },
    });
  });

  it('moves to a larger type when one run with headroom does not fit the fleet type', () => {
    // 8 GB + 30% = 10.4 GB per run: an m5.large (8 GB) cannot hold one; the r5.large (16 GB) is the cheapest that can.
    expect(ask('cost requests=3M duration=1s memory=8gb').data?.cost).toMatchObject({ ec2: { instance: 'r5.large', instances: 1 } });
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

describe('the cost brief', () => {
  const briefRows = (requests: string) =>
    replyViews(ask(`cost requests=${requests} duration=200ms memory=1gb`))
      .brief.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []))
      .map((r) => r[0]);

  it('shows the volumes either side of the one asked, not the first rows of the table', () => {
    expect(briefRows('30M')).toEqual(['20M', '50M']);
    expect(briefRows('5B')).toEqual(['50M', '100M']);
    expect(briefRows('500k')).toEqual(['2M', '5M']);
  });
});
