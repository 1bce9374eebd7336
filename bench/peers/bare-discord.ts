/**
 * The Discord peer of `npm run bench:http`: the least an interactions endpoint can do. node:http, Discord's
 * Ed25519 check with the bot's own verifier, and a static reply: the bot's own answer of median size
 * (PEER_ANSWER), sent as it is.
 */
import { createServer } from 'node:http';
import { discordPublicKey, isValidDiscordSignature } from '../../adapters/discord/verify.js';
import { listen, servePeer } from './cluster.js';

servePeer(() => {
  const answer = Buffer.from(process.env.PEER_ANSWER ?? '');
  const key = discordPublicKey(process.env.DISCORD_PUBLIC_KEY ?? '');
  return listen(
    createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const signature = req.headers['x-signature-ed25519'];
        const timestamp = req.headers['x-signature-timestamp'];
        const valid =
          typeof signature === 'string' &&
          typeof timestamp === 'string' &&
          isValidDiscordSignature(key, signature, timestamp, Buffer.concat(chunks));
        res.writeHead(valid ? 200 : 401, { 'content-type': 'application/json' });
        res.end(valid ? answer : '{"error":"invalid request signature"}');
      });
    }),
  );
});
