import { describe, expect, it } from 'vitest';
import { ask } from '../helpers.js';

interface Rec {
  service: string;
  ranked: {
    service: string;
    verdict: string;
    score: number;
    reasons: { text: string; source: { title: string; ref: string }; fact: string; kind: string; score: number }[];
  }[];
  assumptions: string[];
  wouldChange: string[];
  split?: { services: string[] };
  workload: Record<string, unknown>;
}
const rec = (line: string) => ask(line).data?.recommendation as Rec;
const entry = (r: Rec, service: string) => r.ranked.find((x) => x.service === service);
const facts = (r: Rec, service: string) => entry(r, service)?.reasons.map((x) => x.fact) ?? [];

describe('recommend: hard limits', () => {
  it('judges a run of exactly 900 s by the documented rule: it fits, with a warning about headroom', () => {
    const r = rec('recommend duration=900s');
    expect(entry(r, 'lambda')?.verdict).not.toBe('ruled out');
    expect(entry(r, 'lambda')?.reasons.some((x) => x.fact === 'lambda-timeout' && x.score < 0)).toBe(true);
  });

  it('rules Lambda out at 901 s, citing the timeout quota with its source', () => {
    const r = rec('recommend duration=901s');
    const lambda = entry(r, 'lambda');
    expect(lambda?.verdict).toBe('ruled out');
    const limit = lambda?.reasons.find((x) => x.kind === 'limit');
    expect(limit).toMatchObject({ fact: 'lambda.timeout', source: { ref: expect.stringContaining('gettingstarted-limits') } });
    expect(limit?.text).toContain('900 seconds (15 minutes)');
    expect(limit?.text).toContain('15 min 1 s');
  });

  it.each([
    ['memory=10240mb', 'memory=10241mb', 'lambda.memory.max'],
    ['vcpu=6', 'vcpu=7', 'lambda.vcpu.max'],
    ['storage=10gb', 'storage=11gb', 'lambda.ephemeral-storage.max'],
    ['package=10gb', 'package=11gb', 'lambda.image.max'],
  ])('%s fits Lambda; %s rules it out citing %s', (fits, over, quota) => {
    expect(entry(rec(`recommend ${fits} traffic=bursty`), 'lambda')?.verdict).toBe('fits');
    const r = rec(`recommend ${over}`);
    expect(entry(r, 'lambda')?.verdict).toBe('ruled out');
    expect(facts(r, 'lambda')).toContain(quota);
  });

  it.each([
    ['memory=32gb', 'memory=121gb', 'fargate.memory.max', '120 GB (at 16 vCPUs)'],
    ['storage=50gb', 'storage=201gb', 'fargate.ephemeral-storage', 'up to 200 GiB'],
  ])('beyond Lambda, %s still fits a Fargate task, which leads citing %s; %s rules it out too', (fits, over, quota, figure) => {
    const r = rec(`recommend ${fits}`);
    expect(r.service).toBe('fargate');
    const reason = entry(r, 'fargate')?.reasons.find((x) => x.fact === quota);
    expect(reason).toMatchObject({ kind: 'signal', score: 1 });
    expect(reason?.text).toContain(figure);
    expect(entry(rec(`recommend ${over}`), 'fargate')?.verdict).toBe('ruled out');
  });

  it('rules Lambda and Fargate out for GPUs and host control, and EC2 stays in', () => {
    for (const line of ['recommend gpu=yes', 'recommend os=yes']) {
      const r = rec(line);
      expect(entry(r, 'lambda')?.verdict).toBe('ruled out');
      expect(entry(r, 'fargate')?.verdict).toBe('ruled out');
      expect(entry(r, 'ec2')?.verdict).not.toBe('ruled out');
      expect(['lambda', 'fargate']).not.toContain(r.service);
    }
  });

  it('keeps Lambda for limits with a known way round, and says what has to change', () => {
    const payload = entry(rec('recommend payload=8mb traffic=bursty'), 'lambda');
    expect(payload?.verdict).toBe('fits');
    expect(payload?.reasons[0]).toMatchObject({ kind: 'workaround', fact: 'lambda.payload.sync' });
    expect(payload?.reasons[0]?.text).toMatch(/6 MB.*presigned URL/);
    const pkg = entry(rec('recommend package=400mb'), 'lambda');
    expect(pkg?.reasons[0]).toMatchObject({ kind: 'workaround', fact: 'lambda.package.unzipped' });
  });

  it('weighs a workaround that redesigns the request path: a service that takes the 8 MB request as it is leads', () => {
    const r = rec('recommend payload=8mb duration=2s traffic=spiky');
    expect(entry(r, 'lambda')?.reasons[0]).toMatchObject({ kind: 'workaround', fact: 'lambda.payload.sync', score: -3 });
    expect(r.service).not.toBe('lambda');
    expect(entry(r, 'lambda')?.verdict).toBe('fits');
  });

  it('holds a container image to the image limit, not the zip limit', () => {
    const r = rec('recommend package=6gb container=yes duration=3s traffic=bursty');
    expect(facts(r, 'lambda')).not.toContain('lambda.package.unzipped');
    expect(r.service).toBe('lambda');
    expect(facts(rec('recommend package=12gb container=yes'), 'lambda')).toContain('lambda.image.max');
  });

  it('holds a persistent connection to the WebSocket API cap, not to the function timeout, and keeps jobs to the timeout', () => {
    const chat = rec('recommend chat app on websockets, people stay connected 3+ hours');
    expect(facts(chat, 'lambda')).toContain('lambda.websocket-connection');
    expect(facts(chat, 'lambda')).not.toContain('lambda.timeout');
    expect(chat.service).not.toBe('batch');
    const job = rec('recommend nightly report job that takes 3 hours');
    expect(facts(job, 'lambda')).toContain('lambda.timeout');
    // Within the cap the connection limit does not rule Lambda out; the signal still cites the cap for its figures.
    const short = entry(rec('recommend websockets, sessions of about 20 minutes'), 'lambda');
    expect(short?.verdict).not.toBe('ruled out');
    expect(short?.reasons.filter((x) => x.kind === 'limit').map((x) => x.fact)).not.toContain('lambda.websocket-connection');
    expect(short?.reasons.map((x) => x.text).join(' ')).toContain('at most 2 hours (idle connections close after 10 minutes)');
  });

  it("shows a runner-up's catch beside its points in the ranking", () => {
    const ranking = ask('recommend chat api on websockets, sessions of about 20 minutes').blocks.find(
      (b) => b.type === 'section' && b.heading?.startsWith('Ranking'),
    );
    expect(ranking).toMatchObject({
      markdown: expect.stringMatching(/\*\*AWS Lambda\*\* — fits \(\+1 point\): .+\. But: only through API Gateway WebSocket APIs/),
    });
  });

  it('lists hard limits before anything else in the reply', () => {
    const reply = ask('recommend duration=20m gpu=yes memory=12gb traffic=bursty');
    expect(reply.blocks[0]).toMatchObject({ type: 'facts', heading: 'Hard limits' });
    expect(reply.text.indexOf('Hard limits')).toBeLessThan(reply.text.indexOf('Ranking'));
  });
});

