/** How setting values read back to people: durations, sizes and rates. */
import { groupDigits } from '../number-format.js';

/** "20 minutes", "15 min 1 s", "2 h 30 min", "250 ms": exact where it matters (901 s is not "15 minutes"). */
export function showSeconds(total: number): string {
  if (total < 1) return `${Number((total * 1000).toPrecision(3))} ms`;
  const units: [number, string, string][] = [
    [86400, 'day', 'd'],
    [3600, 'hour', 'h'],
    [60, 'minute', 'min'],
    [1, 'second', 's'],
  ];
  const parts: [number, string, string][] = [];
  let rest = Math.round(total);
  for (const [size, long, short] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push([n, long, short]);
    rest -= n * size;
  }
  const [first, second] = parts;
  if (!first) return `${total} s`;
  if (parts.length === 1 || !second) return `${groupDigits(first[0])} ${first[1]}${first[0] === 1 ? '' : 's'}`;
  return `${first[0]} ${first[2]} ${second[0]} ${second[2]}${parts.length > 2 ? ' (about)' : ''}`;
}

/** "512 MB", "12 GB", "1.5 TB". */
export const showMegabytes = (mb: number): string =>
  mb >= 1024 * 1024
    ? `${Number((mb / 1048576).toPrecision(3))} TB`
    : mb >= 1024
      ? `${Number((mb / 1024).toPrecision(3))} GB`
      : `${groupDigits(Number(mb.toPrecision(4)))} MB`;

/** Deployments per day as "3 times a day", "about once a week". */
export function showRate(perDay: number): string {
  if (perDay >= 1) return `${Number(perDay.toPrecision(3))} times a day`;
  const perWeek = perDay * 7;
  if (perWeek >= 1) return perWeek === 1 ? 'about once a week' : `${Number(perWeek.toPrecision(2))} times a week`;
  return `about ${Number((perDay * 30).toPrecision(2))} times a month`;
}
