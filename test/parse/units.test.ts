import { describe, expect, it } from 'vitest';
import {
  isUnitWord,
  multiplierOf,
  MULTIPLIER_PATTERN,
  parseCount,
  parseDuration,
  parseMonthlyCount,
  parsePercent,
  parseSize,
} from '../../src/parse/units.js';

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
    ['3mil', 3_000_000],
    ['2bn', 2_000_000_000],
  ])('reads %s as %d', (text, n) => {
    expect(value(parseCount(text))).toBe(n);
  });

  // "constructor" is a key of every object: looked up plainly it gave NaN requests instead of this error.
  it.each(['many', '3constructor', '3toString', '3 furlongs'])('refuses %j', (text) => {
    const result = parseCount(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('bad-count');
  });
});

describe('parseMonthlyCount: a month of requests, as a count or a rate', () => {
  it.each([
    ['3M', 3_000_000],
    ['3M/month', 3_000_000],
    ['3k/s', 3000 * 730 * 3600],
    ['2000 per second', 2000 * 730 * 3600],
    ['60/min', 60 * 730 * 60],
    ['100/h', 100 * 730],
    ['2k/day', 60_000],
    ['24 a day', 720],
    ['700/week', 3000],
  ])('reads %s over a 730-hour month as %d', (text, n) => {
    expect(value(parseMonthlyCount(text, 730))).toBe(n);
  });

  it('counts a rate a second over a 30-day month when no month is given', () => {
    expect(value(parseMonthlyCount('1/s'))).toBe(2_592_000);
  });

  it.each(['5/fortnight', 'lots/s', '3k/'])('refuses %j, naming the rates it reads', (text) => {
    const result = parseMonthlyCount(text, 730);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.hint).toContain('3k/s or 2k/day');
  });
});

describe('the multipliers, one list for settings and sentences', () => {
  it('match in a sentence whole, the longest first, and stand for their factor', () => {
    const read = (text: string) => {
      const m = new RegExp(String.raw`(\d+)\s*(${MULTIPLIER_PATTERN})?\s+requests`, 'i').exec(text);
      return Number(m?.[1]) * multiplierOf(m?.[2]);
    };
    expect(read('3 million requests')).toBe(3e6);
    expect(read('2bn requests')).toBe(2e9);
    expect(read('40 MIL requests')).toBe(4e7);
    expect(read('7 requests')).toBe(7);
  });

  it('are unit words with the duration and size units, and nothing else is', () => {
    for (const word of ['thousand', 'Million', 'bn', 'gb', 'ms', 'hours', '%']) expect(isUnitWord(word)).toBe(true);
    for (const word of ['lots', 'constructor', 'monthly', '']) expect(isUnitWord(word)).toBe(false);
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
