/**
 * The cost chart reaches Slack after the text answer: drawn, uploaded with files.uploadV2 (no channel) and
 * shown by an image block (`slack_file`) in a second message sent the way the answer went, privately and
 * when shared. Bolt's HTTPReceiver runs for real on loopback; nock stands in for slack.com, its upload host
 * and response_url.
 */
import type { Logger } from '@slack/bolt';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeButtonValue } from '../../adapters/slack/button-value.js';
import { CHART_SIZE } from '../../src/chart/svg.js';
import {
  apiArgs,
  eventually,
  fixture,
  FORM,
  HOOKS,
  interactionBody,
  JSON_TYPE,
  mentionBody,
  send,
  settle,
  SLACK_API,
  slashBody,
  startSlackTestServer,
  failOnUnexpectedRequests,
} from './harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const COST = 'cost requests=3M duration=120ms memory=512mb';
const RESPONSE_PATH = '/commands/T0001/1234567890/XXXXXXXXXXXXXXXXXXXXXXXX';
const ACTION_PATH = '/actions/T0001/1234567890/YYYYYYYYYYYYYYYYYYYYYYYY';
const FILES = 'https://files.slack.com';
const UPLOAD_PATH = '/upload/v1/CwABAAAAXAoAAZ3j';
const FILE_ID = 'F0CHART0001';

/** Log lines the app wrote, to check what a failure says (and that no token is in it). */
const logged: string[] = [];
const logger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (...msgs: unknown[]) => void logged.push(msgs.join(' ')),
  error: (...msgs: unknown[]) => void logged.push(msgs.join(' ')),
  setLevel: () => undefined,
  getLevel: () => 'info' as never,
  setName: () => undefined,
};

let server: Awaited<ReturnType<typeof startSlackTestServer>>;
failOnUnexpectedRequests();

beforeAll(async () => {
  server = await startSlackTestServer({ logger });
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  logged.splice(0);
});

/** The order things happened in, across the app's requests and the test's own. */
let events: string[] = [];

interface Upload {
  /** getUploadURLExternal's arguments. */
  asked: Json[];
  /** The bytes that reached the upload URL. */
  bytes: Buffer[];
  /** completeUploadExternal's arguments. */
  completed: Json[];
  /** Lets getUploadURLExternal answer (it waits when `hold` is set). */
  release: () => void;
}

