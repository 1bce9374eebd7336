import { fargateMonthlyCost } from '../cost/fargate.js';
import { defaultPrices, hoursPerMonth } from '../cost/hours.js';
import { formatRate, formatUsd } from '../cost/money.js';
import { groupDigits } from '../number-format.js';
import { quota } from '../knowledge/quotas.js';
import type { Knowledge } from '../knowledge/schema.js';
import { makeReply, type Reply } from '../reply.js';

/**
 * What a Fargate task's ephemeral storage adds on top of its vCPU and memory: the GB above the included
 * 20 GB, per GB-second, for the running hours. Answers "100 GB of ephemeral storage all month — what's the
 * extra charge?" without inventing a task size the user did not give.
 */
export function fargateStorageReply(storageMb: number, knowledge: Knowledge, hours?: number, tasks = 1): Reply | undefined {
  const prices = defaultPrices(knowledge);
  if (!prices) return undefined;
  const running = hours ?? hoursPerMonth(knowledge);
  const storageGb = storageMb / 1024;
  const { includedStorageGb, storageUsdPerGbSecond } = prices.fargate;
  const extraGb = Math.max(storageGb - includedStorageGb, 0);
  const { storageUsd } = fargateMonthlyCost({ vcpu: 0, memoryGb: 0, storageGb, arch: 'x86', tasks, hours: running }, prices.fargate);
  const perTask = tasks > 1 ? ` for ${tasks} tasks` : '';
  const summary =
    extraGb === 0
      ? `No extra charge: a Fargate task includes ${includedStorageGb} GB of ephemeral storage, and ${groupDigits(storageGb)} GB is within it.`
      : `${formatUsd(storageUsd)} a month${perTask} on top of vCPU and memory: ${groupDigits(extraGb)} GB above the included ${includedStorageGb} GB × ${formatRate(storageUsdPerGbSecond)} per GB-second × ${running} h.`;
  return makeReply({
    kind: 'cost',
    title: `Fargate ephemeral storage cost — ${prices.name} (${prices.region})`,
    summary,
    blocks: [
      {
        type: 'section',
        heading: 'Assumptions',
        markdown: `- The task runs ${running} hours a month. Ephemeral storage: ${quota(knowledge, 'fargate.ephemeral-storage').display}. For the whole task, give its size: \`cost fargate-vcpu=1 fargate-memory=2gb fargate-storage=${groupDigits(storageGb)}gb\`.`,
      },
    ],
    sources: [prices.fargate.source],
    data: { fargateStorage: { storageGb, extraGb, tasks, hours: running, monthlyUsd: storageUsd } },
  });
}
