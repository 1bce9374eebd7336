import { describe, expect, it } from 'vitest';
import { ask } from '../helpers.js';

/** Free text reaches the engine that answers it: cost, recommend, compare, an error's entry, or an honest decline. */
describe('the question path', () => {
  it('answers a price question that names an instance type with the hourly rate and the month', () => {
    const reply = ask('g5.xlarge hourly in us-east-1?');
    expect(reply.kind).toBe('cost');
    expect(reply.text).toContain('$1.006/h');
    expect(reply.text).toContain('$734.38');
  });

  it('prices EKS control planes for the clusters counted, in standard and extended support', () => {
    const reply = ask('eks control plane cost for 3 clusters (dev/stg/prod) per month?');
    expect(reply.kind).toBe('cost');
    expect(reply.data?.clusterCosts).toEqual({ clusters: 3, hours: 730, monthlyUsd: 219, extendedSupportMonthlyUsd: 1314 });
    expect(reply.summary).toContain('$0.10 per cluster-hour');
    expect(ask('how much is the eks control plane a month').data?.clusterCosts).toMatchObject({ clusters: 1, monthlyUsd: 73 });
  });

  it('prices Fargate ephemeral storage alone when no task size is given, and says when it is within the included 20 GB', () => {
    const reply = ask("fargate task with 100gb ephemeral storage running all month, what's the extra storage charge?");
    expect(reply.data?.fargateStorage).toMatchObject({ extraGb: 80, monthlyUsd: 6.48 }); // 80 × 0.0000000308 × 2,628,000 s = 6.475
    expect(reply.summary).toContain('$0.0000000308 per GB-second');
    expect(ask('how much does 15gb of fargate storage cost').summary).toMatch(/^No extra charge/);
  });

  it('prices Lambda@Edge at its own rates and durable operations per million, when the numbers are given', () => {
    const edge = ask('lambda@edge bill: 5M requests/mo, 128mb, 50ms avg each?');
    // 5M × $0.60/M = $3.00; 5M × 0.05 s × 0.125 GB = 31,250 GB-s × $0.00005001 = $1.56.
    expect(edge.data?.edgeCost).toMatchObject({ gbSeconds: 31250, requestsUsd: 3, computeUsd: 1.56, monthlyUsd: 4.56 });
    expect(edge.summary).toContain('$0.60 per million');
    expect(ask('what do 3 million durable operations a month cost?').data?.durableCost).toEqual({ operations: 3e6, monthlyUsd: 24 });
    expect(ask('how much does lambda@edge cost').kind).not.toBe('cost');
  });

  it('prices Provisioned Concurrency named with a memory size and no count as one environment, and says so', () => {
    // 2 GB × 2,628,000 s (730 h) × $0.0000033334 per GB-s on Arm = $17.52; on x86 × $0.0000041667 = $21.90.
    const arm = ask('what would provisioned concurrency cost me for one 2gb graviton function kept warm all month');
    expect(arm.data?.cost).toMatchObject({ lambda: { monthlyUsd: 17.52 } });
    expect(arm.text).toContain('Provisioned Concurrency: 1 environment of 2,048 MB kept warm for 730 h, $17.52 each.');
    // No run time was given, so no break-even against EC2 is made up (it used to be worked out at 1 ms runs).
    expect(arm.data?.cost).not.toHaveProperty('breakEven');
    expect(arm.text).not.toMatch(/0\.001s|Cost against volume/);
    expect(ask('how much is provisioned concurrency = 3 at 1gb all month').text).toContain(
      '3 environments of 1,024 MB kept warm for 730 h, $10.95 each.',
    );
    // Architectures set against each other are a difference asked: the entry has both figures.
    expect(ask('2gb of provisioned concurrency all month, graviton vs x86 cost?').kind).not.toBe('cost');
    // With a workload given, Provisioned Concurrency without a count is not guessed into the bill.
    expect(ask('lambda cost for 3M requests at 100ms and 1gb, thinking about provisioned concurrency').data?.cost).toMatchObject({
      lambda: { monthlyUsd: expect.any(Number), freeTierApplied: true },
    });
  });

  it('sets a Lambda volume with no run time against the instance named: how much each request may use before Lambda costs more', () => {
    const reply = ask('t3.small or lambda for 5M requests a month on arm?');
    // t3.small $15.18; 4M billable requests × $0.20/M = $0.80; ($15.18 − $0.80) ÷ $0.0000133334 (Arm) = 1,078,500
    // GB-s above the free 400,000: 0.2957 GB-s over 5M requests, 295 ms at 1 GB to the billed millisecond.
    expect(reply.data?.instanceCosts).toMatchObject([{ instance: 't3.small', monthlyUsd: 15.18 }]);
    expect(reply.data?.lambdaWithin).toEqual({ requests: 5e6, gbSecondsPerRequest: 0.295, freeGbSecondsPerRequest: undefined });
    expect(reply.summary).toContain(
      'Lambda is cheaper for 5M requests a month while each uses under 0.295 GB-s (295 ms at 1 GB of memory)',
    );
    expect(reply.text).toContain('2.36 s at 128 MB');
    expect(reply.text).toContain('Lambda: arm');
    const small = ask('which costs less, a t3.micro left on or lambda at about 100k requests');
    expect(small.data?.lambdaWithin).toMatchObject({ requests: 1e5, freeGbSecondsPerRequest: 4 });
    expect(small.summary).toContain('free under 4 GB-s each (free tier: 1M requests and 400,000 GB-s a month)');
    expect(ask('c5.xlarge or lambda for 1k requests a month, which is cheaper').summary).toContain('even if each runs 900 s, its longest');
    expect(ask('is a t3.micro cheaper than lambda for 2B requests a month').summary).toContain(
      'Lambda costs more than that for 2B requests a month',
    );
    // Without Lambda, or with two instance types, there is nothing to set the volume against.
    expect(ask('t3.micro a month, 100k requests').data?.lambdaWithin).toBeUndefined();
    expect(ask('t3.micro vs t3.small or lambda, 100k requests').data?.lambdaWithin).toBeUndefined();
  });

  it('prices instance types set against each other, says when it has no price for one, and reads an instance named in an incident as EC2', () => {
    expect(ask('m5.large vs m7g.large').summary).toContain('m5.large costs $10.51 more a month');
    const unknown = ask('t4g.small vs t3.small price');
    expect(unknown.kind).toBe('error');
    expect(unknown.summary).toContain('no us-east-1 price for t4g.small');
    const incident = ask('our c5.xlarge is unreachable');
    expect(incident.kind).toBe('answer');
    expect(incident.data?.entryId).toBe('ec2-unreachable');
  });

  it('prices Lambda@Edge when the question sets CloudFront aside', () => {
    const edge = ask('rough lambda@edge estimate: 4M requests a month, 20ms, 128mb, excluding cloudfront');
    expect(edge.kind).toBe('cost');
    expect(edge.summary).toContain('Lambda@Edge ≈');
    expect(edge.summary).toContain('4M × $0.60 per million');
  });

  it('prices an instance type with a typo in its size as the type meant, and says it has no price for a size that is no type', () => {
    expect(ask('how much is 5 t3.smal running all month').summary).toContain('5 × t3.small $75.92 a month');
    const noType = ask('how much is a t3.mega');
    expect(noType.kind).toBe('error');
    expect(noType.summary).toContain('no us-east-1 price for t3.mega');
  });

  it('sets two services against each other when asked for the difference between them', () => {
    expect(ask("what's the difference between ecs and fargate").kind).toBe('compare');
  });

  it('compares two instance counts and says which costs more', () => {
    const reply = ask('monthly: 2x m7g.large vs 1x c5.xlarge, which one costs more');
    expect(reply.kind).toBe('cost');
    expect(reply.summary).toContain('2 × m7g.large $119.14');
    expect(reply.summary).toContain('c5.xlarge $124.10');
    expect(reply.summary).toContain('c5.xlarge costs $4.96 more');
  });

  it('prices a Lambda volume given in words, with the free tier as said', () => {
    const reply = ask("how much would 10M requests a month at 100ms and 512mb cost on lambda? x86. we're already way past the free tier");
    expect(reply.kind).toBe('cost');
    expect(reply.summary).toContain('Lambda $10.33');
  });

  it('prices a Fargate task given in words', () => {
    expect(ask('what does a fargate task with 1 vcpu and 2gb cost if it runs 24/7 for a month?').summary).toContain('Fargate $36.04');
  });

  it('recommends when services are offered as the choice for a described workload', () => {
    const reply = ask('nightly 3-minute cleanup script: lambda or a small ec2?');
    expect(reply.kind).toBe('recommend');
    expect(reply.data?.recommendation).toMatchObject({ service: 'lambda' });
  });

  it('searches a service name one typo away as the name, and leaves names and their plurals alone', () => {
    expect(ask('whats the lamdba max timout').data?.entryId).toBe('lambda-timeout');
    expect(ask('How many layers can one Lambda function use?').kind).toBe('answer');
  });

  it('reads two swapped letters in a word the knowledge base uses as that word, wherever the word matters', () => {
    // Each of these got a confident answer about something else before: "tiemout" and "memroy" matched nothing.
    expect(ask('lamdba tiemout max?').data?.entryId).toBe('lambda-timeout');
    expect(ask('what is the lambda tiemout').data?.entryId).toBe('lambda-timeout');
    expect(ask('lambda memroy limit').data?.entryId).toBe('lambda-memory-cpu');
    // Four letters are enough: "spto" was no word, so Fargate and Batch made it a comparison.
    expect(ask('is fargate spto cheaper than on demand for batch jobs').data?.entryId).toBe('spot-instances');
    // The quota filter of `limits` reads it too, and the title says what it read.
    expect(ask('max lambda paylaod size').title).toBe('AWS Lambda limits — payload size');
    // Numbers are read from the respelled text: "10M invoactions" is a volume, so this is a cost question.
    expect(ask('lambda bill for 10M invoactions a month at 100ms and 512mb').kind).toBe('cost');
  });

  it('hears a price asked in other words, and a sentence that starts with "pricing" as a question', () => {
    expect(
      ask('3 eks clusters on standard support, what are we paying for the control planes each month').data?.clusterCosts,
    ).toMatchObject({
      monthlyUsd: 219,
    });
    expect(ask('a g4dn.xlarge for 8h a day x 22 working days, what does that come to').summary).toContain('$92.58'); // 176 h × $0.526
    // "check:" is a label, not a cost setting: no "I read cost settings as key=value" error.
    expect(ask('pricing check: provisioned concurrency on a 2gb function all month').kind).toBe('cost');
  });

  it("places a described workload that breaks the named service's hard limit, the limit first, asked or not", () => {
    const reply = ask('sqs queue of pdf render jobs, each one takes 20-40 mins, volume varies wildly. lambda consumers?');
    expect(reply.kind).toBe('recommend');
    expect(reply.data?.recommendation).not.toMatchObject({ service: 'lambda' });
    expect(reply.text).toContain('900 seconds (15 minutes)');
    // One number is not a workload: an incident keeps its entry.
    expect(ask('our lambda has been timing out for 2 hours').kind).toBe('answer');
  });

  it('hears "a better home for it?" and "is lambda still an option" as a choice of where to run', () => {
    expect(ask('an old m5.large runs a 30 second cleanup every hour, is there a better home for it?').kind).toBe('recommend');
    expect(ask('nightly export, 2 minutes, deps are 3gb. is lambda still an option').kind).toBe('recommend');
  });

  it('hears a choice asked in chat words: "move it?", "cheapest sane option?", "what aws compute would you use"', () => {
    expect(ask('api does a steady ~3k rps around the clock, cpu sits ~70%. lambda bill is getting silly. move it?').kind).toBe('recommend');
    expect(
      ask('github webhook receiver, maybe 2k requests a day, bursts when people push. cheapest sane option?').data?.recommendation,
    ).toMatchObject({
      service: 'lambda',
    });
  });

  it("answers whether a workload fits a covered service's limit even when it names another product beside it", () => {
    const reply = ask('can a lambda handle a 45 minute video transcode triggered from s3, runs a few times a day');
    expect(reply.kind).toBe('limits');
    expect(reply.summary).toMatch(/^No\. .*900 seconds/);
    // Asked about the other product alone, it is still declined.
    expect(ask('how do i set up s3 lifecycle rules').kind).toBe('unknown');
  });

  it('declines a product outside the knowledge base even with two letters of its name swapped', () => {
    // Read as "azure", it is declined; unread, "vm" and "per month" made it an EC2 price answer.
    expect(ask('how much is an auzre B2s vm per month').kind).toBe('unknown');
  });

  it('compares a named pair even with a typo in one name', () => {
    const reply = ask('ec2 vs lamdba for a cron job');
    expect(reply.kind).toBe('compare');
    expect(reply.data?.services).toEqual(expect.arrayContaining(['ec2', 'lambda']));
  });

  it("reads the runtime's timeout line in a pasted log as the timeout error, whatever the seconds and the REPORT line beside it", () => {
    const log =
      'REPORT RequestId: 9b1e Duration: 612300.00 ms Billed Duration: 612300 ms Memory Size: 1024 MB Max Memory Used: 300 MB\n' +
      '2026-01-05T02:00:00.000Z 9b1e Task timed out after 612.30 seconds\nwhy does this keep happening';
    expect(ask(log).data?.entryId).toBe('lambda-task-timed-out');
    // The newer format says it on the REPORT line alone.
    const report =
      'it dies on every request:\nREPORT RequestId: 3c9e Duration: 3003.41 ms Billed Duration: 3000 ms Memory Size: 128 MB Status: timeout\nit calls an api that takes 5-8s';
    expect(ask(report).data?.entryId).toBe('lambda-task-timed-out');
  });

  it('answers a pasted error with the entry that owns it, not a menu', () => {
    const reply = ask('botocore.errorfactory.TooManyRequestsException: ... (ConcurrentInvocationLimitExceeded) help');
    expect(reply.kind).toBe('answer');
    expect(reply.data?.entryId).toBe('lambda-throttling');
  });

  it('tells one error name apart by the operation it came from, and gives the bare name to the entry titled by it', () => {
    const upload = ask(
      'aws lambda update-function-code --zip-file fileb://app.zip -> RequestEntityTooLargeException: Request must be smaller than 69905067 bytes for the UpdateFunctionCode operation',
    );
    expect(upload.data?.entryId).toBe('lambda-package-too-large');
    expect(ask('RequestEntityTooLargeException').data?.entryId).toBe('lambda-payload-too-large');
  });

  it('reads a sentence that starts with a command alias as a question', () => {
    const payload = ask('max payload lambda sync?');
    expect(payload.kind).toBe('answer');
    expect(payload.text).toMatch(/6 MB/);
    expect(ask('HELP flash sale started and lambda throws TooManyRequestsException').data?.entryId).toBe('lambda-throttling');
    // Typed out, the command stays a command.
    expect(ask('limits lambda').kind).toBe('limits');
  });

  it.each([
    ['elastic beanstalk pricing? is the service itself free', 'Elastic Beanstalk'],
    ['gcp cloud run vs cloud functions gen2 which one', 'Google Cloud'],
    ['how much is an rds postgres db.t3.medium per hour', 'Amazon RDS and Aurora'],
    ['dynamodb on-demand vs provisioned capacity, which is cheaper for our lambda backend?', 'Amazon DynamoDB'],
    ['glue etl job DPU pricing pls', 'AWS Glue'],
  ])('declines %j honestly, naming the closest topic it covers', (question, product) => {
    const reply = ask(question);
    expect(reply.kind).toBe('unknown');
    expect(reply.title).toBe('Outside what I cover');
    expect(reply.summary).toContain(product);
    expect(reply.summary).toMatch(/closest topic I do cover is \*\*.+\*\*/);
  });

  it('does not take glue code for AWS Glue', () => {
    expect(ask('is lambda good as glue code between our services?').title).not.toBe('Outside what I cover');
  });

  it('prefers an entry about every service the question names over one about a single service that shares a word', () => {
    const reply = ask('Can we use Lambda and EC2 in the same system?');
    expect(reply.data?.entryId).toBe('hybrid-architectures');
  });

  it('answers a limit question about one service from an entry about that service, however well another scores', () => {
    const reply = ask('max memory for fargate');
    expect(reply.data?.entryId).toBe('fargate');
    expect(reply.text).toContain('120 GB');
  });

  it('puts the quota a limit question asks about first, with its source, above the entry', () => {
    const reply = ask('fargate task max vcpus?');
    expect(reply.summary).toMatch(/^Fargate — Maximum vCPUs per task: 16 vCPU/);
    expect(reply.blocks[0]).toMatchObject({ type: 'facts' });
    expect(ask('how many layers can a lambda have').summary).toMatch(/^Lambda — .*layers.*: 5\b/i);
  });

  it('still answers a covered question that mentions an outside product the entry discusses', () => {
    const reply = ask('lambda in a vpc cannot reach rds');
    expect(reply.kind).toBe('answer');
  });
});

