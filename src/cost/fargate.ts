import type { RegionPrices } from '../knowledge/schema.js';
import { cents, sumCents } from './money.js';
import type { Arch } from './lambda.js';

export interface FargateTask {
  vcpu: number;
  memoryGb: number;
  storageGb: number;
  arch: Arch;
  /** Linux unless said; Windows runs on x86 only, with an OS licence per vCPU-second. */
  os?: 'linux' | 'windows';
  tasks: number;
  hours: number;
}

export interface FargateCost {
  vcpuUsd: number;
  memoryUsd: number;
  storageUsd: number;
  /** The Windows OS licence; 0 on Linux. */
  licenseUsd: number;
  monthlyUsd: number;
}

/** The Windows rates for a task, or why there are none: Windows tasks run on x86 only, where the table has them. */
export function windowsRates(arch: Arch, prices: RegionPrices['fargate']): NonNullable<RegionPrices['fargate']['windows']>['x86'] | string {
  if (arch !== 'x86') return 'Fargate runs Windows tasks on x86 only';
  return prices.windows?.x86 ?? 'the price table has no Fargate Windows rates for this region';
}

/** vCPU-seconds + GB-seconds (+ storage above the included 20 GB, + the OS licence on Windows) for the tasks' running time. */
export function fargateMonthlyCost(t: FargateTask, prices: RegionPrices['fargate']): FargateCost {
  const seconds = t.hours * 3600 * t.tasks;
  const windows = t.os === 'windows' ? windowsRates(t.arch, prices) : undefined;
  // estimateCost refuses a Windows task it has no rates for before it prices one.
  if (typeof windows === 'string') throw new Error(windows);
  const rates = windows ?? prices.linux[t.arch];
  const vcpuUsd = cents(t.vcpu * rates.usdPerVcpuSecond * seconds);
  const memoryUsd = cents(t.memoryGb * rates.usdPerGbSecond * seconds);
  const licenseUsd = windows ? cents(t.vcpu * windows.licenseUsdPerVcpuSecond * seconds) : 0;
  const storageUsd = cents(Math.max(t.storageGb - prices.includedStorageGb, 0) * prices.storageUsdPerGbSecond * seconds);
  return { vcpuUsd, memoryUsd, storageUsd, licenseUsd, monthlyUsd: sumCents([vcpuUsd, memoryUsd, storageUsd, licenseUsd]) };
}
