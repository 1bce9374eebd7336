/**
 * The cost chart drawn as SVG, in code: log axes for volume and cost, one line per option, the break-even
 * and the asker's volume marked. An opaque light card, so it reads the same on light and dark chat themes.
 * Pure: the adapters turn it into PNG (adapters/shared/chart-png.ts).
 */
import { formatCount } from '../cost/format.js';
import type { ChartMark, ChartSeries, CostChart } from '../reply.js';

/** The picture's size in pixels (the PNG is drawn at this size). */
export const CHART_SIZE = { width: 800, height: 450 } as const;

/** The plotting area inside the card. */
const PLOT = { left: 78, right: CHART_SIZE.width - 28, top: 96, bottom: CHART_SIZE.height - 78 } as const;

/** Colours that keep their contrast on the white card; committed EC2 is EC2's colour, dashed. */
const COLOUR: Record<ChartSeries['id'], string> = { lambda: '#d9480f', ec2: '#1864ab', 'ec2-committed': '#1864ab', fargate: '#2b8a3e' };
const INK = '#212529';
const MUTED = '#5c636a';
const GRID = '#e9ecef';
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
const px = (n: number) => Number(n.toFixed(1));

/** A log scale from a domain of whole decades onto pixels. */
function logScale(from: number, to: number, start: number, end: number): (v: number) => number {
  const [a, b] = [Math.log10(from), Math.log10(to)];
  return (v) => start + ((Math.log10(Math.max(v, from)) - a) / (b - a)) * (end - start);
}

const decades = (from: number, to: number) => Array.from({ length: Math.round(Math.log10(to / from)) + 1 }, (_, i) => from * 10 ** i);

/** "$1", "$100", "$10k", "$1M": cost ticks as people read them. */
function usdTick(usd: number, floor: boolean): string {
  // Lower bills (a free tier's $0) are drawn on the floor line, so it says so.
  return `${floor ? '≤ ' : ''}$${formatCount(usd)}`;
}

/** The cost domain in whole decades: from the cheapest bill above zero (at least $1) to the dearest. */
function costDomain(series: ChartSeries[]): [number, number] {
  const values = series.flatMap((s) => s.points.map((p) => p.usd));
  const positive = values.filter((v) => v > 0);
  const low = 10 ** Math.floor(Math.log10(Math.max(1, Math.min(...positive, 1e12))));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...values, low * 10)));
  return [low, high > low ? high : low * 10];
}

/** The chart as an SVG document of `CHART_SIZE`. */
export function chartSvg(chart: CostChart): string {
  const volumes = chart.series[0]?.points.map((p) => p.requests) ?? [1, 10];
  const [xFrom, xTo] = [volumes[0] ?? 1, volumes[volumes.length - 1] ?? 10];
  const [yFrom, yTo] = costDomain(chart.series);
  const x = logScale(xFrom, xTo, PLOT.left, PLOT.right);
  const y = logScale(yFrom, yTo, PLOT.bottom, PLOT.top);
  const text = (tx: number, ty: number, body: string, attrs = '') => `<text x="${px(tx)}" y="${px(ty)}" ${attrs}>${escapeXml(body)}</text>`;
  const xTicks = decades(xFrom, xTo).map(
    (v) =>
      `<g class="x-tick" data-requests="${v}"><line x1="${px(x(v))}" x2="${px(x(v))}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="${GRID}"/>` +
      `${text(x(v), PLOT.bottom + 18, formatCount(v), `text-anchor="middle" fill="${MUTED}" font-size="12"`)}</g>`,
  );
  const yTicks = decades(yFrom, yTo).map(
    (v) =>
      `<g class="y-tick" data-usd="${v}"><line x1="${PLOT.left}" x2="${PLOT.right}" y1="${px(y(v))}" y2="${px(y(v))}" stroke="${GRID}"/>` +
      `${text(PLOT.left - 8, y(v) + 4, usdTick(v, v === yFrom), `text-anchor="end" fill="${MUTED}" font-size="12"`)}</g>`,
  );
  const lines = chart.series.map(
    (s) =>
      `<polyline class="series" data-series="${s.id}" fill="none" stroke="${COLOUR[s.id]}" stroke-width="${s.id === 'lambda' ? 3 : 2.5}"` +
      `${s.id === 'ec2-committed' ? ' stroke-dasharray="8 5"' : ''} stroke-linejoin="round" points="${s.points.map((p) => `${px(x(p.requests))},${px(y(p.usd))}`).join(' ')}"/>`,
  );
  const lambda = chart.series.find((s) => s.id === 'lambda');
  const marks = chart.marks.map((m, i) => markSvg(m, i, x(m.requests), lambda ? y(usdAt(lambda, m.requests)) : undefined, text));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_SIZE.width}" height="${CHART_SIZE.height}" viewBox="0 0 ${CHART_SIZE.width} ${CHART_SIZE.height}" font-family="${FONT}">`,
    `<title>${escapeXml(chart.title)}</title><desc>${escapeXml(chart.alt)}</desc>`,
    `<rect x="0.5" y="0.5" width="${CHART_SIZE.width - 1}" height="${CHART_SIZE.height - 1}" rx="12" fill="#ffffff" stroke="#ced4da"/>`,
    text(24, 36, chart.title, `fill="${INK}" font-size="20" font-weight="bold"`),
    legend(chart.series, text),
    ...yTicks,
    ...xTicks,
    // No clip path: the scales keep every point inside the plot (costs below the floor sit on it), and a
    // clip makes resvg draw the lines on a layer of their own, 5 of a chart's 17 ms.
    lines.join(''),
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}" fill="none" stroke="#adb5bd"/>`,
    ...marks,
    text((PLOT.left + PLOT.right) / 2, PLOT.bottom + 38, chart.xAxis, `text-anchor="middle" fill="${INK}" font-size="13"`),
    text(
      18,
      (PLOT.top + PLOT.bottom) / 2,
      chart.yAxis,
      `text-anchor="middle" fill="${INK}" font-size="13" transform="rotate(-90 18 ${px((PLOT.top + PLOT.bottom) / 2)})"`,
    ),
    text(24, CHART_SIZE.height - 14, chart.caption, `fill="${MUTED}" font-size="12"`),
    '</svg>',
  ].join('\n');
}

