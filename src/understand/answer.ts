/**
 * The question path: a message that is not a command is read into a query, and the query — not the words
 * it shares with some entry — decides what answers it: a comparison, a recommendation, a cost, an error's
 * entry, an honest "outside what I cover", or the knowledge base's search.
 */
import { answerFromSearch, entryAnswer, matchesOf, outsideReply } from '../commands/ask.js';
import type { CommandContext } from '../commands/command.js';
import { clusterCostsReply } from '../commands/cluster-costs.js';
import { compare } from '../commands/compare.js';
import { userErrorReply } from '../error-reply.js';
import {
  durableCostReply,
  durationCostReply,
  edgeCostReply,
  managedInstancesCostReply,
  microVmCostReply,
  snapStartCostReply,
} from '../commands/lambda-extras-cost.js';
import { fargateStorageReply } from '../commands/fargate-storage-cost.js';
import { cost } from '../commands/cost.js';
import { instanceCostsReply } from '../commands/instance-costs.js';
import { memoryForVcpus, vcpusForMemory, withLambdaCpu, type LambdaCpu } from '../commands/lambda-cpu.js';
import { checkLimit, limitCheckReply, quotaAsked, withLimitCheck, withQuota, type LimitCheck } from '../commands/limit-check.js';
import { recommendCommand } from '../commands/recommend.js';
import { LAMBDA_DEFAULTS } from '../cost/cost-params.js';
import { hoursPerMonth } from '../cost/hours.js';
import type { LambdaVolume } from '../cost/lambda.js';
import type { SearchResult } from '../knowledge/search.js';
import { words } from '../knowledge/text.js';
import type { Reply } from '../reply.js';
import { answeringHits, mentions, pastedEntry } from './entry-choice.js';
import { readQuery, withoutInstances, type Query } from './read-query.js';

/** Workload traits that describe a workload on their own; a runtime or a trigger alone does not. */
const DESCRIBING = new Set([
  'duration',
  'memory',
  'requests',
  'gpu',
  'traffic',
  'state',
  'long-running',
  'connections',
  'payload',
  'storage',
  'vcpu',
  'nodes',
  'os',
  'interruptible',
  'package',
  'concurrency',
  'wait',
  'queued-jobs',
]);

