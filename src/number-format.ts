/**
 * Numbers as people read them ("10,240"). `toLocaleString` builds a new Intl formatter on every call (tens of
 * microseconds each, which was most of a cost answer's time), so each formatter is built once — on first use,
 * because the first one a process builds loads ICU's data (about 20 ms), which a cold start that shows no
 * number (help, a topic) should not pay.
 */
export function numberFormat(options?: Intl.NumberFormatOptions): (n: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (n) => (format ??= new Intl.NumberFormat('en-US', options)).format(n);
}

const grouped = numberFormat();

/** "10,240"; up to three decimals, as `toLocaleString('en-US')` shows them. */
export function groupDigits(n: number): string {
  return grouped(n);
}
