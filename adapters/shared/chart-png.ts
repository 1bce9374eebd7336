/**
 * The reply's cost chart as PNG: the core's SVG rendered by resvg (Rust, prebuilt per platform, no browser).
 * resvg is imported on the first chart only, so an answer without a chart never pays for loading it.
 * Text needs a font: DejaVu Sans where Debian puts it (the Dockerfile installs fonts-dejavu-core), else
 * whatever the system has. Naming the files skips a scan of every system font on each chart.
 */
import { existsSync } from 'node:fs';
import type { CostChart, Reply } from '../../src/reply.js';
import { chartSvg } from '../../src/chart/svg.js';

/** The file name adapters attach the chart as (Discord's embed refers to `attachment://cost.png`). */
export const CHART_FILE = 'cost.png';

const DEJAVU = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => `/usr/share/fonts/truetype/dejavu/${f}`);

let fonts: { loadSystemFonts: boolean; fontFiles: string[]; defaultFontFamily: string } | undefined;
function fontOptions() {
  const files = DEJAVU.filter((f) => existsSync(f));
  return (fonts ??= { loadSystemFonts: files.length === 0, fontFiles: files, defaultFontFamily: 'DejaVu Sans' });
}

/** The reply's chart, if it has one. */
export function chartOf(reply: Reply): CostChart | undefined {
  for (const block of reply.blocks) if (block.type === 'chart') return block.chart;
  return undefined;
}

/** SVG text to PNG bytes at the SVG's own size; drawn on libuv's thread pool, so answers keep flowing meanwhile. */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { renderAsync } = await import('@resvg/resvg-js');
  return (await renderAsync(svg, { font: fontOptions() })).asPng();
}

/** The reply's chart as PNG, or undefined when the reply has no chart. */
export async function chartPng(reply: Reply): Promise<Buffer | undefined> {
  const chart = chartOf(reply);
  return chart ? svgToPng(chartSvg(chart)) : undefined;
}
