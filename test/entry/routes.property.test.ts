/**
 * Fuzzing both HTTP routes of the real entry point with fast-check: random JSON shapes (built from the keys and
 * values the platforms use, so they reach deep into Bolt's routing and our listeners) and form bodies, every
 * one validly signed. None may crash the process, get a 5xx, or make it print a line that is not JSON.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture as discordFixture, signedHeaders } from '../discord/harness.js';
import { fixture as slackFixture, FORM, JSON_TYPE, send } from '../slack/harness.js';
import { slackStub, startBot, type Bot, type SlackStub } from './bot-process.js';

const SLACK_KEYS = [
  'type',
  'event',
  'command',
  'text',
  'user_id',
  'channel_id',
  'actions',
  'action_id',
  'value',
  'user',
  'id',
  'team',
  'channel',
  'container',
  'view',
  'callback_id',
  'state',
  'values',
  'name',
  'authorizations',
  'event_id',
  'response_url',
  'trigger_id',
  'ts',
  'tab',
  'challenge',
  'enterprise',
  'message',
  'thread_ts',
  'private_metadata',
  'team_id',
  'is_ephemeral',
  'item',
  'selected_option',
];
const SLACK_VALUES = [
  'event_callback',
  'app_mention',
  'app_home_opened',
  'block_actions',
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
  'block_suggestion',
  'url_verification',
  '/compute',
  'compute_run:1:0',
  'compute_share',
  'compute_more',
  'compute_open_recommend',
  'compute_recommend',
  'home',
  'help',
  'recommend',
  '{"c":"help"}',
  '{"c":"limits lambda","t":"1.2"}',
  'U1',
  'C1',
  'T1',
  '1.2',
  'https://hooks.slack.com/x',
];
const DISCORD_KEYS = [
  'type',
  'data',
  'options',
  'name',
  'value',
  'focused',
  'custom_id',
  'component_type',
  'application_id',
  'token',
  'member',
  'user',
  'id',
  'channel',
  'channel_id',
  'guild_id',
];
const DISCORD_VALUES = [
  'compute',
  'ask',
  'compare',
  'limits',
  'topic',
  'help',
  'recommend',
  'cost',
  'service',
  'question',
  'lambda',
  'run:help',
  'more:1:help',
  'share:help',
  '123456789012345678',
  'tok',
];

/** Any JSON value, mostly objects keyed by the platform's own field names. */
function shapes(keys: string[], values: string[]) {
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      // At the depth limit fast-check takes the first of these, so it must not recurse.
      { maxDepth: 4, withCrossShrink: true },
      fc.constant(null),
      tie('object'),
      fc.boolean(),
      fc.integer({ min: -1, max: 6 }),
      fc.constantFrom(...values),
      fc.string({ maxLength: 6 }),
      fc.array(tie('value'), { maxLength: 3 }),
    ),
    object: fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 7 }),
  }));
  return value;
}

/**
 * Real payloads with random changes: fields at the top and inside one of their objects replaced, added or
 * nulled, so most requests get past the shape check and exercise Bolt's routing and the listeners.
 */
function mutated(bases: Record<string, unknown>[], keys: string[], values: string[]) {
  const changes = fc.dictionary(fc.constantFrom(...keys), shapes(keys, values), { maxKeys: 3 });
  return fc
    .tuple(fc.constantFrom(...bases), changes, fc.constantFrom(...keys, 'actions', 'event', 'view', 'data', 'user'), changes)
    .map(([base, top, child, inner]) => {
      const nested = base[child];
      const item = Array.isArray(nested) ? nested[0] : nested;
      const changed = typeof item === 'object' && item !== null ? { ...item, ...inner } : nested;
      return { ...base, ...(nested === undefined ? {} : { [child]: Array.isArray(nested) ? [changed] : changed }), ...top };
    });
}
const SLACK_BASES = ['app-mention.json', 'block-actions.json', 'view-submission.json', 'app-home-opened.json', 'slash-command.json'].map(
  (name) => slackFixture(name),
);
const DISCORD_BASES = ['ping.json', 'command-recommend.json', 'button.json', 'autocomplete.json'].map((name) => discordFixture(name));

let stub: SlackStub;
let bot: Bot;
beforeAll(async () => {
  stub = await slackStub();
  bot = await startBot(stub, { DISCORD_API_URL: `${stub.url}/discord` });
});
afterAll(() => {
  bot.stop();
  stub.close();
});

const statuses: Record<number, number> = {};
/** Fails on a 5xx or a connection that did not get an answer (the process went down). */
async function answered(res: Promise<Response>): Promise<void> {
  const status = (await res).status;
  statuses[status] = (statuses[status] ?? 0) + 1;
  expect(status).toBeLessThan(500);
}

describe('random signed requests', () => {
  it('POST /slack/events: JSON bodies, form payloads and form fields never crash it or get a 5xx', async () => {
    const slack = fc.oneof(shapes(SLACK_KEYS, SLACK_VALUES), mutated(SLACK_BASES, SLACK_KEYS, SLACK_VALUES));
    const fields = fc.dictionary(fc.constantFrom(...SLACK_KEYS), fc.oneof(fc.constantFrom(...SLACK_VALUES), fc.string({ maxLength: 6 })), {
      maxKeys: 8,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          slack.map((v) => [JSON.stringify(v), JSON_TYPE] as const),
          slack.map((v) => [new URLSearchParams({ payload: JSON.stringify(v) }).toString(), FORM] as const),
          fields.map((f) => [new URLSearchParams(f).toString(), FORM] as const),
        ),
        async ([body, type]) => answered(send(bot.base, body, type)),
      ),
      { numRuns: 200 },
    );
    expect(bot.child.exitCode).toBeNull();
    // A press of a button that is not ours is acknowledged by no listener: Bolt answers 404 after 3 s.
  }, 90_000);

  it('POST /discord/interactions: JSON bodies never crash it or get a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(shapes(DISCORD_KEYS, DISCORD_VALUES), mutated(DISCORD_BASES, DISCORD_KEYS, DISCORD_VALUES)),
        async (value) => {
          const body = JSON.stringify(value);
          await answered(
            fetch(`${bot.base}/discord/interactions`, {
              method: 'POST',
              headers: { 'content-type': JSON_TYPE, ...signedHeaders(body, bot.discordKey) },
              body,
            }),
          );
        },
      ),
      { numRuns: 200 },
    );
    expect(bot.child.exitCode).toBeNull();
  }, 60_000);

  it('wrote nothing but JSON lines', async () => {
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.notJson).toEqual([]);
    // Not only refusals: a good share got past the checks to Bolt and the listeners.
    expect(statuses[200] ?? 0).toBeGreaterThan(50);
  });
});
