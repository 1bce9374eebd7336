/**
 * The cost chart reaches Discord as a file: attached to the answer and shown in its embed
 * (`attachment://cost.png`), privately and when shared, on the gateway and the HTTP interactions path.
 * discord.js and our HTTP route run for real; nock stands in for Discord's REST API.
 */
import { ClientUser, type Client } from 'discord.js';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../adapters/discord/gateway.js';
import { encodeCustomId } from '../../adapters/discord/custom-id.js';
import { CHART_SIZE } from '../../src/chart/svg.js';
import { advisor } from '../helpers.js';
import { fixture, startDiscordTestServer } from './harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const API = 'https://discord.test';
const BOT_ID = '1300000000000000000';
const COST_OPTIONS = [
  { name: 'requests', type: 3, value: '3M' },
  { name: 'duration', type: 3, value: '120ms' },
  { name: 'memory', type: 3, value: '512mb' },
];

/** `/compute cost requests=3M duration=120ms memory=512mb`, as Discord sends it. */
function costCommand(): Json {
  const payload = fixture<Json>('command-recommend.json');
  payload.data.options = [{ name: 'cost', type: 1, options: COST_OPTIONS }];
  return payload;
}

/** A press of "Share" on that answer. */
function shareButton(): Json {
  const payload = fixture<Json>('button.json');
  payload.data.custom_id = encodeCustomId({ action: 'share', command: 'cost requests=3M duration=120ms memory=512mb', page: 0 });
  return payload;
}

/** The parts of a multipart body: payload_json parsed, and each file's bytes by field name. */
function multipart(raw: string | Buffer, contentType: string): { payload: Json; files: Map<string, { filename: string; data: Buffer }> } {
  const boundary = /boundary=([^;]+)/.exec(contentType)?.[1];
  if (!boundary) throw new Error(`not multipart: ${contentType}`);
  // nock hands a binary body over as hex.
  const body = Buffer.isBuffer(raw) ? raw : Buffer.from(raw, /^[0-9a-f]+$/.test(raw) ? 'hex' : 'latin1');
  const files = new Map<string, { filename: string; data: Buffer }>();
  let payload: Json = {};
  for (const part of body.toString('latin1').split(`--${boundary}`).slice(1, -1)) {
    const [head = '', ...rest] = part.split('\r\n\r\n');
    const content = Buffer.from(rest.join('\r\n\r\n').replace(/\r\n$/, ''), 'latin1');
    const name = /name="([^"]+)"/.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]+)"/.exec(head)?.[1];
    if (name === 'payload_json') payload = JSON.parse(content.toString('utf8')) as Json;
    else if (filename) files.set(name, { filename, data: content });
  }
  return { payload, files };
}

/** Asserts a multipart message carries the chart as files[0] and shows it in its last embed. */
function expectChart(sent: { payload: Json; files: Map<string, { filename: string; data: Buffer }> }): void {
  const file = sent.files.get('files[0]');
  expect(file?.filename).toBe('cost.png');
  expect(file?.data.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect({ width: file?.data.readUInt32BE(16), height: file?.data.readUInt32BE(20) }).toEqual(CHART_SIZE);
  const embeds = sent.payload.embeds ?? sent.payload.data?.embeds;
  expect(embeds[embeds.length - 1].image).toEqual({ url: 'attachment://cost.png' });
  const attachments = sent.payload.attachments ?? sent.payload.data?.attachments;
  // The attachment files[0] is, with the crossover in words as its alt text (discord.js sends the id as a string).
  expect(String(attachments[0].id)).toBe('0');
  expect(attachments[0].description).toMatch(/^The lines cross at [\d.]+M requests a month/);
}

/** A client whose own user is set, as after READY; answers are tracked so a test can wait for them. */
function testClient(deferAfterMs?: number): { client: Client; failures: unknown[]; settled: Promise<unknown>[] } {
  const failures: unknown[] = [];
  const settled: Promise<unknown>[] = [];
  const client = createDiscordClient(advisor(), {
    apiBase: API,
    log: (_m, error) => failures.push(error),
    track: (work) => {
      const p = work();
      settled.push(p.catch(() => undefined));
      return p;
    },
    ...(deferAfterMs !== undefined ? { deferAfterMs } : {}),
  });
  client.token = 'test-token';
  client.rest.setToken('test-token');
  client.user = new (ClientUser as unknown as new (c: Client, d: unknown) => ClientUser)(client, {
    id: BOT_ID,
    username: 'compute-advisor',
    discriminator: '0',
    bot: true,
    avatar: null,
  });
  return { client, failures, settled };
}

const dispatch = (client: Client, data: unknown) =>
  (client as unknown as { actions: Record<string, { handle(d: unknown): void }> }).actions.InteractionCreate?.handle(data);

async function drain(settled: Promise<unknown>[]): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await Promise.all(settled);
}

