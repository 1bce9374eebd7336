/**
 * `npm run bench:cold`: the serverless cold start, side by side. Each handler is imported in a fresh process
 * and answers one signed `/compute help` (bench/cold/probe.ts); the bot's Discord handler is set against a bare
 * one (the same Ed25519 check and a static reply), the bot's Slack handler against a bare Bolt app behind
 * AwsLambdaReceiver. The bot's handlers are the bundles that deploy (dist/lambda/); the bare ones are bundled
 * here with the same esbuild settings, so both sides load the same way. The two of a pair alternate,
 * BENCH_RUNS times (default 9); medians and their ratio are printed, for the import and for the first answer
 * after it. Slack's Web API (auth.test) is a loopback stub.
 * Targets: the Discord handler's import ≤ 5× the bare one's, the Slack handler's ≤ 1.2× bare Bolt's.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutConfigVariables } from '../adapters/config.js';
import { bundleLambdas } from '../tools/lambda-bundle.js';
import { startApiStub } from './targets/api-stub.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const PROBE = here('./cold/probe.js');
const folder = mkdtempSync(join(tmpdir(), 'compute-advisor-cold-'));
writeFileSync(join(folder, 'package.json'), '{"type": "module"}'); // the bundles are ES modules, as dist/lambda's are
await bundleLambdas({ 'bare-discord': here('./cold/bare-discord.js'), 'bare-slack': here('./cold/bare-slack.js') }, folder);

interface Run {
  importMs: number;
  firstAnswerMs: number;
  status: number;
}

/** Asynchronous, so the Web API stub in this process can answer the child's auth.test meanwhile. */
async function probe(handler: string, event: unknown, env: Record<string, string>): Promise<Run> {
  const eventFile = join(folder, 'event.json');
  writeFileSync(eventFile, JSON.stringify(event));
  const { stdout } = await promisify(execFile)(process.execPath, [PROBE, handler, eventFile], {
    env: { ...withoutConfigVariables(process.env), ...env },
    encoding: 'utf8',
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Run;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Signed events, made fresh for each run (signatures carry a timestamp). */
function discordEvent(privateKey: ReturnType<typeof generateKeyPairSync>['privateKey']): unknown {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const body = JSON.stringify({
    id: '1310000000000000001',
    application_id: '1300000000000000000',
    type: 2,
    token: 'cold-token',
    version: 1,
    channel_id: '1210000000000000000',
    member: { user: { id: '110000000000000001', username: 'cold' } },
    data: { id: '1', name: 'compute', type: 1, options: [{ name: 'help', type: 1, options: [] }] },
  });
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return { body, isBase64Encoded: false, headers: { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp } };
}

function slackEvent(secret: string): unknown {
  const timestamp = Math.floor(Date.now() / 1000);
  const body = new URLSearchParams({
    command: '/compute',
    text: 'help',
    user_id: 'U0COLD',
    channel_id: 'C0COLD',
    team_id: 'T0001',
    trigger_id: `${timestamp}.cold`,
    response_url: 'http://127.0.0.1:9/unused',
  }).toString();
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    body,
    isBase64Encoded: false,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
  };
}

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const der = publicKey.export({ format: 'der', type: 'spki' });
const discordEnv = { DISCORD_PUBLIC_KEY: der.subarray(der.length - 32).toString('hex') };
const secret = 'cold-signing-secret';
const stub = await startApiStub(() => '{"ok":true,"user_id":"U0BOT","bot_id":"B0BOT","team_id":"T0001"}');
const slackEnv = { SLACK_BOT_TOKEN: 'xoxb-cold-not-a-token', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: `${stub.url}/api/` };

const pairs = [
  {
    name: 'Discord handler ÷ bare Ed25519 handler',
    target: 5,
    bot: () => probe(here('../lambda/discord.js'), discordEvent(privateKey), discordEnv),
    bare: () => probe(join(folder, 'bare-discord.js'), discordEvent(privateKey), discordEnv),
  },
  {
    name: 'Slack handler ÷ bare Bolt + AwsLambdaReceiver',
    target: 1.2,
    bot: () => probe(here('../lambda/slack.js'), slackEvent(secret), slackEnv),
    bare: () => probe(join(folder, 'bare-slack.js'), slackEvent(secret), slackEnv),
  },
];

const rows: Record<string, string>[] = [];
try {
  for (const pair of pairs) {
    await pair.bot(); // warm the OS file cache for both, as a redeployed function's image is
    await pair.bare();
    const bot: Run[] = [];
    const bare: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      bot.push(await pair.bot());
      bare.push(await pair.bare());
    }
    const failed = [...bot, ...bare].filter((r) => r.status !== 200).length;
    const importRatio = median(bot.map((r) => r.importMs)) / median(bare.map((r) => r.importMs));
    rows.push({
      pair: pair.name,
      'import ms': `${median(bot.map((r) => r.importMs)).toFixed(0)} vs ${median(bare.map((r) => r.importMs)).toFixed(0)}`,
      'import ratio': `${importRatio.toFixed(2)}× (target ≤ ${pair.target}×)`,
      'first answer ms': `${median(bot.map((r) => r.firstAnswerMs)).toFixed(0)} vs ${median(bare.map((r) => r.firstAnswerMs)).toFixed(0)}`,
      verdict: failed > 0 ? `FAIL (${failed} answers not 200)` : importRatio <= pair.target ? 'PASS' : 'FAIL',
    });
  }
} finally {
  await stub.close();
  rmSync(folder, { recursive: true, force: true });
}
console.log(
  `Serverless cold start: each handler imported in a fresh process, then one signed /compute help; median of ${RUNS} alternating runs.`,
);
console.table(rows);
if (rows.some((r) => r.verdict?.startsWith('FAIL'))) process.exitCode = 1;
