import { numberFormat } from '../number-format.js';

/** Rounds to whole cents, as AWS's worked examples round each line before summing. */
export function cents(usd: number): number {
  return Math.round((usd + Number.EPSILON) * 100) / 100;
}

/** Sums already-rounded line items without floating-point dust. */
export function sumCents(lines: number[]): number {
  return Math.round(lines.reduce((a, b) => a + Math.round(b * 100), 0)) / 100;
}

const dollars = numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "$1,234.56". */
export function formatUsd(usd: number): string {
  return `$${dollars(usd)}`;
}

/** "$0.00005001", "$0.10", "$8.00": a unit rate at the price table's own precision, with cents at least. */
export function formatRate(usd: number): string {
  const exact = usd.toFixed(12).replace(/0+$/, '');
  return `$${(exact.split('.')[1] ?? '').length < 2 ? usd.toFixed(2) : exact}`;
}
