import { describe, expect, it } from 'vitest';
import { billedMilliseconds, lambdaMonthlyCost } from '../../src/cost/lambda.js';
import { parseDuration } from '../../src/parse/units.js';
import { advisor } from '../helpers.js';

const billedFor = (typed: string) => {
  const seconds = parseDuration(typed);
  if (!seconds.ok) throw new Error(typed);
  return billedMilliseconds(seconds.value * 1000);
};

describe('Lambda bills whole milliseconds, without floating-point error', () => {
  it.each([
    ['350ms', 350],
    ['0.35s', 350],
    ['1ms', 1],
    ['1.0005s', 1001],
    ['900s', 900_000],
    ['120ms', 120],
    ['0.1s', 100],
  ])('%s is billed as %i ms', (typed, ms) => {
    expect(billedFor(typed)).toBe(ms);
  });

  it('prices 1M runs of 350 ms at 1 GB as exactly 350,000 GB-s, however the duration is written', () => {
    const prices = advisor().context.knowledge.prices[0]?.lambda;
    if (!prices) throw new Error('no prices');
    const bill = lambdaMonthlyCost({ requests: 1e6, durationMs: 0.35 * 1000, memoryMb: 1024, arch: 'x86', freeTier: false }, prices);
    expect(bill.gbSeconds).toBe(350_000);
    expect(advisor().handle('cost requests=1M duration=0.35s memory=1gb').summary).toBe(
      advisor().handle('cost requests=1M duration=350ms memory=1gb').summary,
    );
  });
});