describe('recommend: ranking', () => {
  it.each([
    ['traffic=spiky state=stateless duration=300ms', 'lambda'],
    ['traffic=steady state=stateful long-running=yes', 'ec2'],
    ['container=yes kubernetes=yes traffic=steady', 'eks'],
    ['container=yes kubernetes=no long-running=yes ops=low', 'fargate'],
    ['container=yes gpu=yes', 'ecs'],
    ['duration=8h traffic=scheduled interruptible=yes', 'batch'],
    ['duration=40m', 'fargate'],
    ['nodes=16 duration=3h', 'batch'],
    ['queued-jobs=yes duration=30m traffic=scheduled', 'batch'],
    ['queued-jobs=yes interruptible=yes', 'batch'],
  ])('%s → %s', (settings, service) => {
    expect(rec(`recommend ${settings}`).service).toBe(service);
  });

  it('gives every service a verdict and every reason a source', () => {
    const r = rec('recommend duration=20m gpu=yes memory=12gb traffic=bursty');
    expect(r.ranked.map((x) => x.service).sort()).toEqual(['batch', 'ec2', 'ecs', 'eks', 'fargate', 'lambda']);
    for (const x of r.ranked) {
      expect(['fits', 'poor fit', 'ruled out']).toContain(x.verdict);
      for (const reason of x.reasons) expect(reason.source.title.length).toBeGreaterThan(2);
    }
    expect(r.ranked.slice(-2).map((x) => x.verdict)).toEqual(['ruled out', 'ruled out']);
  });

  it('says what would change the answer, including the limit that ruled Lambda out', () => {
    const r = rec('recommend duration=20m traffic=bursty state=stateless');
    expect(r.wouldChange).toContainEqual(
      expect.stringMatching(/^If each run finished within 900 seconds \(15 minutes\), AWS Lambda would be the pick\.$/),
    );
  });

  it('suggests splitting a system whose parts pull in opposite directions', () => {
    const r = rec('recommend traffic=bursty state=stateful long-running=yes');
    expect(r.split?.services).toEqual(['lambda', 'ec2']);
    expect(ask('recommend traffic=bursty state=stateful long-running=yes').summary).toMatch(/^Split it/);
  });

  it('estimates the monthly cost when requests, duration and memory are known', () => {
    const reply = ask('recommend requests=3M duration=120ms memory=1536mb traffic=bursty');
    expect(reply.data?.cost).toMatchObject({ lambda: { monthlyUsd: 2.73, freeTierApplied: true }, ec2: { instance: expect.any(String) } });
    expect(reply.blocks.find((b) => b.type === 'actions')).toMatchObject({
      buttons: expect.arrayContaining([{ label: 'Cost breakdown', command: 'cost requests=3000000 duration=120ms memory=1536mb' }]),
    });
    expect(reply.data?.lambdaWithin).toBeUndefined();
  });

  it('says how much of the free tier each request has when the volume is known but not the run time', () => {
    const reply = ask('an internal webhook receiver, about 2k requests a day, bursty');
    // 2k a day is 60k a month; 400,000 free GB-s ÷ 60k = 6.67 GB-s each, shown rounded down.
    expect(reply.data?.lambdaWithin).toEqual({ requests: 60_000, freeGbSecondsPerRequest: 400_000 / 60_000 });
    expect(reply.text).toContain('Lambda at 60k requests a month: free under 6.66 GB-s each: 6.66 s at 1 GB of memory');
    expect(reply.sources.map((s) => s.title)).toContainEqual(expect.stringContaining('AWS Lambda pricing'));
    // Beyond the free requests, or with Lambda ruled out, there is nothing free to say.
    expect(ask('recommend requests=3M traffic=bursty').data?.lambdaWithin).toBeUndefined();
    expect(ask('recommend requests=100k gpu=yes').data?.lambdaWithin).toBeUndefined();
  });
});

