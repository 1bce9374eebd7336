/**
 * Lambda bills the main calculator does not model, answered from their own rates in `tables/prices.yaml`:
 * Lambda@Edge (requests and GB-seconds at edge rates), durable functions (durable operations), Managed
 * Instances (requests, the instances and a management fee), and the duration line of a month given in GB-seconds.
 */
import { defaultPrices, hoursPerMonth } from '../cost/hours.js';
import { billedMilliseconds, tieredCompute, type Arch } from '../cost/lambda.js';
import { groupDigits } from '../number-format.js';
import { formatCount } from '../cost/format.js';
import { cents, formatRate as rate, formatUsd, sumCents } from '../cost/money.js';
import type { Knowledge } from '../knowledge/schema.js';
import { makeReply, uniqueSources, type Reply } from '../reply.js';
import { instanceLabel, pricedInstances, type InstanceCount } from './instance-costs.js';

/** A month of Lambda@Edge: requests × the edge request rate, plus GB-seconds (1 ms billing) × the edge duration rate. */
export function edgeCostReply(requests: number, durationMs: number, memoryMb: number, knowledge: Knowledge): Reply | undefined {
  const prices = defaultPrices(knowledge);
  const edge = prices?.lambda.edge;
  if (!prices || !edge) return undefined;
  const gbSeconds = (requests * billedMilliseconds(durationMs) * (memoryMb / 1024)) / 1000;
  const requestsUsd = cents((requests / 1e6) * edge.requestsUsdPerMillion);
  const computeUsd = cents(gbSeconds * edge.usdPerGbSecond);
  const monthlyUsd = sumCents([requestsUsd, computeUsd]);
  return makeReply({
    kind: 'cost',
    title: `Lambda@Edge monthly cost — prices as of ${prices.lambda.source.asOf}`,
    summary: `Lambda@Edge ≈ ${formatUsd(monthlyUsd)} a month: requests ${formatUsd(requestsUsd)} (${formatCount(requests)} × ${rate(edge.requestsUsdPerMillion)} per million) + compute ${formatUsd(computeUsd)} (${formatCount(Math.round(gbSeconds))} GB-s × ${rate(edge.usdPerGbSecond)}).`,
    blocks: [
      {
        type: 'section',
        heading: 'Assumptions',
        markdown: [
          `- ${formatCount(requests)} requests a month of ${durationMs} ms at ${memoryMb} MB, billed per 1 ms as regular functions are.`,
          '- No free tier applied: the free tier in my sources is stated for regular Lambda functions.',
          '- CloudFront request and data-transfer charges come on top.',
        ].join('\n'),
      },
      { type: 'actions', buttons: [{ label: 'Lambda pricing', command: 'topic lambda-pricing' }] },
    ],
    sources: [prices.lambda.source],
    data: { edgeCost: { requests, durationMs, memoryMb, gbSeconds, requestsUsd, computeUsd, monthlyUsd } },
  });
}

/** The durable-operations line of a month: operations × the rate per million (data written and retained are separate lines). */
export function durableCostReply(operations: number, knowledge: Knowledge): Reply | undefined {
  const durable = defaultPrices(knowledge)?.lambda.durable;
  if (!durable) return undefined;
  const monthlyUsd = cents((operations / 1e6) * durable.operationsUsdPerMillion);
  return makeReply({
    kind: 'cost',
    title: `Lambda durable functions: operations cost — prices as of ${durable.source.asOf}`,
    summary: `${formatCount(operations)} durable operations ≈ ${formatUsd(monthlyUsd)} a month (${rate(durable.operationsUsdPerMillion)} per million). Data written (${rate(durable.writtenUsdPerGb)} per GB) and retained (${rate(durable.retainedUsdPerGbMonth)} per GB-month) are billed on top, as is the functions' own compute; waits on on-demand functions have no duration charge.`,
    blocks: [{ type: 'actions', buttons: [{ label: 'Durable functions', command: 'topic durable-functions' }] }],
    sources: [durable.source],
    data: { durableCost: { operations, monthlyUsd } },
  });
}