describe('the question path: what a bill is asked for', () => {
  it('prices the Fargate tasks counted, in figures or words', () => {
    // Arm: 0.5 vCPU × 2,628,000 s × $0.0000089944 = $11.82, 1 GB × 2,628,000 s × $0.0000009889 = $2.60; × 2 = $28.84.
    const reply = ask('two ecs tasks on fargate graviton, each 0.5 vcpu and 1 gb, running nonstop all month. cost?');
    expect(reply.data?.cost).toEqual({ fargate: { tasks: 2, monthlyUsd: 28.84 } });
  });

  it('prices Provisioned Concurrency "for 10 envs" when asked for a quote over the full month', () => {
    // 10 × 0.5 GB × 2,628,000 s × $0.0000041667 = $54.75.
    const reply = ask('quote me provisioned concurrency for 10 envs at 512mb on x86, left on the full month');
    expect(reply.data?.cost).toMatchObject({ lambda: { monthlyUsd: 54.75 } });
  });

  it('prices an instance for the days it runs nonstop, not for a month', () => {
    // g5.xlarge $1.006/h × 72 h = $72.43.
    const reply = ask('finetune run on a single g5.xlarge, takes about 3 days nonstop. on-demand cost?');
    expect(reply.data?.instanceCosts).toMatchObject([{ instance: 'g5.xlarge', monthlyUsd: 72.43 }]);
  });

  it('prices a Windows task on Fargate at the Windows rates, and Windows elsewhere not at Linux rates', () => {
    // vCPU 2,628,000 s × $0.0000254167 = $66.80; licence × $0.0000127778 = $33.58; 2 GB × $0.0000027778 = $14.60.
    const fargate = ask('windows container on fargate, 1 vcpu 2 GB, up all month. what does that come to?');
    expect(fargate.data?.cost).toEqual({ fargate: { tasks: 1, monthlyUsd: 114.98 } });
    expect(fargate.text).toContain('Windows licence $33.58');
    // EC2 has no Windows rates here: the entry answers, with the Linux rates said to be Linux.
    const ec2 = ask('t3.micro running windows server, monthly?');
    expect(ec2.data?.instanceCosts).toBeUndefined();
    expect(ec2.data?.cost).toBeUndefined();
  });

  it('adds the worker nodes named to the EKS control plane: one month for cluster and nodes', () => {
    // $0.10 × 730 h = $73.00; 3 × m5.large at $0.096/h × 730 h = $210.24; together $283.24 ($648.24 in extended support).
    const reply = ask('monthly cost of one eks cluster with 3 m5.large nodes?');
    expect(reply.summary).toBe(
      '1 EKS cluster with 3 × m5.large worker nodes: $283.24 a month in standard support (control plane $73.00 + nodes $210.24 on demand), $648.24 in extended support.',
    );
    expect(reply.data?.clusterCosts).toMatchObject({ monthlyUsd: 73, nodesMonthlyUsd: 210.24 });
    // Nodes run the hours asked; the control plane bills all month: $73.00 + 3 × $0.096 × 240 h ($69.12).
    expect(ask('eks cluster 3 m5.large nodes 8 hours a day cost').summary).toContain('$142.12 a month in standard support');
    // Nodes counted in words, or in a node group's configuration, are counted.
    expect(ask('eks cluster with three m5.large nodes, monthly cost').data?.clusterCosts).toMatchObject({ nodesMonthlyUsd: 210.24 });
    expect(
      ask('resource "aws_eks_node_group" {\n instance_types = ["m5.large"]\n desired_size = 3\n}\nmonthly for control plane + nodes?').data
        ?.clusterCosts,
    ).toMatchObject({
      nodesMonthlyUsd: 210.24,
    });
    // Counts it cannot read for sure are not guessed: the control planes, and the nodes said to come on top.
    const perCluster = ask('3 eks clusters with 2 m5.large nodes each, monthly cost');
    expect(perCluster.data?.clusterCosts).not.toHaveProperty('nodesMonthlyUsd');
    expect(perCluster.summary).toContain('Worker nodes (EC2 or Fargate) are billed on top.');
  });

  it('keeps the readings above to what they say: time windows, sharding, tasks done a day, hours of Provisioned Concurrency, days of logs', () => {
    // Each of these was misread by a first cut of the readings above.
    // "windows" is declined for pricing wherever it stands (a time window too): never Windows at Linux rates.
    expect(ask('lambda cost for 3M requests at 200ms with 1gb, only runs in nightly windows').data?.cost).toBeUndefined();
    expect(ask('how much is a windows m5.large a month').data?.instanceCosts).toBeUndefined();
    expect(ask('we shard postgres across 4 ec2 instances, should the api be on fargate or ec2?').title).not.toBe('Outside what I cover');
    for (const rate of ['500 tasks a day', '500 tasks/day', '500 tasks daily'])
      expect(ask(`fargate 1 vcpu 2gb running all month processes ${rate}, cost?`).data?.cost).toMatchObject({ fargate: { tasks: 1 } });
    expect(ask('provisioned concurrency for 8 hours a day at 2gb, monthly cost?').data?.cost).not.toMatchObject({
      lambda: { monthlyUsd: 57.6 },
    });
    expect(ask('how much is an m5.large a month? we keep 7 days of logs on it').data?.instanceCosts).toMatchObject([{ monthlyUsd: 70.08 }]);
    expect(ask('cost of an m5.large for 5 days of training').data?.instanceCosts).toMatchObject([{ monthlyUsd: 11.52 }]);
    expect(ask("what's the per-shard throughput limit").title).toBe('Outside what I cover');
  });

  it('prices Lambda Managed Instances: requests, the instances on demand and the 15% fee on them, no duration', () => {
    // 10M × $0.20/M = $2.00; 3 × m5.large × $0.096 × 730 h = $210.24; fee 15% = $31.54; total $243.78.
    const reply = ask('what would 10M requests a month cost on lambda managed instances running 3 m5.large?');
    expect(reply.data?.managedInstancesCost).toEqual({
      requests: 1e7,
      requestsUsd: 2,
      instancesUsd: 210.24,
      feeUsd: 31.54,
      monthlyUsd: 243.78,
    });
    expect(reply.summary).toContain('management fee $31.54 (15% of the on-demand price)');
    // A count it does not read before the type is not taken as one instance.
    expect(ask('lambda managed instances, 10 instances of m7g.large, monthly?').data?.managedInstancesCost).toBeUndefined();
    // A typo in the product's name is still the product: priced as plain Lambda, the figures answer another question.
    expect(ask('10M requests a month on lamda managd instances, 3 m5.large, cost?').data?.managedInstancesCost).toMatchObject({
      monthlyUsd: 243.78,
    });
  });

  it('prices what a question spells out: an instance for a span, a Fargate task on a nightly schedule, a Lambda rate', () => {
    // 2 × 336 h × $0.096 = $64.51.
    expect(ask('2x m5.large for a fortnight (14 days straight, 24h) for a load test, on-demand total?').data?.instanceCosts).toMatchObject([
      { monthlyUsd: 64.51 },
    ]);
    // 180 h of 2 vCPU / 4 GB on Arm: 2 × 648,000 × $0.0000089944 + 4 × 648,000 × $0.0000009889 = $14.22.
    expect(
      ask('Fargate on Graviton, task is 2 vCPU / 4GB, runs 6 hours every night for 30 nights. what does it come to?').summary,
    ).toContain('$14.22');
    // 105,120,000 requests at 50 ms and 256 MB on Arm: $38.54 without the free tier.
    expect(ask('arm64 fn @ 256MB, steady ~40 req/s around the clock, avg duration ~50 ms. whats the bill per month').summary).toContain(
      '$38.54',
    );
  });

  it('prices a function pasted as configuration', () => {
    // PC 1 GB × 2,628,000 s × $0.0000041667 = $10.95; 200,000 GB-s × $0.0000097222 = $1.94; requests $0.40.
    const reply = ask(
      'functions:\n  checkout:\n    memorySize: 1024\n    architecture: x86_64\n    provisionedConcurrency: 1\n~2,000,000 invokes/mo, avg 100 ms. total lambda bill?',
    );
    expect(reply.summary).toContain('Lambda $13.29');
  });

  it('answers an error message pasted word for word with the entry that names it', () => {
    const fargate = ask(
      'RegisterTaskDefinition → ClientException: No Fargate configuration exists for given values: 256 CPU, 4096 memory. is that not a thing',
    );
    expect(fargate.title).toBe('AWS Fargate');
    expect(fargate.text).toContain('2 GB at most at that size');
    // Two entries name it and nothing else is said: the incident's entry, not the reference one.
    expect(ask('Unzipped size must be smaller than 262144000 bytes  wtf').title).toMatch(/package/i);
  });

  it('answers a limit asked of a service named last as a limit, not a choice of service', () => {
    expect(ask('memorySize: 3538 — how many vCPUs is that on lambda?').kind).toBe('answer');
  });

  it('answers with the entry titled by a product the question names, over one sharing more of its other words', () => {
    expect(ask('lambda microVMs — whats the default memory / cpu you get and can it burst?').title).toMatch(/^Lambda MicroVMs/);
    expect(ask('we have EC2 RIs and a savings plan. if we move lambdas onto lambda managed instances, do the discounts apply?').title).toBe(
      'Lambda Managed Instances',
    );
    expect(ask('fargate spot on eks? how big is the discount').text).toContain('not EKS pods');
  });

  it('does not price Spot at on-demand rates: Spot has no fixed price here, its entry answers', () => {
    for (const question of [
      'm5.large spot price per month',
      'how much is an m5.large on spot for a month',
      'cost of 2 fargate spot tasks 1 vcpu 2gb all month',
    ]) {
      const reply = ask(question);
      expect(reply.kind).toBe('answer');
      expect(reply.title).toBe('Spot Instances and Fargate Spot');
    }
  });

  it('prices a month given in GB-seconds: the duration line on x86 and Arm, through the tiers', () => {
    // 5,000,000 × $0.0000166667 = $83.33; × $0.0000133334 = $66.67.
    const flip = ask('that fn burns ~5 million GB-s a month on x86. if we flip it to arm64 what is the duration cost?');
    expect(flip.data?.durationCost).toEqual({
      gbSeconds: 5e6,
      lines: [
        { arch: 'x86', usd: 83.33 },
        { arch: 'arm', usd: 66.67 },
      ],
    });
    // 6B × $0.0000166667 + 2B × $0.000015 = $130,000.20, against 8B × $0.0000166667 = $133,333.60.
    const tiers = ask('we are at ~8 bn GB-s/mo on x86, what is the duration cost with tiering vs the base rate?');
    expect(tiers.data?.durationCost).toMatchObject({ lines: [{ arch: 'x86', usd: 130_000.2, flatUsd: 133_333.6 }, { arch: 'arm' }] });
    // A cause asked is the bill-spike entry's to answer.
    expect(ask('my bill shows 5M GB-s this month, why is the price so high?').data?.durationCost).toBeUndefined();
  });

  it('answers a long message whose best entry leads clearly, though most of its words are chatter', () => {
    const postmortem = ask(
      'postmortem PRJ-2291 (sev3, two engineers paged, 20 min of errors): at 09:00 our push fan-out sends the Throttles metric to 30k while ConcurrentExecutions peaks near 2k; our quota is 10,000. why throttled?',
    );
    expect(postmortem.kind).toBe('answer');
    expect(postmortem.title).toMatch(/throttl/i);
    expect(ask('my colleague claims a vpc makes every lambda cold start 10 seconds slower because of network interfaces, true?').kind).toBe(
      'answer',
    );
  });

  it("prices SnapStart's own charges and a MicroVM's hours from their rows", () => {
    // Cache 1 GB × 2,628,000 s × $0.0000015046 = $3.95; restores 100,000 × 1 GB × $0.0001397998 = $13.98.
    expect(
      ask('snapstart on a python fn, 1 GB, one published version cached all month (730h), ~100k restores. snapstart cost?').data
        ?.snapStartCost,
    ).toEqual({
      cacheUsd: 3.95,
      restoreUsd: 13.98,
      monthlyUsd: 17.93,
    });
    // Two versions cached an hour are billed the 3-hour minimum each: 2 × 2 GB × 10,800 s × $0.0000015046 = $0.06 (43,200 GB-s).
    expect(ask('snapstart cost: 2gb function, 2 published versions cached 1 hour in total, no restores').data?.snapStartCost).toMatchObject(
      {
        cacheUsd: 0.06,
      },
    );
    expect(ask('snapstart cost for a java function, 2gb, 50k restores a month').summary).toContain('no charge on Java');
    // Found by review: each function is a snapshot; Java beside Python still pays for Python's; caching is all month.
    // 4 × 1 GB × 2,628,000 s × $0.0000015046 = $15.82, + 100,000 × 1 GB × $0.0001397998 = $13.98.
    expect(ask('snapstart cost for 4 functions, 1 GB each, 100k restores a month in total, python').data?.snapStartCost).toMatchObject({
      monthlyUsd: 29.8,
    });
    expect(ask('how much would snapstart cost on our java and python functions, 1 GB, 100k restores?').summary).not.toContain('no charge');
    expect(
      ask('snapstart cost for a 1 GB python function that runs 8 hours a day, 50k restores a month?').data?.snapStartCost,
    ).toMatchObject({
      cacheUsd: 3.95,
    });
    // 240 h × (1 vCPU × $0.0000276944 + 2 GB × $0.0000036667) per second = $23.93 + $6.34.
    expect(ask('lambda microvm at the default size, 8h a day for 30 days, how much?').data?.microVmCost).toMatchObject({
      vcpus: 1,
      memoryGb: 2,
      monthlyUsd: 30.27,
    });
    expect(ask('cost of a 4 vcpu lambda microvm, 10 hours in total').data?.microVmCost).toMatchObject({ vcpus: 4, memoryGb: 8 });
  });

  it('says a span shorter than the month is that span, not a month', () => {
    // 84 h × $1.006 = $84.50.
    const reply = ask('fine-tuning run on one g5.xlarge, three and a half days of wall-clock, on-demand price?');
    expect(reply.summary).toBe('g5.xlarge $84.50 on demand for 84 h.');
    expect(reply.text).toContain('EC2 g5.xlarge: $84.50 for 84 h');
    expect(ask('how much is an m5.large a month').summary).toBe('m5.large $70.08 a month on demand (730 h).');
  });

  it('adds up a fleet of types run together, and says what one cluster in extended support adds', () => {
    // 4 × $0.0208 × 730 = $60.74; 2 × $0.096 × 730 = $140.16.
    expect(ask('our dev account: 4x t3.small and 2x m5.large, on demand, never stopped. monthly ec2 line?').summary).toContain(
      '4 × t3.small $60.74 + 2 × m5.large $140.16 = $200.90 a month',
    );
    expect(ask('4x t3.small vs 2x m5.large, which is cheaper a month?').summary).toContain(' vs ');
    // $73.00 + $438.00.
    expect(ask('two EKS clusters, one fell into extended support, the other is standard. control plane cost for both?').summary).toContain(
      'one of the 2 in extended support is $511.00',
    );
  });

  it('answers a fit asked of an instance, not its price, when no price is asked', () => {
    expect(ask('model needs ~20 gigs of vram. g4dn.xlarge was the cheapest gpu I found, will it work?').kind).not.toBe('cost');
    expect(ask('g4dn.xlarge was the cheapest gpu I found, how much a month and will it work?').kind).toBe('cost');
  });

  it('does not decline a question for the product its subject runs on, or one that takes its results', () => {
    // 10M × $0.60/M = $6.00; 10M × 50 ms × 0.125 GB = 62,500 GB-s × $0.00005001 = $3.13.
    expect(
      ask('lambda@edge on our cloudfront distro: 10M requests a month, 128 MB, ~50ms. what does the edge function cost?').summary,
    ).toContain('$9.13');
    expect(
      ask('what is the cheapest sane way to run 5,000 independent render jobs, ~30 min each, results written to s3, retries fine').kind,
    ).toBe('recommend');
  });

  it('declines other clouds and Kinesis shard capacity, but not a Lambda reading a stream in batches', () => {
    expect(ask('oracle cloud always free tier arm instance specs?').title).toBe('Outside what I cover');
    expect(ask('whats the max number of shards per kinesis data stream').title).toBe('Outside what I cover');
    // "OCI" is also the container image format.
    expect(ask('does lambda accept an OCI image as a container image?').title).not.toBe('Outside what I cover');
    const batchSize = ask('lambda consuming a kinesis data stream, what batch size limits apply?');
    expect(batchSize.title).not.toBe('Outside what I cover');
    expect(batchSize.title).not.toMatch(/Batch/);
  });

  it('keeps the latest readings to what they say (found by a second review)', () => {
    // "Enough" asks no limit check: the wrong number would be held against the wrong limit.
    expect(ask('is 6 MB enough for lambda responses returning PDFs of 8 MB?').summary).not.toMatch(/^Yes/);
    expect(ask('lambda with 10 GB, is that enough for a 14 GB model?').summary).not.toMatch(/^Yes/);
    // Two types are compared unless a total is asked.
    expect(ask('m5.large and r5.large: which one costs less per month?').summary).toContain('r5.large costs $21.90 more a month');
    expect(ask('t3.medium and t3.large - how much each per month?').summary).not.toContain(' = ');
    // Hours a machine is up, down, booted or scaled are not the hours to price.
    expect(ask('the c5.xlarge is up 24 hours, 7 days a week, monthly cost?').data?.instanceCosts).toMatchObject([{ monthlyUsd: 124.1 }]);
    for (const question of [
      'm5.large, booted up 3 hours ago, monthly cost?',
      'our m5.large was down 200 hrs last month, what would it cost for the month?',
    ])
      expect(ask(question).data?.instanceCosts).toMatchObject([{ monthlyUsd: 70.08 }]);
    // 3 hours × ~21.7 weekdays is no single 3-hour span ($0.51).
    expect(ask('c5.xlarge does 3 hours of builds each weekday, monthly cost?').data?.instanceCosts).not.toMatchObject([
      { monthlyUsd: 0.51 },
    ]);
    // A type named three times in prose is one instance; only a quoted listing counts each.
    expect(ask('monthly cost of an m5.large? I mean one m5.large, just the m5.large, nothing else').data?.instanceCosts).toMatchObject([
      { instances: 1 },
    ]);
    // Copies of a task definition or an image are no tasks; a "cpu" reading needs its memory beside it.
    expect(ask('fargate task 1 vCPU 2 GB, running 24/7; we keep 2 copies of the task definition in git. monthly cost?').summary).toContain(
      '$36.04',
    );
    expect(ask('top shows cpu 400% on our 4 vcpu 8 gb fargate task, monthly cost?').summary).toContain('$144.16');
    // Kinesis shards only by their own name; a migration's source and a results bucket set the scene.
    expect(ask('lambda with a kinesis trigger: does the number of shards limit concurrency?').title).not.toBe('Outside what I cover');
    expect(ask('migrating from oracle cloud to aws, what is the lambda max timeout?').title).not.toBe('Outside what I cover');
    expect(ask("what's the cheapest way to run a t3.medium 24/7 for a year?").kind).toBe('cost');
    // CloudFront hosts Lambda@Edge only: CloudFront Functions and its data transfer are declined.
    expect(ask('cloudfront functions vs lambda@edge, which is cheaper?').title).toBe('Outside what I cover');
    expect(ask('how much does cloudfront data transfer cost for 10 TB a month? our edge functions are tiny').title).toBe(
      'Outside what I cover',
    );
    // The split the question says: $219.00 + 2 × $365.00.
    expect(ask('3 EKS clusters with 2 in extended support, control plane cost?').summary).toContain(
      '2 of the 3 in extended support are $949.00',
    );
  });

  it('keeps the new readings to what they say (found by review)', () => {
    // GB-seconds of something else, or two figures, are not a Lambda duration bill.
    for (const question of [
      'fargate tasks use 3 million GB-s of memory a month, how much is that?',
      'how much is 10 million GB-s of ephemeral storage on lambda?',
      'provisioned concurrency is 2.6 million GB-s a month, how much does that cost?',
      "the free tier covers 400k GB-s; we use 1.2 million GB-s a month, what's the cost?",
    ])
      expect(ask(question).data?.durationCost).toBeUndefined();
    // A day's GB-seconds are 30 of them a month: 6M × $0.0000166667 = $100.00.
    expect(ask("we burn about 200k GB-s a day on lambda, what's the monthly bill?").data?.durationCost).toMatchObject({
      gbSeconds: 6e6,
      lines: [
        { arch: 'x86', usd: 100 },
        { arch: 'arm', usd: 80 },
      ],
    });
    expect(ask("we're at 5 million GB-s a month and 20M requests, what's the total?").data?.durationCost).toMatchObject({ requestsUsd: 4 });
    // A question phrased like an entry's alias still gets its computed answer.
    expect(ask('how much does lambda cost for 5M requests a month at 512MB and 200ms?').summary).toContain('Lambda $2.47');
    expect(ask('we want to run a container without managing servers, but it needs a GPU for inference — what should we use?').kind).toBe(
      'recommend',
    );
    // A product named in passing is not the subject.
    expect(ask("why does my fargate task get OOM killed? it's on fargate spot").title).not.toMatch(/Spot/);
    expect(ask('can lambda reach the internet from a vpc? we use app runner for the frontend').title).not.toMatch(/App Runner/);
    // "On demand" alone asks no price.
    expect(ask('we spin up t3.medium instances on demand for CI, how long do they take to launch?').kind).not.toBe('cost');
  });

  it('does not take a singular for a typo of a plural: a nightly window is not Windows', () => {
    expect(ask('cost of a nightly window job on lambda, 5M requests 200ms 1gb').data?.cost).toMatchObject({ lambda: {} });
  });

  it('says how much more extended support costs than standard', () => {
    expect(ask('our eks cluster slipped into extended support, how much more per month is that?').summary).toContain(
      '$438.00 if on versions in extended support ($0.60), $365.00 more.',
    );
  });

  it('says in the answer that Lambda Managed Instances can attach a GPU, where standard Lambda cannot', () => {
    expect(ask('lambda still cant do gpus right? need a small gpu for embeddings').text).toMatch(/Managed Instances[^.]*AcceleratorConfig/);
  });

  it('declines Redshift and Kinesis shard capacity as outside what it covers', () => {
    for (const question of ['redshift serverless RPU pricing?', 'kinesis data streams per-shard write limits'])
      expect(ask(question).title).toBe('Outside what I cover');
  });
});

