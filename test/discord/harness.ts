/**
 * The Discord interactions endpoint for tests: the real route on the shared server at 127.0.0.1:0, and
 * requests signed with an Ed25519 key generated here, as Discord signs them.
 */
import { generateKeyPairSync, sign as ed25519Sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHttpServer, type RunningServer } from '../../adapters/http/server.js';
import type { DiscordAdvisor } from '../../adapters/discord/answer.js';
import { createInteractionsHandler, DISCORD_INTERACTIONS_PATH, type InteractionsOptions } from '../../adapters/discord/http.js';

/** A fresh key pair; `publicHex` is what the developer portal shows as the application's public key. */
export function discordKeys(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey, publicHex: der.subarray(der.length - 32).toString('hex') };
}

/** A fixture from test/fixtures/discord, parsed. */
export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'discord', name), 'utf8')) as T;
}

/** Discord's headers for a body: X-Signature-Ed25519 over timestamp + body, and the timestamp. */
export function signedHeaders(
  body: string,
  privateKey: KeyObject,
  timestamp = String(Math.floor(Date.now() / 1000)),
): Record<string, string> {
  return {
    'x-signature-ed25519': ed25519Sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'),
    'x-signature-timestamp': timestamp,
  };
}

export interface DiscordTestServer extends RunningServer {
  url: string;
  /** POSTs a body signed with the server's key (or the headers given). */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** Starts the interactions route with a generated key. */
export async function startDiscordTestServer(
  advisor: DiscordAdvisor,
  options: Partial<InteractionsOptions> = {},
  keys = discordKeys(),
): Promise<DiscordTestServer & { privateKey: KeyObject }> {
  const { privateKey, publicHex } = keys;
  const handler = createInteractionsHandler(advisor, { publicKey: publicHex, log: () => undefined, ...options });
  const server = await startHttpServer({ [`POST ${DISCORD_INTERACTIONS_PATH}`]: handler }, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${server.port}`;
  return {
    ...server,
    url,
    privateKey,
    post: (body, headers) => {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      return fetch(`${url}${DISCORD_INTERACTIONS_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(headers ?? signedHeaders(text, privateKey)) },
        body: text,
      });
    },
  };
}