/**
 * A month of Lambda Managed Instances: requests at their rate, the instances at their EC2 on-demand price,
 * and the management fee as a share of that price; there is no duration charge. Undefined when the table
 * has no Managed Instances rates or no price for an instance type.
 */
export function managedInstancesCostReply(
  requests: number | undefined,
  instances: readonly InstanceCount[],
  knowledge: Knowledge,
  hours?: number,
): Reply | undefined {
  const prices = defaultPrices(knowledge);
  const managed = prices?.lambda.managedInstances;
  if (!prices || !managed || instances.length === 0) return undefined;
  const running = hours ?? hoursPerMonth(knowledge);
  const priced = pricedInstances(instances, prices, running);
  if (!priced) return undefined;
  const requestsUsd = cents(((requests ?? 0) / 1e6) * managed.requestsUsdPerMillion);
  const instancesUsd = sumCents(priced.map((p) => p.cost.monthlyUsd));
  const feeUsd = cents(instancesUsd * managed.managementFeeShare);
  const monthlyUsd = sumCents([requestsUsd, instancesUsd, feeUsd]);
  const fee = `${Math.round(managed.managementFeeShare * 100)}%`;
  const named = priced.map((p) => instanceLabel(p.w)).join(' and ');
  return makeReply({
    kind: 'cost',
    title: `Lambda Managed Instances monthly cost — ${prices.name} (${prices.region})`,
    summary: `Lambda Managed Instances on ${named} ≈ ${formatUsd(monthlyUsd)} a month: ${requests === undefined ? 'no requests counted' : `requests ${formatUsd(requestsUsd)} (${formatCount(requests)} × ${rate(managed.requestsUsdPerMillion)} per million)`} + instances ${formatUsd(instancesUsd)} on demand (${running} h) + management fee ${formatUsd(feeUsd)} (${fee} of the on-demand price). No duration charge; a Savings Plan or Reserved Instances would lower the instances' part, not the fee.`,
    blocks: [
      {
        type: 'section',
        heading: 'Assumptions',
        markdown: [
          `- The instances run all ${running} hours at their Linux on-demand price; EC2 Savings Plans and Reserved Instances lower that part, not the fee.`,
          ...(requests === undefined ? ['- No request count given: add it ("30M requests a month") for the request charge.'] : []),
          '- No free tier applied: the free tier in my sources is stated for regular Lambda functions.',
        ].join('\n'),
      },
      { type: 'actions', buttons: [{ label: 'Managed Instances', command: 'topic lambda-managed-instances' }] },
    ],
    sources: uniqueSources([managed.source, ...priced.map((p) => p.price.source)]),
    data: { managedInstancesCost: { requests: requests ?? 0, requestsUsd, instancesUsd, feeUsd, monthlyUsd } },
  });
}

/**
 * The duration line of a month given in GB-seconds ("we burn ~5 million GB-s a month"), on x86 and on Arm,
 * through the price tiers; with the first tier's rate alone beside it once the month passes that tier. No
 * requests and no free tier: the question gives neither, and the reply says so.
 */