describe('the question path: choosing', () => {
  it('reads "X or Y" for a workload as a recommendation, the issue example included', () => {
    const reply = ask('weekly 3-minute cleanup script: lambda or a small ec2?');
    expect(reply.kind).toBe('recommend');
  });

  it('answers "should I …" about one service from the knowledge base, not as a choice of where to run', () => {
    expect(ask('My Lambda is CPU-bound but only uses 200 MB of RAM. Should I still raise the memory setting?').kind).toBe('answer');
    expect(ask('our api lambda is busy 24/7 with flat traffic at 300ms and 1gb, what should it run on instead').kind).toBe('recommend');
  });
});

describe('the question path: a workload described without a question', () => {
  it('recommends for a statement with two traits or more that no entry answers, instead of a menu', () => {
    const reply = ask('4000 image resize tasks, ~3 min each, fine if a few get killed and retried');
    expect(reply.kind).toBe('recommend');
    expect(reply.text).toMatch(/Read "3 min" as duration=3 minutes/);
  });

  it('places a workload stated with three traits or more even when an entry shares its words', () => {
    const reply = ask('need 32 gb, 8 vcpu container, runs for 3 hours weekly. no servers to manage pls');
    expect(reply.kind).toBe('recommend');
    expect(reply.text).toContain('Ruled out: AWS Lambda');
  });

  it('gives the Lambda bill without the free tier beside the one with it, when the message did not say', () => {
    expect(ask('lambda: 3M req/month, 512mb, avg 200ms, x86. monthly cost?').summary).toContain(
      'Lambda $0.40 ($5.60 without the free tier)',
    );
  });

  it('does not read "serverless" in another product\'s name as Lambda', () => {
    expect(ask('rds aurora serverless v2 min acu?').kind).toBe('unknown');
  });

  it('declines pricing another cloud instead of pricing its AWS neighbour', () => {
    expect(ask('kubernetes on gke autopilot pricing').kind).toBe('unknown');
  });

  it('keeps the menu for a question it cannot place, and for a statement with one trait', () => {
    expect(ask('is lambda cheaper than lightsail for a tiny api, ~100k req/month, 50ms, 128mb?').kind).not.toBe('recommend');
    expect(ask('something about 3 min').kind).not.toBe('recommend');
  });
});