describe('recommend: the trait that would decide', () => {
  it('asks for the first unstated setting in the rules table whose answer would change the pick', () => {
    // Traffic is stated and whether it stays up would not change EC2; how long a run takes would (30 min → Fargate).
    const reply = ask('recommend traffic=steady');
    expect((reply.data?.recommendation as { decidingSetting?: string }).decidingSetting).toBe('duration');
    expect(reply.text).toContain('How long one run takes decides it: 200 ms points to Amazon EC2; 30 minutes to AWS Fargate');
  });

  it('asks nothing when the answer is firm whatever the rest is', () => {
    const reply = ask('recommend nodes=16 duration=8h traffic=scheduled');
    expect(reply.blocks.some((b) => b.type === 'section' && b.heading === 'What would decide it')).toBe(false);
    expect(ask('recommend duration=20m gpu=yes memory=12gb traffic=bursty').text).toContain(
      'Packaged as containers decides it: yes points to Amazon ECS; no to Amazon EC2',
    );
  });

  it('asks for the traffic when a heavy load would move off Lambda only if it were steady', () => {
    const reply = ask('recommend requests=120M duration=800ms memory=1.5gb');
    expect(reply.text).toContain('Traffic shape decides it: steady points to Amazon EC2;');
  });
});

describe('recommend: queued jobs', () => {
  it('points queued, interruptible work to Batch on Spot, with the reason and its source', () => {
    const r = rec('recommend overnight parameter sweeps that queue up, interruptible, 40 minutes each');
    expect(r.service).toBe('batch');
    expect(entry(r, 'batch')?.reasons.map((x) => x.fact)).toEqual(expect.arrayContaining(['batch', 'spot-instances']));
  });

  it('without the queue, a long interruptible run is not pushed to Batch by it', () => {
    const r = rec('recommend duration=40m interruptible=yes');
    expect(entry(r, 'batch')?.reasons.map((x) => x.fact)).not.toContain('batch');
  });
});

