/**
 * The floor of a Discord interactions Lambda: the same Ed25519 check as the bot, then a static reply.
 * What `npm run bench:cold` sets the bot's Discord handler against.
 */
import { discordPublicKey, isValidDiscordSignature } from '../../adapters/discord/verify.js';
import type { FunctionUrlEvent, FunctionUrlResult } from '../../adapters/discord/lambda.js';

const key = discordPublicKey(process.env.DISCORD_PUBLIC_KEY ?? '');
const answer = JSON.stringify({ type: 4, data: { content: 'ok', embeds: [{ title: 'ok' }] } });

export async function handler(event: FunctionUrlEvent): Promise<FunctionUrlResult> {
  const valid = isValidDiscordSignature(
    key,
    event.headers?.['x-signature-ed25519'],
    event.headers?.['x-signature-timestamp'],
    event.body ?? '',
  );
  return {
    statusCode: valid ? 200 : 401,
    headers: { 'content-type': 'application/json' },
    body: valid ? answer : '{"error":"invalid request signature"}',
  };
}
