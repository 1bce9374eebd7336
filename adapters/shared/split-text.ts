/**
 * Cutting text (Slack mrkdwn, Discord markdown) to a length limit without breaking it: never inside an `&amp;` entity, a
 * `<url|label>` link or a surrogate pair (half an emoji), and preferring paragraph, line and word breaks.
 */

/** The longest safe prefix length of `text` that is at most `max` (UTF-16 units, as Slack counts). */
function safeCut(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp !== -1 && amp > cut - 6 && !text.slice(amp, cut).includes(';')) cut = amp;
  const open = text.lastIndexOf('<', cut - 1);
  if (open !== -1 && text.lastIndexOf('>', cut - 1) < open && open > 0) cut = open;
  return Math.max(cut, 1);
}

/** Where to break a too-long text: the last paragraph, line or word break in the allowed span. */
function breakPoint(text: string, max: number): number {
  const limit = safeCut(text, max);
  const span = text.slice(0, limit);
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = span.lastIndexOf(sep);
    if (at > max / 3) return at;
  }
  return limit;
}

/** Splits text into chunks of at most `max` characters each, at natural breaks where possible. */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const at = breakPoint(rest, max);
    chunks.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks.filter((c, i) => c.length > 0 || i === 0);
}

/** Shortens text to at most `max` characters, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, breakPoint(text, max - 1)).trimEnd()}…`;
}
