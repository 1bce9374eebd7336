import { ec2MonthlyCost } from '../cost/ec2.js';
import { formatAtMost, formatCount, formatRunTimeAtMost, freeTierAllowance } from '../cost/format.js';
import { defaultPrices, hoursPerMonth } from '../cost/hours.js';
import { freeGbSecondsEach, gbSecondsWithin, type LambdaVolume } from '../cost/lambda.js';
import { formatUsd, sumCents } from '../cost/money.js';
import { quotaValue } from '../knowledge/quotas.js';
import type { Knowledge, RegionPrices } from '../knowledge/schema.js';
import { makeReply, uniqueSources, type Block, type Reply } from '../reply.js';

export interface InstanceCount {
  type: string;
  count: number;
}

/** "$0.0416" per hour: the table's own precision, never rounded to cents. */
export const hourly = (usd: number) => `$${usd}`;

/** "2 × m7g.large", "t3.micro": instances as the replies name them. */
export const instanceLabel = (w: InstanceCount) => `${w.count > 1 ? `${w.count} × ` : ''}${w.type}`;

/**
 * Each wanted instance with its price row and its on-demand cost for `hours`, or undefined when the table has
 * no price for one of them: the one pricing of named instances that every reply of instances uses.
 */
export function pricedInstances(wanted: readonly InstanceCount[], prices: RegionPrices, hours: number) {
  const rows = wanted.map((w) => ({ w, price: prices.ec2.instances.find((i) => i.type === w.type) }));
  const priced = rows.flatMap(({ w, price }) => (price ? [{ w, price, cost: ec2MonthlyCost(price, w.count, hours, undefined) }] : []));
  return priced.length === rows.length ? priced : undefined;
}

/**
 * What EC2 instances cost, one line each — the hourly on-demand rate and the month — and, for two, which
 * costs more and by how much. Answers "g5.xlarge hourly?", "3x t3.medium a month", "2x m7g.large vs 1x
 * c5.xlarge". With a Lambda volume ("a t3.micro or lambda? ~100k requests"), also how much each request may
 * use before Lambda costs more than the instances. Undefined when the default region's table lacks one of
 * the types (the `cost` command explains that).
 */
export function instanceCostsReply(
  wanted: readonly InstanceCount[],
  knowledge: Knowledge,
  hours?: number,
  lambda?: LambdaVolume,
  /** The types run together ("4x t3.small and 2x m5.large"): one total, not a comparison. */
  together = false,
): Reply | undefined {
  const prices = defaultPrices(knowledge);
  if (!prices) return undefined;
  const running = hours ?? hoursPerMonth(knowledge);
  const costs = pricedInstances(wanted, prices, running);
  if (!costs) return undefined;
  const [first, second] = costs;
  const difference =
    first && second && costs.length === 2 && !together
      ? ` ${instanceLabel(first.cost.monthlyUsd >= second.cost.monthlyUsd ? first.w : second.w)} costs ${formatUsd(Math.abs(first.cost.monthlyUsd - second.cost.monthlyUsd))} more a month.`
      : '';
  const total = costs.reduce((sum, c) => sum + c.cost.monthlyUsd, 0);
  const within = lambda && lambdaWithin(lambda, total, prices.lambda, quotaValue(knowledge, 'lambda.timeout', 'ms'));
  return makeReply({
    kind: 'cost',
    title: `EC2 on-demand cost — ${prices.name} (${prices.region})`,
    summary: `${costs.map((c) => `${instanceLabel(c.w)} ${formatUsd(c.cost.monthlyUsd)}`).join(together ? ' + ' : ' vs ')}${together && costs.length > 1 ? ` = ${formatUsd(sumCents(costs.map((c) => c.cost.monthlyUsd)))}` : ''} ${running === hoursPerMonth(knowledge) ? `a month on demand (${running} h)` : `on demand for ${running} h`}.${difference}${within ? ` ${within.sentence}` : ''}`,
    blocks: [
      {
        type: 'fields',
        fields: costs.map((c) => ({
          label: `EC2 ${instanceLabel(c.w)}: ${formatUsd(c.cost.monthlyUsd)}${running === hoursPerMonth(knowledge) ? '/month' : ` for ${running} h`}`,
          value: `${hourly(c.price.usdPerHour)}/h on demand${c.w.count > 1 ? ` × ${c.w.count}` : ''} × ${running} h · ${c.price.vcpu} vCPU, ${c.price.memoryGb} GiB`,
        })),
      },
      ...(within?.block ? [within.block] : []),
      {
        type: 'section',
        heading: 'Assumptions',
        markdown: [
          `- Linux, on demand, ${running} hours a month; a Savings Plan or Reserved Instance lowers it (\`topic savings-plans\`).`,
          ...(lambda ? [`- Lambda: ${lambda.arch}, its request and duration charges only (an API in front of it is billed on top).`] : []),
        ].join('\n'),
      },
      { type: 'actions', buttons: [{ label: 'EC2 vs Lambda', command: 'ec2-vs-lambda' }] },
    ],
    sources: uniqueSources([...costs.map((c) => c.price.source), ...(lambda ? [prices.lambda.source] : [])]),
    data: {
      instanceCosts: costs.map((c) => ({
        instance: c.w.type,
        instances: c.w.count,
        usdPerHour: c.price.usdPerHour,
        monthlyUsd: c.cost.monthlyUsd,
      })),
      ...(within && { lambdaWithin: within.data }),
    },
  });
}

