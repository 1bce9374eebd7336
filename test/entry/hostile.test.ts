/**
 * A hostile client against the real entry point: validly signed bodies of odd shapes, oversized bodies,
 * stale and future timestamps, replays, and slow senders. The process stays up, answers each with a clear
 * status, and writes nothing but JSON lines.
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedHeaders } from '../discord/harness.js';
import { eventually, FORM, interactionBody, JSON_TYPE, mentionBody, send, slashBody } from '../slack/harness.js';
import { slackStub, startBot, type Bot, type SlackStub } from './bot-process.js';

/** Bodies Slack never sends, each signed with the real secret: none may crash the process or reach a listener. */
const ODD_SLACK = [
  'null',
  '[]',
  '1',
  '"text"',
  '{}',
  '{"type":"event_callback","event":null}',
  '{"type":"event_callback","event":{"type":"app_mention","text":null,"channel":"C1","ts":"1.2"}}',
  '{"type":"event_callback","event":{"type":"message","item":"x"}}',
  '{"type":"event_callback","event":{},"authorizations":[null]}',
  '{"command":"/compute","text":5,"user_id":"U1","channel_id":"C1"}',
  '{"type":"block_actions","actions":[null]}',
  '{"type":"block_actions","actions":[],"channel":null}',
  '{"type":"block_actions","actions":[{"action_id":"compute_run:1:0"}],"container":{}}',
  '{"type":"view_submission","view":null}',
  '{"type":"view_submission","user":{"id":"U1"},"view":{"callback_id":"compute_recommend","state":{"values":{"a":{"a":{"value":3}}}}}}',
  '{"type":"message_action","channel":null}',
  '{"type":"block_suggestion"}',
  '{"type":"url_verification"}',
];
const ODD_DISCORD = [
  'null',
  '[]',
  '{}',
  '{"type":"x"}',
  '{"type":2}',
  '{"type":2,"application_id":"1","token":"t","data":null}',
  '{"type":4,"data":{"options":null}}',
  '{"type":3,"application_id":"1","token":"t","data":{"custom_id":7,"component_type":2}}',
];

const now = () => Math.floor(Date.now() / 1000);
const peakRssMb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

