import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { handler as Handler } from '../../adapters/slack/lambda.js';
import { replyToBlocks } from '../../adapters/slack/render.js';
import { advisor } from '../helpers.js';
import { fixture, HOOKS, sign, SIGNING_SECRET, SLACK_API, slashBody } from './harness.js';

// The Lambda entry reads its settings from the environment, as on AWS.
const saved = { ...process.env };
beforeAll(() => {
  Object.assign(process.env, { SLACK_BOT_TOKEN: 'xoxb-0000-lambda', SLACK_SIGNING_SECRET: SIGNING_SECRET });
  delete process.env.SLACK_APP_TOKEN;
  nock.disableNetConnect();
});
afterAll(() => {
  process.env = saved;
  nock.cleanAll();
  nock.enableNetConnect();
});

/** An API Gateway (payload v2) / Function URL event carrying a signed Slack request. */
function awsEvent(body: string, timestamp = Math.floor(Date.now() / 1000)) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/slack/events',
    rawQueryString: '',
    isBase64Encoded: false,
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp),
    },
    requestContext: { http: { method: 'POST', path: '/slack/events' } },
  };
}

// The handler from the sources, and the bundle that deploys (dist/lambda/, made by `npm run build`): the
// bundle holds its own copy of Bolt and axios, which still send through Node's http module, where nock listens.
const handlers: [string, () => Promise<{ handler: typeof Handler }>][] = [
  ['sources', () => import('../../adapters/slack/lambda.js')],
  ['bundle', () => import(pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'lambda', 'slack.js')).href)],
];

describe.each(handlers)('the AWS Lambda entry point, from the %s', (_, load) => {
  it('checks the signature and answers /compute in the response (nothing is left to post after Lambda freezes)', async () => {
    const auth = nock(SLACK_API).post('/api/auth.test').reply(200, fixture('auth.test.json'));
    const hook = nock(HOOKS).post(/.*/).reply(200, 'ok');
    const { handler } = await load();
    const response = await handler(awsEvent(slashBody('limits lambda')), {}, () => undefined);
    expect(response.statusCode).toBe(200);
    expect(auth.isDone()).toBe(true);
    expect(JSON.parse(String(response.body))).toEqual({
      response_type: 'ephemeral',
      ...replyToBlocks(advisor().handle('limits lambda'), { command: 'limits lambda', share: true }),
    });
    expect(hook.isDone()).toBe(false);
  });

  it('answers a cost question without its chart: an upload would hold the response, as Lambda answers after the listener', async () => {
    const slack = nock(SLACK_API).post(/.*/).reply(200, { ok: true });
    const hook = nock(HOOKS).post(/.*/).reply(200, 'ok');
    const command = 'cost requests=3M duration=120ms memory=512mb';
    const { handler } = await load();
    const response = await handler(awsEvent(slashBody(command)), {}, () => undefined);
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(String(response.body))).toEqual({
      response_type: 'ephemeral',
      ...replyToBlocks(advisor().handle(command), { command, share: true }),
    });
    expect(
      advisor()
        .handle(command)
        .blocks.some((b) => b.type === 'chart'),
    ).toBe(true);
    expect([slack.isDone(), hook.isDone()]).toEqual([false, false]);
  });

  it('rejects a stale signature with 401', async () => {
    const { handler } = await load();
    const response = await handler(awsEvent(slashBody('help'), Math.floor(Date.now() / 1000) - 600), {}, () => undefined);
    expect(response.statusCode).toBe(401);
  });
});
