/**
 * The real entry point (`node dist/adapters/main.js`) as a child process for tests of hostile and flaky
 * clients: Slack HTTP and Discord interactions on one port, with a loopback stand-in for Slack's Web API that
 * records what the bot posted. Every line the process writes is kept, and lines that are not JSON apart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { withoutConfigVariables } from '../../adapters/config.js';
import { discordKeys } from '../discord/harness.js';
import { SIGNING_SECRET } from '../slack/harness.js';

const root = join(import.meta.dirname, '..', '..');
const main = join(root, 'dist', 'adapters', 'main.js');

/** Slack's side on loopback: auth.test with the bot's identity, `{ ok: true }` to anything else unless `answer` decides. */
export interface SlackStub {
  url: string;
  /** Paths posted to, in order (the Web API's and response_url's). */
  posts: string[];
  close(): void;
}

export async function slackStub(answer?: (req: IncomingMessage, res: ServerResponse, n: number) => boolean): Promise<SlackStub> {
  const posts: string[] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (!req.url?.includes('auth.test')) posts.push(req.url ?? '');
      if (answer?.(req, res, posts.length)) return;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, url: 'https://team.slack.com/', team_id: 'T1', user_id: 'U1', bot_id: 'B1' }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

export interface Bot {
  child: ChildProcess;
  base: string;
  /** Every log line, parsed. */
  lines: Record<string, unknown>[];
  /** Lines that were not JSON (a stack trace printed by a crash, say). */
  notJson: string[];
  exited: Promise<number | null>;
  /** The Discord private key whose public half the bot was given. */
  discordKey: ReturnType<typeof discordKeys>['privateKey'];
  stop(): void;
}

/** Starts the bot with Slack HTTP (the test signing secret) and Discord interactions, plus `env`; resolves when it is live. */
export async function startBot(stub: SlackStub, env: Record<string, string> = {}): Promise<Bot> {
  const { privateKey, publicHex } = discordKeys();
  const child = spawn('node', [main], {
    cwd: root,
    env: {
      ...withoutConfigVariables(process.env),
      PORT: '0',
      SLACK_BOT_TOKEN: 'xoxb-0000-hostile',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${stub.url}/api/`,
      DISCORD_PUBLIC_KEY: publicHex,
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  const notJson: string[] = [];
  const collect = (stream: NodeJS.ReadableStream | null) => {
    let buffer = '';
    stream?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const complete = buffer.split('\n');
      buffer = complete.pop() ?? '';
      for (const text of complete.filter(Boolean)) {
        try {
          lines.push(JSON.parse(text) as Record<string, unknown>);
        } catch {
          notJson.push(text);
        }
      }
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const live = lines.find((l) => Array.isArray(l.adapters));
      if (live) {
        clearInterval(timer);
        resolve(live.port as number);
      }
    }, 20);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`exited with ${code} before it was live:\n${notJson.join('\n')}`));
    });
  });
  return { child, base: `http://127.0.0.1:${port}`, lines, notJson, exited, discordKey: privateKey, stop: () => child.kill('SIGKILL') };
}
