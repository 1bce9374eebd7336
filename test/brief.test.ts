import { describe, expect, it } from 'vitest';
import { BRIEF, firstSentences, pointText } from '../src/brief.js';

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

describe('the answer at the top of the brief', () => {
  it('keeps a summary that fits whole: an error listing two problems keeps both, with how to fix each', () => {
    const error =
      'There are 2 problems:\n- requests: "-5" is not a count. Use a number, optionally with k, M or B, e.g. 250k or 3M.\n' +
      '- duration: "abc" is not a duration. Use a number with a unit, e.g. 250ms or 90s.';
    expect(firstSentences(error)).toBe(error);
  });

  it('cuts a long summary to its first two sentences, and "e.g." does not end one', () => {
    const long = `Use a number, e.g. 250k or 3M. Then the rest. ${'More words here. '.repeat(20)}`;
    expect(firstSentences(long)).toBe('Use a number, e.g. 250k or 3M. Then the rest.');
  });
});