describe('recommend: cost', () => {
  const costOf = (line: string) => ask(line).data?.cost as { ec2: { instance: string; instances: number; monthlyUsd: number } };

  it('moves a steady, heavy load off Lambda and says so with the sized bills', () => {
    const reply = ask('recommend requests=120M duration=800ms memory=1.5gb traffic=steady');
    const r = reply.data?.recommendation as Rec;
    expect(r.service).toBe('ec2');
    expect(reply.summary).toMatch(
      /^\*\*Amazon EC2\*\* — at 120M requests a month of 800 ms at 1\.5 GB \(37 in flight\), Lambda ≈ \$2,417\.14\/month vs 9 × m5\.large ≈ \$630\.72\/month: /,
    );
    expect(entry(r, 'lambda')?.reasons).toContainEqual(expect.objectContaining({ fact: 'cost-break-even', score: -3 }));
    expect(costOf('recommend requests=120M duration=800ms memory=1.5gb traffic=steady').ec2).toMatchObject({
      instance: 'm5.large',
      instances: 9,
    });
    expect(reply.text).toContain('EC2 9 × m5.large ≈ $630.72/month');
    expect(reply.text).toContain('Fargate 9 tasks ≈ $765.57/month');
  });

  it('says what would change the pick when the bills decide it', () => {
    // Short runs over an HTTP trigger favour Lambda; only the bills put the steady fleet ahead.
    const r = rec('recommend requests=120M duration=800ms memory=1.5gb traffic=steady trigger=http');
    expect(r.service).toBe('ec2');
    expect(r.wouldChange).toContain("If Lambda's bill were close to the sized fleet's, AWS Lambda would come out ahead.");
  });

  it('reads the same load in words, "flat traffic" included, and sizes "3,000 req/s" as 3,000 a second', () => {
    expect(rec('recommend 120M requests a month at 800 ms and 1.5 GB, flat traffic').service).toBe('ec2');
    const reply = ask('recommend steady 3,000 req/s, 150ms at 1gb each');
    expect(reply.summary).toContain('(450 in flight)');
  });

  it.each(['bursty', 'spiky', 'unpredictable'])('keeps the same heavy load on Lambda when traffic is %s', (traffic) => {
    const r = rec(`recommend requests=120M duration=800ms memory=1.5gb traffic=${traffic}`);
    expect(r.service).toBe('lambda');
    expect(entry(r, 'lambda')?.reasons.some((x) => x.fact === 'cost-break-even')).toBe(false);
  });

  it('prints the bills without weighing them when the traffic shape is not given, and asks for it', () => {
    const r = rec('recommend requests=120M duration=800ms memory=1.5gb');
    const note = entry(r, 'lambda')?.reasons.find((x) => x.fact === 'cost-break-even');
    expect(note).toMatchObject({ score: 0 });
    expect(note?.text).toMatch(/Lambda ≈ \$2,417\.14\/month vs 9 × m5\.large ≈ \$630\.72\/month: .*steady or bursty/);
  });

  it('favours Lambda when its bill is well below even one instance, whatever the traffic', () => {
    const r = rec('recommend requests=2M duration=200ms memory=512mb traffic=steady');
    const lambda = entry(r, 'lambda')?.reasons.find((x) => x.fact === 'cost-break-even');
    expect(lambda).toMatchObject({ score: 1 });
    expect(lambda?.text).toContain('Lambda ≈ $0.20/month vs 1 × m5.large ≈ $70.08/month');
  });

  it('leaves a moderate gap alone: 10M × 350 ms × 1 GB costs about what one instance does', () => {
    const r = rec('recommend requests=10M duration=350ms memory=1gb traffic=steady');
    expect(r.ranked.flatMap((x) => x.reasons).some((x) => x.fact === 'cost-break-even')).toBe(false);
  });
});

