/**
 * One cold start, in a fresh process: imports the handler module given, then answers one event with it.
 * Prints `{"importMs", "firstAnswerMs", "status"}`. Run by bench/cold-start.ts, never by hand.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [modulePath = '', eventFile = ''] = process.argv.slice(2);
const event: unknown = JSON.parse(readFileSync(eventFile, 'utf8'));
const started = performance.now();
const { handler } = (await import(pathToFileURL(modulePath).href)) as {
  handler: (e: unknown, c: unknown, cb: unknown) => Promise<{ statusCode: number }>;
};
const imported = performance.now();
const result = await handler(event, {}, () => undefined);
const answered = performance.now();
process.stdout.write(
  `${JSON.stringify({ importMs: imported - started, firstAnswerMs: answered - imported, status: result.statusCode })}\n`,
);
process.exit(0);
