import { describe, expect, it } from 'vitest';
import { BRIEF, pointText } from '../src/brief.js';

describe('a key point in the brief', () => {
  it('keeps the whole sentences that fit, never a sentence cut off in the middle', () => {
    const first = 'Lambda Managed Instances (since 2025-11-30): asynchronous invocations may run up to 90 minutes.';
    const second = ' Our sources give no figure for synchronous calls, so test before relying on it for an API.';
    expect((first + second).length).toBeGreaterThan(BRIEF.pointChars);
    expect(pointText(first + second)).toBe(first);
  });

  it('clips a first sentence too long for the budget at a word, with an ellipsis', () => {
    const long = `${'word '.repeat(60)}end.`;
    const point = pointText(long);
    expect(point.length).toBeLessThanOrEqual(BRIEF.pointChars);
    expect(point).toMatch(/word…$/);
  });

  it('leaves a point that fits as it is', () => {
    expect(pointText('Default timeout is 3 seconds.')).toBe('Default timeout is 3 seconds.');
  });
});