describe('recommend: free text and assumptions', () => {
  it('reads a description and says what it read', () => {
    const reply = ask('/compute recommend nightly 5 minute report job, 2 GB, runs once a day');
    const r = reply.data?.recommendation as Rec;
    expect(r.service).toBe('lambda');
    expect(r.assumptions).toEqual(expect.arrayContaining(['Read "5 minute" as duration=5 minutes.', 'Read "2 GB" as memory=2 GB.']));
    expect(r.assumptions).toContainEqual(expect.stringMatching(/^Not stated, so not weighed: gpu, state\.$/));
  });

  it('does not respell a workload typed after recommend: "200 players" are not "layers"', () => {
    expect(rec('recommend game backend for 200 players, 4gb ram').workload).toMatchObject({ memory: 4096 });
  });

  it('reads a pasted manifest\'s bare "memory:" and "requests:" as text, not as settings without a value', () => {
    const r = rec(
      'recommend everything we run is on EKS; new long-lived gRPC service:\nresources:\n  requests:\n    cpu: "2"\n    memory: 4Gi\nsteady traffic',
    );
    expect(r.service).toBe('eks');
    expect(r.workload).toMatchObject({ memory: 4096, kubernetes: true });
    // memory:4gb (a value after the colon) is still the setting.
    expect(rec('recommend memory:4gb duration:20m').workload).toMatchObject({ memory: 4096, duration: 1200 });
  });

  it('lets a key=value setting override what the text says, and says so', () => {
    const r = rec('recommend a 5 minute job duration=20m');
    expect(r.workload.duration).toBe(1200);
    expect(r.assumptions).toContain('Your duration= setting overrides "5 minute".');
  });

  it('treats "word:" in a sentence as text, not as a setting', () => {
    expect(rec('recommend Weekly job: 6 hours on one GPU').workload).toMatchObject({ duration: 21600, gpu: true });
  });
});

