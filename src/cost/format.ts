import { groupDigits } from '../number-format.js';

/** "250k", "18.4M", "1.2B": request volumes as people say them. */
export function formatCount(n: number): string {
  const scaled = (value: number, suffix: string) => `${groupDigits(Number(value.toPrecision(3)))}${suffix}`;
  if (n >= 1e9) return scaled(n / 1e9, 'B');
  if (n >= 1e6) return scaled(n / 1e6, 'M');
  if (n >= 1e3) return scaled(n / 1e3, 'k');
  return String(Math.round(n));
}
