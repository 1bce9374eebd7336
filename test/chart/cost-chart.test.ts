import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chartOf, chartPng } from '../../adapters/shared/chart-png.js';
import { CHART_SIZE, chartSvg } from '../../src/chart/svg.js';
import type { CostChart, Reply } from '../../src/reply.js';
import { ask } from '../helpers.js';

const SMALL = 'cost requests=3M duration=120ms memory=512mb';

function chartIn(reply: Reply): CostChart {
  const chart = chartOf(reply);
  if (!chart) throw new Error(`no chart in ${reply.kind} reply "${reply.title}"`);
  return chart;
}

/** Width, height and pixel bytes of a PNG, decoded from its chunks (IHDR, then IDAT inflated). */
function decodePng(png: Buffer): { width: number; height: number; colourType: number; pixels: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let header: { width: number; height: number; colourType: number } | undefined;
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), colourType: body.readUInt8(9) };
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  if (!header) throw new Error('no IHDR chunk');
  return { ...header, pixels: inflateSync(Buffer.concat(data)) };
}

/** The volume an x coordinate stands for, read back through the SVG's own decade ticks. */
function volumeAtX(svg: string, x: number): number {
  const ticks = [...svg.matchAll(/<g class="x-tick" data-requests="(\d+)"><line x1="([\d.]+)"/g)].map((m) => ({
    requests: Number(m[1]),
    x: Number(m[2]),
  }));
  const [first, last] = [ticks[0], ticks[ticks.length - 1]];
  if (!first || !last || ticks.length < 3) throw new Error('fewer than three x ticks');
  const decadesPerPixel = Math.log10(last.requests / first.requests) / (last.x - first.x);
  return first.requests * 10 ** ((x - first.x) * decadesPerPixel);
}

function markX(svg: string, kind: string): number {
  const found = new RegExp(`<g class="mark" data-mark="${kind}" data-requests="\\d+"><line x1="([\\d.]+)"`).exec(svg);
  if (!found) throw new Error(`no ${kind} mark`);
  return Number(found[1]);
}

