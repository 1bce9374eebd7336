import { describe, expect, it } from 'vitest';
import { chartOf, chartsInLine, costChartPng } from '../../adapters/shared/chart-png.js';
import type { CostChart } from '../../src/reply.js';
import { ask } from '../helpers.js';

function chartFor(requests: string): CostChart {
  const chart = chartOf(ask(`cost requests=${requests} duration=120ms memory=512mb`));
  if (!chart) throw new Error(`no chart for ${requests}`);
  return chart;
}

/** Samples the line every millisecond until `done` settles; returns the most seen drawing at once and waiting. */
async function watchLine(done: Promise<unknown>): Promise<{ drawing: number; waiting: number }> {
  let settled = false;
  void done.finally(() => (settled = true)).catch(() => undefined);
  const most = { drawing: 0, waiting: 0 };
  while (!settled) {
    const now = chartsInLine();
    most.drawing = Math.max(most.drawing, now.drawing);
    most.waiting = Math.max(most.waiting, now.waiting);
    await new Promise((r) => setTimeout(r, 1));
  }
  return most;
}

describe('charts drawn in a process', () => {
  it('are drawn one at a time, the rest waiting their turn, so a burst of cost answers never has four charts beside the event loop', async () => {
    const all = Promise.all(['1M', '3M', '30M', '300M'].map((requests) => costChartPng(chartFor(requests))));
    const most = await watchLine(all);
    const pngs = await all;
    expect(most).toEqual({ drawing: 1, waiting: 3 });
    expect(chartsInLine()).toEqual({ drawing: 0, waiting: 0 });
    expect(new Set(pngs.map((png) => png.toString('base64'))).size).toBe(4);
    for (const png of pngs) expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('draws the next chart when one fails', async () => {
    const broken = costChartPng({ ...chartFor('3M'), series: undefined as unknown as CostChart['series'] });
    const next = costChartPng(chartFor('3M'));
    const results = await Promise.allSettled([broken, next]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
  });
});
