import { truncate } from './split-text.js';

/**
 * "Sources:" then one line per source (`bullet` before each), as many as fit in `max` characters, then how
 * many were left out. A first line too long to show whole is replaced by `fallback` (its title alone), shortened.
 */
export function sourceList(lines: string[], max: number, fallback: string, heading = 'Sources:', bullet = '• '): string {
  if (lines.length === 0) return '';
  let text = heading;
  let shown = 0;
  for (const line of lines) {
    const next = `${text}\n${bullet}${line}`;
    if (next.length > max - 40) break;
    text = next;
    shown += 1;
  }
  if (shown === 0) text += `\n${bullet}${truncate(fallback, max - 60)}`;
  const more = lines.length - Math.max(shown, 1);
  return more > 0 ? `${text}\n${bullet}and ${more} more` : text;
}