export function answerText(text: string, ctx: CommandContext): Reply {
  const query = readQuery(text, ctx.knowledge, ctx.knows);
  // Searched at most once per message: a long pasted error costs a few milliseconds to search.
  let searched: SearchResult | undefined;
  // An instance type is EC2 to search ("our c5.xlarge is unreachable" is the EC2 unreachable entry).
  // A service name one typo away is searched as the name ("lamdba" is "lambda").
  const searchText = query.instances.length > 0 || query.unknownInstances.length > 0 ? `${query.spelled} ec2` : query.spelled;
  const search = () => (searched ??= ctx.search(searchText, 5));
  const byError = pastedEntry(query, ctx.knowledge, search);
  if (byError) {
    // The entry the error names comes first; search's other hits follow, scores as search gave them.
    const hits = matchesOf(search());
    const own = hits.find((m) => m.id === byError.id) ?? { id: byError.id, title: byError.title, score: 0 };
    return entryAnswer(byError, ctx, [own, ...hits.filter((m) => m.id !== byError.id)]);
  }
  const describes = query.readings.some((r) => DESCRIBING.has(r.field));
  // "need 32 gb, 8 vcpu container, runs for 3 hours weekly": a statement with three traits or more and no
  // error pasted and nothing asked is a workload to place, not a search for an entry that shares its words.
  const traits = new Set(query.readings.filter((r) => DESCRIBING.has(r.field)).map((r) => r.field));
  const describedWorkload =
    !query.text.includes('?') && query.asks.size === 0 && traits.size >= 3 && query.errors.length === 0 && query.outside.length === 0;
  if ((choosesCompute(query) && describes) || describedWorkload) {
    const reply = recommendAnswer(query, ctx);
    if (reply) return reply;
  }
  // Prices of other products and clouds ("gke autopilot pricing") are declined below, not priced as ours.
  const ownPrices = query.asks.has('cost') && query.outside.length === 0;
  if (ownPrices) {
    const reply = lambdaExtrasAnswer(query, ctx);
    if (reply) return reply;
  }
  // "eks control plane cost for 3 clusters": the control planes' month, not a Lambda-vs-EC2 comparison; with
  // worker nodes named ("plus 2 m7g.large worker nodes"), cluster and nodes together.
  if (ownPrices && namesOnly(query, 'eks') && query.unpriced.length === 0 && query.instances.length <= 1) {
    // Nodes are added only when counted for one cluster: "3 clusters with 2 nodes each" or "three m5.large
    // nodes" is not guessed at; the control planes are priced and the nodes said to come on top.
    const nodes = (query.clusters ?? 1) === 1 ? query.instances.filter((i) => i.counted) : [];
    const reply = clusterCostsReply(query.clusters ?? 1, ctx.knowledge, query.hours, nodes, query.extendedClusters);
    if (reply) return reply;
  }
  // "fargate task with 100gb ephemeral storage — what's the extra storage charge": the storage line alone.
  const storage = numberRead(query, 'storage');
  const taskSized = numberRead(query, 'vcpu') !== undefined || numberRead(query, 'memory') !== undefined;
  if (ownPrices && namesOnly(query, 'fargate') && storage !== undefined && !taskSized) {
    const reply = fargateStorageReply(storage, ctx.knowledge, query.hours);
    if (reply) return reply;
  }
  // "how much is a t4g.small": the calculator says it has no price for that type and names the ones it has.
  const [unknownType] = query.unknownInstances;
  if (query.asks.has('cost') && unknownType) {
    const result = cost.run(
      { args: [], rest: `instance=${unknownType}`, line: `cost instance=${unknownType}`, values: { instance: unknownType } },
      ctx,
    );
    if (!result.ok) return userErrorReply(result.error);
  }
  // Of the products the calculator does not price, Windows is priced on Fargate alone (its rates are in the table).
  // "g4dn.xlarge was the cheapest I found, will it work?" asks a fit, not a price.
  const fitNotPrice =
    /\b(will it work|is it enough|enough for)\b/i.test(query.text) &&
    !/\b(how much|price|pricing|cost|costs|bill|per month|a month|monthly|spend|spending|pay|paying|cheaper|expensive)\b|\$/i.test(
      query.text,
    );
  if ((query.asks.has('cost') || onlyInstances(query)) && query.unpriced.every(isWindows) && !fitNotPrice) {
    const reply = costAnswer(query, ctx);
    if (reply) return reply;
  }
  const pair = namedPair(query);
  if (pair) {
    const card = compare.run({ args: pair, rest: pair.join(' '), line: pair.join(' vs '), values: {} }, ctx);
    if (card.ok) return card.value;
  }
  const outside = query.outside[0];
  if (outside && query.services.length === 0) return outsideReply(outside, ctx);

  const result = answeringHits(search(), query, ctx.knowledge);
  const best = result.hits[0]?.entry;
  const aboutQuota = (c: LimitCheck) =>
    best !== undefined && (best.id === c.entry || `${best.answer} ${best.body}`.includes(c.quotaDisplay));
  // "Can lambda take a 12 MB payload?" gets a plain yes or no before the entry, when the entry is about that quota.
  // A covered service's limit is its own even beside another product ("a 45 minute transcode triggered from
  // s3"), so the check comes before the decline below; the entry beside it must then be about the quota.
  const asksFit = query.asks.has('fits');
  const check = asksFit && best ? checkLimit(query.services, query.readings, ctx.knowledge) : undefined;
  if (check && best && ((result.confidence === 'high' && !outside) || aboutQuota(check)))
    return withLimitCheck(entryAnswer(best, ctx, matchesOf(result)), check);
  if (check) return limitCheckReply(check);
  // "pdf render jobs, each takes 20-40 mins … lambda consumers?": a workload described well enough (two traits
  // or more) that breaks a named service's hard limit is placed where it fits, the limit first, when the best
  // entry is not about that limit (here: where Lambda shines). One number alone ("failing for 2 hours") is not a workload.
  const broken = !asksFit && best && traits.size >= 2 ? checkLimit(query.services, query.readings, ctx.knowledge) : undefined;
  if (broken && !broken.fits && !aboutQuota(broken)) return recommendAnswer(query, ctx) ?? limitCheckReply(broken);
  // A covered service named beside an outside product: the answer must be about that product too.
  if (outside && !(best && query.outside.every((o) => mentions(best, o)))) return outsideReply(outside, ctx);
  // "memorySize: 3538 — how many vCPUs is that on lambda?": worked out from the quotas, above the entry.
  const cpu = best?.services.includes('lambda') ? lambdaCpuAsked(query, ctx) : undefined;
  if (cpu && best) return withLambdaCpu(entryAnswer(best, ctx, matchesOf(result)), cpu, ctx.knowledge);
  // "fargate task max vcpus?": the quota asked about comes first, above the entry about that service.
  const [only] = query.services;
  const asked = query.asks.has('limit') && only && query.services.length === 1 ? quotaAsked(only, query.spelled, ctx.knowledge) : undefined;
  if (asked && only && best && result.confidence === 'high' && best.services.includes(only.id))
    return withQuota(entryAnswer(best, ctx, matchesOf(result)), only, asked);
  const reply = answerFromSearch(text, result, ctx);
  // "10k render jobs, ~5 min each, fine if some get killed": no entry answers a bare workload description,
  // and a menu of entries does not help; a statement with two traits or more describes a workload well
  // enough to recommend. A question ("is lambda cheaper than lightsail …?") keeps its menu.
  const statement = !query.text.includes('?');
  if (reply.kind === 'unknown' && !outside && statement && traits.size >= 2) return recommendAnswer(query, ctx) ?? reply;
  return reply;
}

