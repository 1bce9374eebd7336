import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_SIZE } from '../../src/chart/svg.js';

// The compiled bin (npm test builds first), as a user would run it.
const bin = join(import.meta.dirname, '..', '..', 'dist', 'adapters', 'cli', 'bin.js');
const env = { ...process.env, NO_COLOR: '1' };
const COST = 'cost requests=3M duration=120ms memory=512mb';
const run = (args: string[]) => spawnSync('node', [bin, ...args], { env, encoding: 'utf8' });
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('compute-advisor --chart FILE', () => {
  it('prints the text answer, with its table, and writes the chart as a PNG of the stated size', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'chart-')), 'cost.png');
    const r = run(['--chart', file, COST]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Cost against volume');
    expect(r.stdout).toMatch(/The lines cross at [\d.]+M requests a month/);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngSize(png)).toEqual(CHART_SIZE);
  });

  it('writes the chart beside a --json line, whose data carries the series', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'chart-')), 'cost.png');
    const r = run(['--json', `--chart=${file}`, COST]);
    expect(r.status).toBe(0);
    const line = JSON.parse(r.stdout) as { data: { chart: { series: { id: string }[] } } };
    expect(line.data.chart.series.map((s) => s.id)).toEqual(['lambda', 'ec2', 'ec2-committed', 'fargate']);
    expect(pngSize(readFileSync(file))).toEqual(CHART_SIZE);
  });

  it('says so in one line, and writes nothing, when the answer has no chart', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'chart-')), 'help.png');
    const r = run(['--chart', file, 'help']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `compute-advisor: this answer has no chart (cost, and recommend with a volume, have one); ${file} not written.`,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('reports a file it cannot write without a stack trace', () => {
    const r = run(['--chart', '/nonexistent-dir/cost.png', COST]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('compute-advisor: could not write /nonexistent-dir/cost.png: ENOENT');
  });

  it('asks for a file name when the flag has none', () => {
    const r = run([COST, '--chart']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--chart needs a file name');
  });
});
