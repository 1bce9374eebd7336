/**
 * The container's start command (`node` with NODE_FLAGS, then `dist/adapters/main.js`), run without Docker
 * with the same kind of environment: Slack HTTP and Discord interactions on one port, a loopback stand-in
 * for Slack's Web API (auth.test at start-up), health and readiness, a signed request, then SIGTERM.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutConfigVariables } from '../../adapters/config.js';
import { NODE_FLAGS } from '../../adapters/node-flags.js';
import { discordKeys, fixture, signedHeaders } from '../discord/harness.js';
import { fixture as slackFixture, sign, SIGNING_SECRET } from '../slack/harness.js';

const main = join(import.meta.dirname, '..', '..', 'dist', 'adapters', 'main.js');
const root = join(import.meta.dirname, '..', '..');
/** No settings from the developer's shell: only what each test sets. (main.ts also reads .env; tests run where there is none.) */
const cleanEnv = () => withoutConfigVariables(process.env);

/** Slack's Web API (and response_url) on loopback: every call answers ok, after `delayMs`; auth.test with the bot's identity. */
function startSlackStub(delayMs = 0, seen: string[] = []): Promise<Server> {
  const server = createServer((req, res) => {
    setTimeout(
      () => {
        seen.push(req.url ?? ''); // recorded when answered, so a test can tell whether the bot waited for it
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(
            req.url?.includes('auth.test')
              ? { ok: true, url: 'https://team.slack.com/', team: 'T', user: 'compute-advisor', team_id: 'T1', user_id: 'U1', bot_id: 'B1' }
              : { ok: true },
          ),
        );
      },
      req.url?.includes('auth.test') ? 0 : delayMs,
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface LiveLine {
  adapters: string[];
  port: number;
  msg: string;
}

/** Resolves with the first JSON log line that has `adapters` (the "is live" line). */
function waitForLive(child: ChildProcess): Promise<LiveLine> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.includes('"adapters"'));
      if (line) resolve(JSON.parse(line) as LiveLine);
    });
    child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
  });
}

describe('the container start command, without Docker', () => {
  let slack: Server;
  let child: ChildProcess;
  let live: LiveLine;
  let output = '';
  const { privateKey, publicHex } = discordKeys();

  beforeAll(async () => {
    slack = await startSlackStub();
    const env = {
      ...cleanEnv(),
      PORT: '0',
      SLACK_BOT_TOKEN: 'xoxb-0000-smoke-test',
      SLACK_SIGNING_SECRET: 'smoke-signing-secret',
      SLACK_API_URL: `http://127.0.0.1:${(slack.address() as AddressInfo).port}/api/`,
      DISCORD_PUBLIC_KEY: publicHex,
    };
    child = spawn('node', [...NODE_FLAGS, main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    live = await waitForLive(child);
  });
  afterAll(() => {
    child.kill('SIGKILL');
    slack.close();
  });

  it('says which adapters are live and serves health and readiness', async () => {
    expect(live.adapters).toEqual(['Slack (HTTP, POST /slack/events)', 'Discord (HTTP interactions, POST /discord/interactions)']);
    expect(live.msg).toMatch(/^compute-advisor is live: Slack \(HTTP/);
    const base = `http://127.0.0.1:${live.port}`;
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ ready: true });
  });

  it('answers a signed Discord PING and refuses an unsigned Slack request', async () => {
    const base = `http://127.0.0.1:${live.port}`;
    const ping = JSON.stringify(fixture('ping.json'));
    const pong = await fetch(`${base}/discord/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(ping, privateKey) },
      body: ping,
    });
    expect(await pong.json()).toEqual({ type: 1 });
    const forged = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'command=%2Fcompute&text=help',
    });
    expect(forged.status).toBe(401);
  });

  it('stops on SIGTERM: exit code 0, and no secret in anything it wrote', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('stopped cleanly');
    expect(output).not.toMatch(/xoxb-0000-smoke-test|smoke-signing-secret/);
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM finishes a reply already in flight (a button answer on its way to a slow response_url), then exits 0', async () => {
    const seen: string[] = [];
    const slack = await startSlackStub(600, seen);
    const stub = `http://127.0.0.1:${(slack.address() as AddressInfo).port}`;
    const env = {
      ...cleanEnv(),
      PORT: '0',
      SLACK_BOT_TOKEN: 'xoxb-0000-drain',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${stub}/api/`,
    };
    const child = spawn('node', [main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    try {
      const { port } = await waitForLive(child);
      const press = slackFixture<{ actions: Record<string, unknown>[] }>('block-actions.json');
      const payload = {
        ...press,
        response_url: `${stub}/actions/T0001/1/drain`,
        actions: [{ ...press.actions[0], action_id: 'compute_run:1:0', value: '{"c":"limits lambda"}' }],
      };
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      const ts = Math.floor(Date.now() / 1000);
      const ack = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': sign(body, ts),
        },
        body,
      });
      expect(ack.status).toBe(200);
      // What the stub had answered at the moment the process exited.
      const exited = new Promise<{ code: number | null; answered: string[] }>((resolve) =>
        child.once('exit', (code) => resolve({ code, answered: [...seen] })),
      );
      child.kill('SIGTERM'); // the answer is still on its way to the (slow) response_url
      const { code, answered } = await exited;
      expect(code).toBe(0);
      expect(answered).toContain('/actions/T0001/1/drain');
      expect(output).toContain('stopped cleanly');
    } finally {
      child.kill('SIGKILL');
      slack.close();
    }
  });
});

describe('start-up without a usable configuration', () => {
  it('lists every configuration problem at once and exits 1', () => {
    const r = spawnSync('node', [main], {
      cwd: root,
      env: {
        ...cleanEnv(),
        SLACK_BOT_TOKEN: 'xoxp-wrong',
        DISCORD_PUBLIC_KEY: 'nothex',
        PORT: 'eighty',
        MAX_BODY_BYTES: '1mb',
        HTTP_KEEP_ALIVE_TIMEOUT_S: '0',
        HTTP_HEADERS_TIMEOUT_S: '30',
      },
      encoding: 'utf8',
      input: '',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the configuration has');
    for (const name of ['SLACK_BOT_TOKEN', 'DISCORD_PUBLIC_KEY', 'PORT']) expect(r.stderr).toContain(`${name}:`);
    expect(r.stderr).toContain('MAX_BODY_BYTES: should be a number of bytes from 1024 to 16777216 (16 MiB), e.g. 262144');
    expect(r.stderr).toContain('HTTP_KEEP_ALIVE_TIMEOUT_S: should be a number of seconds greater than 0 and at most 600, e.g. 10');
    expect(r.stderr).toContain('HTTP_HEADERS_TIMEOUT_S: should be at most HTTP_REQUEST_TIMEOUT_S (15 s)');
    expect(r.stderr).not.toContain('xoxp-wrong');
  });

  it('with no credentials and nothing piped in, explains how to run it and exits 1', () => {
    const r = spawnSync('node', [main], { cwd: root, env: cleanEnv(), encoding: 'utf8', input: '' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no Slack or Discord credentials are set');
  });

  it('with no credentials, answers questions piped in (the terminal adapter)', () => {
    const r = spawnSync('node', [main], { cwd: root, env: { ...cleanEnv(), NO_COLOR: '1' }, encoding: 'utf8', input: 'ec2-vs-lambda\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Amazon EC2 vs AWS Lambda\n/);
  });
});