describe('the question path: another host named as what to replace', () => {
  it('recommends on AWS for "an alternative to <other host>" with a workload, instead of declining the other host', () => {
    expect(ask('heroku alternative on aws for our rails app').kind).toBe('recommend');
    expect(ask('vercel alternative').kind).toBe('unknown');
  });
});

describe('the question path: does it fit', () => {
  it.each([
    // A limit with a workaround says the fix with the no.
    ['can lambda take a 12 MB payload', false, /^Not as it is\. .*12 MB.*6 MB.* Fix: upload straight to S3/],
    [
      'can lambda handle 15k requests per second at 100ms each?',
      false,
      /^Not as it is\. It needs 1,500 concurrent executions at once; .*1,000 .* Fix: request a concurrency quota increase/,
    ],
    ['can lambda take a 5mb payload?', true, /^Yes: 5 MB is within Lambda's limit/],
    ['can a lambda run for 20 minutes', false, /^No\. .*900 seconds/],
    ['can fargate give one task 64 GB?', true, /^Yes: 64 GB .*120 GB/],
    ['can fargate give one task 200 GB of memory?', false, /^No\. .*120 GB/],
  ])('%j: a plain yes or no against the quota, from the same rules recommend applies', (question, fits, summary) => {
    const reply = ask(question);
    expect(reply.data?.fits).toBe(fits);
    expect(reply.summary).toMatch(summary);
    expect(reply.sources.length).toBeGreaterThan(0);
  });

  it('says no when any number is over a limit, not yes for the first that fits', () => {
    const reply = ask('video job needs 12 vcpus for ~3 min per file. can lambda do it');
    expect(reply.data?.fits).toBe(false);
    expect(reply.summary).toMatch(/12 vCPUs/);
  });
});

describe('the question path: volumes in words', () => {
  it('reads "8M lambda invocations" in a cost question as a month of requests, never as 8 minutes', () => {
    const reply = ask('rough monthly bill for 8M lambda invocations, 250ms, 1gb');
    expect(reply.kind).toBe('cost');
    // 8M × 0.25 s × 1 GB = 2M GB-s × $0.0000166667 = $33.33, plus 8 × $0.20 = $1.60; the free tier takes off $6.87.
    expect(reply.summary).toMatch(/^Lambda is the cheapest here\. Lambda \$(?:34\.93|28\.07) /);
  });
});

describe('the question path: counts', () => {
  it('prices a fleet of tasks counted with a thousands separator as the whole count', () => {
    // 1,200 × (0.25 vCPU × $0.04048 + 0.5 GB × $0.004445) × 730 h = 1,200 × $9.01 = $10,812.12.
    expect(ask('how much for 1,200 fargate tasks, each 0.25 vcpu and 0.5 gb, all month').summary).toContain(
      'Fargate 1,200 tasks $10,812.12',
    );
  });
});

describe('the question path: Lambda CPU from memory', () => {
  it('works out the vCPUs a memory size gets from the quotas, and the memory a number of vCPUs needs', () => {
    const two = ask('memorySize: 3538 — how many vCPUs is that on lambda?');
    expect(two.data?.entryId).toBe('lambda-memory-cpu');
    expect(two.summary).toMatch(/^3,538 MB on Lambda gets the equivalent of about 2 vCPUs \(3,538 ÷ 1,769 MB per vCPU\)/);
    expect(two.text).toContain('Maximum vCPUs');
    expect(ask('lambda with 512 MB, how many cores is that?').summary).toContain('about 0.29 of one vCPU');
    expect(ask('lambda 10240 mb how many vcpu').summary).toContain('about 6 vCPUs (the 10,240 MB maximum gets 6)');
    // 4 × 1,769 = 7,076.
    expect(ask('how much memory should i give a lambda for 4 vcpus').summary).toMatch(
      /^For 4 vCPUs' worth of CPU on Lambda, set memory to about 7,076 MB/,
    );
  });

  it('says no past the maximum rather than work out a size Lambda does not have', () => {
    expect(ask('how much memory for 8 vcpus on lambda').summary).toMatch(/^No: a Lambda function gets at most 6 vCPUs/);
    expect(ask('how many vcpus for 20 GB lambda').summary).toMatch(/^No such setting: 20,480 MB is over Lambda's 10,240 MB maximum/);
  });

  it('leaves questions that do not ask it alone: another service, or no number to work from', () => {
    expect(ask('how many vcpus does a 4 GB fargate task get').summary).not.toMatch(/on Lambda gets/);
    expect(ask('how many vcpus can a lambda have').summary).not.toMatch(/on Lambda gets|set memory to/);
  });
});
