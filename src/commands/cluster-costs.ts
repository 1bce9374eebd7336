import { defaultPrices, hoursPerMonth } from '../cost/hours.js';
import { cents, formatRate as rate, formatUsd } from '../cost/money.js';
import type { Knowledge } from '../knowledge/schema.js';
import { makeReply, type Reply } from '../reply.js';

/**
 * What EKS control planes cost a month: clusters × the cluster-hour rate × the hours, in standard support and,
 * beside it, in extended support (a cluster on a Kubernetes version past standard support). Answers "eks
 * control plane cost for 3 clusters". Undefined when the default region's table has no EKS rates.
 */
export function clusterCostsReply(clusters: number, knowledge: Knowledge, hours?: number): Reply | undefined {
  const prices = defaultPrices(knowledge);
  const eks = prices?.eks;
  if (!prices || !eks) return undefined;
  const running = hours ?? hoursPerMonth(knowledge);
  const standard = cents(clusters * eks.clusterUsdPerHour * running);
  const extended = cents(clusters * eks.extendedSupportUsdPerHour * running);
  const count = `${clusters} EKS cluster${clusters === 1 ? '' : 's'}`;
  return makeReply({
    kind: 'cost',
    title: `EKS control-plane cost — ${prices.name} (${prices.region})`,
    summary: `${count}: ${formatUsd(standard)} a month for the control plane${clusters === 1 ? '' : 's'} in standard support (${rate(eks.clusterUsdPerHour)} per cluster-hour × ${running} h), ${formatUsd(extended)} if on versions in extended support (${rate(eks.extendedSupportUsdPerHour)}), ${formatUsd(cents(extended - standard))} more. Worker nodes (EC2 or Fargate) are billed on top.`,
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
        ],
      },
      {
        type: 'section',
        heading: 'Assumptions',
        markdown: `- Each cluster runs all ${running} hours of the month; ECS has no control-plane charge (\`topic eks-pricing\`).`,
      },
      { type: 'actions', buttons: [{ label: 'ECS vs EKS', command: 'ecs-vs-eks' }] },
    ],
    sources: [eks.source],
    data: { clusterCosts: { clusters, hours: running, monthlyUsd: standard, extendedSupportMonthlyUsd: extended } },
  });
}
