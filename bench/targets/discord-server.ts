/**
 * The Discord interactions endpoint for `npm run bench:http`, in its own process as in production: the real
 * route on the shared server at 127.0.0.1:0 with the public key from BENCH_DISCORD_PUBLIC_KEY.
 * Prints `port=<n>` when it is listening; exits on SIGTERM.
 */
import { createInteractionsHandler, DISCORD_INTERACTIONS_PATH } from '../../adapters/discord/http.js';
import { startHttpServer } from '../../adapters/http/server.js';
import { loadAdvisor } from '../../src/load.js';

const publicKey = process.env.BENCH_DISCORD_PUBLIC_KEY;
if (!publicKey) throw new Error('BENCH_DISCORD_PUBLIC_KEY is set by bench/targets/discord.ts');

const advisor = await loadAdvisor();
const server = await startHttpServer({ [`POST ${DISCORD_INTERACTIONS_PATH}`]: createInteractionsHandler(advisor, { publicKey }) }, 0, '127.0.0.1');
process.stdout.write(`port=${server.port}\n`);
process.once('SIGTERM', () => {
  server.server.closeAllConnections();
  void server.close().finally(() => process.exit(0));
});
