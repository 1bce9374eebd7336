/**
 * What runs inside the chart thread (chart-thread.ts starts it): it lowers its own CPU priority, then draws
 * each SVG it is sent to PNG on this thread, one at a time, and sends the bytes back.
 */
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import type { ChartJob, ChartDrawn, ChartThreadData } from './chart-thread.js';
import { encodePngSync } from './png.js';

const { niceness } = workerData as ChartThreadData;
// On Linux a nice value belongs to a thread, so this lowers the chart thread alone; elsewhere (macOS,
// Windows) the same call would lower the whole process, answers included, so it is made on Linux only.
// Raising one's own nice value is always allowed; if the system still says no, charts are drawn at the
// event loop's priority, as they were before this thread existed.
if (process.platform === 'linux') {
  try {
    setPriority(0, Math.min(19, getPriority(0) + niceness));
  } catch {
    // drawn at normal priority
  }
}

parentPort?.on('message', ({ id, svg, font }: ChartJob) => {
  let drawn: ChartDrawn;
  try {
    const image = new Resvg(svg, { font }).render();
    drawn = { id, png: encodePngSync(image.width, image.height, image.pixels) };
  } catch (error) {
    drawn = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(drawn);
});