/**
 * Whether the message asks where a workload should run: it says so ("what should run this", "worth
 * moving?"), offers services as the choice ("lambda or a small ec2?"), or ends by naming one ("… fargate?").
 * Naming a single service, "should I…" asks about that service ("raise lambda's memory?") unless it asks
 * where to run ("should we run kafka on lambda", "what should it run on instead").
 * "http api vs rest api" is a choice between other things, not between compute services.
 */
function choosesCompute(query: Query): boolean {
  const joined = ` ${words(query.text).join(' ')} `;
  if (/ (?:vs|versus) /.test(joined) && query.services.length < 2) return false;
  const lastWord = words(query.text).at(-1) ?? '';
  // "… fargate?" offers a home; "how many vCPUs is that on lambda?" asks a limit there.
  const endsOnService =
    query.text.trim().endsWith('?') &&
    !(query.asks.has('limit') && !query.asks.has('recommend')) &&
    query.services.some((s) => [s.id, s.short.toLowerCase(), ...s.aliases].includes(lastWord));
  const offersChoice = query.services.length >= 2 && / or /.test(joined);
  // "cheapest sane way to run them" asks where a workload should run; "… way to run a t3.medium" asks its price.
  const wayToRun = / way to run /.test(joined) && query.instances.length === 0;
  const asksWhere = query.asks.has('move') || (query.asks.has('recommend') && query.services.length !== 1) || wayToRun;
  return asksWhere || endsOnService || offersChoice;
}

/**
 * "3x t3.medium", "m5.large vs m7g.large": a message that is nothing but instance types asks their price;
 * "our c5.xlarge is unreachable" is about the instance, not its price.
 */
function onlyInstances(query: Query): boolean {
  if (query.instances.length === 0) return false;
  return words(withoutInstances(query.text)).every((w) => ['vs', 'versus', 'or', 'and'].includes(w));
}

/**
 * Several types asked as one fleet's total ("4x t3.small and 2x m5.large … what should the monthly line come
 * to?"); otherwise they are set against each other, as "m5.large and r5.large: which costs less?" asks.
 */
function runTogether(query: Query): boolean {
  return (
    query.instances.length >= 2 &&
    /\b(total|together|altogether|combined|in all|the lot|all of them|come to|comes to|add up|adds up|sum|line)\b/i.test(
      withoutInstances(query.text),
    ) &&
    !/\b(vs\.?|versus|or|which|compared?|cheaper|less|difference|instead|switch|move|migrate|better)\b/i.test(withoutInstances(query.text))
  );
}

/** A number the reader took from the message for a workload setting. */
function numberRead(query: Query, field: string): number | undefined {
  const value = query.readings.find((r) => r.field === field)?.value;
  return typeof value === 'number' ? value : undefined;
}

/** "how many vCPUs does 3 GB get", "how many cores is that" — and "how much memory for 4 vCPUs". */
const ASKS_CPU =
  /\bhow many (?:v?cpus?|cores?)\b|\b(?:v?cpus?|cores?)\b[^.?!]{0,30}\b(?:is (?:that|it|this)|do (?:i|we|you) get|does (?:that|it|this) (?:get|give|mean)|equivalent|equals?)\b/i;
const ASKS_MEMORY =
  /\bhow much (?:memory|ram)\b|\bwhat (?:memory|ram)(?: size| setting)?\b|\b(?:memory|ram) (?:do|should|would) (?:i|we|you) (?:need|set|give|pick|use)\b/i;

