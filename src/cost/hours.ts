import type { Knowledge, RegionPrices } from '../knowledge/schema.js';

/** The price table of the default region, which answers every question that names no region. */
export function defaultPrices(knowledge: Knowledge): RegionPrices | undefined {
  return knowledge.prices.find((p) => p.region === knowledge.defaultRegion);
}

/** Hours of a month of running time ("always on") in `region` from the price table; the default region's when it has no prices. */
export function hoursPerMonth(knowledge: Knowledge, region: string = knowledge.defaultRegion): number {
  const prices = knowledge.prices.find((p) => p.region === region) ?? defaultPrices(knowledge);
  if (!prices)
    throw new Error(
      `tables/prices.yaml has no prices for its default region '${knowledge.defaultRegion}'; the loader should have refused it`,
    );
  return prices.hoursPerMonth;
}
