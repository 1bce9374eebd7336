import type { InputBlock } from '@slack/types';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendModal } from '../../adapters/slack/modal.js';
import { recommendCommand } from '../../src/commands/recommend.js';
import { replyToBlocks } from '../../adapters/slack/render.js';
import { advisor } from '../helpers.js';
import {
  apiArgs,
  eventually,
  fixture,
  FORM,
  HOOKS,
  interactionBody,
  mentionBody,
  JSON_TYPE,
  send,
  settle,
  SLACK_API,
  slashBody,
  startSlackTestServer,
  failOnUnexpectedRequests,
} from './harness.js';

let server: Awaited<ReturnType<typeof startSlackTestServer>>;
const RESPONSE_PATH = '/commands/T0001/1234567890/XXXXXXXXXXXXXXXXXXXXXXXX';
const ACTION_PATH = '/actions/T0001/1234567890/YYYYYYYYYYYYYYYYYYYYYYYY';

/** A nock interceptor that records each body it receives. */
function capture(host: string, path: string, times = 1, reply: object = { ok: true }) {
  const bodies: Record<string, unknown>[] = [];
  const scope = nock(host)
    .post(path, (body: unknown) => {
      bodies.push(apiArgs(body));
      return true;
    })
    .times(times)
    .reply(200, reply);
  return { scope, bodies };
}

failOnUnexpectedRequests();

beforeAll(async () => {
  server = await startSlackTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('/compute', () => {
  it('answers privately in the acknowledgement, with the blocks and a "Share in channel" button, and posts nothing else', async () => {
    const { scope } = capture(HOOKS, RESPONSE_PATH);
    const started = Date.now();
    const res = await send(server.url, slashBody('limits lambda'), FORM);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const expected = replyToBlocks(advisor().handle('limits lambda'), { command: 'limits lambda', share: true });
    expect(await res.json()).toEqual({ response_type: 'ephemeral', ...expected });
    expect(expected.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'AWS Lambda limits' } });
    expect(JSON.stringify(expected.blocks.at(-1))).toContain('"action_id":"compute_share"');
    await settle();
    expect(scope.isDone()).toBe(false);
  });

  it('decodes what Slack escaped in the command text', async () => {
    const res = await send(server.url, slashBody('compare ec2 &amp; lambda'), FORM);
    expect(((await res.json()) as { text: string }).text).toBe(replyToBlocks(advisor().handle('compare ec2 & lambda')).text);
  });

  it('opens the recommend form for a bare "recommend", remembering where to answer', async () => {
    const { scope, bodies } = capture(SLACK_API, '/api/views.open');
    const res = await send(server.url, slashBody('recommend'), FORM);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    await eventually(() => scope.isDone());
    const view = bodies[0]?.view as { callback_id: string; private_metadata: string; blocks: { block_id?: string }[] };
    expect(bodies[0]?.trigger_id).toMatch(new RegExp(`^${fixture('slash-command.json').trigger_id as string}\\.`));
    expect(view.callback_id).toBe('compute_recommend');
    expect(JSON.parse(view.private_metadata)).toEqual({ channel: 'C2147483705', responseUrl: `${HOOKS}${RESPONSE_PATH}` });
    expect(view.blocks.map((b) => b.block_id).filter(Boolean)).toEqual(['duration', 'memory', 'gpu', 'traffic', 'state', 'notes']);
  });

  it('offers on the form every key setting of recommend with all of its choices, as the core declares them', () => {
    const view = recommendModal({});
    const inputs = view.blocks.flatMap((b) => (b.type === 'input' ? [b as InputBlock] : []));
    const keySettings = recommendCommand.settings.filter((s) => s.offer === 'key');
    expect(inputs.map((b) => b.block_id)).toEqual([...keySettings.map((s) => s.name), 'notes']);
    for (const setting of keySettings) {
      const element = inputs.find((b) => b.block_id === setting.name)?.element as { options?: { value: string }[] };
      expect(
        element.options?.map((o) => o.value),
        setting.name,
      ).toEqual(setting.choices);
    }
    expect(keySettings.find((s) => s.name === 'traffic')?.choices).toContain('unpredictable');
  });
});

