import type { InstancePrice, RegionPrices } from '../knowledge/schema.js';
import { cents } from './money.js';

export interface Ec2Cost {
  instance: string;
  instances: number;
  hours: number;
  monthlyUsd: number;
  /** Best case with the table's commitment discount, when one applies. */
  committedMonthlyUsd?: number;
  commitmentLabel?: string;
}

/** Hourly price × hours × instances, on demand and with the commitment asked for (if the table has it). */
export function ec2MonthlyCost(
  instance: InstancePrice,
  instances: number,
  hours: number,
  commitment: RegionPrices['ec2']['commitments'][number] | undefined,
): Ec2Cost {
  const onDemand = instance.usdPerHour * hours * instances;
  return {
    instance: instance.type,
    instances,
    hours,
    monthlyUsd: cents(onDemand),
    ...(commitment ? { committedMonthlyUsd: cents(onDemand * (1 - commitment.maxDiscount)), commitmentLabel: commitment.label } : {}),
  };
}