let stub: SlackStub;
let bot: Bot;
const discord = (body: string, timestamp?: string) =>
  fetch(`${bot.base}/discord/interactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signedHeaders(body, bot.discordKey, timestamp) },
    body,
  });

beforeAll(async () => {
  stub = await slackStub();
  bot = await startBot(stub, { MAX_BODY_BYTES: '65536', HTTP_HEADERS_TIMEOUT_S: '1', HTTP_REQUEST_TIMEOUT_S: '1.5' });
});
afterAll(() => {
  bot.stop();
  stub.close();
});

describe('signed requests of shapes the platforms never send', () => {
  it('each gets a 400 naming the problem and one JSON log line; the process stays up and prints no stack trace', async () => {
    const statuses: number[] = [];
    for (const shape of ODD_SLACK) {
      for (const [body, type] of [
        [shape, JSON_TYPE],
        [new URLSearchParams({ payload: shape }).toString(), FORM],
      ] as const) {
        const res = await send(bot.base, body, type);
        statuses.push(res.status);
        expect(((await res.json()) as { error: string }).error).toMatch(/^(malformed Slack request: |body is not JSON)/);
      }
    }
    for (const shape of ODD_DISCORD) {
      const res = await discord(shape);
      statuses.push(res.status);
      expect(((await res.json()) as { error: string }).error).toMatch(/^malformed interaction: /);
    }
    expect(statuses).toEqual(statuses.map(() => 400));
    expect(bot.child.exitCode).toBeNull();
    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
    const refused = () => bot.lines.filter((l) => /^refused a (Slack request|Discord interaction) \(400\)/.test(String(l.msg)));
    // Log lines cross a pipe: the last may still be on its way.
    await eventually(() => refused().length >= statuses.length).catch(() => undefined);
    expect(refused()).toHaveLength(statuses.length);
    expect(bot.notJson).toEqual([]);
    expect(stub.posts).toEqual([]);
  });
});

describe('bodies over MAX_BODY_BYTES', () => {
  it('eight parallel 16 MB posts to each route get a 413 (not a reset), and the process does not buffer them', async () => {
    const before = peakRssMb(bot.child.pid ?? 0);
    const big = Buffer.alloc(16 * 1024 * 1024, 'a');
    for (const path of ['/slack/events', '/discord/interactions']) {
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          request(`${bot.base}${path}`, { method: 'POST', headers: { 'content-type': JSON_TYPE }, body: big }).then(
            async (r) => ({ status: r.statusCode, body: await r.body.json() }),
            (error: unknown) => ({ status: (error as { code?: string }).code ?? String(error), body: undefined }),
          ),
        ),
      );
      expect(results).toEqual(results.map(() => ({ status: 413, body: { error: 'request body too large (the limit is 65536 bytes)' } })));
    }
    // The eight bodies of one route are 128 MB; socket buffers and garbage not yet collected come to a few tens.
    expect(peakRssMb(bot.child.pid ?? 0) - before).toBeLessThan(64);
    expect(bot.child.exitCode).toBeNull();
  });
});

describe('timestamps', () => {
  it('Slack: a signed request more than 5 minutes from now, either way, gets a 401; within 5 minutes it is answered', async () => {
    expect((await send(bot.base, slashBody('help'), FORM, { timestamp: now() + 6 * 60 })).status).toBe(401);
    expect((await send(bot.base, slashBody('help'), FORM, { timestamp: now() - 6 * 60 })).status).toBe(401);
    const fine = await send(bot.base, slashBody('help'), FORM, { timestamp: now() + 4 * 60 });
    expect(fine.status).toBe(200);
    expect(((await fine.json()) as { blocks: unknown[] }).blocks.length).toBeGreaterThan(0);
  });

  it('Discord: a signed PING from a day ago, a day ahead, or stamped "hello" gets a 401; one stamped now gets PONG', async () => {
    const ping = '{"type":1}';
    for (const timestamp of [String(now() - 86_400), String(now() + 86_400), 'hello']) {
      const res = await discord(ping, timestamp);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: expect.stringMatching(/timestamp|signature/) as unknown });
    }
    expect(await (await discord(ping)).json()).toEqual({ type: 1 });
  });
});

describe('replays', () => {
  it('a signed slash command sent twice is answered once', async () => {
    // A replay is the captured request byte for byte: the same body, timestamp and signature.
    const [body, timestamp] = [slashBody('limits lambda'), now()];
    const first = await send(bot.base, body, FORM, { timestamp });
    const again = await send(bot.base, body, FORM, { timestamp });
    expect(((await first.json()) as { blocks: unknown[] }).blocks.length).toBeGreaterThan(0);
    expect([again.status, await again.text()]).toEqual([200, '']);
  });

  it('a mention delivered twice with the same event_id, or with retry headers 0 or abc, is answered once', async () => {
    stub.posts.length = 0;
    const mention = mentionBody('<@UBOT1234> limits lambda');
    const deliveries: Record<string, string>[] = [{}, {}, { 'x-slack-retry-num': '0' }, { 'x-slack-retry-num': 'abc' }];
    for (const headers of deliveries) expect((await send(bot.base, mention, JSON_TYPE, { headers })).status).toBe(200);
    for (const retry of ['0', 'abc'])
      expect((await send(bot.base, mentionBody('<@UBOT1234> help'), JSON_TYPE, { headers: { 'x-slack-retry-num': retry } })).status).toBe(
        200,
      );
    await eventually(() => stub.posts.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(stub.posts).toEqual(['/api/chat.postMessage']);
  });

  it('a button press sent twice runs once', async () => {
    stub.posts.length = 0;
    const press = interactionBody({
      type: 'block_actions',
      user: { id: 'U1', team_id: 'T1' },
      team: { id: 'T1' },
      container: { type: 'message', channel_id: 'C1', is_ephemeral: true },
      channel: { id: 'C1' },
      response_url: `${stub.url}/actions/T1/1/once`,
      actions: [{ type: 'button', action_id: 'compute_run:1:0', value: '{"c":"limits ecs"}' }],
    });
    const timestamp = now();
    for (let i = 0; i < 2; i++) expect((await send(bot.base, press, FORM, { timestamp })).status).toBe(200);
    await eventually(() => stub.posts.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(stub.posts).toEqual(['/actions/T1/1/once']);
  });
});

describe('slow senders', () => {
  /** Opens a raw connection, writes `head`, then one more byte of `drip` a second; resolves with the time it was held and the status line. */
  const trickle = (head: string, drip: string) =>
    new Promise<{ seconds: number; status: string }>((resolve) => {
      const started = Date.now();
      const socket = connect(Number(new URL(bot.base).port), '127.0.0.1');
      let answer = '';
      socket.write(head);
      const timer = setInterval(() => socket.write(drip), 1000);
      socket.on('data', (d: Buffer) => (answer += d.toString()));
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ seconds: (Date.now() - started) / 1000, status: answer.split('\r\n')[0] ?? '' });
      });
    });

  it('a body trickled a byte a second is cut off with a 408 after HTTP_REQUEST_TIMEOUT_S', async () => {
    const { seconds, status } = await trickle(
      'POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
      'a',
    );
    expect(status).toBe('HTTP/1.1 408 Request Timeout');
    expect(seconds).toBeGreaterThanOrEqual(1.4);
    expect(seconds).toBeLessThan(4);
  });

  it('headers trickled a line a second are cut off with a 408 after HTTP_HEADERS_TIMEOUT_S', async () => {
    const { seconds, status } = await trickle('POST /slack/events HTTP/1.1\r\n', 'x-slow: 1\r\n');
    expect(status).toBe('HTTP/1.1 408 Request Timeout');
    expect(seconds).toBeLessThan(4);
  });
});