/** The files in a multipart body (the Web API client posts the bytes to the upload URL as a form). */
function uploadedFiles(body: unknown): Buffer[] {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  // nock hands a binary body over as hex.
  const bytes = Buffer.from(raw, /^[0-9a-f]+$/.test(raw) ? 'hex' : 'latin1').toString('latin1');
  const delimiter = bytes.slice(0, bytes.indexOf('\r\n'));
  return bytes
    .split(delimiter)
    .slice(1, -1)
    .filter((part) => /filename="/.test(part.slice(0, part.indexOf('\r\n\r\n'))))
    .map((part) => Buffer.from(part.slice(part.indexOf('\r\n\r\n') + 4).replace(/\r\n$/, ''), 'latin1'));
}

/** Slack's three upload steps, recorded; `hold` keeps the first waiting until `release()`. */
function slackUpload({ hold = false } = {}): Upload {
  const upload: Upload = { asked: [], bytes: [], completed: [], release: () => undefined };
  const answer = { ok: true, upload_url: `${FILES}${UPLOAD_PATH}`, file_id: FILE_ID };
  nock(SLACK_API)
    .post('/api/files.getUploadURLExternal', (body: unknown) => {
      upload.asked.push(apiArgs(body));
      return true;
    })
    .reply((_uri, _body, callback) => {
      events.push('upload asked');
      const go = () => callback(null, [200, answer]);
      if (hold) upload.release = go;
      else go();
    });
  nock(FILES)
    .post(UPLOAD_PATH, (body: unknown) => {
      upload.bytes.push(...uploadedFiles(body));
      events.push('png uploaded');
      return true;
    })
    .reply(200, 'OK - 12345');
  nock(SLACK_API)
    .post('/api/files.completeUploadExternal', (body: unknown) => {
      upload.completed.push(apiArgs(body));
      return true;
    })
    .reply(200, { ok: true, files: [{ id: FILE_ID, title: 'Monthly cost' }] });
  return upload;
}

/** A nock interceptor that records each body it receives. */
function capture(host: string, path: string, times = 1, reply: object = { ok: true }) {
  const bodies: Json[] = [];
  const scope = nock(host)
    .post(path, (body: unknown) => {
      bodies.push(apiArgs(body));
      events.push(`post ${path}`);
      return true;
    })
    .times(times)
    .reply(200, reply);
  return { scope, bodies };
}

/** The upload carried a PNG of the chart's size, with the length announced, and completed shared nowhere. */
function expectUploadedPng(upload: Upload): void {
  expect(upload.bytes).toHaveLength(1);
  const png = upload.bytes[0];
  expect(png?.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png?.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect({ width: png?.readUInt32BE(16), height: png?.readUInt32BE(20) }).toEqual(CHART_SIZE);
  expect(upload.asked[0]).toMatchObject({ filename: 'cost.png', length: String(png?.length) });
  expect(String(upload.asked[0]?.alt_text)).toMatch(/^The lines cross at [\d.]+M requests a month/);
  expect(upload.completed[0]?.channel_id).toBeUndefined();
  expect(JSON.parse(String(upload.completed[0]?.files))).toEqual([{ id: FILE_ID, title: expect.any(String) }]);
}

/** The message that shows the chart: one image block naming the uploaded file, with the crossover as alt text. */
function expectChartMessage(message: Json | undefined): void {
  const blocks = typeof message?.blocks === 'string' ? JSON.parse(message.blocks) : message?.blocks;
  expect(blocks).toEqual([
    {
      type: 'image',
      slack_file: { id: FILE_ID },
      alt_text: expect.stringMatching(/^The lines cross at [\d.]+M requests a month/),
      title: { type: 'plain_text', text: expect.stringMatching(/cost/i) },
    },
  ]);
}

describe('the cost chart in Slack', () => {
  it('answers /compute in the acknowledgement first, then uploads the PNG and shows it privately through response_url', async () => {
    events = [];
    const upload = slackUpload({ hold: true });
    const { scope, bodies } = capture(HOOKS, RESPONSE_PATH);
    const res = await send(server.url, slashBody(COST), FORM);
    events.push('ack');
    const ack = (await res.json()) as Json;
    expect(ack.response_type).toBe('ephemeral');
    expect(JSON.stringify(ack.blocks)).not.toContain('"image"');
    // The upload is still waiting for Slack: the text answer did not wait for it.
    expect(upload.bytes).toEqual([]);
    await eventually(() => events.includes('upload asked'));
    upload.release();
    await eventually(() => scope.isDone());
    expect(events).toEqual(['ack', 'upload asked', 'png uploaded', `post ${RESPONSE_PATH}`]);
    expectUploadedPng(upload);
    expect(bodies[0]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expectChartMessage(bodies[0]);
  });

  it('posts the text answer to a mention in its thread, then the chart in the same thread', async () => {
    events = [];
    const upload = slackUpload();
    const { scope, bodies } = capture(SLACK_API, '/api/chat.postMessage', 2);
    const res = await send(server.url, mentionBody(`<@UBOT1234> ${COST}`), JSON_TYPE);
    expect(res.status).toBe(200);
    await eventually(() => scope.isDone());
    const { event } = fixture<{ event: { ts: string; thread_ts?: string } }>('app-mention.json');
    const threadTs = event.thread_ts ?? event.ts;
    expect(bodies.map((b) => b.thread_ts)).toEqual([threadTs, threadTs]);
    expect(JSON.stringify(bodies[0]?.blocks)).toContain('"header"');
    expectUploadedPng(upload);
    expectChartMessage(bodies[1]);
    expect(events.indexOf(`post /api/chat.postMessage`)).toBeLessThan(events.indexOf('upload asked'));
  });

  it('shares the chart in the channel with the answer ("Share in channel"), after removing the private copy', async () => {
    events = [];
    const upload = slackUpload();
    const { scope, bodies } = capture(HOOKS, ACTION_PATH, 3);
    const press = fixture<Json>('block-actions.json');
    press.actions[0].action_id = 'compute_share';
    press.actions[0].value = encodeButtonValue({ command: COST });
    const res = await send(server.url, interactionBody(press), FORM);
    expect(res.status).toBe(200);
    await eventually(() => scope.isDone());
    expect(bodies.map((b) => b.response_type ?? (b.delete_original ? 'delete' : '?'))).toEqual(['in_channel', 'delete', 'in_channel']);
    expectUploadedPng(upload);
    expectChartMessage(bodies[2]);
  });

  it('answers a button pressed on a message in the channel privately (chat.postEphemeral), the chart too', async () => {
    const upload = slackUpload();
    const { scope, bodies } = capture(SLACK_API, '/api/chat.postEphemeral', 2);
    const press = fixture<Json>('block-actions.json');
    press.container.is_ephemeral = false;
    press.actions[0].value = encodeButtonValue({ command: COST });
    const res = await send(server.url, interactionBody(press), FORM);
    expect(res.status).toBe(200);
    await eventually(() => scope.isDone());
    expect(bodies.map((b) => [b.channel, b.user])).toEqual([
      ['C2147483705', 'U2147483697'],
      ['C2147483705', 'U2147483697'],
    ]);
    expect(JSON.stringify(bodies[0]?.blocks)).toContain('"header"');
    expectUploadedPng(upload);
    expectChartMessage(bodies[1]);
  });

  it('sends the chart again while Slack is still processing the upload (invalid_blocks)', async () => {
    const upload = slackUpload();
    const refused = { ok: false, error: 'invalid_blocks', errors: ['invalid slack file [json-pointer:/blocks/0/slack_file]'] };
    // The text answer, the chart Slack refuses, then the chart again (nock takes interceptors in order).
    const text = capture(SLACK_API, '/api/chat.postMessage');
    const early = capture(SLACK_API, '/api/chat.postMessage', 1, refused);
    const again = capture(SLACK_API, '/api/chat.postMessage');
    await send(server.url, mentionBody(`<@UBOT1234> ${COST}`), JSON_TYPE);
    await eventually(() => again.scope.isDone(), 5000);
    expect(JSON.stringify(text.bodies[0]?.blocks)).toContain('"header"');
    expectUploadedPng(upload);
    expectChartMessage(early.bodies[0]);
    expectChartMessage(again.bodies[0]);
    expect(logged).toEqual([]);
  });

  it('leaves the chart out when the upload fails: the answer stands, no apology, one log line without the token', async () => {
    nock(SLACK_API).post('/api/files.getUploadURLExternal').reply(200, { ok: false, error: 'missing_scope', needed: 'files:write' });
    const { scope, bodies } = capture(SLACK_API, '/api/chat.postMessage');
    await send(server.url, mentionBody(`<@UBOT1234> ${COST}`), JSON_TYPE);
    await eventually(() => scope.isDone() && logged.length > 0);
    await settle();
    expect(bodies).toHaveLength(1);
    expect(JSON.stringify(bodies[0]?.blocks)).toContain('"header"');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^cost chart left out of a Slack answer: .*missing_scope/);
    expect(logged.join('\n')).not.toContain('xoxb-');
  });

  it('uploads nothing for an answer without a chart', async () => {
    const { scope } = capture(HOOKS, RESPONSE_PATH);
    const res = await send(server.url, slashBody('limits lambda'), FORM);
    expect(res.status).toBe(200);
    await settle();
    expect(scope.isDone()).toBe(false);
  });
});