/** A series' bill at a volume, between its two nearest points, so a dot sits on the line as drawn. */
function usdAt(series: ChartSeries, requests: number): number {
  const after = series.points.findIndex((p) => p.requests >= requests);
  const b = series.points[after];
  const a = series.points[after - 1];
  if (!b) return series.points[series.points.length - 1]?.usd ?? 0;
  if (!a || b.requests === a.requests) return b.usd;
  return a.usd + ((b.usd - a.usd) * (requests - a.requests)) / (b.requests - a.requests);
}

type Text = (x: number, y: number, body: string, attrs?: string) => string;

/** One row of swatches and names under the title (labels are short: the caption says the rest). */
function legend(series: ChartSeries[], text: Text): string {
  let at = 24;
  return series
    .map((s) => {
      const item =
        `<line x1="${at}" x2="${at + 26}" y1="62" y2="62" stroke="${COLOUR[s.id]}" stroke-width="3"${s.id === 'ec2-committed' ? ' stroke-dasharray="8 5"' : ''}/>` +
        text(at + 32, 66, s.label, `fill="${INK}" font-size="13"`);
      at += 32 + s.label.length * 7.4 + 24;
      return item;
    })
    .join('');
}

/** A vertical line at a volume with its label in a white box; the break-even also gets a dot on the Lambda line. */
function markSvg(mark: ChartMark, index: number, mx: number, lambdaY: number | undefined, text: Text): string {
  const breakEven = mark.kind !== 'your-volume';
  const colour = mark.kind === 'break-even' ? INK : mark.kind === 'committed-break-even' ? COLOUR['ec2-committed'] : '#862e9c';
  const width = mark.label.length * 7.4 + 12;
  // Labels sit inside the plot, on their own row each, on the side of the line with room.
  const right = mx + width + 6 <= PLOT.right;
  const boxX = right ? mx + 5 : mx - 5 - width;
  const boxY = PLOT.top + 6 + index * 24;
  return (
    `<g class="mark" data-mark="${mark.kind}" data-requests="${mark.requests}">` +
    `<line x1="${px(mx)}" x2="${px(mx)}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="${colour}" stroke-width="1.5"${breakEven ? ' stroke-dasharray="4 3"' : ''}/>` +
    (breakEven && lambdaY !== undefined
      ? `<circle cx="${px(mx)}" cy="${px(lambdaY)}" r="5" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`
      : '') +
    `<rect x="${px(boxX)}" y="${boxY}" width="${px(width)}" height="20" rx="4" fill="#ffffff" fill-opacity="0.92" stroke="${colour}"/>` +
    text(boxX + 6, boxY + 14, mark.label, `fill="${colour}" font-size="12" font-weight="bold"`) +
    '</g>'
  );
}
