/**
 * Slack misbehaving: rate limits, server errors and hanging response_urls, with nock as Slack. The app must
 * answer each message at most once, tell the user when it can, log one clean line (no token), and keep serving.
 */
import { format } from 'node:util';
import { LogLevel } from '@slack/bolt';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { APOLOGY } from '../../adapters/slack/answer.js';
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

const TOKEN = 'xoxb-0000-test';
// Short enough to keep the file fast; production uses the 10 s default.
const TIMEOUT_MS = 300;
const RESPONSE_PATH = '/commands/T0001/1234567890/XXXXXXXXXXXXXXXXXXXXXXXX';
const ACTION_PATH = '/actions/T0001/1234567890/YYYYYYYYYYYYYYYYYYYYYYYY';

let server: Awaited<ReturnType<typeof startSlackTestServer>>;
const logs: string[] = [];
failOnUnexpectedRequests();

/** Every request to `path`, answered by `reply` (persisting), with the arguments each one carried. */
function record(host: string, path: string, reply: (scope: nock.Interceptor) => nock.Scope) {
  const bodies: Record<string, unknown>[] = [];
  const scope = reply(
    nock(host).post(path, (body: unknown) => {
      bodies.push(apiArgs(body));
      return true;
    }),
  );
  return { scope, bodies };
}

const THREAD = '1515449438.000011';
/** A press of a follow-up button on a private answer, which is answered through the action's response_url. */
const buttonPress = (command: string) => {
  const body = fixture<{ actions: Record<string, unknown>[] }>('block-actions.json');
  return interactionBody({
    ...body,
    actions: [{ ...body.actions[0], action_id: 'compute_run:1:0', value: JSON.stringify({ c: command }) }],
  });
};
const expectedThreadAnswer = (text: string) => replyToBlocks(advisor().handle(text), { command: text, threadTs: THREAD });

/** The app still serves: /healthz answers, so does a fresh command, and so does a button through response_url. */
async function stillServing(): Promise<void> {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  const command = await send(server.url, slashBody('limits lambda'), FORM);
  expect(((await command.json()) as { text: string }).text).toEqual(replyToBlocks(advisor().handle('limits lambda')).text);
  const { scope, bodies } = record(HOOKS, ACTION_PATH, (i) => i.reply(200, { ok: true }));
  expect((await send(server.url, buttonPress('limits ecs'), FORM)).status).toBe(200);
  await eventually(() => scope.isDone());
  expect(bodies.map((b) => b.text)).toEqual([replyToBlocks(advisor().handle('limits ecs')).text]);
}

beforeAll(async () => {
  // Debug level, so the token check below covers everything Bolt and the Web API client can log.
  for (const level of ['debug', 'info', 'warn', 'error'] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logs.push(format(...args)));
  server = await startSlackTestServer({ clientTimeoutMs: TIMEOUT_MS, logLevel: LogLevel.DEBUG });
});
afterAll(async () => {
  await server.close();
  vi.restoreAllMocks();
});
beforeEach(() => {
  logs.length = 0;
});
afterEach(() => {
  expect(logs.filter((line) => line.includes(TOKEN))).toEqual([]);
});

const errorLines = () => logs.filter((line) => line.startsWith('[ERROR]'));

describe('when chat.postMessage is rate limited (429, Retry-After: 1)', () => {
  it('waits as told, then posts the thread answer exactly once', async () => {
    const limited = record(SLACK_API, '/api/chat.postMessage', (i) =>
      i.reply(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '1' }),
    );
    const posted = record(SLACK_API, '/api/chat.postMessage', (i) => i.reply(200, { ok: true, ts: '1515449600.000100' }));
    const started = Date.now();
    expect((await send(server.url, mentionBody('<@UBOT1234> limits lambda'), JSON_TYPE)).status).toBe(200);
    await eventually(() => posted.scope.isDone(), 4000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    await settle(400);
    const expected = expectedThreadAnswer('limits lambda');
    const args = { team_id: 'T0001', channel: 'C0LAN2Q65', thread_ts: THREAD, text: expected.text, blocks: expected.blocks };
    expect(limited.bodies).toEqual([args]);
    expect(posted.bodies).toEqual([args]);
    expect(errorLines()).toEqual([]);
    await stillServing();
  });
});

