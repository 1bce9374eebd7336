/**
 * Discord: Ed25519-signed `/compute` interactions (commands, autocomplete, button presses) to
 * POST /discord/interactions, answered in the HTTP response itself. The bot runs as in production
 * (`dist/adapters/main.js`, HTTP interactions mode, JSON logs, BENCH_WORKERS processes) with the rate limit
 * off, as the bench's few users ask far more than people do. Its peer is a bare node:http endpoint with the
 * same signature check (peers/bare-discord.ts), loaded with the same interactions.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { LoadRequest } from '../load.js';
import type { PlatformPair, RunningTarget } from '../load-target.js';
import type { Ask } from '../text-mix.js';
import { startApiStub } from './api-stub.js';
import { BENCH_WORKERS, startServerProcess } from './server-process.js';

const PEER = fileURLToPath(new URL('../peers/bare-discord.js', import.meta.url));
/** Signatures are re-made this often, well inside Discord's (and the bot's) 5-minute freshness window. */
const RESIGN_AFTER_MS = 60_000;
/** One request in this many is an autocomplete, and one a button press, as people also type and click. */
const EVERY = 10;

function interaction(n: number, type: number, data: unknown): Record<string, unknown> {
  return {
    id: `13100000000000${String(n % 100_000).padStart(5, '0')}`,
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

/** The `n`th interaction body: mostly the asks as slash commands; now and then an autocomplete or a button. */
function body(asks: Ask[], typedServices: string[], n: number): string {
  const ask = asks[n % asks.length];
  if (n % EVERY === 3) {
    // What people type into the "first" box of compare: the first letters of a service name, or a typo of one.
    const service = typedServices[Math.floor(n / EVERY) % typedServices.length] ?? 'lamda';
    const typed = service.slice(0, 2 + (n % 4));
    return JSON.stringify(
      interaction(n, 4, {
        id: '1',
        name: 'compute',
        type: 1,
        options: [{ name: 'compare', type: 1, options: [{ name: 'first', type: 3, value: typed, focused: true }] }],
      }),
    );
  }
  if (n % EVERY === 7)
    return JSON.stringify(
      interaction(n, 3, { custom_id: `ca:share:0:${ask && ask.slack.length <= 80 ? ask.slack : 'help'}`, component_type: 2 }),
    );
  const { name, options } = ask?.discord ?? { name: 'help', options: {} };
  return JSON.stringify(
    interaction(n, 2, {
      id: '1',
      name: 'compute',
      type: 1,
      options: [{ name, type: 1, options: Object.entries(options).map(([k, v]) => ({ name: k, type: 3, value: v })) }],
    }),
  );
}

/** Signed interactions, each signed once a minute at most (signing is the load generator's work, not the server's). */
function signer(asks: Ask[], privateKey: KeyObject): (n: number) => LoadRequest {
  const signed = new Map<number, { at: number; request: LoadRequest }>();
  const typedServices = [...new Set(asks.flatMap((a) => (a.discord.options.first ? [a.discord.options.first] : []))), 'lamda', 'fargat'];
  const slots = asks.length * EVERY;
  return (n) => {
    const slot = n % slots;
    const cached = signed.get(slot);
    if (cached && Date.now() - cached.at < RESIGN_AFTER_MS) return cached.request;
    const timestamp = String(Math.floor(Date.now() / 1000));
    const text = body(asks, typedServices, slot);
    const request: LoadRequest = {
      method: 'POST',
      path: '/discord/interactions',
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': sign(null, Buffer.from(timestamp + text), privateKey).toString('hex'),
        'x-signature-timestamp': timestamp,
      },
      body: text,
    };
    signed.set(slot, { at: Date.now(), request });
    return request;
  };
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

/** The bot's Discord endpoint and a bare one, for the asks given, with one key pair for both. */
export function discordPair(asks: Ask[]): PlatformPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  const publicHex = der.subarray(der.length - 32).toString('hex');
  const request = signer(asks, privateKey);
  const target = async (
    server: Promise<{ url: string; pid: number; close: () => Promise<void> }>,
    api?: { close(): Promise<void> },
  ): Promise<RunningTarget> => {
    const running = await server;
    return {
      url: running.url,
      pid: running.pid,
      request,
      isAnswer,
      async close() {
        await running.close();
        await api?.close();
      },
    };
  };
  return {
    name: 'discord',
    bot: 'Discord /compute',
    peer: 'bare node:http + Ed25519',
    async startBot() {
      // Discord's REST API on loopback, where the bot edits a cost answer to attach its chart, as in production.
      const api = await startApiStub(() => '{"id":"1"}');
      return target(
        startServerProcess({
          PORT: '0',
          DISCORD_PUBLIC_KEY: publicHex,
          DISCORD_API_URL: api.url,
          RATE_LIMIT_PER_MINUTE: '0',
          HTTP_WORKERS: BENCH_WORKERS,
        }),
        api,
      );
    },
    startPeer: (answer) => target(startServerProcess({ DISCORD_PUBLIC_KEY: publicHex, PEER_ANSWER: answer, BENCH_WORKERS }, PEER)),
  };
}