/** Records each request to Discord's REST API: method, path, content type and body. */
function recordDiscord(payload: Json): { method: string; path: string; type: string; body: string }[] {
  const calls: { method: string; path: string; type: string; body: string }[] = [];
  const record = (method: string) =>
    function (this: nock.ReplyFnContext, uri: string, body: nock.Body): [number, string] {
      const type = String(this.req.headers['content-type'] ?? '');
      calls.push({ method, path: uri, type, body: typeof body === 'string' ? body : JSON.stringify(body) });
      return [method === 'POST' ? 204 : 200, method === 'POST' ? '' : JSON.stringify({ id: '1' })];
    };
  nock(API)
    .post(`/v10/interactions/${payload.id}/${payload.token}/callback`)
    .query(true)
    .reply(record('POST'))
    .patch(`/v10/webhooks/${BOT_ID}/${payload.token}/messages/%40original`)
    .query(true)
    .reply(record('PATCH'));
  return calls;
}

beforeEach(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
});
afterEach(() => nock.cleanAll());

describe('the cost chart on Discord, gateway', () => {
  it.each([
    ['private', costCommand, 64],
    ['shared', shareButton, undefined],
  ])('attaches the PNG to the %s answer and shows it in the embed', async (_, payloadOf, flags) => {
    const payload = payloadOf();
    const { client, failures, settled } = testClient();
    const calls = recordDiscord(payload);
    dispatch(client, payload);
    await drain(settled);
    expect(failures).toEqual([]);
    expect(calls.map((c) => c.method)).toEqual(['POST']);
    const sent = multipart(calls[0]?.body ?? '', calls[0]?.type ?? '');
    expect(sent.payload.type).toBe(4);
    expect(sent.payload.data.flags).toBe(flags);
    expectChart(sent);
    await client.destroy();
  });

  it('acknowledges first when the chart is slow, then edits the answer in with the file', async () => {
    const payload = costCommand();
    const { client, failures, settled } = testClient(0);
    const calls = recordDiscord(payload);
    dispatch(client, payload);
    await drain(settled);
    expect(failures).toEqual([]);
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PATCH']);
    expect(JSON.parse(calls[0]?.body ?? '{}')).toMatchObject({ type: 5, data: { flags: 64 } });
    expectChart(multipart(calls[1]?.body ?? '', calls[1]?.type ?? ''));
    await client.destroy();
  });
});

describe('the cost chart on Discord, HTTP interactions', () => {
  it.each([
    ['private', costCommand, { flags: 64 }],
    ['shared', shareButton, {}],
  ])('answers the %s request at once in JSON, then edits the chart into that message as a file', async (_, payloadOf, flags) => {
    const payload = payloadOf();
    const edited = new Promise<{ type: string; body: string }>((resolve) => {
      nock(API)
        .patch(`/v10/webhooks/${BOT_ID}/${payload.token}/messages/%40original`)
        .reply(function (_uri, body) {
          resolve({ type: String(this.req.headers['content-type']), body: typeof body === 'string' ? body : JSON.stringify(body) });
          return [200, { id: '1' }];
        });
    });
    const failures: unknown[] = [];
    const server = await startDiscordTestServer(advisor(), { apiBase: API, log: (_m, error) => failures.push(error) });
    try {
      const res = await server.post(payload);
      const answer = (await res.json()) as Json;
      expect(answer.type).toBe(4);
      expect(answer.data).toMatchObject(flags);
      expect(answer.data.embeds.every((e: Json) => e.image === undefined)).toBe(true);
      const edit = await edited;
      expectChart(multipart(edit.body, edit.type));
      expect(failures).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
