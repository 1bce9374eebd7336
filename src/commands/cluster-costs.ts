import { defaultPrices, hoursPerMonth } from '../cost/hours.js';
import { cents, formatRate as rate, formatUsd, sumCents } from '../cost/money.js';
import type { Knowledge } from '../knowledge/schema.js';
import { makeReply, uniqueSources, type Reply } from '../reply.js';
import { hourly, instanceLabel, pricedInstances, type InstanceCount } from './instance-costs.js';

/**
 * What EKS control planes cost a month: clusters × the cluster-hour rate × the hours, in standard support and,
 * beside it, in extended support (a cluster on a Kubernetes version past standard support). Answers "eks
 * control plane cost for 3 clusters"; with worker `nodes` named ("plus 2 m7g.large worker nodes"), the month
 * of cluster and nodes together. Undefined when the default region's table has no EKS rates, or no price for
 * a node type.
 */
export function clusterCostsReply(
  clusters: number,
  knowledge: Knowledge,
  hours?: number,
  nodes: readonly InstanceCount[] = [],
  /** How many of the clusters are in extended support, when the question says. */
  inExtended?: number,
): Reply | undefined {
  const prices = defaultPrices(knowledge);
  const eks = prices?.eks;
  if (!prices || !eks) return undefined;
  // With nodes, the hours asked are the nodes' ("8 hours a day"): a cluster's control plane bills all month.
  const running = nodes.length > 0 ? hoursPerMonth(knowledge) : (hours ?? hoursPerMonth(knowledge));
  const nodeHours = hours ?? hoursPerMonth(knowledge);
  const workers = pricedInstances(nodes, prices, nodeHours);
  if (!workers) return undefined;
  const nodesUsd = sumCents(workers.map((w) => w.cost.monthlyUsd));
  const standard = cents(clusters * eks.clusterUsdPerHour * running);
  const extended = cents(clusters * eks.extendedSupportUsdPerHour * running);
  const count = `${clusters} EKS cluster${clusters === 1 ? '' : 's'}`;
  const nodeLabel = workers.map((w) => instanceLabel(w.w)).join(' and ');
  // Several clusters are often on different versions: what each one in extended support adds.
  const each = cents((eks.extendedSupportUsdPerHour - eks.clusterUsdPerHour) * running);
  const some = inExtended !== undefined && inExtended >= 1 && inExtended < clusters ? inExtended : 1;
  const mixed =
    clusters > 1
      ? ` Each cluster in extended support adds ${formatUsd(each)}: ${some === 1 ? 'one' : some} of the ${clusters} in extended support ${some === 1 ? 'is' : 'are'} ${formatUsd(cents(standard + some * each))}.`
      : '';
  const controlPlanes = `${formatUsd(standard)} a month for the control plane${clusters === 1 ? '' : 's'} in standard support (${rate(eks.clusterUsdPerHour)} per cluster-hour × ${running} h), ${formatUsd(extended)} if on versions in extended support (${rate(eks.extendedSupportUsdPerHour)}), ${formatUsd(cents(extended - standard))} more.${mixed}`;
  const summary =
    workers.length > 0
      ? `${count} with ${nodeLabel} worker nodes: ${formatUsd(cents(standard + nodesUsd))} a month in standard support (control plane ${formatUsd(standard)} + nodes ${formatUsd(nodesUsd)} on demand), ${formatUsd(cents(extended + nodesUsd))} in extended support.`
      : `${count}: ${controlPlanes} Worker nodes (EC2 or Fargate) are billed on top.`;
  return makeReply({
    kind: 'cost',
    title: `${workers.length > 0 ? 'EKS cluster cost' : 'EKS control-plane cost'} — ${prices.name} (${prices.region})`,
    summary,
    blocks: [
      {
        type: 'fields',
        fields: [
          {
            label: `Standard support: ${formatUsd(standard)}/month`,
            value: `${rate(eks.clusterUsdPerHour)}/cluster-hour × ${clusters} × ${running} h`,
          },
          {
            label: `Extended support: ${formatUsd(extended)}/month`,
            value: `${rate(eks.extendedSupportUsdPerHour)}/cluster-hour × ${clusters} × ${running} h`,
          },
          ...workers.map((w) => ({
            label: `Worker nodes ${instanceLabel(w.w)}: ${formatUsd(w.cost.monthlyUsd)}/month`,
            value: `${hourly(w.price.usdPerHour)}/h on demand${w.w.count > 1 ? ` × ${w.w.count}` : ''} × ${nodeHours} h`,
          })),
        ],
      },
      {
        type: 'section',
        heading: 'Assumptions',
        markdown: [
          `- Each cluster runs all ${running} hours of the month; ECS has no control-plane charge (\`topic eks-pricing\`).`,
          ...(workers.length > 0 ? [`- Nodes: Linux, on demand; EBS volumes and data transfer are billed on top.`] : []),
        ].join('\n'),
      },
      { type: 'actions', buttons: [{ label: 'ECS vs EKS', command: 'ecs-vs-eks' }] },
    ],
    sources: uniqueSources([eks.source, ...workers.map((w) => w.price.source)]),
    data: {
      clusterCosts: {
        clusters,
        hours: running,
        monthlyUsd: standard,
        extendedSupportMonthlyUsd: extended,
        ...(workers.length > 0 ? { nodesMonthlyUsd: nodesUsd } : {}),
      },
    },
  });
}
