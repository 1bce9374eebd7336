/**
 * Sizes EC2 capacity for a request load: requests in flight = requests a second × run time; each request in
 * flight holds its memory, and the headroom of `tables/rules.yaml` `sizing` goes on top. The fleet is built
 * of the table's general-purpose type for the arch, or of the cheapest type without a GPU that holds one run.
 */
import type { InstancePrice, RegionPrices, Sizing } from '../knowledge/schema.js';
import { groupDigits } from '../number-format.js';
import { formatCount } from './format.js';
import type { Arch } from './lambda.js';

/** A month's requests, how long each runs and the memory each holds, over the hours the capacity runs. */
export interface Load {
  requests: number;
  durationMs: number;
  memoryMb: number;
  hours: number;
}

export interface FleetSize {
  requestsPerSecond: number;
  inFlight: number;
  headroom: number;
  /** Memory the requests in flight hold, with headroom, in GB. */
  memoryGb: number;
  instance: InstancePrice;
  instances: number;
}

/** Requests a second and requests in flight on average, when the month's requests spread over its running hours. */
export function inFlight(load: Load): { requestsPerSecond: number; inFlight: number } {
  const requestsPerSecond = load.hours > 0 ? load.requests / (load.hours * 3600) : 0;
  return { requestsPerSecond, inFlight: (requestsPerSecond * load.durationMs) / 1000 };
}

// 72.000000001 GB over 8 GB instances is 9 instances, not 10.
const countFor = (needGb: number, perInstanceGb: number) => Math.max(1, Math.ceil(needGb / perInstanceGb - 1e-9));

/** How many instances of `instance` hold the load: `sizeFleet`'s count alone, cheap enough to call at every volume of a search. */
export function fleetCount(load: Load, sizing: Sizing, instance: InstancePrice): number {
  return countFor(inFlight(load).inFlight * (load.memoryMb / 1024) * (1 + sizing.headroom), instance.memoryGb);
}

/**
 * The instances that hold the load: of `named` when the user chose a type, otherwise of the fleet type for
 * the arch (or, when one run with headroom does not fit it, the cheapest fleet of a type that holds one run).
 * Undefined when no type in the table holds one run.
 */
export function sizeFleet(load: Load, arch: Arch, prices: RegionPrices, sizing: Sizing, named?: InstancePrice): FleetSize | undefined {
  const flight = inFlight(load);
  const perRunGb = (load.memoryMb / 1024) * (1 + sizing.headroom);
  const memoryGb = flight.inFlight * perRunGb;
  const fleet = (instance: InstancePrice): FleetSize => ({
    ...flight,
    headroom: sizing.headroom,
    memoryGb,
    instance,
    instances: fleetCount(load, sizing, instance),
  });
  if (named) return fleet(named);
  const table = prices.ec2.instances;
  const standard = table.find((i) => i.type === sizing.fleet[arch]);
  if (standard && standard.memoryGb >= perRunGb) return fleet(standard);
  const holding = table.filter((i) => !i.gpu && i.memoryGb >= perRunGb);
  const sameArch = holding.filter((i) => i.arch === arch);
  const candidates = (sameArch.length > 0 ? sameArch : holding).map(fleet);
  return candidates.sort((a, b) => a.instances * a.instance.usdPerHour - b.instances * b.instance.usdPerHour)[0];
}

/** "37", "1.3", "under 0.1": requests in flight as people read them. */
export function showInFlight(n: number): string {
  if (n < 0.1) return 'under 0.1';
  return groupDigits(n >= 10 ? Math.round(n) : Number(n.toFixed(1)));
}

/** "… ≈ 37 in flight × 1.5 GB + 30% headroom ≈ 71.2 GB": how a fleet was sized, for the assumptions. */
export function sizingSentence(load: Load, size: FleetSize): string {
  const gb = (n: number) => `${groupDigits(Number(n.toPrecision(3)))} GB`;
  return (
    `${formatCount(load.requests)} requests over ${groupDigits(load.hours)} h ≈ ${groupDigits(Number(size.requestsPerSecond.toPrecision(3)))} a second; ` +
    `× ${groupDigits(load.durationMs)} ms each ≈ ${showInFlight(size.inFlight)} in flight × ${gb(load.memoryMb / 1024)} + ${Math.round(size.headroom * 100)}% headroom ≈ ${gb(size.memoryGb)}`
  );
}
