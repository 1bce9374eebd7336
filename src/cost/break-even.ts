/**
 * The monthly request volume at which a per-request bill (`costAt`, rising with volume) reaches the other
 * bill: a fixed monthly amount, or one that grows with volume more slowly (a fleet sized for the load).
 * Undefined when it never does below `max` requests.
 */
export function breakEvenRequests(
  costAt: (requests: number) => number,
  other: number | ((requests: number) => number),
  max = 1e13,
): number | undefined {
  const otherAt = typeof other === 'number' ? () => other : other;
  if (costAt(max) < otherAt(max)) return undefined;
  let low = 0;
  let high = max;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (costAt(mid) < otherAt(mid)) low = mid;
    else high = mid;
  }
  return high;
}