export function durationCostReply(gbSeconds: number, knowledge: Knowledge, requests?: number): Reply | undefined {
  const prices = defaultPrices(knowledge);
  if (!prices) return undefined;
  const arches: Arch[] = ['x86', 'arm'];
  const lines = arches.map((arch) => {
    const tiers = prices.lambda.durationTiers[arch];
    const first = tiers[0];
    const usd = cents(tieredCompute(gbSeconds, tiers));
    const pastFirstTier = first?.upToGbSeconds !== undefined && gbSeconds > first.upToGbSeconds;
    const flatUsd = first && pastFirstTier ? cents(gbSeconds * first.usdPerGbSecond) : undefined;
    return { arch, usd, flatUsd, firstRate: first?.usdPerGbSecond, firstTierUpTo: first?.upToGbSeconds };
  });
  const label = (arch: Arch) => (arch === 'x86' ? 'x86' : 'Arm');
  const [x86, arm] = lines;
  if (!x86 || !arm) return undefined;
  const said = (l: (typeof lines)[number]) =>
    l.flatUsd === undefined
      ? `${label(l.arch)} ${formatUsd(l.usd)} (at ${rate(l.firstRate ?? 0)} per GB-s)`
      : `${label(l.arch)} ${formatUsd(l.usd)} with the price tiers, against ${formatUsd(l.flatUsd)} at the first tier's ${rate(l.firstRate ?? 0)} alone (the first ${formatCount(l.firstTierUpTo ?? 0)} GB-s)`;
  const saving = x86.usd > 0 ? Math.round((1 - arm.usd / x86.usd) * 100) : 0;
  // Requests, when the question gives them, are added to each: "5M GB-s and 20M requests, total?".
  const requestsUsd = requests === undefined ? undefined : cents((requests / 1e6) * prices.lambda.requestsUsdPerMillion);
  const withRequests =
    requestsUsd === undefined
      ? ''
      : ` With the ${formatCount(requests ?? 0)} requests (${formatUsd(requestsUsd)}): x86 ${formatUsd(sumCents([x86.usd, requestsUsd]))}, Arm ${formatUsd(sumCents([arm.usd, requestsUsd]))}, before the free tier.`;
  return makeReply({
    kind: 'cost',
    title: `Lambda duration cost — prices as of ${prices.lambda.source.asOf}`,
    summary: `${groupDigits(gbSeconds)} GB-s of duration a month: ${said(x86)}; ${said(arm)} — ${saving}% less on Arm.${withRequests}`,
    blocks: [
      {
        type: 'facts',
        heading: 'Duration rates per GB-second',
        facts: arches.map((arch) => ({
          text: `${label(arch)}: ${prices.lambda.durationTiers[arch]
            .map(
              (t) =>
                `${rate(t.usdPerGbSecond)}${t.upToGbSeconds === undefined ? ' beyond' : ` up to ${formatCount(t.upToGbSeconds)} GB-s`}`,
            )
            .join(', ')}`,
          source: prices.lambda.source,
        })),
      },
      {
        type: 'section',
        heading: 'Assumptions',
        markdown:
          requestsUsd === undefined
            ? `- The duration line alone: requests (${rate(prices.lambda.requestsUsdPerMillion)} per million) and the free tier are not in it.`
            : `- Duration and requests (${rate(prices.lambda.requestsUsdPerMillion)} per million); the free tier is not taken off.`,
      },
      { type: 'actions', buttons: [{ label: 'Lambda pricing', command: 'topic lambda-pricing' }] },
    ],
    sources: uniqueSources([prices.lambda.source]),
    data: {
      durationCost: {
        gbSeconds,
        lines: lines.map(({ arch, usd, flatUsd }) => ({ arch, usd, ...(flatUsd !== undefined ? { flatUsd } : {}) })),
        ...(requestsUsd !== undefined ? { requestsUsd } : {}),
      },
    },
  });
}

/** What a SnapStart bill needs: the function's memory, its published versions, how long they stay cached, the restores. */
export interface SnapStartUse {
  memoryMb: number;
  versions: number;
  cachedHours: number;
  restores: number;
  /** Java managed runtimes pay no SnapStart charges. */
  java: boolean;
}

/**
 * SnapStart's own charges for a month: each published version's snapshot cached (GB-seconds, with the
 * table's minimum per version) plus each restore (GB restored). The function's requests and duration are
 * billed as for any function, on top.
 */