/** The vCPUs a Lambda memory size gets, or the memory a number of vCPUs needs, when that is what is asked. */
function lambdaCpuAsked(query: Query, ctx: CommandContext): LambdaCpu | undefined {
  if (!namesOnly(query, 'lambda')) return undefined;
  const [memory, vcpu] = [numberRead(query, 'memory'), numberRead(query, 'vcpu')];
  if (memory !== undefined && vcpu === undefined && ASKS_CPU.test(query.text)) return vcpusForMemory(memory, ctx.knowledge);
  if (vcpu !== undefined && memory === undefined && ASKS_MEMORY.test(query.text)) return memoryForVcpus(vcpu, ctx.knowledge);
  return undefined;
}

/** Whether every service the message names is `id` (and it names one). */
const namesOnly = (query: Query, id: string) => query.services.length > 0 && query.services.every((s) => s.id === id);

/** "ec2 vs lamdba", "difference between ecs and fargate": two services set against each other (a typo in a name is read as the name). */
function namedPair(query: Query): [string, string] | undefined {
  const [first, second] = query.services;
  if (!first || !second || !/\b(?:vs\.?|versus|differences? between|compared? (?:to|with))\b|-vs-/i.test(query.text)) return undefined;
  return [first.id, second.id];
}

/** A free-text recommendation, with the traits the query read. */
function recommendAnswer(query: Query, ctx: CommandContext): Reply | undefined {
  const result = recommendCommand.run(
    { args: query.text.split(/\s+/).filter(Boolean), rest: query.text, line: query.text, values: {} },
    ctx,
  );
  return result.ok ? result.value : undefined;
}

/** Lambda@Edge, durable-operations, Managed Instances, SnapStart, MicroVM and GB-second bills, from their own rates, when the question gives the numbers. */
function lambdaExtrasAnswer(query: Query, ctx: CommandContext): Reply | undefined {
  const number = (field: string) => numberRead(query, field);
  const names = (...phrases: string[]) => phrases.some((p) => query.unpriced.includes(p));
  if (names('lambda edge', 'edge functions')) {
    const requests = number('requests') ?? query.volume;
    const duration = number('duration');
    const memory = number('memory');
    if (requests !== undefined && duration !== undefined && memory !== undefined)
      return edgeCostReply(requests, duration * 1000, memory, ctx.knowledge);
  }
  if (names('durable operations', 'durable functions') && query.operations !== undefined)
    return durableCostReply(query.operations, ctx.knowledge);
  if (names('managed instances') && query.instances.length > 0 && query.instances.every((i) => i.counted))
    return managedInstancesCostReply(number('requests') ?? query.volume, query.instances, ctx.knowledge, query.hours);
  // "snapstart on a 1 GB python fn, one version cached all month, ~100k restores": SnapStart's own charges.
  const memory = number('memory');
  if (names('snapstart') && memory !== undefined && (query.restores !== undefined || query.hours !== undefined)) {
    // Java pays nothing only when Java is all there is ("our java and python functions" still pay for Python's).
    const said = query.spelled.toLowerCase();
    const runtimes = ctx.knowledge.lexicon.traits.filter((t) => t.setting === 'runtime' && new RegExp(t.pattern).test(said));
    const java = runtimes.length > 0 && runtimes.every((t) => t.value === 'java');
    // A snapshot stays cached while its version exists, not while the function runs ("runs 8 hours a day").
    const cachedHours = /\bcach/i.test(query.text) && query.hours !== undefined ? query.hours : hoursPerMonth(ctx.knowledge);
    const use = { memoryMb: memory, versions: query.versions ?? 1, cachedHours, restores: query.restores ?? 0, java };
    return snapStartCostReply(use, ctx.knowledge);
  }
  // "a microvm at the default size, 8h a day for 30 days": vCPU and memory for the hours it runs.
  if (names('microvms', 'microvm') && query.hours !== undefined)
    return microVmCostReply(number('vcpu'), memory, query.hours, ctx.knowledge);
  // "that fn burns ~5 million GB-s a month: arm vs x86?": the duration line, with no run time or memory to build it
  // from. "Why is it so high?" asks for a cause, which the bill-spike entry gives.
  // Only GB-seconds of a Lambda function's run: not a Fargate task's, Provisioned Concurrency's or /tmp's.
  const asksWhy = /\bwhy\b/i.test(query.text);
  const lambdaOnly =
    query.services.every((s) => s.id === 'lambda') && !query.provisioned && !/\b(ephemeral|storage|\/tmp|tmp)\b/i.test(query.text);
  if (query.gbSeconds !== undefined && memory === undefined && query.unpriced.length === 0 && !asksWhy && lambdaOnly)
    return durationCostReply(query.gbSeconds, ctx.knowledge, number('requests') ?? query.volume);
  return undefined;
}

