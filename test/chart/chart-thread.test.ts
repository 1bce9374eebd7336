/**
 * The chart thread, as the bot runs it: from the compiled modules in dist (npm test builds them first),
 * because the thread's script is compiled JavaScript. Running from sources, charts are drawn on libuv's
 * thread pool instead, and these tests check that both ways give the same picture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as fromSources from '../../adapters/shared/chart-png.js';
import type * as ChartThread from '../../adapters/shared/chart-thread.js';
import { chartSvg } from '../../src/chart/svg.js';
import type { CostChart } from '../../src/reply.js';
import { ask } from '../helpers.js';

const dist = (module: string) => pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'adapters', 'shared', module)).href;
const built = (await import(dist('chart-png.js'))) as typeof fromSources;
const builtThread = (await import(dist('chart-thread.js'))) as typeof ChartThread;

function chartFor(requests: string): CostChart {
  const chart = fromSources.chartOf(ask(`cost requests=${requests} duration=120ms memory=512mb`));
  if (!chart) throw new Error(`no chart for ${requests}`);
  return chart;
}

/** The nice value of each of this process's threads (Linux: field 19 of /proc/self/task/<tid>/stat). */
function threadNiceValues(): number[] {
  return readdirSync('/proc/self/task').flatMap((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[16] === undefined ? [] : [Number(fields[16])];
  });
}

describe.runIf(process.platform === 'linux')('the chart thread', () => {
  it('draws in a thread of its own, ten steps of nice below the rest of the process', async () => {
    const base = getPriority(0);
    expect(threadNiceValues()).not.toContain(base + builtThread.CHART_NICENESS);
    await built.costChartPng(chartFor('3M'));
    expect(threadNiceValues().filter((nice) => nice === base + builtThread.CHART_NICENESS)).toHaveLength(1);
    expect(getPriority(0)).toBe(base);
  });

  it('gives the same picture, byte for byte, as drawing on the thread pool', async () => {
    for (const requests of ['1M', '300M']) {
      const [inThread, onPool] = await Promise.all([built.costChartPng(chartFor(requests)), fromSources.costChartPng(chartFor(requests))]);
      expect(inThread.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(inThread.equals(onPool)).toBe(true);
    }
  });

  it('fails the chart it was drawing when the thread stops, and draws the next in a new thread', async () => {
    await built.costChartPng(chartFor('3M'));
    const drawing = built.costChartPng(chartFor('30M'));
    while (built.chartsInLine().drawing === 0) await new Promise((r) => setImmediate(r)); // posted to the thread
    await builtThread.stopChartThread();
    await expect(drawing).rejects.toThrow(/chart thread stopped/);
    const next = await built.costChartPng(chartFor('30M'));
    expect(next.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('says why a chart cannot be drawn, and draws the next', async () => {
    await expect(built.svgToPng('<svg')).rejects.toThrow(/SVG data parsing failed/);
    expect((await built.svgToPng(chartSvg(chartFor('3M')))).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
