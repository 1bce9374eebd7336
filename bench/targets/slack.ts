/**
 * Slack: signed `/compute` slash commands to POST /slack/events, each answered in its acknowledgement. The
 * bot runs as in production (`dist/adapters/main.js`, Slack HTTP mode, JSON logs, BENCH_WORKERS processes)
 * with the rate limit off, as the bench's few users ask far more than people do; Slack's Web API (auth.test
 * at start-up) is a loopback stub, which also counts anything posted to a response_url: nothing should be.
 */
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LoadRequest } from '../load.js';
import type { LoadTarget } from '../load-target.js';
import { APOLOGY_TEXT } from '../../src/apology.js';
import { BENCH_WORKERS, startServerProcess } from './server-process.js';

const SIGNING_SECRET = 'bench-signing-secret';

/** What people ask: comparisons, recommendations, costs, limits and free text. */
const TEXTS = [
  'ec2-vs-lambda',
  'compare ecs eks',
  'lambda-vs-fargate',
  'recommend duration=20m gpu=yes memory=12gb traffic=bursty',
  'recommend duration=2s memory=512mb traffic=spiky',
  'cost requests=30M duration=200ms memory=1gb instance=m7g.large',
  'cost requests=3M duration=120ms memory=512mb',
  'limits lambda',
  'why does my lambda time out at 15 minutes?',
  'we need to run a nightly video transcode with a GPU, what should we use',
  'topic cold starts',
  'help',
];
const USERS = 8;

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:<timestamp>:<raw body>"). */
function sign(body: string, timestamp: number): string {
  return `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The `n`th command: the texts in turn from USERS users, each a new invocation (its own trigger_id and response_url), signed now. */
function signedCommand(hooksUrl: string, n: number): LoadRequest {
  const [t, u] = [n % TEXTS.length, n % USERS];
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
    text: TEXTS[t] ?? 'help',
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

/** Slack's side on loopback: `{ ok: true }` (with the bot's ids, for auth.test) to everything; counts response_url posts. */
async function startSlackStub(): Promise<{ server: Server; url: string; posts: () => number }> {
  let posts = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url?.startsWith('/commands/')) posts++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true,"user_id":"U0BOT","bot_id":"B0BOT","team_id":"T0001"}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, posts: () => posts };
}

/** The acknowledgement carries the answer: blocks, and not the apology a failed command gets. */
function isAnswer(body: string): boolean {
  const message = JSON.parse(body) as { blocks?: unknown[]; text?: string };
  return (message.blocks?.length ?? 0) > 0 && message.text !== APOLOGY_TEXT;
}

/** The Slack target of `npm run bench:http`. */
export const slackTarget: LoadTarget = {
  name: 'Slack /compute',
  async start() {
    const stub = await startSlackStub();
    const receiver = await startServerProcess({
      PORT: '0',
      SLACK_BOT_TOKEN: 'xoxb-bench-not-a-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${stub.url}/api/`,
      RATE_LIMIT_PER_MINUTE: '0',
      HTTP_WORKERS: BENCH_WORKERS,
    });
    return {
      url: receiver.url,
      request: (n) => signedCommand(stub.url, n),
      isAnswer,
      async close() {
        await receiver.close();
        stub.server.closeAllConnections();
        await new Promise((done) => stub.server.close(done));
        if (stub.posts() > 0) throw new Error(`${stub.posts()} answers went to response_url instead of the acknowledgement`);
      },
    };
  },
};
