/**
 * Property-based tests of the whole answer path: whatever a user types, `handle()` returns a well-formed
 * Reply, never throws (the shared test advisor rethrows internal errors), and never echoes a live mass
 * mention. Platform renderers are checked on the same inputs in their own property tests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration, parseSize } from '../../src/parse/units.js';
import { replyKinds, type Reply } from '../../src/reply.js';
import { replyToText } from '../../src/render-text.js';
import { RECOMMEND_SETTINGS } from '../../src/recommend/fields.js';
import { readSettings } from '../../src/settings/read-settings.js';
import { advisor } from '../helpers.js';
import { anyText, WORDS } from './arbitraries.js';

const LIVE_MENTION = /(^|[^\u200b])@(everyone|here|channel)\b|<!(channel|here|everyone|subteam)/i;

function checkReply(reply: Reply): void {
  expect(replyKinds).toContain(reply.kind);
  expect(reply.title.length).toBeGreaterThan(0);
  const text = replyToText(reply);
  expect(text.length).toBeLessThan(60_000);
  expect(text).not.toMatch(LIVE_MENTION);
  expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
}

describe('handle() on any input', () => {
  it('returns a well-formed reply, never throws, never echoes a mass mention', () => {
    fc.assert(
      fc.property(anyText, (text) => checkReply(advisor().handle(text))),
      { numRuns: 400 },
    );
  });

  it('does the same for thread reviews', () => {
    const message = fc.record({
      ref: fc.string({ maxLength: 20 }),
      author: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      text: anyText,
    });
    fc.assert(
      fc.property(fc.array(message, { maxLength: 8 }), (messages) => checkReply(advisor().review(messages))),
      { numRuns: 150 },
    );
  });
});

describe('the parsers on any input', () => {
  it('readSettings returns settings or a user error, never throws', () => {
    const { ranges } = advisor().context.knowledge.rules;
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 20 })), { maxLength: 10 }), (tokens) => {
        const r = readSettings(RECOMMEND_SETTINGS, { args: tokens }, 'recommend', ranges);
        if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back durations and sizes written with their units', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom(['ms', 0.001], ['s', 1], ['m', 60], ['h', 3600], ['d', 86400]),
        (n, [unit, factor]) => {
          const r = parseDuration(`${n}${unit}`);
          expect(r.ok && r.value).toBeCloseTo(n * (factor as number));
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom(['kb', 1 / 1024], ['mb', 1], ['gb', 1024], ['tb', 1048576]),
        (n, [unit, factor]) => {
          const r = parseSize(`${n} ${unit}`);
          expect(r.ok && r.value).toBeCloseTo(n * factor);
        },
      ),
    );
  });
});
