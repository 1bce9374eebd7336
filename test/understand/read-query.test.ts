import { describe, expect, it } from 'vitest';
import { swappedInto, words } from '../../src/knowledge/text.js';
import { oneEditApart } from '../../src/knowledge/respell.js';
import { readQuery } from '../../src/understand/read-query.js';
import { fixtureKnowledge } from '../helpers.js';

const knowledge = fixtureKnowledge();
const read = (text: string) => {
  const q = readQuery(text, knowledge);
  return { ...q, asks: [...q.asks].sort(), services: q.services.map((s) => s.id), outside: q.outside.map((o) => o.name) };
};

describe('readQuery: what a message asks and names', () => {
  it('tells the kinds of ask apart by the lexicon phrases', () => {
    expect(read('how much is a t3.micro a month').asks).toContain('cost');
    expect(read('where should our django app run').asks).toEqual(['move', 'recommend']);
    expect(read('should i raise the memory of my lambda').asks).toEqual(['recommend']);
    expect(read('biggest fargate task i can run').asks).toContain('limit');
    expect(read('lambda cold starts explained').asks).toEqual([]);
  });

  it('reads services by name or alias, in order, and a name one typo away', () => {
    expect(read('ec2 vs lamdba for a cron job').services).toEqual(['ec2', 'lambda']);
    expect(read('fargte or aws batch').services).toEqual(['fargate', 'batch']);
    // "watch" is one letter from "batch", but short words are too easy to mistake: no typo reading below six letters.
    expect(read('watch the logs').services).toEqual([]);
  });

  it('reads a word of six letters or more one typo from exactly one word that says what is asked or names the domain', () => {
    expect(read('whats the montly bill').asks).toContain('cost');
    expect(read('fargate 1 vcpu 2gb, monthly').asks).toContain('cost');
  });

  it('reads a spelled-out multiplier one typo away, but never turns one multiplier into another', () => {
    expect(read('3 milion invocations a month').volume).toBe(3e6);
    expect(read('2 bilion requests').volume).toBe(2e9);
    expect(read('10 million calls').volume).toBe(1e7);
    expect(read('10 billion calls').volume).toBe(1e10);
    // A plural is no typo: "thousands of samples" stays, so the workload reads as thousands of queued jobs.
    expect(read('thousands of samples queued up, millions of rows').spelled).toBe('thousands of samples queued up, millions of rows');
  });

  it('reads a word with two neighbouring letters swapped as the domain word or entry word it is, keeping its case', () => {
    const entriesUse = new Set(['default', 'insufficientinstancecapacity']);
    const knows = (word: string) => entriesUse.has(word);
    const spelled = (text: string) => readQuery(text, knowledge, knows).spelled;
    expect(spelled('lambda tiemout by defualt')).toBe('lambda timeout by default');
    expect(readQuery('InsufficientIsntanceCapacity on c5.large', knowledge, knows).errors).toEqual(['InsufficientInstanceCapacity']);
    expect(spelled('fargate spto pricing')).toBe('fargate spot pricing');
    // Words the domain or the entries know stay as typed, and so do words under four letters, where a swap too often makes another word.
    expect(spelled('timeout memory defaults')).toBe('timeout memory defaults');
    expect(spelled('teh cpu')).toBe('teh cpu');
    // Without the entries' words, only the domain's are read.
    expect(readQuery('by defualt', knowledge).spelled).toBe('by defualt');
  });

  it("reads a product outside the knowledge base, and doesn't count a service alias inside its name", () => {
    const azure = read('azure functions consumption plan max timeout');
    expect(azure.outside).toEqual(['Microsoft Azure']);
    expect(azure.services).toEqual([]);
    expect(read('lambda managed instances pricing').services).toEqual(['lambda']);
  });

  it('does not count a product the message sets aside as one it asks about', () => {
    expect(read('lambda bill for 3M requests, not counting cloudfront').outside).toEqual([]);
    expect(read('excluding aws cloudfront, what does lambda@edge cost').outside).toEqual([]);
    // Named again, or named before the words that set it aside, it is asked about.
    expect(read('ignore cloudfront caching, how is cloudfront billed').outside).toEqual(['Amazon CloudFront']);
    expect(read('cloudfront, ignore the rest').outside).toEqual(['Amazon CloudFront']);
    // Only the product right after is set aside: a reading too wide would answer another product's question as ours.
    expect(read('ignore the free tier and cloudfront pricing').outside).toEqual(['Amazon CloudFront']);
  });

  it('reads spans, listed instances and copies of a task as people write them', () => {
    expect(read('cost explorer says our c5.xlarge build box was up 412 hrs last month').hours).toBe(412);
    expect(read('one g5.xlarge, should take three and a half days of wall-clock').hours).toBe(84);
    const listed = read('[\n "t3.micro",\n "t3.micro",\n "t3.micro",\n "t3.micro",\n "t3.micro"\n] monthly total?');
    expect(listed.instances).toEqual([{ type: 't3.micro', count: 5, counted: true }]);
    expect(read('we run 3 copies of a fargate task on ECS, each half a core and 1GB').tasks).toBe(3);
    // A count with a thousands separator is the whole count, never its last three digits.
    expect(read('1,200 fargate tasks, each 0.25 vcpu and 0.5 gb').tasks).toBe(1200);
    expect(read('nightly job fans out ~5,000 independent tasks, each ~30 s').tasks).toBe(5000);
  });

  it('counts nodes for a Kubernetes cluster only, and not a ceiling', () => {
    expect(read('how much would adding an m5.large cost per month? we already run 4 nodes').instances).toEqual([
      { type: 'm5.large', count: 1, counted: false },
    ]);
    expect(read('how much is a t3.medium bastion host for our 6 node cluster').instances).toMatchObject([{ count: 1 }]);
    expect(read('eks price with m5.large workers, up to 10 nodes at peak').instances).toMatchObject([{ counted: false }]);
  });

  it("reads a possessive as its word: lightsail's plan names Lightsail", () => {
    expect(read("lightsail's cheapest plan vs a t3.micro on demand?").unpriced).toContain('lightsail');
    expect(words("don't lambda's")).toEqual(['dont', 'lambda']);
  });

  it('reads instance types the price table knows, with their count', () => {
    expect(read('2x m7g.large vs 1x c5.xlarge').instances).toEqual([
      { type: 'm7g.large', count: 2, counted: true },
      { type: 'c5.xlarge', count: 1, counted: true },
    ]);
    expect(read('3 t3.medium on demand').instances).toEqual([{ type: 't3.medium', count: 3, counted: true }]);
    // No count before the type: one, and said to be a default (readers that would multiply by it do not guess).
    expect(read('eks cluster on m5.large, how much?').instances).toEqual([{ type: 'm5.large', count: 1, counted: false }]);
    // The nodes counted elsewhere are that type's.
    expect(read('eks cluster with three m5.large nodes').instances).toEqual([{ type: 'm5.large', count: 3, counted: true }]);
    expect(read('instance_types = ["t3.medium"]\n desired_size = 3\n max_size = 6').instances).toEqual([
      { type: 't3.medium', count: 3, counted: true },
    ]);
    // An RDS class is not an EC2 instance type, and a type the table lacks is not guessed.
    expect(read('rds db.t3.medium per hour').instances).toEqual([]);
    expect(read('x9z.huge price').instances).toEqual([]);
  });

  it('reads an instance type with a typo in its size as the one type of that family at one edit, and never changes a family', () => {
    expect(read('how much is 5 t3.smal running all month').instances).toEqual([{ type: 't3.small', count: 5, counted: true }]);
    expect(read('2x m5.lagre').instances).toEqual([{ type: 'm5.large', count: 2, counted: true }]);
    expect(read('T3.Mirco price').instances).toEqual([{ type: 't3.micro', count: 1, counted: false }]);
    // A real size is another type, not a typo of the size next to it: m5.xlarge is not m5.large.
    expect(read('m5.xlarge price').spelled).toBe('m5.xlarge price');
    expect(read('how much is a c5.2xlarge').unknownInstances).toEqual(['c5.2xlarge']);
    // A type the table lacks, one edit from one it has, is another type: said as typed, not priced as the other.
    expect(read('c5a.xlarge price').spelled).toBe('c5a.xlarge price');
    // Sizes too far from any, families without prices, and runtimes stay as typed.
    expect(read('t3.mega price').spelled).toBe('t3.mega price');
    expect(read('t3.mega price').unknownInstances).toEqual(['t3.mega']);
    expect(read('bucket at s3.amazonaws.com').spelled).toBe('bucket at s3.amazonaws.com');
    expect(read('nodejs20.x runtime').spelled).toBe('nodejs20.x runtime');
    expect(read('bucket at s3.amazonaws.com').unknownInstances).toEqual([]);
  });

  it('reads pasted error names and codes', () => {
    expect(read('botocore ThrottlingException ... ConcurrentInvocationLimitExceeded').errors).toEqual([
      'ThrottlingException',
      'ConcurrentInvocationLimitExceeded',
    ]);
    expect(read('An error occurred (InsufficientInstanceCapacity) when calling RunInstances').errors).toEqual([
      'InsufficientInstanceCapacity',
    ]);
    expect(read('Error: EMFILE: too many open files').errors).toEqual(['EMFILE']);
    expect(read('PROD IS DOWN, ERROR EVERYWHERE on our lambda').errors).toEqual([]);
  });

  it('reads free tier, architecture (the last one said), schedules and Provisioned Concurrency', () => {
    expect(read('we are way past the free tier').freeTier).toBe(false);
    expect(read('our only function so free tier applies').freeTier).toBe(true);
    expect(read('priced on x86 — ok but what about arm').arch).toBe('arm');
    expect(read('on graviton').arch).toBe('arm');
    expect(read('on graviton').bothArches).toBeUndefined();
    expect(read('x86 today, what about arm').arch).toBe('arm');
    expect(read('graviton or intel: which is cheaper').bothArches).toBe(true);
    expect(read('8h a day, ~22 working days a month').hours).toBe(176);
    expect(read('about 100 hours a month').hours).toBe(100);
    expect(read('8h a day x 22 working days').hours).toBe(176);
    expect(read('10 hours a day, 5 days a week').hours).toBe(216.7); // 10 × 5 × 52 / 12
    expect(read('100 hours of training').hours).toBe(100);
    expect(read('a 2 hour job').hours).toBeUndefined();
    expect(read('runs 6 hours every night for 30 nights').hours).toBe(180);
    expect(read('train a model during one day and half (36 hour) without stop').hours).toBe(36);
    // "For N hours" alone is no span: a day's hours, a shift, an outage, one job's run.
    expect(read('how much for a t3.medium running for 8 hours daily?').hours).toBe(240);
    for (const text of [
      'our api was down for 3 hours last week; what would a standby m5.large cost per month?',
      'each job runs for 2 hours',
    ])
      expect(read(text).hours).toBeUndefined();
    expect(read('provisioned concurrency for 8 hours a day').hours).toBe(240);
    expect(read('2x m5.large for a fortnight').hours).toBe(336);
    expect(read('14 days straight').hours).toBe(336);
  });

  it("reads rates over the price table's month, and a 730-hour month as no run time", () => {
    const q = read('arm64 fn @ 256MB, steady ~40 req/s around the clock, avg duration ~50 ms. 730h month. bill?');
    expect(q.readings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'requests', value: 40 * 730 * 3600 }),
        expect.objectContaining({ field: 'duration', value: 0.05 }),
      ]),
    );
    expect(read('provisioned concurrency = 3 at 1gb').provisioned).toEqual({ environments: 3 });
    expect(read('provisoned concurrency: 5 envs at 2gb').provisioned).toEqual({ environments: 5 });
    expect(read('pc 4 at 512mb').provisioned).toEqual({ environments: 4 });
    expect(read('provisioned concurrency on a 2gb function').provisioned).toEqual({});
    expect(read('5 envs at 2gb').provisioned).toBeUndefined();
    expect(read('lambda locally on my pc at 2gb').provisioned).toBeUndefined();
    expect(read('memorySize: 1024\n    provisionedConcurrency: 1').provisioned).toEqual({ environments: 1 });
    expect(read('provisioned_concurrent_executions = 5').provisioned).toEqual({ environments: 5 });
    expect(read('~2,000,000 invokes a month, cost?').volume).toBe(2e6);
  });
});

describe('oneEditApart', () => {
  it.each([
    ['lamdba', 'lambda', true],
    ['lambad', 'lambda', true],
    ['lamda', 'lambda', true],
    ['lambdaa', 'lambda', true],
    ['fargte', 'fargate', true],
    ['lambda', 'lambda', false],
    ['lbmada', 'lambda', false],
    ['fargo', 'fargate', false],
  ])('%s and %s: %s', (a, b, want) => {
    expect(oneEditApart(a, b)).toBe(want);
  });
});

describe('swappedInto', () => {
  const isWord =
    (...known: string[]) =>
    (lower: string) =>
      known.includes(lower);
  it.each([
    ['tiemout', ['timeout'], 'timeout'],
    ['Tiemout', ['timeout'], 'Timeout'],
    ['memroy', ['memory'], 'memory'],
    // Two words one swap away: neither is guessed.
    ['abdce', ['badce', 'abcde'], undefined],
    ['timeout', ['tiemout'], 'tiemout'],
    ['mmory', ['memory'], undefined],
    ['tmie', ['time'], 'time'],
    ['tme', ['the'], undefined],
  ])('%s with %j: %s', (word, known, want) => {
    expect(swappedInto(word, isWord(...known))).toBe(want);
  });
});