describe('when a response_url is rate limited (429, Retry-After: 1)', () => {
  it('waits as told, then posts a button answer once more, and the user gets the answer, not the apology', async () => {
    const limited = record(HOOKS, ACTION_PATH, (i) => i.reply(429, 'rate limited', { 'Retry-After': '1' }));
    const posted = record(HOOKS, ACTION_PATH, (i) => i.reply(200, { ok: true }));
    const started = Date.now();
    expect((await send(server.url, buttonPress('limits ecs'), FORM)).status).toBe(200);
    await eventually(() => posted.scope.isDone(), 4000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    await settle(400);
    const answer = replyToBlocks(advisor().handle('limits ecs')).text;
    expect([...limited.bodies, ...posted.bodies].map((b) => b.text)).toEqual([answer, answer]);
    expect(errorLines()).toEqual([]);
    await stillServing();
  });

  it("does the same for the recommend form's answer", async () => {
    const limited = record(HOOKS, RESPONSE_PATH, (i) => i.reply(429, 'rate limited', { 'Retry-After': '1' }));
    const posted = record(HOOKS, RESPONSE_PATH, (i) => i.reply(200, { ok: true }));
    expect((await send(server.url, interactionBody(fixture('view-submission.json')), FORM)).status).toBe(200);
    await eventually(() => posted.scope.isDone(), 4000);
    await settle(400);
    expect(limited.bodies).toEqual(posted.bodies);
    expect(posted.bodies[0]?.text).not.toEqual(APOLOGY.text);
    expect(errorLines()).toEqual([]);
  });
});

describe('when Slack answers a post with HTTP 200 and a body that is not JSON', () => {
  it('counts the thread answer as delivered: posted once, no apology, one warning', async () => {
    const garbled = record(SLACK_API, '/api/chat.postMessage', (i) =>
      i.reply(200, '<html>upstream hiccup', { 'content-type': 'text/html' }),
    );
    await send(server.url, mentionBody('<@UBOT1234> limits lambda'), JSON_TYPE);
    await eventually(() => garbled.scope.isDone());
    await settle(400);
    expect(garbled.bodies.map((b) => b.text)).toEqual([expectedThreadAnswer('limits lambda').text]);
    expect(errorLines()).toEqual([]);
    expect(logs.filter((l) => l.includes('a body that is not JSON; counted as delivered'))).toHaveLength(1);
    await stillServing();
  });
});

describe('when the Web API keeps failing with HTTP 500', () => {
  it('retries a thread answer twice, tries the apology the same way, and logs the failure in one line', async () => {
    const failing = record(SLACK_API, '/api/chat.postMessage', (i) => i.reply(500, 'upstream error').persist());
    await send(server.url, mentionBody('<@UBOT1234> limits lambda'), JSON_TYPE);
    await eventually(() => failing.bodies.length === 6 && errorLines().length > 0, 4000);
    await settle(400);
    // Three attempts each (the first and two retries): nothing reached the channel, so nothing can be there twice.
    expect(failing.bodies.map((b) => b.text)).toEqual([
      ...Array(3).fill(expectedThreadAnswer('limits lambda').text),
      ...Array(3).fill(APOLOGY.text),
    ]);
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0]).toMatch(
      /^\[ERROR\] +bolt-app app_mention failed \(user U061F7AUR, channel C0LAN2Q65\): slack_webapi_http_error: Error: An HTTP protocol error occurred: statusCode = 500/,
    );
    await stillServing();
  });

  it('answers /compute privately with the apology (no error details) when the Web API call it needed failed', async () => {
    const failing = record(SLACK_API, '/api/views.open', (i) => i.reply(500, 'upstream error').persist());
    const respond = record(HOOKS, RESPONSE_PATH, (i) => i.reply(200, { ok: true }));
    expect((await send(server.url, slashBody('recommend'), FORM)).status).toBe(200);
    await eventually(() => respond.scope.isDone(), 4000);
    await settle(400);
    expect(failing.bodies).toHaveLength(3);
    expect(respond.bodies).toEqual([{ response_type: 'ephemeral', ...APOLOGY }]);
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0]).toContain('/compute failed (user U2147483697, channel C2147483705): slack_webapi_http_error');
    await stillServing();
  });
});

