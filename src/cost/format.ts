import type { RegionPrices } from '../knowledge/schema.js';
import { groupDigits, numberFormat } from '../number-format.js';

/** "250k", "18.4M", "1.2B": request volumes as people say them. */
export function formatCount(n: number): string {
  const scaled = (value: number, suffix: string) => `${groupDigits(Number(value.toPrecision(3)))}${suffix}`;
  if (n >= 1e9) return scaled(n / 1e9, 'B');
  if (n >= 1e6) return scaled(n / 1e6, 'M');
  if (n >= 1e3) return scaled(n / 1e3, 'k');
  return String(Math.round(n));
}

const threeDigits = numberFormat({ maximumSignificantDigits: 3 });

/** 8.554 → "8.55", 0.08034 → "0.0803": three significant digits, rounded down, for a figure that is a ceiling. */
export function formatAtMost(n: number): string {
  const step = 10 ** (Math.floor(Math.log10(n)) - 2);
  return threeDigits(Math.floor(n / step + 1e-9) * step);
}

/** A run time of at most `seconds`: "80.3 ms", "8.55 s". */
export function formatRunTimeAtMost(seconds: number): string {
  return seconds < 1 ? `${formatAtMost(seconds * 1000)} ms` : `${formatAtMost(seconds)} s`;
}

/** "1M requests and 400,000 GB-s a month": Lambda's monthly free tier. */
export function freeTierAllowance(free: RegionPrices['lambda']['freeTier']): string {
  return `${formatCount(free.requests)} requests and ${groupDigits(free.gbSeconds)} GB-s a month`;
}
