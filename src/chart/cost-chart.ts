/**
 * The cost chart as data: each priced option's monthly bill against monthly requests over a few decades
 * around the asker's volume and the break-even, with both marked, and the crossover said in words.
 */
import { breakEvenRequests } from '../cost/break-even.js';
import type { CostEstimate, VolumeCosts } from '../cost/estimate.js';
import { formatCount } from '../cost/format.js';
import { formatUsd } from '../cost/money.js';
import type { ChartMark, ChartSeries, CostChart } from '../reply.js';

/** Points per line: enough that a fleet's steps read as steps at 800 pixels wide. */
const SAMPLES = 121;

/** The chart for an estimate at the asker's volume; undefined unless Lambda and an always-on option are priced. */
export function costChart(e: CostEstimate, requests: number): CostChart | undefined {
  const { costsAt, ec2, fargate, prices } = e;
  if (!costsAt || (!ec2 && !fargate)) return undefined;
  // The fleet is sized at each volume: the chart names the type; the count at the asker's volume is in the words.
  const other = ec2 ? `EC2 ${ec2.instance}` : 'Fargate';
  const fleet = ec2 ? `EC2 ${ec2.instances > 1 ? `${ec2.instances} × ` : ''}${ec2.instance}` : 'Fargate';
  // One home for the break-even: the estimate's own against EC2; Fargate's by the same search when it stands alone.
  const breakEven = ec2
    ? e.breakEven?.requestsPerMonth
    : breakEvenRequests(
        (r) => costsAt(r).lambdaUsd,
        (r) => costsAt(r).fargateUsd ?? 0,
      );
  const [from, to] = volumeRange([requests, breakEven, e.breakEven?.committedRequestsPerMonth]);
  const volumes = Array.from({ length: SAMPLES }, (_, i) => Math.round(from * (to / from) ** (i / (SAMPLES - 1))));
  const costs = volumes.map((v) => costsAt(v));
  const line = (id: ChartSeries['id'], label: string, usd: (c: VolumeCosts) => number | undefined): ChartSeries[] =>
    usd(costs[0] as VolumeCosts) === undefined
      ? []
      : [{ id, label, points: volumes.map((v, i) => ({ requests: v, usd: usd(costs[i] as VolumeCosts) ?? 0 })) }];
  const series = [
    ...line('lambda', 'Lambda', (c) => c.lambdaUsd),
    ...line('ec2', `EC2 on demand`, (c) => c.ec2Usd),
    ...line('ec2-committed', 'EC2 committed (best case)', (c) => c.ec2CommittedUsd),
    ...line('fargate', 'Fargate', (c) => c.fargateUsd),
  ];
  const committed = e.breakEven?.committedRequestsPerMonth;
  const marks: ChartMark[] = [
    ...(breakEven !== undefined
      ? [{ kind: 'break-even' as const, requests: breakEven, label: `Break-even ${formatCount(breakEven)}` }]
      : []),
    ...(committed !== undefined
      ? [{ kind: 'committed-break-even' as const, requests: committed, label: `Committed break-even ${formatCount(committed)}` }]
      : []),
    { kind: 'your-volume', requests, label: `You: ${formatCount(requests)}` },
  ];
  return {
    title: `Monthly cost: Lambda vs ${other}${ec2 && fargate ? ' vs Fargate' : ''}`,
    xAxis: 'Requests per month (log scale)',
    yAxis: 'USD per month (log scale)',
    series,
    marks,
    caption: `${prices.name} (${prices.region}) · prices as of ${prices.lambda.source.asOf} · ${ec2 ? `${ec2.instance} fleet` : 'Fargate tasks'} sized for each volume`,
    alt: altText(other, fleet, breakEven, requests, costsAt(requests)),
  };
}

/** Whole decades from one below the lowest volume of note to one above the highest, at least three in all. */
function volumeRange(volumes: (number | undefined)[]): [number, number] {
  const known = volumes.filter((v): v is number => v !== undefined && v >= 1);
  const low = Math.floor(Math.log10(Math.min(...known))) - 1;
  const high = Math.max(Math.ceil(Math.log10(Math.max(...known))) + 1, low + 3);
  return [10 ** Math.max(low, 2), 10 ** Math.max(high, 5)];
}

function altText(other: string, fleet: string, breakEven: number | undefined, requests: number, at: VolumeCosts): string {
  const otherUsd = at.ec2Usd ?? at.fargateUsd ?? 0;
  const cheaper = at.lambdaUsd <= otherUsd ? 'Lambda is cheaper' : `${fleet} is cheaper`;
  const yours = `At your ${formatCount(requests)} requests a month ${cheaper}: Lambda ${formatUsd(at.lambdaUsd)} vs ${formatUsd(otherUsd)} for ${fleet}.`;
  if (breakEven === undefined) return `Lambda stays cheaper than ${other} on demand at every volume: those lines never cross. ${yours}`;
  return `The lines cross at ${formatCount(breakEven)} requests a month: below it Lambda costs less than ${other} on demand, above it more. ${yours}`;
}
