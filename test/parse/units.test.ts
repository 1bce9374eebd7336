import { describe, expect, it } from 'vitest';
import { parseCount, parseDuration, parsePercent, parseSize } from '../../src/parse/units.js';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : 'error');

describe('parseDuration', () => {
  it.each([
    ['250ms', 0.25],
    ['90s', 90],
    ['20m', 1200],
    ['15 min', 900],
    ['1.5h', 5400],
    ['2 hours', 7200],
    ['7d', 604800],
    ['900sec', 900],
  ])('reads %s as %d seconds', (text, seconds) => {
    expect(value(parseDuration(text))).toBe(seconds);
  });

  it.each(['abc', '900', '-5m', '20 parsecs', ''])('refuses %j with the accepted forms', (text) => {
    const r = parseDuration(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.hint).toContain('90s');
  });
});

describe('parseSize', () => {
  it.each([
    ['512mb', 512],
    ['1.5gb', 1536],
    ['12GB', 12288],
    ['10240', 10240],
    ['256kb', 0.25],
    ['1tb', 1048576],
    ['10 GiB', 10240],
  ])('reads %s as %d MB', (text, mb) => {
    expect(value(parseSize(text))).toBe(mb);
  });

  it.each(['lots', '5 furlongs', '1.2.3gb'])('refuses %j', (text) => {
    expect(parseSize(text).ok).toBe(false);
  });
});

describe('parseCount', () => {
  it.each([
    ['3M', 3_000_000],
    ['250k', 250_000],
    ['43,200', 43_200],
    ['1.5 billion', 1_500_000_000],
    ['3M/month', 3_000_000],
    ['7440000', 7_440_000],
  ])('reads %s as %d', (text, n) => {
    expect(value(parseCount(text))).toBe(n);
  });

  it('refuses words', () => {
    expect(parseCount('many').ok).toBe(false);
  });
});

describe('parsePercent', () => {
  it.each([
    ['80%', 0.8],
    ['80', 0.8],
    ['0.8', 0.8],
    ['100%', 1],
    ['0%', 0],
  ])('reads %s as %d', (text, fraction) => {
    expect(value(parsePercent(text))).toBeCloseTo(fraction);
  });

  it.each(['150%', '-3%', 'most'])('refuses %j with the valid range', (text) => {
    const r = parsePercent(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.hint).toContain('0%');
  });
});
