import type { RegionPrices } from '../knowledge/schema.js';
import { cents, sumCents } from './money.js';
import type { Arch } from './lambda.js';

export interface FargateTask {
  vcpu: number;
  memoryGb: number;
  storageGb: number;
  arch: Arch;
  tasks: number;
  hours: number;
}

export interface FargateCost {
  vcpuUsd: number;
  memoryUsd: number;
  storageUsd: number;
  monthlyUsd: number;
}

/** vCPU-seconds + GB-seconds (+ storage above the included 20 GB) for the tasks' running time. */
export function fargateMonthlyCost(t: FargateTask, prices: RegionPrices['fargate']): FargateCost {
  const seconds = t.hours * 3600 * t.tasks;
  const rates = prices.linux[t.arch];
  const vcpuUsd = cents(t.vcpu * rates.usdPerVcpuSecond * seconds);
  const memoryUsd = cents(t.memoryGb * rates.usdPerGbSecond * seconds);
  const storageUsd = cents(Math.max(t.storageGb - prices.includedStorageGb, 0) * prices.storageUsdPerGbSecond * seconds);
  return { vcpuUsd, memoryUsd, storageUsd, monthlyUsd: sumCents([vcpuUsd, memoryUsd, storageUsd]) };
}
