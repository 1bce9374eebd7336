/**
 * One shard's process under the ShardingManager (DISCORD_SHARDS). discord.js hands it the shard ids and
 * the token through its environment; it answers exactly as the in-process gateway client does.
 */
import { Events } from 'discord.js';
import { readConfig } from '../config.js';
import { onShutdown } from '../lifecycle.js';
import { runtimeAdvisor, runtimeLogger } from '../runtime.js';
import { createInFlight } from '../shared/in-flight.js';
import { createDiscordClient } from './gateway.js';

const result = readConfig();
if (!result.ok) {
  console.error(`compute-advisor shard: the configuration has problems:\n  ${result.problems.join('\n  ')}`);
  process.exit(1);
}
const c = result.config;
const logger = runtimeLogger(c).child({ shard: process.env.SHARDS });
const inFlight = createInFlight();
const advisor = await runtimeAdvisor(c, logger);
const client = createDiscordClient(advisor, {
  mentions: c.DISCORD_MENTIONS,
  ...(c.DISCORD_API_URL ? { apiBase: c.DISCORD_API_URL } : {}),
  track: (work) => inFlight.track(work),
  log: (message, error) => logger.error({ err: error }, message),
});
const running = {
  stop: async () => void client.removeAllListeners(Events.InteractionCreate).removeAllListeners(Events.MessageCreate),
  close: () => client.destroy(),
};
onShutdown(() => running, (ms) => inFlight.drain(ms), c.SHUTDOWN_TIMEOUT_MS, logger);
// The manager passes the token as DISCORD_TOKEN; login() with no argument reads it.
await client.login();
logger.info('Discord shard connected');