/** Memory sizes a reader can set a function to, to show what a GB-s allowance means in run time. */
const MEMORY_MB = [128, 512, 1024, 2048];

/**
 * How much each request of `lambda` may use before its bill passes `budgetUsd`, and inside the free tier: a
 * sentence for the summary and, when there is more to say, a block with run times at common memory sizes.
 */
function lambdaWithin(lambda: LambdaVolume, budgetUsd: number, prices: RegionPrices['lambda'], timeoutMs: number) {
  const volume = `${formatCount(lambda.requests)} requests a month`;
  const cheaper = gbSecondsWithin(budgetUsd, lambda, prices, timeoutMs);
  const free = lambda.freeTier ? freeGbSecondsEach(lambda.requests, prices, timeoutMs) : undefined;
  const freeTier = `free tier: ${freeTierAllowance(prices.freeTier)}`;
  const data = { requests: lambda.requests, gbSecondsPerRequest: cheaper, freeGbSecondsPerRequest: free };
  if (cheaper === undefined) return { sentence: `Lambda costs more than that for ${volume}, even at 1 ms each.`, data, block: undefined };
  if (cheaper * 1000 >= timeoutMs)
    return {
      sentence: `Lambda is cheaper for ${volume} even if each runs ${timeoutMs / 1000} s, its longest, at 1 GB of memory.`,
      data,
      block: undefined,
    };
  const sentence = `Lambda is cheaper for ${volume} while each uses under ${formatAtMost(cheaper)} GB-s (${formatRunTimeAtMost(cheaper)} at 1 GB of memory)${
    free ? `, and free under ${formatAtMost(free)} GB-s each (${freeTier})` : ''
  }.`;
  // The same GB-s at other memory sizes, as long as that run time is one Lambda allows.
  const runTimes = MEMORY_MB.filter((mb) => (cheaper * 1024) / mb <= timeoutMs / 1000)
    .map((mb) => `${formatRunTimeAtMost((cheaper * 1024) / mb)} at ${mb >= 1024 ? `${mb / 1024} GB` : `${mb} MB`}`)
    .join(' · ');
  const block: Block = {
    type: 'fields',
    fields: [
      {
        label: `Lambda, ${volume}: cheaper under ${formatAtMost(cheaper)} GB-s each`,
        value: `${runTimes}${lambda.freeTier ? ' · free tier applied' : ''}`,
      },
    ],
  };
  return { sentence, data, block };
}