describe('the cost chart', () => {
  it('carries Lambda, EC2 on demand and committed, and Fargate against volume, with the break-even and the asked volume marked', () => {
    const reply = ask(SMALL);
    const chart = chartIn(reply);
    expect(chart.series.map((s) => s.id)).toEqual(['lambda', 'ec2', 'ec2-committed', 'fargate']);
    const breakEven = (reply.data?.cost as { breakEven: { requestsPerMonth: number } }).breakEven.requestsPerMonth;
    expect(chart.marks).toEqual([
      { kind: 'break-even', requests: breakEven, label: `Break-even ${breakEvenLabel(breakEven)}` },
      { kind: 'committed-break-even', requests: expect.any(Number), label: expect.stringMatching(/^Committed break-even /) },
      { kind: 'your-volume', requests: 3e6, label: 'You: 3M' },
    ]);
    for (const s of chart.series) {
      const volumes = s.points.map((p) => p.requests);
      expect(volumes).toEqual([...volumes].sort((a, b) => a - b));
      expect(volumes[0]).toBeLessThan(3e6);
      expect(volumes[volumes.length - 1]).toBeGreaterThan(breakEven);
    }
    expect(chart.caption).toBe('US East (N. Virginia) (us-east-1) · prices as of 2025-10-01 · m5.large fleet sized for each volume');
    expect(chart.alt).toMatch(
      /^The lines cross at [\d.]+M requests a month: below it Lambda costs less than EC2 m5.large on demand, above it more\. At your 3M requests a month Lambda is cheaper: Lambda \$[\d.]+ vs \$70\.08 for EC2 m5\.large\.$/,
    );
  });

  it('lists the series in --json data beside the cost, leaving data.cost as it was', () => {
    const reply = ask(SMALL);
    expect(Object.keys(reply.data ?? {})).toEqual(['cost', 'chart']);
    expect(reply.data?.chart).toEqual({ series: chartIn(reply).series, marks: chartIn(reply).marks });
  });

  it('says in words, in the text reply, where the lines cross', () => {
    expect(ask(SMALL).text).toContain(chartIn(ask(SMALL)).alt);
  });

  it('says the lines never cross when Lambda stays cheaper, and marks no break-even', () => {
    const chart = chartIn(ask('cost requests=1M duration=10s memory=10gb instance=p3.2xlarge'));
    expect(chart.marks.map((m) => m.kind)).not.toContain('break-even');
    expect(chart.alt).toMatch(/^Lambda stays cheaper than EC2 p3\.2xlarge on demand at every volume/);
  });

  it('comes with a recommendation when volume and run time are known, and not otherwise', () => {
    const known = ask('recommend duration=200ms traffic=spiky state=stateless requests=30M memory=512mb');
    expect(chartIn(known).marks.find((m) => m.kind === 'your-volume')?.requests).toBe(30e6);
    expect(known.data?.chart).toBeDefined();
    expect(chartOf(ask('recommend duration=200ms traffic=spiky state=stateless memory=512mb'))).toBeUndefined();
  });

  it('is not drawn for an EC2-only bill, which does not change with volume', () => {
    const reply = ask('cost instance=m5.large');
    expect(reply.kind).toBe('cost');
    expect(chartOf(reply)).toBeUndefined();
  });

  it.each([
    ['small', SMALL],
    ['large', 'cost requests=2B duration=200ms memory=1gb'],
    ['no crossover', 'cost requests=1M duration=10s memory=10gb instance=p3.2xlarge'],
  ])('draws the break-even and the asked volume where they are computed (%s)', (_, line) => {
    const chart = chartIn(ask(line));
    const svg = chartSvg(chart);
    for (const mark of chart.marks) expect(volumeAtX(svg, markX(svg, mark.kind)) / mark.requests).toBeCloseTo(1, 2);
  });

  it('renders a PNG of the stated size that decodes to every row of pixels', async () => {
    const png = await chartPng(ask(SMALL));
    if (!png) throw new Error('no PNG');
    const { width, height, colourType, pixels } = decodePng(png);
    expect({ width, height }).toEqual(CHART_SIZE);
    expect(colourType).toBe(6); // RGBA: 4 bytes a pixel, and a filter byte a row
    expect(pixels.length).toBe(height * (1 + width * 4));
  });

  it('keeps every point of every line inside the plot, so it needs no clip, at volumes and bills from tiny to huge', () => {
    const frame = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="none" stroke="#adb5bd"\/>/;
    for (const text of [
      'cost requests=1 duration=1ms memory=128mb',
      'cost requests=100k duration=900s memory=10gb',
      'cost requests=5B duration=900s memory=10gb',
      'cost requests=30M duration=120ms memory=1gb',
    ]) {
      const svg = chartSvg(chartIn(ask(text)));
      const [left, top, width, height] = (frame.exec(svg)?.slice(1) ?? []).map(Number);
      if (left === undefined || top === undefined || width === undefined || height === undefined) throw new Error('no plot frame');
      const points = [...svg.matchAll(/points="([^"]+)"/g)].flatMap((m) => (m[1] ?? '').split(' ').map((p) => p.split(',').map(Number)));
      expect(points.length, text).toBeGreaterThan(100);
      for (const [x = NaN, y = NaN] of points) {
        expect(x, text).toBeGreaterThanOrEqual(left);
        expect(x, text).toBeLessThanOrEqual(left + width);
        expect(y, text).toBeGreaterThanOrEqual(top);
        expect(y, text).toBeLessThanOrEqual(top + height);
      }
    }
    expect(chartSvg(chartIn(ask(SMALL)))).not.toContain('clip-path');
  });

  it('escapes text that would break the SVG', () => {
    const chart = { ...chartIn(ask(SMALL)), title: 'a <b> & "c"' };
    expect(chartSvg(chart)).toContain('a &lt;b&gt; &amp; &quot;c&quot;');
  });
});

function breakEvenLabel(requests: number): string {
  return `${Number((requests / 1e6).toPrecision(3))}M`;
}
