/**
 * Numbers as people read them ("10,240"). `toLocaleString` builds a new Intl formatter on every call (tens of
 * microseconds each, which was most of a cost answer's time), so the formatter is built once.
 */
const grouped = new Intl.NumberFormat('en-US');

/** "10,240"; up to three decimals, as `toLocaleString('en-US')` shows them. */
export function groupDigits(n: number): string {
  return grouped.format(n);
}
