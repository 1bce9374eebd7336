/**
 * HTTP_WORKERS: the real entry point as a cluster of worker processes on one port, with a loopback stand-in
 * for Slack's Web API: start-up, serving, a worker that dies, a worker that cannot start, and SIGTERM.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig, withoutConfigVariables } from '../../adapters/config.js';
import { discordKeys, fixture, signedHeaders } from '../discord/harness.js';

const main = join(import.meta.dirname, '..', '..', 'dist', 'adapters', 'main.js');
const root = join(import.meta.dirname, '..', '..');
/** No settings from the developer's shell: only what each test sets. (main.ts also reads .env; tests run where there is none.) */
const cleanEnv = () => withoutConfigVariables(process.env);

/** Slack's Web API on loopback: auth.test answers `authOk` (or invalid_auth), everything else ok. */
async function slackStub(authOk = true): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(authOk ? { ok: true, team_id: 'T1', user_id: 'U1', bot_id: 'B1' } : { ok: false, error: 'invalid_auth' }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

interface Run {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  exited: Promise<number | null>;
  /** Resolves with the first log line `match` accepts. */
  line(match: (l: Record<string, unknown>) => boolean, ms?: number): Promise<Record<string, unknown>>;
}

function start(env: Record<string, string>): Run {
  const child = spawn('node', [main], { cwd: root, env: { ...cleanEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Record<string, unknown>[] = [];
  const waiting: [(l: Record<string, unknown>) => boolean, (l: Record<string, unknown>) => void][] = [];
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const complete = buffer.split('\n');
    buffer = complete.pop() ?? '';
    for (const text of complete.filter(Boolean)) {
      const line = JSON.parse(text) as Record<string, unknown>;
      lines.push(line);
      for (const [match, resolve] of waiting) if (match(line)) resolve(line);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    exited,
    line: (match, ms = 15_000) =>
      new Promise((resolve, reject) => {
        const seen = lines.find(match);
        if (seen) return resolve(seen);
        waiting.push([match, resolve]);
        setTimeout(
          () => reject(new Error(`no such log line within ${ms} ms; got:\n${lines.map((l) => JSON.stringify(l)).join('\n')}`)),
          ms,
        ).unref();
      }),
  };
}

const running: Run[] = [];
const servers: Server[] = [];
afterEach(() => {
  for (const run of running.splice(0)) run.child.kill('SIGKILL');
  for (const server of servers.splice(0)) server.close();
});

/** The pids of a process's children (the workers of a primary). */
const childPids = (pid: number) =>
  execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .split('\n')
    .map((s) => Number(s.trim()))
    .filter(Boolean);

describe('HTTP_WORKERS=2', () => {
  it('serves the HTTP port from two worker processes, replaces one that dies, and drains both on SIGTERM', async () => {
    const stub = await slackStub();
    servers.push(stub);
    const { privateKey, publicHex } = discordKeys();
    const run = start({
      PORT: '0',
      HTTP_WORKERS: '2',
      SLACK_BOT_TOKEN: 'xoxb-0000-workers',
      SLACK_SIGNING_SECRET: 'workers-secret',
      SLACK_API_URL: `http://127.0.0.1:${(stub.address() as AddressInfo).port}/api/`,
      DISCORD_PUBLIC_KEY: publicHex,
    });
    running.push(run);
    const live = await run.line((l) => l.workers === 2);
    expect(live.msg).toMatch(
      /^compute-advisor is live in 2 worker processes: Slack \(HTTP, POST \/slack\/events\); Discord \(HTTP interactions/,
    );
    // Each worker logs its own start to the shared pipe, and the primary's "live" line can get there first.
    await Promise.all([1, 2].map((worker) => run.line((l) => l.worker === worker && 'adapters' in l)));
    expect(
      run.lines
        .filter((l) => typeof l.worker === 'number' && 'adapters' in l)
        .map((l) => l.worker)
        .sort(),
    ).toEqual([1, 2]);

    const base = `http://127.0.0.1:${String(live.port)}`;
    const ping = JSON.stringify(fixture('ping.json'));
    const pong = async () =>
      (
        await fetch(`${base}/discord/interactions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', connection: 'close', ...signedHeaders(ping, privateKey) },
          body: ping,
        })
      ).json();
    for (let i = 0; i < 4; i++) expect(await pong()).toEqual({ type: 1 });

    const [first] = childPids(run.child.pid ?? 0);
    expect(childPids(run.child.pid ?? 0)).toHaveLength(2);
    process.kill(first ?? 0, 'SIGKILL');
    await run.line((l) => l.msg === 'a worker died; starting a new one');
    await run.line((l) => l.worker === 3 && 'adapters' in l);
    expect(await pong()).toEqual({ type: 1 });

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.lines.filter((l) => l.msg === 'stopped cleanly')).toHaveLength(2);
    expect(JSON.stringify(run.lines)).not.toMatch(/xoxb-0000-workers|workers-secret/);
  }, 30_000);

  it('exits 1 when a worker cannot start (Slack refuses the token), instead of restarting it in a loop', async () => {
    const stub = await slackStub(false);
    servers.push(stub);
    const run = start({
      PORT: '0',
      HTTP_WORKERS: '2',
      SLACK_BOT_TOKEN: 'xoxb-0000-refused',
      SLACK_SIGNING_SECRET: 'workers-secret',
      SLACK_API_URL: `http://127.0.0.1:${(stub.address() as AddressInfo).port}/api/`,
    });
    running.push(run);
    expect(await run.exited).toBe(1);
    expect(run.lines.some((l) => l.msg === 'a worker stopped before it was live; stopping the others')).toBe(true);
    expect(run.lines.some((l) => l.msg === 'a worker died; starting a new one')).toBe(false);
  }, 30_000);
});

describe('HTTP_WORKERS configuration', () => {
  it('reads a number or auto (one per core), and 1 when unset', () => {
    expect(readConfig({ HTTP_WORKERS: '3' })).toMatchObject({ ok: true, config: { HTTP_WORKERS: 3 } });
    expect(readConfig({})).toMatchObject({ ok: true, config: { HTTP_WORKERS: 1 } });
    const auto = readConfig({ HTTP_WORKERS: 'auto' });
    expect(auto.ok && auto.config.HTTP_WORKERS).toBeGreaterThanOrEqual(1);
  });

  it('leaves out every setting the bot reads when a test or the bench starts it with its own', () => {
    expect(
      withoutConfigVariables({ PATH: '/bin', SLACK_APP_TOKEN: 'xapp-1', HTTP_WORKERS: '4', LOG_LEVEL: 'debug', DISCORD_TOKEN: 'x' }),
    ).toEqual({ PATH: '/bin' });
  });

  it('refuses a bad value, and several workers alongside Socket Mode or the gateway', () => {
    const bad = readConfig({ HTTP_WORKERS: 'many' });
    expect(bad.ok ? [] : bad.problems).toEqual(['HTTP_WORKERS: should be auto (one per CPU core) or a number of processes (1–99)']);
    const socket = readConfig({ HTTP_WORKERS: '2', SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_APP_TOKEN: 'xapp-1-2' });
    expect(socket.ok ? [] : socket.problems.map((p) => p.split(':')[0])).toEqual(['HTTP_WORKERS']);
  });
});
