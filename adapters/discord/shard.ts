/**
 * One shard's process under the ShardingManager (DISCORD_SHARDS). discord.js hands it the shard ids and
 * the token through its environment; it answers exactly as the in-process gateway client does.
 */
import { readConfig } from '../config.js';
import { onShutdown } from '../lifecycle.js';
import { runtimeAdvisor, runtimeLogger } from '../runtime.js';
import { createInFlight } from '../shared/in-flight.js';
import { discordGateway } from './adapter.js';

const result = readConfig();
if (!result.ok) {
  console.error(`compute-advisor shard: the configuration has problems:\n  ${result.problems.join('\n  ')}`);
  process.exit(1);
}
const c = result.config;
const logger = runtimeLogger(c).child({ shard: process.env.SHARDS });
const inFlight = createInFlight();
// The manager passes the token as DISCORD_TOKEN, which the configuration reads.
const gateway = discordGateway(c, { advisor: await runtimeAdvisor(c, logger), logger, inFlight });
onShutdown(
  () => gateway,
  (ms) => inFlight.drain(ms),
  c.SHUTDOWN_TIMEOUT_MS,
  logger,
);
await gateway.start();
logger.info('Discord shard connected');