describe('request signatures', () => {
  it('rejects a forged signature with 401 and answers nothing', async () => {
    const { scope } = capture(HOOKS, RESPONSE_PATH);
    const res = await send(server.url, slashBody('help'), FORM, { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    await settle();
    expect(scope.isDone()).toBe(false);
  });

  it('rejects a correctly signed but stale (over 5 minutes) request with 401', async () => {
    const { scope } = capture(HOOKS, RESPONSE_PATH);
    const res = await send(server.url, slashBody('help'), FORM, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    await settle();
    expect(scope.isDone()).toBe(false);
  });

  it("answers Slack's URL verification challenge", async () => {
    const res = await send(server.url, JSON.stringify({ token: 't', challenge: 'abc123', type: 'url_verification' }), JSON_TYPE);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'abc123' });
  });
});

describe('@compute-advisor mentions', () => {
  it('answers in the thread it was mentioned in', async () => {
    const { scope, bodies } = capture(SLACK_API, '/api/chat.postMessage');
    const res = await send(server.url, mentionBody('<@UBOT1234> why does my lambda time out at 15 minutes?'), JSON_TYPE);
    expect(res.status).toBe(200);
    await eventually(() => scope.isDone());
    const expected = replyToBlocks(advisor().handle('why does my lambda time out at 15 minutes?'), {
      command: 'why does my lambda time out at 15 minutes?',
      threadTs: '1515449438.000011',
    });
    expect(bodies).toEqual([
      { team_id: 'T0001', channel: 'C0LAN2Q65', thread_ts: '1515449438.000011', text: expected.text, blocks: expected.blocks },
    ]);
  });

  it('never answers a retry (X-Slack-Retry-Num) a second time', async () => {
    const { scope } = capture(SLACK_API, '/api/chat.postMessage');
    const res = await send(server.url, mentionBody('<@UBOT1234> limits lambda'), JSON_TYPE, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(res.status).toBe(200);
    await settle();
    expect(scope.isDone()).toBe(false);
  });

  it('"review" reads the thread and recommends from what people wrote, naming the messages it used', async () => {
    const replies = nock(SLACK_API)
      .post('/api/conversations.replies', (body: unknown) => {
        const args = apiArgs(body);
        return args.channel === 'C0LAN2Q65' && args.ts === '1515449438.000011';
      })
      .reply(200, fixture('conversations.replies.json'));
    const { scope, bodies } = capture(SLACK_API, '/api/chat.postMessage');
    await send(server.url, mentionBody('<@UBOT1234> review'), JSON_TYPE);
    await eventually(() => scope.isDone() && replies.isDone());
    const link = (ts: string) => `https://slack.com/archives/C0LAN2Q65/p${ts.replace('.', '')}?thread_ts=1515449438.000011&cid=C0LAN2Q65`;
    const messages = [
      {
        ref: `[message 1](${link('1515449438.000011')})`,
        text: 'Design review: a nightly video transcode job, each run takes about 40 minutes and needs a GPU.',
      },
      { ref: `[message 2](${link('1515449480.000012')})`, text: 'It needs around 12 GB of memory & keeps no state between runs.' },
    ];
    const note = `Read 2 messages in this thread: <${link('1515449438.000011').replace('&', '&amp;')}|message 1> by <@U061F7AUR>, <${link('1515449480.000012').replace('&', '&amp;')}|message 2> by <@U0G9QF9C6>.`;
    const reply = advisor().review(messages);
    expect(reply.kind).toBe('recommend');
    const expected = replyToBlocks(reply, { threadTs: '1515449438.000011', note });
    expect(bodies).toEqual([
      { team_id: 'T0001', channel: 'C0LAN2Q65', thread_ts: '1515449438.000011', text: expected.text, blocks: expected.blocks },
    ]);
    expect(expected.blocks[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: note }] });
    // The reply says which messages each trait came from, linking back to them.
    expect(JSON.stringify(expected.blocks)).toContain(`<${link('1515449480.000012').replace('&', '&amp;')}|message 2>`);
  });
});