describe('recommend: bad input', () => {
  it('says which form a bad value should take', () => {
    const reply = ask('recommend duration=abc');
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('"abc" is not a duration. Use a number with a unit, e.g. 250ms, 90s, 20m, 2h or 7d.');
  });

  it('reports a contradiction instead of resolving it', () => {
    expect(ask('recommend gpu=yes gpu=no').text).toContain('gpu is given twice with different values');
  });

  it('refuses out-of-range and negative values with the valid range', () => {
    expect(ask('recommend memory=99999tb').text).toMatch(/out of range\. Use 1 MB to 24 TB/);
    expect(ask('recommend duration=-5m').kind).toBe('error');
  });

  it('offers the corrected command for a mistyped setting', () => {
    const reply = ask('recommend durashun=5m gpu=no');
    expect(reply.text).toContain('did you mean duration?');
    expect(reply.data?.suggestions).toEqual(['recommend duration=5m gpu=no']);
  });

  it('reports every problem at once', () => {
    expect(ask('recommend duration=abc gpu=maybe traffic=lumpy').text).toContain('There are 3 problems');
  });

  it('still recommends from settings that favour no service, says so, and asks for the trait that would decide', () => {
    const reply = ask('recommend arch=arm memory=1gb');
    expect(reply.kind).toBe('recommend');
    expect(reply.summary).toBe(
      '**AWS Lambda**, for now — nothing I read argues for any one service, so this is the simplest to run of those level at the top. Traffic shape decides it: steady points to Amazon EC2; bursty or scheduled to AWS Lambda — add `traffic=steady`, `traffic=bursty` or `traffic=scheduled`.',
    );
    expect(reply.blocks).toContainEqual(expect.objectContaining({ type: 'section', heading: 'What would decide it' }));
    expect((reply.data?.recommendation as { decidingSetting?: string }).decidingSetting).toBe('traffic');
  });

  it('asks for the workload when given nothing', () => {
    const reply = ask('recommend');
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('Tell me about the workload.');
  });

  it('declines words with nothing of compute in them honestly, as a question', () => {
    expect(ask('recommend a good pizza place').kind).toBe('unknown');
  });

  it('answers any workload in free text with a recommendation, even when it reads nothing it can weigh', () => {
    const cold = ask('recommend something for lambda cold starts');
    expect(cold.kind).toBe('recommend');
    expect((cold.data?.recommendation as Rec).assumptions).toContain('Read "cold starts" as latency-sensitive=yes.');
    const vague = ask('recommend where to run our new backend service on aws');
    expect(vague.kind).toBe('recommend');
    const r = vague.data?.recommendation as Rec;
    expect(r.assumptions.some((a) => a.startsWith('I read nothing I can weigh in') || a.startsWith('Read'))).toBe(true);
  });
});

describe('recommend: local disk within Lambda', () => {
  it('says to raise /tmp when the disk needed is over its default but within its maximum, citing the quota', () => {
    const lambda = rec('recommend storage=2gb duration=20s').ranked.find((r) => r.service === 'lambda');
    expect(lambda?.reasons).toContainEqual(
      expect.objectContaining({
        text: expect.stringContaining("It needs 2 GB of local disk: set the function's ephemeral storage (/tmp) to hold it"),
        fact: 'lambda.ephemeral-storage.max',
      }),
    );
    const small = rec('recommend storage=256mb duration=20s').ranked.find((r) => r.service === 'lambda');
    expect(small?.reasons.map((r) => r.text).join(' ')).not.toContain('ephemeral storage');
  });
});

describe('recommend: settings split by spaces', () => {
  it('reads "memory=12 gb" and "memory = 12gb" as 12 GB, not 12 MB', () => {
    for (const line of [
      'recommend memory=12 gb traffic=steady',
      'recommend memory = 12gb traffic=steady',
      'recommend memory= 12gb traffic=steady',
    ]) {
      expect(rec(line).workload.memory).toBe(12288);
    }
  });

  it('reads "requests=3 thousand" and "requests = 2 bn" as the count said, not 3 and 2', () => {
    expect(rec('recommend requests=3 thousand traffic=steady').workload.requests).toBe(3000);
    expect(rec('recommend requests = 2 bn traffic=steady').workload.requests).toBe(2e9);
  });

  it('reads "requests=3k a second" as a rate, the same as requests=3k/s, not as 3k a month', () => {
    const perSecond = rec('recommend requests=3k/s duration=50ms').workload.requests;
    expect(perSecond).toBe(3000 * 730 * 3600);
    for (const line of [
      'recommend requests=3k a second duration=50ms',
      'recommend requests=3k per second duration=50ms',
      'recommend requests=3k / s duration=50ms',
    ]) {
      expect(rec(line).workload.requests).toBe(perSecond);
    }
    expect(rec('recommend requests=2 thousand a day duration=50ms').workload.requests).toBe(60_000);
  });
});
