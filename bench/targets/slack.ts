/**
 * Slack: signed `/compute` slash commands to POST /slack/events, each answered in its acknowledgement. The
 * bot runs as in production (`dist/adapters/main.js`, Slack HTTP mode, JSON logs, BENCH_WORKERS processes)
 * with the rate limit off, as the bench's few users ask far more than people do; Slack's Web API (auth.test
 * at start-up) is a loopback stub, which also counts anything posted to a response_url: nothing should be.
 * Its peer is a bare Bolt app (peers/bare-bolt.ts) loaded with the same commands.
 */
import { createHmac } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { LoadRequest } from '../load.js';
import type { PlatformPair, RunningTarget } from '../load-target.js';
import type { Ask } from '../text-mix.js';
import { APOLOGY_TEXT } from '../../src/apology.js';
import { startApiStub } from './api-stub.js';
import { BENCH_WORKERS, startServerProcess } from './server-process.js';

const SIGNING_SECRET = 'bench-signing-secret';
const USERS = 8;
const PEER = fileURLToPath(new URL('../peers/bare-bolt.js', import.meta.url));

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:<timestamp>:<raw body>"). */
function sign(body: string, timestamp: number): string {
  return `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The `n`th command: the asks in turn from USERS users, each a new invocation (its own trigger_id and response_url), signed now. */
function signedCommand(asks: Ask[], hooksUrl: string, n: number): LoadRequest {
  const u = n % USERS;
  const timestamp = Math.floor(Date.now() / 1000);
  const body = new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0001',
    team_domain: 'bench',
    channel_id: 'C0BENCH',
    channel_name: 'bench',
    user_id: `U0BENCH${u}`,
    user_name: `bench${u}`,
    command: '/compute',
    text: asks[n % asks.length]?.slack ?? 'help',
    api_app_id: 'A0BENCH',
    response_url: `${hooksUrl}/commands/T0001/${n}/bench`,
    trigger_id: `${n}.bench`,
  }).toString();
  return {
    method: 'POST',
    path: '/slack/events',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp),
    },
    body,
  };
}

/** What Slack's Web API answers the bot: its ids for auth.test, the upload of a chart, `ok` to the rest. */
function slackApi(path: string, base: string): string {
  if (path.startsWith('/api/auth.test')) return '{"ok":true,"user_id":"U0BOT","bot_id":"B0BOT","team_id":"T0001"}';
  if (path.startsWith('/api/files.getUploadURLExternal'))
    return JSON.stringify({ ok: true, upload_url: `${base}/upload`, file_id: 'F0CHART' });
  if (path.startsWith('/api/files.completeUploadExternal')) return '{"ok":true,"files":[{"id":"F0CHART"}]}';
  return '{"ok":true}';
}

/** The acknowledgement carries the answer: blocks, and not the apology a failed command gets. */
function isAnswer(body: string): boolean {
  const message = JSON.parse(body) as { blocks?: unknown[]; text?: string };
  return (message.blocks?.length ?? 0) > 0 && message.text !== APOLOGY_TEXT;
}

/** The bot's Slack endpoint and a bare Bolt app, for the asks given. */
export function slackPair(asks: Ask[]): PlatformPair {
  const under = async (
    start: (stubUrl: string) => Promise<{ url: string; pid: number; close: () => Promise<void> }>,
  ): Promise<RunningTarget> => {
    // Slack's side: auth.test with the bot's ids, the chart's upload (URL, file, completion) and response_url.
    // A cost answer's chart follows it to response_url as an image; any other post there is an answer that
    // missed its acknowledgement.
    let misrouted = 0;
    let base = '';
    const stub = await startApiStub(
      (path) => slackApi(path, base),
      (path, body) => {
        if (path.startsWith('/commands/') && !body.includes('"image"')) misrouted++;
      },
    );
    base = stub.url;
    const server = await start(stub.url);
    return {
      url: server.url,
      pid: server.pid,
      request: (n) => signedCommand(asks, stub.url, n),
      isAnswer,
      async close() {
        await server.close();
        await stub.close();
        if (misrouted > 0) throw new Error(`${misrouted} answers went to response_url instead of the acknowledgement`);
      },
    };
  };
  return {
    name: 'slack',
    bot: 'Slack /compute',
    peer: 'bare Bolt app',
    startBot: () =>
      under((stubUrl) =>
        startServerProcess({
          PORT: '0',
          SLACK_BOT_TOKEN: 'xoxb-bench-not-a-token',
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: `${stubUrl}/api/`,
          RATE_LIMIT_PER_MINUTE: '0',
          HTTP_WORKERS: BENCH_WORKERS,
        }),
      ),
    startPeer: (answer) =>
      under((stubUrl) =>
        startServerProcess(
          { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${stubUrl}/api/`, PEER_ANSWER: answer, BENCH_WORKERS },
          PEER,
        ),
      ),
  };
}