describe('when a call hangs', () => {
  it('gives up on a hanging response_url after the client timeout, posts nothing twice, and answers the next command', async () => {
    const hanging = record(HOOKS, ACTION_PATH, (i) => i.delay(5000).reply(200, { ok: true }).persist());
    expect((await send(server.url, buttonPress('limits fargate'), FORM)).status).toBe(200);
    await eventually(() => errorLines().length > 0, 3000);
    await settle(TIMEOUT_MS + 200);
    // The answer may have reached Slack before the timeout, so it is neither repeated nor followed by an apology.
    expect(hanging.bodies.map((b) => b.text)).toEqual([replyToBlocks(advisor().handle('limits fargate')).text]);
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0]).toMatch(
      /button compute_run:1:0 failed \(user U2147483697\): timed out; not repeated, as it may have reached Slack \(timeout of 300ms exceeded\)/,
    );
    nock.abortPendingRequests();
    nock.cleanAll();
    await stillServing();
  });

  it('does the same when the response_url connection fails with ETIMEDOUT', async () => {
    const failing = record(HOOKS, ACTION_PATH, (i) =>
      i.replyWithError({ code: 'ETIMEDOUT', message: 'connect ETIMEDOUT 10.0.0.1:443' }).persist(),
    );
    await send(server.url, buttonPress('limits fargate'), FORM);
    await eventually(() => errorLines().length > 0, 3000);
    await settle();
    expect(failing.bodies).toHaveLength(1);
    expect(errorLines()[0]).toContain('button compute_run:1:0 failed (user U2147483697): timed out');
    nock.cleanAll();
    await stillServing();
  });

  it('does not retry a chat.postMessage that timed out, as Slack may already have posted it', async () => {
    const hanging = record(SLACK_API, '/api/chat.postMessage', (i) => i.delay(5000).reply(200, { ok: true }).persist());
    await send(server.url, mentionBody('<@UBOT1234> limits lambda'), JSON_TYPE);
    await eventually(() => errorLines().length > 0, 3000);
    await settle(TIMEOUT_MS + 400);
    expect(hanging.bodies.map((b) => b.text)).toEqual([expectedThreadAnswer('limits lambda').text]);
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0]).toContain(
      'app_mention failed (user U061F7AUR, channel C0LAN2Q65): timed out; not repeated, as it may have reached Slack',
    );
    nock.abortPendingRequests();
    nock.cleanAll();
    await stillServing();
  });

  it("abandons the recommend form's answer when its response_url hangs", async () => {
    const hanging = record(HOOKS, RESPONSE_PATH, (i) => i.delay(5000).reply(200, { ok: true }).persist());
    const submission = fixture('view-submission.json');
    expect((await send(server.url, interactionBody(submission), FORM)).status).toBe(200);
    await eventually(() => errorLines().length > 0, 3000);
    expect(hanging.bodies).toHaveLength(1);
    expect(errorLines()[0]).toContain(
      'recommend form answer failed (user U2147483697): timed out; not repeated, as it may have reached Slack',
    );
    nock.abortPendingRequests();
    nock.cleanAll();
    await stillServing();
  });
});
