import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/advisor.js';
import type { Knowledge, RegionPrices } from '../../src/knowledge/schema.js';
import { replyToText } from '../../src/render-text.js';
import { advisor } from '../helpers.js';

/** The knowledge base with every region's prices changed by `change`, and another default region when given. */
function withPrices(change: (p: RegionPrices) => RegionPrices, defaultRegion?: string): (text: string) => string {
  const knowledge = advisor().context.knowledge;
  const changed: Knowledge = {
    ...knowledge,
    prices: knowledge.prices.map(change),
    defaultRegion: defaultRegion ?? knowledge.defaultRegion,
  };
  const other = createAdvisor(changed, {
    onError: (error) => {
      throw error;
    },
  });
  return (text) => replyToText(other.handle(text));
}

describe('what cost replies take from tables/prices.yaml besides prices', () => {
  it('states the free tier with the numbers in the table', () => {
    const ask = withPrices((p) => ({ ...p, lambda: { ...p.lambda, freeTier: { requests: 2_500_000, gbSeconds: 750_000 } } }));
    expect(ask('cost requests=3M duration=120ms memory=512mb')).toContain(
      'Lambda free tier applied (2.5M requests and 750,000 GB-s a month)',
    );
  });

  it("runs an instance for the table's hours a month unless told otherwise, and calls that always on", () => {
    const ask = withPrices((p) => ({ ...p, hoursPerMonth: 720 }));
    const usd = advisor().context.knowledge.prices[0]?.ec2.instances.find((i) => i.type === 'm5.large')?.usdPerHour ?? Number.NaN;
    const text = ask('cost instance=m5.large commitment=none');
    expect(text).toContain('720 hours of running time a month (always on).');
    expect(text).toContain(`$${(usd * 720).toFixed(2)}`);
    expect(ask('cost instance=m5.large commitment=none hours=730')).toContain('730 hours of running time a month.');
  });

  it('keeps Provisioned Concurrency on for the same hours by default', () => {
    const hours = (n: number) =>
      withPrices((p) => ({ ...p, hoursPerMonth: n }))('cost requests=0 duration=1ms memory=512mb provisioned=10');
    expect(hours(365)).not.toEqual(hours(730));
  });

  it('prices in the default region the table names when no region is given, in cost and in recommend', () => {
    const ask = withPrices((p) => ({ ...p, region: 'test-region-1', name: 'Test Region' }), 'test-region-1');
    expect(ask('cost requests=3M duration=120ms memory=512mb')).toContain('Monthly cost — Test Region (test-region-1)');
    expect(ask('recommend duration=200ms traffic=spiky state=stateless requests=30M memory=512mb')).toContain(
      'test-region-1, prices as of',
    );
  });
});
