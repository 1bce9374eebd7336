import { describe, expect, it } from 'vitest';
import { extractWorkload } from '../../src/recommend/extract.js';
import { advisor } from '../helpers.js';

// The traits said in words are the real lexicon's.
const { traits } = advisor().context.knowledge.lexicon;
/** The settings read from a sentence, as field → value. */
const read = (text: string) => Object.fromEntries(extractWorkload(text, { traits }).map((r) => [r.field, r.value]));

describe('reading a workload from plain English', () => {
  it('reads the example from the docs: duration, memory, schedule and run count', () => {
    expect(read('nightly 5 minute report job, 2 GB, runs once a day')).toMatchObject({
      duration: 300,
      memory: 2048,
      traffic: 'scheduled',
      requests: 30,
    });
  });

  it('keeps the phrase each setting came from, so the reply can say what it assumed', () => {
    const readings = extractWorkload('an image resize that takes 2.5 seconds at 1536 MB', { traits });
    expect(readings).toEqual(
      expect.arrayContaining([
        { field: 'duration', value: 2.5, phrase: '2.5 seconds' },
        { field: 'memory', value: 1536, phrase: '1536 MB' },
      ]),
    );
  });

  it('reads many queued, independent jobs as queued-jobs, and a single job or a queue consumer as not', () => {
    for (const text of [
      'thousands of samples queued up',
      'render jobs that queue up every evening',
      'thousands of independent simulations',
      'a job queue of ETL runs',
      'monte carlo risk runs',
    ]) {
      expect(read(text)).toMatchObject({ 'queued-jobs': true });
    }
    for (const text of [
      'one-off data migration script, 2 hours',
      'sqs worker, each message takes a minute',
      'a job that runs once a day',
      'a monte carlo pricer, one process that re-prices the book every few seconds',
    ]) {
      expect(read(text)).not.toHaveProperty('queued-jobs');
    }
    expect(read('a monte carlo pricer, one process that re-prices the book every few seconds')['long-running']).toBe(true);
  });

  it('reads flat traffic as steady', () => {
    expect(read('flat traffic all week')).toMatchObject({ traffic: 'steady' });
    expect(read('the load stays flat')).toMatchObject({ traffic: 'steady' });
  });

  it("turns a rate a second into the requests of the price table's month when given its hours", () => {
    const perMonth = (text: string, hoursPerMonth?: number) =>
      extractWorkload(text, hoursPerMonth === undefined ? { traits } : { traits, hoursPerMonth }).find((r) => r.field === 'requests')
        ?.value;
    expect(perMonth('3,000 req/s', 730)).toBe(3000 * 730 * 3600);
    expect(perMonth('60 requests per minute', 730)).toBe(60 * 730 * 60);
    expect(perMonth('3,000 req/s')).toBe(3000 * 30 * 86400);
    expect(perMonth('2000 messages a day', 730)).toBe(60_000);
  });

  it('does not read ordinary words as durations ("and", "am", "a day" without a number)', () => {
    expect(read('we run it in the morning and it is calm')).not.toHaveProperty('duration');
    expect(read('I am not sure and neither is my team')).not.toHaveProperty('duration');
  });

  it("does not take people's time for the run time: a 20 minute standup, a 30-minute meeting", () => {
    expect(read('after our 20 minute standup a script posts the summary; the script takes 2 seconds').duration).toBe(2);
    expect(read('a 30-minute meeting decides it, then the export runs 5 minutes').duration).toBe(300);
    expect(read('nightly 5 minute report job').duration).toBe(300);
  });

  it('takes the longest run time when several are mentioned', () => {
    expect(read('usually 30 seconds, sometimes 12 minutes').duration).toBe(720);
  });

  it('tells a latency target, a start-up time and a wait apart from the run time', () => {
    expect(read('an API whose p99 must be under 250 ms; each call does 40 ms of work')).toMatchObject({ latency: 250, duration: 0.04 });
    expect(read('the service takes 90 seconds to start and then answers requests')).toMatchObject({ startup: 90 });
    expect(read('each step takes 2 seconds, then waits up to 3 days for a callback')).toMatchObject({ duration: 2, wait: 259200 });
  });

  it('places a size by the words around it: payload, package, disk or memory', () => {
    expect(read('users send 20 MB files in the request body').payload).toBe(20);
    expect(read('our deployment package is 400 MB').package).toBe(400);
    expect(read('it needs 50 GB of scratch disk').storage).toBe(51200);
    expect(read('it needs 3 GB of RAM').memory).toBe(3072);
    // A size is placed by its own clause: the request after the comma is the next setting's.
    expect(read('512mb, 200ms per request')).toMatchObject({ memory: 512, duration: 0.2 });
    expect(read('uploads of 2mb per request').payload).toBe(2);
    expect(read('the function and its deps are about 3gb').package).toBe(3072);
    // A link's speed is no size, and neither is a throughput.
    expect(read('service needs 25 gig networking, 2gb ram').memory).toBe(2048);
    expect(read('then it crawls at ~2MB/s')).not.toHaveProperty('memory');
    expect(read('writes 50 mb per second to s3, 1gb ram').memory).toBe(1024);
  });

  it('reads sizes as people write them: "16 gigs of ram", "512 megs", "20 gigabytes"', () => {
    expect(read('an api that needs 16 gigs of ram').memory).toBe(16384);
    expect(read('8 gig memory worker').memory).toBe(8192);
    expect(read('512 megs per function').memory).toBe(512);
    expect(read('it needs 20 gigabytes of scratch disk').storage).toBe(20480);
  });

  it('reads "200ms per request" and "150ms per invocation" as run times, and "8m invocations" as a count', () => {
    expect(read('each call takes 2 seconds per request').duration).toBe(2);
    expect(read('3M requests at 150ms per invocation').duration).toBe(0.15);
    expect(read('8m invocations a month')).not.toHaveProperty('duration');
    expect(read('2m users')).not.toHaveProperty('duration');
    // Upper-case M is megabytes or millions, as curl and dashboards print them; minutes are written m.
    expect(read('100  180M  100  180M     2089k')).not.toHaveProperty('duration');
    expect(read('a 15m job').duration).toBe(900);
  });

  it('turns rates into requests per month', () => {
    expect(read('about 200 requests per second').requests).toBe(518_400_000);
    expect(read('3M requests a month').requests).toBe(3_000_000);
    expect(read('a report every 15 minutes')).toMatchObject({ requests: 2880, traffic: 'scheduled' });
  });

  it('does not mistake a deployment cadence or a growth rate for a schedule or a load', () => {
    const w = read('a Django app deployed about once a week; data grows 5% a month');
    expect(w.deploys).toBeCloseTo(1 / 7);
    expect(w).not.toHaveProperty('traffic');
    expect(w).not.toHaveProperty('requests');
    expect(w['long-running']).toBe(true);
  });

  it('reads "not in a container" and "not containerized" as no container, and "dockerised" as one', () => {
    for (const text of [
      'legacy c++ daemon, not in a container and never will be',
      'a python venv on a box, not containerized',
      "the app isn't dockerized yet",
      'no docker, just a jar',
    ])
      expect(read(text).container).toBe(false);
    expect(read('already dockerised, stateless').container).toBe(true);
    for (const text of ['legacy daemon, not running in a container', "it doesn't run in a container", "we don't use docker"])
      expect(read(text).container).toBe(false);
    expect(read('no container orchestration experience, dockerized api').container).toBe(true);
    // Experience with containers is not a workload in one: neither reading.
    expect(read('no container orchestration experience, steady web app')).not.toHaveProperty('container');
  });

  it('does not read a service offered as a choice as the team\'s setup: "batch? eks?", "ecs or eks"', () => {
    for (const text of [
      'an mpi solver across 8 instances. batch? eks?',
      'steady api, ecs or eks',
      'should it go on fargate or eks?',
      'steady api, ecs or k8s?',
      'should this go on ecs or kubernetes?',
    ])
      expect(read(text)).not.toHaveProperty('kubernetes');
    expect(read('we already run eks for everything')).toMatchObject({ kubernetes: true, container: true });
  });

  it('reads "we won\'t run kubernetes" as no Kubernetes', () => {
    expect(read("steady api, we won't run kubernetes").kubernetes).toBe(false);
  });

  it('reads negations: no Kubernetes experience, no GPU', () => {
    expect(read('a container app; we have no Kubernetes experience and need no GPU')).toMatchObject({
      container: true,
      kubernetes: false,
      gpu: false,
    });
    expect(read('containerised dashboard, nobody wants to manage servers or learn k8s')).toMatchObject({ kubernetes: false, ops: 'low' });
    expect(read("we don't want to learn kubernetes")).toMatchObject({ kubernetes: false });
  });

  it('reads traits: GPU, host control, state, connections, multi-node, Spot, ops capacity', () => {
    expect(read('training on a GPU, interruptible, spot is fine')).toMatchObject({ gpu: true, interruptible: true });
    expect(read('needs root access and our own kernel modules')).toMatchObject({ os: true });
    expect(read('keeps session state in memory and holds websocket connections')).toMatchObject({
      state: 'stateful',
      connections: 'persistent',
    });
    expect(read('stateless handlers that keep everything in DynamoDB').state).toBe('stateless');
    expect(read('an MPI solver across 64 nodes').nodes).toBe(64);
    expect(read('a solo developer who does not want to manage servers').ops).toBe('low');
  });

  it('reads numbers with thousands separators: "12,288 MB" is 12 GB, not 288 MB', () => {
    expect(read('loads every tile into memory at once, needs 12,288 MB').memory).toBe(12288);
    expect(read('1,536mb of ram, 2,048 MB of scratch disk')).toMatchObject({ memory: 1536, storage: 2048 });
  });

  it('reads sizes said in words: "a gig and a half", "half a gig"', () => {
    expect(read('uses maybe a gig and a half of ram').memory).toBe(1536);
    expect(read('half a gig of memory is plenty').memory).toBe(512);
    expect(read('two gigs of ram, 5 s per call').memory).toBe(2048);
    expect(read('each a quarter vCPU + half a gig of ram')).toMatchObject({ vcpu: 0.25, memory: 512 });
    expect(read('half a core is enough').vcpu).toBe(0.5);
  });

  it('reads "we don\'t need a gpu" and "no need for a GPU" as no GPU', () => {
    for (const text of [
      "we don't need a gpu",
      'we DON’T need a gpu',
      'it does not use any GPUs',
      'no need for a gpu here',
      'a gpu is not needed',
    ])
      expect(read(text).gpu).toBe(false);
    expect(read('we need a gpu for inference').gpu).toBe(true);
  });

  it('reads "a systemd service, not a container" and a reluctance to touch docker as no container', () => {
    expect(read('runs as a systemd service, not a container, 24/7').container).toBe(false);
    expect(read("we'd rather not touch docker but we will if that's the only way").container).toBe(false);
  });

  it('reads a team that does not know servers as low ops, not high', () => {
    expect(read('we have no money and nobody know servers administration').ops).toBe('low');
    expect(read('no one on the team knows linux').ops).toBe('low');
    expect(read('our team knows linux well').ops).toBe('high');
  });

  it('reads "a few hundred a day" and "whenever a file lands" as a volume and a trigger', () => {
    expect(read('runs ~30s whenever a file lands, few hundred a day')).toMatchObject({ requests: 9000, trigger: 'file', duration: 30 });
    expect(read('a few thousand requests an hour').requests).toBe(3000 * 720);
    expect(read('several times a day')).not.toHaveProperty('requests');
  });

  it('reads the load in flight from a rate a second and the run time, unless a concurrency is said', () => {
    const readings = extractWorkload('k6: 15012/s target, avg duration ~100ms', { traits });
    expect(readings).toContainEqual({ field: 'concurrency', value: 1502, phrase: '15012/s × 100ms', assumed: true });
    expect(read('2,000 requests per second, 50 ms each, 300 concurrent').concurrency).toBe(300);
    // A day's count is an average, not a peak.
    expect(read('20k requests a day, 2 s each')).not.toHaveProperty('concurrency');
  });

  it('reads "500 messages in one day" as a rate, not a run of a day', () => {
    const w = read('it answer maybe 500 messages in one day, every answer take less than 1 second');
    expect(w).toMatchObject({ requests: 15_000, duration: 1 });
  });

  it('does not take another system\'s data for the workload\'s memory: "our db is 4 TB"', () => {
    expect(read('our db is 4 TB and stays put; the digest job runs under a minute')).not.toHaveProperty('memory');
    expect(read('a 500 GB dataset in s3, each job needs 8 GB of ram').memory).toBe(8192);
    expect(read('we store 40gb of reference data in a db elsewhere; the function runs 200ms with 256mb').memory).toBe(256);
  });

  it('reads a file downloaded to local disk as disk, and local disk as no state', () => {
    const w = read('we receive scenes as 14 GB GeoTIFFs, job downloads one to local disk, reprojects it');
    expect(w.storage).toBe(14336);
    expect(w).not.toHaveProperty('memory');
    expect(w).not.toHaveProperty('state');
  });

  it('reads a wait on a person, and steps of a couple of seconds each as the run time', () => {
    const w = read(
      'anything over $500 needs someone in finance to OK it, which can take up to 10 days. the automated steps before and after the approval are a couple of seconds each',
    );
    expect(w).toMatchObject({ wait: 864_000, duration: 2 });
  });

  it('reads work that may be killed and retried as interruptible, and a backfill as queued jobs', () => {
    expect(read('there is no deadline, retries are fine if a worker gets killed')).toMatchObject({ interruptible: true });
    expect(read('backfill: re-OCR 1.8 million archived pdfs, ~90 sec each')).toMatchObject({ 'queued-jobs': true });
  });

  it('reads sizes as configuration spells them: memorySize, memory_size, ephemeralStorage, a task definition', () => {
    expect(read('functions:\n  checkout:\n    memorySize: 1024\n    timeout: 10').memory).toBe(1024);
    expect(read('memory_size = 3008\nephemeral_storage { size = 4096 }').memory).toBe(3008);
    // Joined, a key is configuration's even with a space for the colon; "memory size 3538" in words is not.
    expect(read('our memorySize 3538 fn').memory).toBe(3538);
    expect(read('memory size 3538')).not.toHaveProperty('memory');
    expect(read('ephemeralStorageSize: 2048').storage).toBe(2048);
    // An ECS task definition counts CPU in units, 1,024 to a vCPU, as its errors do.
    expect(read('"cpu": "256",\n  "memory": "4096"')).toMatchObject({ vcpu: 0.25, memory: 4096 });
    expect(read('No Fargate configuration exists for given values: 512 CPU, 4096 memory').vcpu).toBe(0.5);
    expect(read('needs 4 cpus and 8 gb').vcpu).toBe(4);
    expect(read('task def says cpu 2048 / memory 4096')).toMatchObject({ vcpu: 2, memory: 4096 });
    expect(read('memory 4 gb, cpu 2').memory).toBe(4096);
  });

  it('keeps the readings above to what they say (found by review)', () => {
    // A store named later in the sentence does not make the size its data; memory said near wins over a disk rule.
    expect(read('a worker that needs 16 GB and writes results to s3, runs 5 minutes per job').memory).toBe(16384);
    expect(read('needs 12 GB to hold the db snapshot in memory').memory).toBe(12288);
    expect(read('python job needs 200 GB of RAM and copies results to /tmp').memory).toBe(204800);
    // CPUs in the plural are vCPUs; only ECS's "256 CPU" counts units.
    expect(read('a parallel simulation that needs 512 CPUs for 10 minutes').vcpu).toBe(512);
    // A run after an approval, or started by hand, is a run, not a wait.
    expect(read('once approved, the migration job runs 45 minutes')).toMatchObject({ duration: 2700 });
    expect(read('a manually triggered report that takes 30 minutes')).toMatchObject({ duration: 1800 });
    expect(read('once approved, the migration job runs 45 minutes')).not.toHaveProperty('wait');
    // A no for one part and a yes for another is a yes.
    expect(read("the api doesn't need a gpu, but the nightly training step needs a GPU").gpu).toBe(true);
    // Two noes are both set aside: "cuda" inside "no cuda" is no yes.
    expect(read('image is 3.2 GB because of torch (cpu build, no cuda)').gpu).toBe(false);
    // A GPU by its model name is a GPU; a t4g instance is not a T4.
    expect(read('weekly fine-tune on a single A10G, about 8 hours').gpu).toBe(true);
    expect(read('inference on an nvidia T4, 16 GB')).toMatchObject({ gpu: true });
    expect(read('a small api on a t4g.small')).not.toHaveProperty('gpu');
    // An L4 alone is as often a layer-4 load balancer as NVIDIA's card.
    expect(read('api behind an NLB (L4) load balancer, steady')).not.toHaveProperty('gpu');
    expect(read('needs an L4 GPU')).toMatchObject({ gpu: true });
    expect(read('we ship a docker image already, I am not a container expert though')).toMatchObject({ container: true });
  });

  it('reads how long a peak of traffic lasts as no run time, and a self-hosted site as a stateful server', () => {
    expect(read('it jumps to ~1.5k rps for 10-15 min. each request ~100ms, stateless')).toMatchObject({ duration: 0.1 });
    expect(read('volume is super lumpy, mondays are like 10x fridays')).toMatchObject({ traffic: 'bursty' });
    expect(read('a small Moodle for our school, php+mariadb on one server')).toMatchObject({ state: 'stateful', 'long-running': true });
    // Kubernetes writes sizes as 4Gi and 512Mi.
    expect(read('resources: requests: memory: 4Gi')).toMatchObject({ memory: 4096 });
  });

  it('reads nothing from text that says nothing about a workload', () => {
    expect(extractWorkload('hello there, how are you', { traits })).toEqual([]);
  });
});

describe('reading "a"/"an" as one', () => {
  it('reads "takes an hour" as a run time, but not "twice a day" or "calls a day"', () => {
    expect(read('takes an hour to run every night')).toMatchObject({ duration: 3600, traffic: 'scheduled' });
    expect(read('it runs twice a day')).not.toHaveProperty('duration');
    expect(read('a few hundred calls a day, 200 ms each')).toMatchObject({ duration: 0.2, requests: 9000 });
  });
});
