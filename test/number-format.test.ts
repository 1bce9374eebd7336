import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('number formatting', () => {
  it('builds each Intl formatter on first use, once, not at import (the first one loads ICU data, which a cold start without numbers skips)', async () => {
    vi.resetModules();
    const Real = Intl.NumberFormat;
    const built = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      return new Real(...args);
    });
    const { formatUsd } = await import('../src/cost/money.js');
    const { groupDigits } = await import('../src/number-format.js');
    expect(built).not.toHaveBeenCalled();
    expect([formatUsd(1234.5), formatUsd(0.1), groupDigits(10240), groupDigits(2.5)]).toEqual(['$1,234.50', '$0.10', '10,240', '2.5']);
    expect(built).toHaveBeenCalledTimes(2);
    formatUsd(7);
    groupDigits(7);
    expect(built).toHaveBeenCalledTimes(2);
  });
});
