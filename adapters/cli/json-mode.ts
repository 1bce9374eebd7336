import { once } from 'node:events';
import type { Advisor } from '../../src/advisor.js';
import { replyToJsonLine } from './json-line.js';
import { lfLines } from './lines.js';

/** `--json`: one input per stdin line (LF or CRLF) in, exactly one JSON object per line out, in order. */
export async function runJsonLines(
  advisor: Advisor,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  for await (const line of lfLines(input)) {
    const reply = advisor.handle(line, { platform: 'cli' });
    // Respect back-pressure so a large piped batch does not buffer every answer in memory.
    if (!output.write(`${replyToJsonLine(line, reply)}\n`)) await once(output, 'drain');
  }
}