describe('buttons', () => {
  const action = (actionId: string, value: string, container: Record<string, unknown> = {}) => {
    const body = fixture<{ actions: Record<string, unknown>[]; container: Record<string, unknown> }>('block-actions.json');
    return { ...body, container: { ...body.container, ...container }, actions: [{ ...body.actions[0], action_id: actionId, value }] };
  };

  it('a did-you-mean/follow-up button on a private answer runs its command for the presser', async () => {
    const { scope, bodies } = capture(HOOKS, ACTION_PATH);
    const res = await send(server.url, interactionBody(action('compute_run:1:0', '{"c":"ec2-vs-lambda"}')), FORM);
    expect(res.status).toBe(200);
    await eventually(() => scope.isDone());
    const expected = replyToBlocks(advisor().handle('ec2-vs-lambda'), { command: 'ec2-vs-lambda', share: true });
    expect(bodies).toEqual([{ response_type: 'ephemeral', replace_original: false, ...expected }]);
  });

  it('"More" shows the next part of a long answer', async () => {
    const { scope, bodies } = capture(HOOKS, ACTION_PATH);
    await send(server.url, interactionBody(action('compute_more', '{"c":"topic cold starts","p":1}')), FORM);
    await eventually(() => scope.isDone());
    expect(bodies[0]?.blocks).toEqual(
      replyToBlocks(advisor().handle('topic cold starts'), { command: 'topic cold starts', share: true, page: 1 }).blocks,
    );
  });

  it('"Share in channel" posts the same answer visibly, then removes the private copy', async () => {
    const { scope, bodies } = capture(HOOKS, ACTION_PATH, 2);
    await send(server.url, interactionBody(action('compute_share', '{"c":"limits lambda"}')), FORM);
    await eventually(() => scope.isDone());
    const expected = replyToBlocks(advisor().handle('limits lambda'), {
      command: 'limits lambda',
      note: 'Shared by <@U2147483697> · `/compute` to ask your own',
    });
    expect(bodies).toEqual([{ response_type: 'in_channel', replace_original: false, ...expected }, { delete_original: true }]);
  });

  it('a button on an answer in a thread answers the presser privately in that thread', async () => {
    const { scope, bodies } = capture(SLACK_API, '/api/chat.postEphemeral');
    await send(
      server.url,
      interactionBody(action('compute_run:2:0', '{"c":"limits fargate"}', { is_ephemeral: false, thread_ts: '1515449438.000011' })),
      FORM,
    );
    await eventually(() => scope.isDone());
    const expected = replyToBlocks(advisor().handle('limits fargate'), {
      command: 'limits fargate',
      share: true,
      threadTs: '1515449438.000011',
    });
    expect(bodies).toEqual([
      {
        team_id: 'T0001',
        channel: 'C2147483705',
        user: 'U2147483697',
        thread_ts: '1515449438.000011',
        text: expected.text,
        blocks: expected.blocks,
      },
    ]);
  });

  it('ignores a button whose value is not ours', async () => {
    const { scope } = capture(HOOKS, ACTION_PATH);
    const res = await send(server.url, interactionBody(action('compute_run:1:0', 'not json')), FORM);
    expect(res.status).toBe(200);
    await settle();
    expect(scope.isDone()).toBe(false);
  });
});

describe('the recommend form', () => {
  const submission = (values: Record<string, unknown> = {}) => {
    const body = fixture<{ view: { state: { values: Record<string, unknown> } } }>('view-submission.json');
    return { ...body, view: { ...body.view, state: { values: { ...body.view.state.values, ...values } } } };
  };

  it('closes on submit and answers privately with the recommendation', async () => {
    const { scope, bodies } = capture(HOOKS, RESPONSE_PATH);
    const res = await send(server.url, interactionBody(submission()), FORM);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    await eventually(() => scope.isDone());
    const command = 'recommend duration=20m memory=12gb gpu=yes traffic=bursty';
    expect(advisor().handle(command).kind).toBe('recommend');
    expect(bodies).toEqual([
      { response_type: 'ephemeral', replace_original: false, ...replyToBlocks(advisor().handle(command), { command, share: true }) },
    ]);
  });

  it('keeps the form open with an error beside a duration it cannot read', async () => {
    const { scope } = capture(HOOKS, RESPONSE_PATH);
    const res = await send(
      server.url,
      interactionBody(submission({ duration: { duration: { type: 'plain_text_input', value: 'forever' } } })),
      FORM,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { duration: '"forever" is not a duration. Use a number with a unit, e.g. 250ms, 90s, 20m, 2h or 7d.' },
    });
    await settle();
    expect(scope.isDone()).toBe(false);
  });
});

describe('Home tab and the shared HTTP server', () => {
  it('publishes the Home tab when opened', async () => {
    const { scope, bodies } = capture(SLACK_API, '/api/views.publish');
    await send(server.url, JSON.stringify(fixture('app-home-opened.json')), JSON_TYPE);
    await eventually(() => scope.isDone());
    expect(bodies[0]?.user_id).toBe('U061F7AUR');
    expect(JSON.stringify(bodies[0]?.view)).toContain('compute_open_recommend');
  });

  it('serves /healthz, 404 for unknown paths and 405 for a wrong method', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { ok: true }]);
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    const wrong = await fetch(`${server.url}/slack/events`);
    expect([wrong.status, wrong.headers.get('allow')]).toEqual([405, 'POST']);
  });
});
