import { fail, ok, UserError, type Result } from '../errors.js';
import { groupDigits } from '../number-format.js';
import type { InstancePrice, Knowledge, RegionPrices, Source } from '../knowledge/schema.js';
import { quotaValue } from '../knowledge/quotas.js';
import { breakEvenRequests } from './break-even.js';
import type { CostRequest } from './cost-params.js';
import { ec2MonthlyCost, type Ec2Cost } from './ec2.js';
import { fargateMonthlyCost, windowsRates, type FargateCost } from './fargate.js';
import { freeTierAllowance } from './format.js';
import { lambdaMonthlyCost, type LambdaCost } from './lambda.js';
import { cents, formatUsd } from './money.js';
import { fleetCount, sizeFleet, sizingSentence, type FleetSize, type Load } from './sizing.js';

/** Each priced option's monthly bill at one volume. */
export interface VolumeCosts {
  lambdaUsd: number;
  ec2Usd?: number;
  ec2CommittedUsd?: number;
  fargateUsd?: number;
}

export interface CostEstimate {
  prices: RegionPrices;
  /** With the free tier applied, also the bill without it: the allowance is one per account, shared by every function. */
  lambda?: LambdaCost & { withoutFreeTierUsd?: number };
  ec2?: Ec2Cost;
  fargate?: FargateCost & { tasks: number };
  /** Monthly requests at which Lambda costs what the EC2 option costs (on demand, and committed). */
  breakEven?: { requestsPerMonth?: number; committedRequestsPerMonth?: number };
  /** Lambda's bill at volumes around the break-even, to show the crossover. */
  curve: { requests: number; lambdaUsd: number; ec2Usd: number; instances: number }[];
  /** The bills at any monthly volume, worked out as above (the cost chart draws them); set when Lambda is priced. */
  costsAt?: (requests: number) => VolumeCosts;
  assumptions: string[];
  sources: Source[];
}