export function snapStartCostReply(use: SnapStartUse, knowledge: Knowledge): Reply | undefined {
  const snap = defaultPrices(knowledge)?.lambda.snapStart;
  if (!snap) return undefined;
  const gb = use.memoryMb / 1024;
  const hours = Math.max(use.cachedHours, snap.minimumCacheHours);
  const cacheGbSeconds = gb * use.versions * hours * 3600;
  const cacheUsd = use.java ? 0 : cents(cacheGbSeconds * snap.cacheUsdPerGbSecond);
  const restoreUsd = use.java ? 0 : cents(use.restores * gb * snap.restoreUsdPerGb);
  const monthlyUsd = sumCents([cacheUsd, restoreUsd]);
  const versions = `${use.versions} published version${use.versions === 1 ? '' : 's'}`;
  const summary = use.java
    ? `SnapStart adds no charge on Java managed runtimes: the cache and restores are free there, and the function's requests and duration are billed as usual.`
    : `SnapStart ≈ ${formatUsd(monthlyUsd)} a month: cache ${formatUsd(cacheUsd)} (${groupDigits(Math.round(cacheGbSeconds))} GB-s × ${rate(snap.cacheUsdPerGbSecond)}) + restores ${formatUsd(restoreUsd)} (${formatCount(use.restores)} × ${gb} GB × ${rate(snap.restoreUsdPerGb)} per GB).`;
  return makeReply({
    kind: 'cost',
    title: `Lambda SnapStart cost — prices as of ${snap.source.asOf}`,
    summary,
    blocks: [
      {
        type: 'section',
        heading: 'Assumptions',
        markdown: [
          `- ${versions} of ${use.memoryMb} MB cached for ${groupDigits(hours)} h${use.cachedHours < snap.minimumCacheHours ? ` (the ${snap.minimumCacheHours}-hour minimum per version)` : ''}; ${formatCount(use.restores)} restores.`,
          "- SnapStart's charges alone: the function's requests and duration come on top, as for any function.",
        ].join('\n'),
      },
      { type: 'actions', buttons: [{ label: 'SnapStart', command: 'topic snapstart' }] },
    ],
    sources: [snap.source],
    data: { snapStartCost: { cacheUsd, restoreUsd, monthlyUsd } },
  });
}

/**
 * A Lambda MicroVM's vCPU and memory for the hours it runs. Its memory is a fixed multiple of its vCPUs, so
 * either one sizes it; the table's default size when neither is given.
 */
export function microVmCostReply(
  vcpus: number | undefined,
  memoryMb: number | undefined,
  hours: number,
  knowledge: Knowledge,
): Reply | undefined {
  const vm = defaultPrices(knowledge)?.lambda.microVms;
  if (!vm) return undefined;
  const cpus = vcpus ?? (memoryMb !== undefined ? memoryMb / 1024 / vm.gbPerVcpu : vm.defaultVcpus);
  const gb = cpus * vm.gbPerVcpu;
  const seconds = hours * 3600;
  const vcpuUsd = cents(cpus * seconds * vm.usdPerVcpuSecond);
  const memoryUsd = cents(gb * seconds * vm.usdPerGbSecond);
  const monthlyUsd = sumCents([vcpuUsd, memoryUsd]);
  const size = `${groupDigits(cpus)} vCPU and ${groupDigits(gb)} GB${vcpus === undefined && memoryMb === undefined ? ' (the default size)' : ''}`;
  return makeReply({
    kind: 'cost',
    title: `Lambda MicroVM cost — prices as of ${vm.source.asOf}`,
    summary: `A MicroVM of ${size} for ${groupDigits(hours)} h ≈ ${formatUsd(monthlyUsd)}: vCPU ${formatUsd(vcpuUsd)} (${groupDigits(cpus * seconds)} vCPU-s × ${rate(vm.usdPerVcpuSecond)}) + memory ${formatUsd(memoryUsd)} (${groupDigits(gb * seconds)} GB-s × ${rate(vm.usdPerGbSecond)}).`,
    blocks: [
      {
        type: 'section',
        heading: 'Assumptions',
        markdown: `- Memory is ${vm.gbPerVcpu} GB per vCPU on a MicroVM, so one of them sizes it; bursting above the baseline is not priced here.`,
      },
      { type: 'actions', buttons: [{ label: 'Lambda MicroVMs', command: 'topic lambda-microvms' }] },
    ],
    sources: [vm.source],
    data: { microVmCost: { vcpus: cpus, memoryGb: gb, hours, vcpuUsd, memoryUsd, monthlyUsd } },
  });
}
