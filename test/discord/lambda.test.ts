import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { handler as Handler } from '../../adapters/discord/lambda.js';
import { replyToDiscord } from '../../adapters/discord/render.js';
import { advisor } from '../helpers.js';
import { discordKeys, fixture, signedHeaders } from './harness.js';

// The handler from the sources, and the bundle that deploys (dist/lambda/, made by `npm run build`).
const handlers: [string, () => Promise<{ handler: typeof Handler }>][] = [
  ['sources', () => import('../../adapters/discord/lambda.js')],
  ['bundle', () => import(pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'lambda', 'discord.js')).href)],
];

const { privateKey, publicHex } = discordKeys();
process.env.DISCORD_PUBLIC_KEY = publicHex;

describe.each(handlers)('Discord interactions on AWS Lambda (function URL), from the %s', (_, load) => {
  it('answers a signed /compute with the same message as the HTTP route, and PING with PONG', async () => {
    const { handler } = await load();
    const body = JSON.stringify(fixture('command-recommend.json'));
    const response = await handler({
      body: Buffer.from(body).toString('base64'),
      isBase64Encoded: true,
      headers: signedHeaders(body, privateKey),
    });
    expect(response.statusCode).toBe(200);
    const sent = JSON.parse(response.body) as { type: number; data: { embeds: unknown[] } };
    const command = 'recommend duration=20m memory=12gb gpu=yes traffic=bursty';
    expect(sent.type).toBe(4);
    expect(sent.data.embeds).toEqual(replyToDiscord(advisor().handle(command), { command, share: true }).embeds);
    const ping = JSON.stringify(fixture('ping.json'));
    expect(JSON.parse((await handler({ body: ping, headers: signedHeaders(ping, privateKey) })).body)).toEqual({ type: 1 });
  });

  it('refuses an unsigned request with 401', async () => {
    const { handler } = await load();
    const response = await handler({ body: JSON.stringify(fixture('ping.json')), headers: {} });
    expect(response).toEqual({
      statusCode: 401,
      headers: { 'content-type': 'application/json' },
      body: '{"error":"invalid request signature"}',
    });
  });
});