/** Prices the request in its region; refuses regions and instance types the table has no prices for. */
export function estimateCost(req: CostRequest, knowledge: Knowledge): Result<CostEstimate> {
  const prices = knowledge.prices.find((p) => p.region === req.region);
  if (!prices) {
    const known = knowledge.prices.map((p) => `${p.region} (${p.name})`).join(', ');
    return fail(
      new UserError(
        'no-region-prices',
        `I have no prices for ${req.region}, and I won't guess them.`,
        `Prices I have: ${known}.`,
        knowledge.prices.map((p) => `cost region=${p.region}`),
      ),
    );
  }
  const assumptions: string[] = [];
  const sources: Source[] = [];
  const priced = req.lambda ? lambdaMonthlyCost({ ...req.lambda, arch: req.arch, freeTier: req.freeTier }, prices.lambda) : undefined;
  const lambda =
    priced?.freeTierApplied && req.lambda
      ? { ...priced, withoutFreeTierUsd: lambdaMonthlyCost({ ...req.lambda, arch: req.arch, freeTier: false }, prices.lambda).monthlyUsd }
      : priced;
  if (lambda) {
    sources.push(prices.lambda.source);
    assumptions.push(
      lambda.freeTierApplied
        ? freeTierSentence(prices.lambda.freeTier)
        : req.lambda?.provisioned
          ? 'No free tier: it does not apply to functions with Provisioned Concurrency.'
          : 'Lambda free tier not applied.',
    );
  }
  if (lambda && req.lambda?.provisioned) {
    const { environments, hours } = req.lambda.provisioned;
    const one = lambdaMonthlyCost(
      { ...req.lambda, provisioned: { environments: 1, hours }, arch: req.arch, freeTier: false },
      prices.lambda,
    );
    assumptions.push(
      `Provisioned Concurrency: ${environments} environment${environments === 1 ? '' : 's'} of ${groupDigits(req.lambda.memoryMb)} MB kept warm for ${groupDigits(hours)} h, ${formatUsd(one.provisionedConcurrencyUsd)} each.`,
    );
  }
  const instance = pickInstance(req, prices);
  if (instance && !instance.ok) return instance;
  const load = req.lambda
    ? { requests: req.lambda.requests, durationMs: req.lambda.durationMs, memoryMb: req.lambda.memoryMb, hours: req.hours }
    : undefined;
  const size = load ? sizeFleet(load, req.arch, prices, knowledge.rules.sizing, instance?.value) : undefined;
  const type = instance?.value ?? size?.instance;
  if (load && size && type) assumptions.push(sizingAssumption(req, load, size, type));
  const commitment = type ? pickCommitment(req, prices, assumptions) : undefined;
  // A count the user gave is kept at every volume; a sized one grows with the load.
  const countAt = (requests: number) =>
    req.instances ?? (load && type ? fleetCount({ ...load, requests }, knowledge.rules.sizing, type) : 1);
  const ec2At = (requests: number) => (type ? ec2MonthlyCost(type, countAt(requests), req.hours, commitment) : undefined);
  const ec2 = ec2At(load?.requests ?? 0);
  if (type) sources.push(type.source, ...(commitment ? [prices.ec2.commitmentSource] : []));
  const sizedTask = !req.fargate && load && type ? fargateShape(type, knowledge) : undefined;
  const task =
    req.fargate ?? (sizedTask && { ...sizedTask, storageGb: prices.fargate.includedStorageGb, tasks: countAt(load?.requests ?? 0) });
  const windows = task?.os === 'windows' ? windowsRates(req.arch, prices.fargate) : undefined;
  if (typeof windows === 'string')
    return fail(
      new UserError('no-windows-prices', `I can't price that Windows task: ${windows}.`, 'Drop arch=arm, or price the task on Linux.'),
    );
  if (windows)
    assumptions.push(
      'Fargate on Windows (x86, ECS only): the OS licence is billed per vCPU-second on top, with a 5-minute minimum per task.',
    );
  const fargate = task
    ? { ...fargateMonthlyCost({ ...task, arch: req.arch, hours: req.hours }, prices.fargate), tasks: task.tasks }
    : undefined;
  if (fargate) sources.push(prices.fargate.source);
  // A task count the user gave is kept at every volume; tasks sized like the fleet grow with it.
  const fargateAt = (requests: number) =>
    task &&
    fargateMonthlyCost({ ...task, tasks: sizedTask ? countAt(requests) : task.tasks, arch: req.arch, hours: req.hours }, prices.fargate);
  if (sizedTask && task)
    assumptions.push(
      `Fargate: ${task.tasks} task${task.tasks === 1 ? '' : 's'} of ${task.vcpu} vCPU / ${groupDigits(task.memoryGb)} GB, the ${type?.type}'s shape, with the included ${groupDigits(prices.fargate.includedStorageGb)} GB of storage.`,
    );
  if (ec2 || fargate)
    assumptions.push(`${req.hours} hours of running time a month${req.hours === prices.hoursPerMonth ? ' (always on)' : ''}.`);
  let breakEven: CostEstimate['breakEven'];
  let curve: CostEstimate['curve'] = [];
  // With no run time (Provisioned Concurrency priced alone) there is no per-request bill to set against EC2.
  if (req.lambda && req.lambda.durationMs > 0 && ec2) {
    const workload = { ...req.lambda, arch: req.arch, freeTier: req.freeTier };
    const costAt = (requests: number) => lambdaMonthlyCost({ ...workload, requests }, prices.lambda).monthlyUsd;
    // The fleet's bill at any volume, as ec2MonthlyCost works it out, without building a cost object per step of the search.
    const hourly = (type?.usdPerHour ?? 0) * req.hours;
    const onDemand = breakEvenRequests(costAt, (r) => cents(hourly * countAt(r)));
    const committed = commitment ? breakEvenRequests(costAt, (r) => cents(hourly * countAt(r) * (1 - commitment.maxDiscount))) : undefined;
    breakEven = {
      ...(onDemand !== undefined ? { requestsPerMonth: onDemand } : {}),
      ...(committed !== undefined ? { committedRequestsPerMonth: committed } : {}),
    };
    const pivot = onDemand ?? req.lambda.requests;
    // Rounding can land two factors on one volume (3M and 6M both read as 5M); each volume is shown once.
    curve = [...new Set([0.1, 0.25, 0.5, 1, 2, 4].map((f) => roundVolume(pivot * f)))].map((requests) => ({
      requests,
      lambdaUsd: costAt(requests),
      ec2Usd: ec2At(requests)?.monthlyUsd ?? 0,
      instances: countAt(requests),
    }));
  }
  const workload = req.lambda && { ...req.lambda, arch: req.arch, freeTier: req.freeTier };
  const costsAt =
    workload &&
    ((requests: number): VolumeCosts => {
      const fleet = ec2At(requests);
      const tasks = fargateAt(requests);
      return {
        lambdaUsd: lambdaMonthlyCost({ ...workload, requests }, prices.lambda).monthlyUsd,
        ...(fleet ? { ec2Usd: fleet.monthlyUsd } : {}),
        ...(fleet?.committedMonthlyUsd !== undefined ? { ec2CommittedUsd: fleet.committedMonthlyUsd } : {}),
        ...(tasks ? { fargateUsd: tasks.monthlyUsd } : {}),
      };
    });
  return ok({
    prices,
    ...(costsAt ? { costsAt } : {}),
    ...(lambda ? { lambda } : {}),
    ...(ec2 ? { ec2 } : {}),
    ...(fargate ? { fargate } : {}),
    ...(breakEven ? { breakEven } : {}),
    curve,
    assumptions,
    sources,
  });
}

