import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Advisor } from '../../src/advisor.js';
import { replyToJsonLine } from './json-line.js';

/** `--json`: one input per stdin line in, exactly one JSON object per line out, in order. */
export async function runJsonLines(
  advisor: Advisor,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  for await (const line of rl) {
    const reply = advisor.handle(line, { platform: 'cli' });
    // Respect back-pressure so a large piped batch does not buffer every answer in memory.
    if (!output.write(`${replyToJsonLine(line, reply)}\n`)) await once(output, 'drain');
  }
}
