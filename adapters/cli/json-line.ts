import type { Reply } from '../../src/reply.js';
import { replyToText } from '../../src/render-text.js';

/** The `--json` line contract: exactly these keys, one object per input line. */
export interface JsonLine {
  input: string;
  kind: Reply['kind'];
  title: string;
  summary: string | null;
  text: string;
  sources: Reply['sources'];
  data: NonNullable<Reply['data']> | null;
}

/** Serialises one reply as a single line of JSON (no raw newlines, whatever the input held). */
export function replyToJsonLine(input: string, reply: Reply): string {
  const line: JsonLine = {
    input,
    kind: reply.kind,
    title: reply.title,
    summary: reply.summary ?? null,
    text: replyToText(reply),
    sources: reply.sources,
    data: reply.data ?? null,
  };
  return JSON.stringify(line);
}