/** The instance type the user named, or an error naming the types with prices; undefined when none was named. */
function pickInstance(req: CostRequest, prices: RegionPrices): Result<InstancePrice> | undefined {
  const table = prices.ec2.instances;
  if (!req.instance) return undefined;
  const found = table.find((i) => i.type === req.instance);
  if (found) return ok(found);
  const family = req.instance.split('.')[0] ?? '';
  const near = table
    .filter((i) => i.type.startsWith(family))
    .concat(table)
    .slice(0, 3)
    .map((i) => i.type);
  return fail(
    new UserError(
      'no-instance-price',
      `I have no ${prices.region} price for ${req.instance}.`,
      `Instance types with prices: ${table.map((i) => i.type).join(', ')}.`,
      [...new Set(near)].map((t) => `cost instance=${t}`),
    ),
  );
}

/** What the EC2 line was sized for, and how to name another fleet. */
function sizingAssumption(req: CostRequest, load: Load, size: FleetSize, type: InstancePrice): string {
  // With no requests there is no load to size: the smallest fleet stands in, and saying "0 a second" helps nobody.
  const sized = load.requests > 0 ? `Sized for the load: ${sizingSentence(load, size)}` : 'No request volume given, so the smallest fleet';
  const count = req.instances ?? size.instances;
  const fleet = `${count} × ${type.type} (${groupDigits(type.memoryGb)} GB each)`;
  if (req.instance && req.instances !== undefined) return `EC2: ${fleet}, as asked. ${sized}, which needs ${size.instances}.`;
  if (req.instance) return `EC2: ${fleet}. ${sized}; name a count with \`instances=\`.`;
  return `EC2: ${fleet}. ${sized}; name others with \`instance=\` and \`instances=\`.`;
}

/** A Fargate task of the instance's shape, when Fargate offers one that large. */
function fargateShape(type: InstancePrice, knowledge: Knowledge): { vcpu: number; memoryGb: number } | undefined {
  const fits =
    type.vcpu <= quotaValue(knowledge, 'fargate.vcpu.max') && type.memoryGb * 1024 <= quotaValue(knowledge, 'fargate.memory.max', 'mb');
  return fits ? { vcpu: type.vcpu, memoryGb: type.memoryGb } : undefined;
}

function pickCommitment(
  req: CostRequest,
  prices: RegionPrices,
  assumptions: string[],
): RegionPrices['ec2']['commitments'][number] | undefined {
  if (req.commitment === 'none') return undefined;
  const wanted = req.commitment ?? prices.ec2.commitments[0]?.id;
  const found = prices.ec2.commitments.find((c) => c.id === wanted);
  if (!found && req.commitment) assumptions.push(`The price table has no ${req.commitment} commitment rate, so only on-demand is shown.`);
  if (found)
    assumptions.push(
      `Committed price is the best published discount (up to ${Math.round(found.maxDiscount * 100)}%); real rates depend on family, term and payment option.`,
    );
  return found;
}

function freeTierSentence(free: RegionPrices['lambda']['freeTier']): string {
  return `Lambda free tier applied (${freeTierAllowance(free)}); add \`free-tier=no\` if other functions use it up.`;
}

/** 1, 2 or 5 × a power of ten: volumes people can read at a glance. */
function roundVolume(n: number): number {
  if (n < 1) return 0;
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 5, 10].find((s) => s * power >= n * 0.75) ?? 10;
  return step * power;
}
