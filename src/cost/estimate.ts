import { fail, ok, UserError, type Result } from '../errors.js';
import { groupDigits } from '../number-format.js';
import type { Knowledge, RegionPrices, Source } from '../knowledge/schema.js';
import { breakEvenRequests } from './break-even.js';
import type { CostRequest } from './cost-params.js';
import { ec2MonthlyCost, type Ec2Cost } from './ec2.js';
import { fargateMonthlyCost, type FargateCost } from './fargate.js';
import { formatCount } from './format.js';
import { lambdaMonthlyCost, type LambdaCost } from './lambda.js';

export interface CostEstimate {
  prices: RegionPrices;
  lambda?: LambdaCost;
  ec2?: Ec2Cost;
  fargate?: FargateCost;
  /** Monthly requests at which Lambda costs what the EC2 option costs (on demand, and committed). */
  breakEven?: { requestsPerMonth?: number; committedRequestsPerMonth?: number };
  /** Lambda's bill at volumes around the break-even, to show the crossover. */
  curve: { requests: number; lambdaUsd: number }[];
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
  const lambda = req.lambda ? lambdaMonthlyCost({ ...req.lambda, arch: req.arch, freeTier: req.freeTier }, prices.lambda) : undefined;
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
  const instance = pickInstance(req, prices, assumptions);
  if (instance && !instance.ok) return instance;
  const commitment = pickCommitment(req, prices, assumptions);
  const ec2 = instance ? ec2MonthlyCost(instance.value, req.instances, req.hours, commitment) : undefined;
  if (instance) sources.push(instance.value.source, ...(commitment ? [prices.ec2.commitmentSource] : []));
  const fargate = req.fargate ? fargateMonthlyCost({ ...req.fargate, arch: req.arch, hours: req.hours }, prices.fargate) : undefined;
  if (fargate) sources.push(prices.fargate.source);
  if (ec2 || fargate)
    assumptions.push(`${req.hours} hours of running time a month${req.hours === prices.hoursPerMonth ? ' (always on)' : ''}.`);
  let breakEven: CostEstimate['breakEven'];
  let curve: CostEstimate['curve'] = [];
  if (req.lambda && ec2) {
    const workload = { ...req.lambda, arch: req.arch, freeTier: req.freeTier };
    const costAt = (requests: number) => lambdaMonthlyCost({ ...workload, requests }, prices.lambda).monthlyUsd;
    const onDemand = breakEvenRequests(costAt, ec2.monthlyUsd);
    const committed = ec2.committedMonthlyUsd !== undefined ? breakEvenRequests(costAt, ec2.committedMonthlyUsd) : undefined;
    breakEven = {
      ...(onDemand !== undefined ? { requestsPerMonth: onDemand } : {}),
      ...(committed !== undefined ? { committedRequestsPerMonth: committed } : {}),
    };
    const pivot = onDemand ?? req.lambda.requests;
    // Rounding can land two factors on one volume (3M and 6M both read as 5M); each volume is shown once.
    curve = [...new Set([0.1, 0.25, 0.5, 1, 2, 4].map((f) => roundVolume(pivot * f)))].map((requests) => ({
      requests,
      lambdaUsd: costAt(requests),
    }));
  }
  return ok({
    prices,
    ...(lambda ? { lambda } : {}),
    ...(ec2 ? { ec2 } : {}),
    ...(fargate ? { fargate } : {}),
    ...(breakEven ? { breakEven } : {}),
    curve,
    assumptions,
    sources,
  });
}

function pickInstance(
  req: CostRequest,
  prices: RegionPrices,
  assumptions: string[],
): Result<RegionPrices['ec2']['instances'][number]> | undefined {
  const table = prices.ec2.instances;
  if (req.instance) {
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
  if (!req.lambda) return undefined;
  const neededGb = req.lambda.memoryMb / 1024;
  const cheapest = table.filter((i) => i.memoryGb >= neededGb && !i.gpu).sort((a, b) => a.usdPerHour - b.usdPerHour)[0];
  if (cheapest)
    assumptions.push(
      `EC2: ${cheapest.type}, the cheapest instance in the table with at least the function's memory; name one with \`instance=\`.`,
    );
  return cheapest ? ok(cheapest) : undefined;
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
  return `Lambda free tier applied (${formatCount(free.requests)} requests and ${groupDigits(free.gbSeconds)} GB-s a month); add \`free-tier=no\` if other functions use it up.`;
}

/** 1, 2 or 5 × a power of ten: volumes people can read at a glance. */
function roundVolume(n: number): number {
  if (n < 1) return 0;
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 5, 10].find((s) => s * power >= n * 0.75) ?? 10;
  return step * power;
}
