import { truncate } from './split-text.js';

/**
 * "Sources: A (as of …) · B · and 3 more": as many items as fit in `max` characters, then how many were left
 * out. An item too long to show whole is replaced by `fallback` (its title alone), shortened to fit.
 */
export function sourceLine(items: string[], max: number, fallback: string): string {
  if (items.length === 0) return '';
  let text = 'Sources: ';
  let shown = 0;
  for (const item of items) {
    const next = `${text}${shown > 0 ? ' · ' : ''}${item}`;
    if (next.length > max - 40) break;
    text = next;
    shown += 1;
  }
  if (shown === 0) text += truncate(fallback, max - 60);
  const more = items.length - Math.max(shown, 1);
  return more > 0 ? `${text} · and ${more} more` : text;
}
