/**
 * Discord: Ed25519-signed `/compute` interactions (commands, autocomplete, button presses) to
 * POST /discord/interactions, answered in the HTTP response itself. The bot runs as in production
 * (`dist/adapters/main.js`, HTTP interactions mode, JSON logs, BENCH_WORKERS processes) with the rate limit
 * off, as the bench's few users ask far more than people do.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import type { LoadRequest } from '../load.js';
import type { LoadTarget } from '../load-target.js';
import { BENCH_WORKERS, startServerProcess } from './server-process.js';

/** Subcommands with options, as Discord sends them. */
const COMMANDS: [string, Record<string, string>][] = [
  ['compare', { first: 'ec2', second: 'lambda' }],
  ['compare', { first: 'ecs', second: 'eks' }],
  ['recommend', { duration: '20m', gpu: 'yes', memory: '12gb', traffic: 'bursty' }],
  ['recommend', { duration: '2s', memory: '512mb', traffic: 'spiky' }],
  ['cost', { requests: '3M', duration: '120ms', memory: '512mb' }],
  ['limits', { service: 'lambda' }],
  ['ask', { question: 'why does my lambda time out at 15 minutes?' }],
  ['topic', { name: 'cold starts' }],
  ['help', {}],
];

function interaction(n: number, type: number, data: unknown): Record<string, unknown> {
  return {
    id: `13100000000000${String(n).padStart(5, '0')}`,
    application_id: '1300000000000000000',
    type,
    guild_id: '1200000000000000000',
    channel_id: '1210000000000000000',
    member: {
      user: { id: `11000000000000000${n % 10}`, username: 'bench', discriminator: '0', avatar: null },
      roles: [],
      joined_at: '2025-01-01T00:00:00.000000+00:00',
      deaf: false,
      mute: false,
      permissions: '0',
    },
    data,
    token: `bench-token-${n}`,
    version: 1,
    entitlements: [],
  };
}

/** Commands, autocompletes and button presses, each signed with the bench's own key. */
function signedInteractions(privateKey: ReturnType<typeof generateKeyPairSync>['privateKey']): LoadRequest[] {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const bodies = [
    ...COMMANDS.map(([name, options], i) =>
      interaction(i, 2, {
        id: '1',
        name: 'compute',
        type: 1,
        options: [{ name, type: 1, options: Object.entries(options).map(([k, v]) => ({ name: k, type: 3, value: v })) }],
      }),
    ),
    interaction(50, 4, {
      id: '1',
      name: 'compute',
      type: 1,
      options: [{ name: 'compare', type: 1, options: [{ name: 'first', type: 3, value: 'lamda', focused: true }] }],
    }),
    interaction(51, 3, { custom_id: 'ca:share:0:compare ec2 lambda', component_type: 2 }),
  ].map((b) => JSON.stringify(b));
  return bodies.map((body) => ({
    method: 'POST' as const,
    path: '/discord/interactions',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'),
      'x-signature-timestamp': timestamp,
    },
    body,
  }));
}

/**
 * Answered in the response itself: a message with an embed (a command or a button) or autocomplete choices.
 * A deferral (type 5) would mean the answer missed the 1.5 s budget and went out later instead.
 */
function isAnswer(body: string): boolean {
  const response = JSON.parse(body) as { type?: number; data?: { embeds?: unknown[]; choices?: unknown[] } };
  return (
    (response.type === 4 && (response.data?.embeds?.length ?? 0) > 0) || (response.type === 8 && (response.data?.choices?.length ?? 0) > 0)
  );
}

/** The Discord target of `npm run bench:http`. */
export const discordTarget: LoadTarget = {
  name: 'Discord /compute',
  async start() {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const der = publicKey.export({ format: 'der', type: 'spki' });
    const server = await startServerProcess({
      PORT: '0',
      DISCORD_PUBLIC_KEY: der.subarray(der.length - 32).toString('hex'),
      RATE_LIMIT_PER_MINUTE: '0',
      HTTP_WORKERS: BENCH_WORKERS,
    });
    const requests = signedInteractions(privateKey);
    return { url: server.url, request: (n) => requests[n % requests.length] ?? requests[0]!, isAnswer, close: server.close };
  },
};