/**
 * A cost question that gives what a bill needs — an instance type, a Lambda volume (requests, run time and
 * memory) or a Fargate task size — is answered with the figure, through the same calculator as `cost`.
 */
function costAnswer(query: Query, ctx: CommandContext): Reply | undefined {
  const values = costValues(query);
  if (values && query.instances.length > 0 && !values.requests && !values['fargate-vcpu'])
    return instanceCostsReply(query.instances, ctx.knowledge, query.hours, lambdaVolume(query), runTogether(query));
  if (!values) return undefined;
  const rest = Object.entries(values)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  const result = cost.run({ args: [], rest, line: `cost ${rest}`, values }, ctx);
  return result.ok ? result.value : undefined;
}

/**
 * "a t3.micro all month or lambda? ~100k requests": a Lambda volume with no run time or memory to price it
 * by, set against the instance named, is answered with how much each request may use before Lambda costs more.
 */
function lambdaVolume(query: Query): LambdaVolume | undefined {
  const requests = numberRead(query, 'requests') ?? query.volume;
  if (requests === undefined || query.instances.length !== 1 || !query.services.some((s) => s.id === 'lambda')) return undefined;
  return { requests, arch: query.arch ?? LAMBDA_DEFAULTS.arch, freeTier: query.freeTier ?? LAMBDA_DEFAULTS.freeTier };
}

/** The lexicon's notCalculated "windows": declined for pricing everywhere but a Fargate task, which has Windows rates. */
const isWindows = (phrase: string) => phrase === 'windows';

function costValues(query: Query): Record<string, string> | undefined {
  const [rate, duration, memory, vcpu, storage] = ['requests', 'duration', 'memory', 'vcpu', 'storage'].map((f) => numberRead(query, f));
  // A bill is monthly: "8M invocations" in a cost question are a month's.
  const requests = rate ?? query.volume;
  // "provisioned concurrency on a 2gb function, left on all month": no count and no workload is the bill of
  // one environment kept warm (the reply's assumptions say how many it priced, and what each one costs).
  // Set against each other ("arm vs x86 price difference"), the architectures are the entry's to answer.
  const oneEnvironment = query.provisioned && requests === undefined && duration === undefined && !query.bothArches;
  const environments = query.provisioned?.environments ?? (oneEnvironment ? 1 : undefined);
  const named = new Set(query.services.map((s) => s.id));
  const values: Record<string, string> = {};
  const fargateTask = named.has('fargate') && !named.has('lambda') && vcpu !== undefined && memory !== undefined;
  if (fargateTask) {
    values['fargate-vcpu'] = String(vcpu);
    values['fargate-memory'] = `${memory}mb`;
    if (storage !== undefined) values['fargate-storage'] = `${storage}mb`;
    if (query.tasks !== undefined) values.tasks = String(query.tasks);
    if (query.unpriced.some(isWindows)) values['fargate-os'] = 'windows';
  } else if (memory !== undefined && ((requests !== undefined && duration !== undefined) || environments !== undefined)) {
    // Provisioned Concurrency alone ("5 envs at 2gb left on all month") is a bill with no requests.
    if (requests !== undefined && duration !== undefined) {
      values.requests = String(requests);
      values.duration = `${duration}s`;
    }
    values.memory = `${memory}mb`;
    if (storage !== undefined) values.storage = `${storage}mb`;
    if (environments !== undefined) values.provisioned = String(environments);
  }
  // Windows anywhere but a Fargate task (an EC2 instance, a Lambda bill) has no rates here: not priced as Linux.
  if (query.unpriced.some(isWindows) && !fargateTask) return undefined;
  const instance = query.instances[0];
  if (instance) {
    values.instance = instance.type;
    values.instances = String(instance.count);
  }
  if (Object.keys(values).length === 0) return undefined;
  if (query.hours !== undefined)
    values[environments !== undefined && !values.instance ? 'provisioned-hours' : 'hours'] = String(query.hours);
  if (query.arch) values.arch = query.arch;
  if (query.freeTier !== undefined) values['free-tier'] = query.freeTier ? 'yes' : 'no';
  return values;
}
