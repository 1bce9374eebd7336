/**
 * The chart thread: one worker thread a process, started on the first chart, that draws charts at a lower
 * CPU priority than the event loop (nice +10 on Linux). A chart is 15–20 ms of CPU and an answer about 1 ms,
 * on the same cores; at equal priority a chart drawn during a burst of questions delays every answer behind
 * it, where at nice +10 the scheduler gives answers the cores first and the chart the time left over.
 * The thread holds the process open only while it has a chart to draw. If it dies, the chart it was drawing
 * fails and the next chart starts a new thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** How many steps of nice below the process the thread draws at (19 is the lowest there is). */
export const CHART_NICENESS = 10;

/** What the thread is started with. */
export interface ChartThreadData {
  niceness: number;
}
/** A chart to draw: its SVG and resvg's font options. */
export interface ChartJob {
  id: number;
  svg: string;
  font: object;
}
/** The thread's answer: the PNG's bytes, or why it could not be drawn. */
export type ChartDrawn = { id: number; png: Uint8Array } | { id: number; error: string };

/**
 * The thread's script, compiled beside this module. Running from the TypeScript sources (the tests do)
 * there is none, and charts are drawn in the process as before (chart-png.ts).
 */
const ENTRY = new URL('./chart-thread-entry.js', import.meta.url);
let entryExists: boolean | undefined;

interface Waiting {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

let thread: { worker: Worker; waiting: Map<number, Waiting> } | undefined;
let lastId = 0;

function started(): NonNullable<typeof thread> {
  if (thread) return thread;
  const worker = new Worker(ENTRY, { workerData: { niceness: CHART_NICENESS } satisfies ChartThreadData });
  const waiting = new Map<number, Waiting>();
  const current = { worker, waiting };
  const fail = (error: Error) => {
    if (thread === current) thread = undefined;
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  };
  worker.on('message', (drawn: ChartDrawn) => {
    const job = waiting.get(drawn.id);
    waiting.delete(drawn.id);
    if (waiting.size === 0) worker.unref();
    if ('png' in drawn) job?.resolve(Buffer.from(drawn.png.buffer, drawn.png.byteOffset, drawn.png.byteLength));
    else job?.reject(new Error(drawn.error));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the chart thread stopped (exit code ${code})`)));
  worker.unref();
  thread = current;
  return current;
}

/**
 * Draws `svg` to PNG in the chart thread, or returns undefined when there is no compiled thread script
 * (running from sources), for the caller to draw it itself.
 */
export function drawInChartThread(svg: string, font: object): Promise<Buffer> | undefined {
  entryExists ??= existsSync(fileURLToPath(ENTRY));
  if (!entryExists) return undefined;
  const { worker, waiting } = started();
  const id = ++lastId;
  return new Promise<Buffer>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.ref(); // a one-shot CLI must not exit before its chart arrives
    worker.postMessage({ id, svg, font } satisfies ChartJob);
  });
}

/** Stops the chart thread, if one runs: a chart it is drawing fails, and the next chart starts another. */
export async function stopChartThread(): Promise<void> {
  await thread?.worker.terminate();
}
