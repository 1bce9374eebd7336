/**
 * The reply's cost chart as PNG: the core's SVG rendered by resvg (Rust, prebuilt per platform, no browser).
 * resvg, the chart thread and zlib are imported on the first chart only, so an answer without a chart never
 * pays for loading them (a Lambda handler, which draws none, never does).
 * Text needs a font. Laying out a label costs resvg time in proportion to the font file, and a chart has
 * about twenty labels, so the bot ships DejaVu Sans cut down to the characters charts use (assets/fonts,
 * 40 KB instead of 740 KB: a chart in 15 ms instead of 33). A chart with any other character (a label in
 * another script) is drawn with the full DejaVu Sans where Debian puts it (the Dockerfile installs
 * fonts-dejavu-core), else whatever the system has. Naming the files skips a scan of every system font.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pLimit from 'p-limit';
import type { CostChart, Reply } from '../../src/reply.js';
import { chartSvg } from '../../src/chart/svg.js';
import { defaultKnowledgeDir } from '../../src/knowledge/location.js';

/** The file name adapters attach the chart as (Discord's embed refers to `attachment://cost.png`). */
export const CHART_FILE = 'cost.png';

/**
 * The characters the bundled fonts hold, as made from DejaVu Sans 2.37 with fontTools:
 * `python3 -m fontTools.subset DejaVuSans.ttf --unicodes=U+0020-007E,U+00A0-00FF,U+2013,U+2014,U+2026,U+2192,U+2212,U+2248,U+2264,U+2265`
 * (and the same for DejaVuSans-Bold.ttf), written to assets/fonts/<name>-chart.ttf.
 */
export const CHART_FONT_CHARACTERS = /^[\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2026\u2192\u2212\u2248\u2264\u2265\s]*$/;

const FAMILY = 'DejaVu Sans';
const SYSTEM_DEJAVU = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => `/usr/share/fonts/truetype/dejavu/${f}`);

type FontOptions = { loadSystemFonts: boolean; fontFiles: string[]; defaultFontFamily: string };

/** Font options from the files of `paths` that exist; looked up on the first chart that needs them, then kept. */
function fontsFrom(paths: string[]): () => FontOptions | undefined {
  let options: FontOptions | undefined;
  let looked = false;
  return () => {
    if (!looked) {
      looked = true;
      const files = paths.filter((f) => existsSync(f));
      if (files.length === paths.length) options = { loadSystemFonts: false, fontFiles: files, defaultFontFamily: FAMILY };
    }
    return options;
  };
}
const bundledFonts = fontsFrom(
  ['DejaVuSans-chart.ttf', 'DejaVuSans-Bold-chart.ttf'].map((f) => join(dirname(defaultKnowledgeDir()), 'assets', 'fonts', f)),
);
const systemFonts = fontsFrom(SYSTEM_DEJAVU);
const ANY_SYSTEM_FONT: FontOptions = { loadSystemFonts: true, fontFiles: [], defaultFontFamily: FAMILY };

/** The bundled cut-down fonts when they hold every character of `svg`, else the full ones, else any the system has. */
export function fontOptions(svg: string): FontOptions {
  return (CHART_FONT_CHARACTERS.test(svg) ? bundledFonts() : undefined) ?? systemFonts() ?? ANY_SYSTEM_FONT;
}

/** The reply's chart, if it has one. */
export function chartOf(reply: Reply): CostChart | undefined {
  for (const block of reply.blocks) if (block.type === 'chart') return block.chart;
  return undefined;
}

/**
 * SVG text to PNG bytes at the SVG's own size, off the event loop: in the chart thread, below the answers'
 * priority (chart-thread.ts), or when running from sources, on libuv's thread pool.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const font = fontOptions(svg);
  const { drawInChartThread } = await import('./chart-thread.js');
  const inThread = drawInChartThread(svg, font);
  if (inThread) return inThread;
  const [{ renderAsync }, { encodePng }] = await Promise.all([import('@resvg/resvg-js'), import('./png.js')]);
  const image = await renderAsync(svg, { font });
  return encodePng(image.width, image.height, image.pixels);
}

/** The reply's chart as PNG, or undefined when the reply has no chart. */
export async function chartPng(reply: Reply): Promise<Buffer | undefined> {
  const chart = chartOf(reply);
  return chart ? costChartPng(chart) : undefined;
}

/**
 * Charts are drawn one at a time in a process. A chart follows its answer, so charts wait for each other and
 * answers never wait for charts: left alone, libuv's four threads would draw four at once, on the same cores
 * the event loop answers on, and a burst of cost questions would slow every answer behind it.
 */
const oneChartAtATime = pLimit(1);

/** How many charts this process is drawing (0 or 1) and how many wait their turn. */
export function chartsInLine(): { drawing: number; waiting: number } {
  return { drawing: oneChartAtATime.activeCount, waiting: oneChartAtATime.pendingCount };
}

/** A cost chart as PNG: the core's SVG of it, rendered when no other chart of this process is being drawn. */
export function costChartPng(chart: CostChart): Promise<Buffer> {
  return oneChartAtATime(() => svgToPng(chartSvg(chart)));
}
