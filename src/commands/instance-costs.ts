import { ec2MonthlyCost } from '../cost/ec2.js';
import { defaultPrices, hoursPerMonth } from '../cost/hours.js';
import { formatUsd } from '../cost/money.js';
import type { Knowledge } from '../knowledge/schema.js';
import { makeReply, uniqueSources, type Reply } from '../reply.js';

export interface InstanceCount {
  type: string;
  count: number;
}

/** "$0.0416" per hour: the table's own precision, never rounded to cents. */
const hourly = (usd: number) => `$${usd}`;

/**
 * What EC2 instances cost, one line each — the hourly on-demand rate and the month — and, for two, which
 * costs more and by how much. Answers "g5.xlarge hourly?", "3x t3.medium a month", "2x m7g.large vs 1x
 * c5.xlarge". Undefined when the default region's table lacks one of them (the `cost` command explains that).
 */
export function instanceCostsReply(wanted: readonly InstanceCount[], knowledge: Knowledge, hours?: number): Reply | undefined {
  const prices = defaultPrices(knowledge);
  if (!prices) return undefined;
  const running = hours ?? hoursPerMonth(knowledge);
  const lines = wanted.map((w) => ({ w, price: prices.ec2.instances.find((i) => i.type === w.type) }));
  if (lines.some((l) => !l.price)) return undefined;
  const costs = lines.flatMap(({ w, price }) => (price ? [{ w, price, cost: ec2MonthlyCost(price, w.count, running, undefined) }] : []));
  const label = (w: InstanceCount) => `${w.count > 1 ? `${w.count} × ` : ''}${w.type}`;
  const [first, second] = costs;
  const difference =
    first && second && costs.length === 2
      ? ` ${label(first.cost.monthlyUsd >= second.cost.monthlyUsd ? first.w : second.w)} costs ${formatUsd(Math.abs(first.cost.monthlyUsd - second.cost.monthlyUsd))} more a month.`
      : '';
  return makeReply({
    kind: 'cost',
    title: `EC2 on-demand cost — ${prices.name} (${prices.region})`,
    summary: `${costs.map((c) => `${label(c.w)} ${formatUsd(c.cost.monthlyUsd)}`).join(' vs ')} a month on demand (${running} h).${difference}`,
    blocks: [
      {
        type: 'fields',
        fields: costs.map((c) => ({
          label: `EC2 ${label(c.w)}: ${formatUsd(c.cost.monthlyUsd)}/month`,
          value: `${hourly(c.price.usdPerHour)}/h on demand${c.w.count > 1 ? ` × ${c.w.count}` : ''} × ${running} h · ${c.price.vcpu} vCPU, ${c.price.memoryGb} GiB`,
        })),
      },
      {
        type: 'section',
        heading: 'Assumptions',
        markdown: `- Linux, on demand, ${running} hours a month; a Savings Plan or Reserved Instance lowers it (\`topic savings-plans\`).`,
      },
      { type: 'actions', buttons: [{ label: 'EC2 vs Lambda', command: 'ec2-vs-lambda' }] },
    ],
    sources: uniqueSources(costs.map((c) => c.price.source)),
    data: {
      instanceCosts: costs.map((c) => ({
        instance: c.w.type,
        instances: c.w.count,
        usdPerHour: c.price.usdPerHour,
        monthlyUsd: c.cost.monthlyUsd,
      })),
    },
  });
}
