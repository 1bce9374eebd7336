/**
 * The monthly request volume at which a per-request bill (`costAt`, rising with volume) reaches a fixed
 * monthly bill. Undefined when it never does below `max` requests.
 */
export function breakEvenRequests(costAt: (requests: number) => number, fixedMonthlyUsd: number, max = 1e13): number | undefined {
  if (costAt(max) < fixedMonthlyUsd) return undefined;
  let low = 0;
  let high = max;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (costAt(mid) < fixedMonthlyUsd) low = mid;
    else high = mid;
  }
  return high;
}
