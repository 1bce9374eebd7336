import { describe, expect, it } from 'vitest';
import { inFlight, showInFlight, sizeFleet, type Load } from '../../src/cost/sizing.js';
import { fixtureKnowledge } from '../helpers.js';

const knowledge = fixtureKnowledge();
const prices = knowledge.prices.find((p) => p.region === 'us-east-1');
if (!prices) throw new Error('us-east-1 prices missing');
const sizing = { ...knowledge.rules.sizing, headroom: 0.3 };
const load = (requests: number, durationMs: number, memoryMb: number): Load => ({ requests, durationMs, memoryMb, hours: 730 });

describe('inFlight', () => {
  it('spreads the month over its running hours: 120M requests of 800 ms over 730 h are 45.7 a second, 36.5 in flight', () => {
    const f = inFlight(load(120e6, 800, 1536));
    expect(f.requestsPerSecond).toBeCloseTo(45.662, 3);
    expect(f.inFlight).toBeCloseTo(36.53, 2);
  });

  it('packs the same requests into fewer hours when the capacity runs less', () => {
    expect(inFlight({ ...load(120e6, 800, 1536), hours: 365 }).inFlight).toBeCloseTo(73.06, 2);
  });
});

describe('sizeFleet', () => {
  it('holds memory in flight plus headroom on the fleet type: 36.5 × 1.5 GB × 1.3 = 71.2 GB → 9 × m5.large', () => {
    const size = sizeFleet(load(120e6, 800, 1536), 'x86', prices, sizing);
    expect(size).toMatchObject({ instance: { type: 'm5.large' }, instances: 9, headroom: 0.3 });
    expect(size?.memoryGb).toBeCloseTo(71.23, 2);
  });

  it('needs at least one instance however small the load', () => {
    expect(sizeFleet(load(1000, 10, 128), 'x86', prices, sizing)?.instances).toBe(1);
  });

  it('follows the headroom from the rules table', () => {
    expect(sizeFleet(load(120e6, 800, 1536), 'x86', prices, { ...sizing, headroom: 0 })?.instances).toBe(7);
  });

  it('counts a memory total that is a whole number of instances exactly, without floating-point dust', () => {
    // 16 requests of 1 s in flight all month × 1 GB = 16 GB: two 8 GB instances, not three.
    const requests = 16 * 730 * 3600;
    expect(sizeFleet(load(requests, 1000, 1024), 'x86', prices, { ...sizing, headroom: 0 })?.instances).toBe(2);
  });

  it('builds an Arm fleet from the Arm type', () => {
    expect(sizeFleet(load(120e6, 800, 1536), 'arm', prices, sizing)?.instance.type).toBe('m7g.large');
  });

  it('takes the cheapest fleet of a type without a GPU that holds one run when the fleet type cannot', () => {
    const size = sizeFleet(load(3e6, 1000, 8192), 'x86', prices, sizing);
    expect(size?.instance).toMatchObject({ type: 'r5.large', memoryGb: 16 });
    expect(size?.instance.gpu).toBeUndefined();
  });

  it('sizes only the count of a type the user names', () => {
    const r5 = prices.ec2.instances.find((i) => i.type === 'r5.large');
    expect(sizeFleet(load(120e6, 800, 1536), 'x86', prices, sizing, r5)).toMatchObject({ instance: { type: 'r5.large' }, instances: 5 });
  });

  it('gives up when no type in the table holds one run', () => {
    expect(sizeFleet(load(1e6, 1000, 100 * 1024), 'x86', prices, sizing)).toBeUndefined();
  });
});

describe('showInFlight', () => {
  it.each([
    [36.53, '37'],
    [1.33, '1.3'],
    [0.05, 'under 0.1'],
    [1234.4, '1,234'],
  ])('%s → %s', (n, shown) => expect(showInFlight(n)).toBe(shown));
});
