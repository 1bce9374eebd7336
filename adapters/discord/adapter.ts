/**
 * Discord as adapters: HTTP interactions (`POST /discord/interactions`) when DISCORD_PUBLIC_KEY is set, the
 * gateway when DISCORD_TOKEN is (in this process, or across shard processes with DISCORD_SHARDS); both can run.
 */
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Events, ShardingManager } from 'discord.js';
import { routesAdapter, type Adapter, type AdapterDeps } from '../adapter.js';
import { NODE_FLAGS } from '../node-flags.js';
import type { DiscordConfig } from './config.js';
import { createDiscordClient } from './gateway.js';
import { createInteractionsHandler, DISCORD_INTERACTIONS_PATH } from './http.js';

/** The Discord adapters the configuration enables (none, one or two). */
export function discordAdapters(config: DiscordConfig, deps: AdapterDeps): Adapter[] {
  const adapters: Adapter[] = [];
  if (config.discordHttp) {
    const handler = createInteractionsHandler(deps.advisor, { publicKey: config.DISCORD_PUBLIC_KEY ?? '', ...replyOptions(config, deps) });
    adapters.push(
      routesAdapter(`Discord (HTTP interactions, POST ${DISCORD_INTERACTIONS_PATH})`, { [`POST ${DISCORD_INTERACTIONS_PATH}`]: handler }),
    );
  }
  if (config.discordGateway) {
    const shards =
      config.DISCORD_SHARDS === undefined ? undefined : config.DISCORD_SHARDS === 'auto' ? 'auto' : Number(config.DISCORD_SHARDS);
    adapters.push(shards ? discordShards(config.DISCORD_TOKEN ?? '', shards, deps) : discordGateway(config, deps));
  }
  return adapters;
}

/** Gateway mode in this process: one client, one connection. Enough up to 2,500 servers (and what each shard runs). */
export function discordGateway(config: DiscordConfig, deps: AdapterDeps): Adapter {
  const client = createDiscordClient(deps.advisor, { mentions: config.DISCORD_MENTIONS, ...replyOptions(config, deps) });
  return {
    name: `Discord (gateway${config.DISCORD_MENTIONS ? ', answering mentions' : ''})`,
    start: async () => void (await client.login(config.DISCORD_TOKEN)),
    // Replies in flight keep the connection they need.
    stop: async () => void client.removeAllListeners(Events.InteractionCreate).removeAllListeners(Events.MessageCreate),
    close: () => client.destroy(),
    ready: () => client.isReady(),
  };
}

/**
 * Gateway mode across shards (DISCORD_SHARDS): discord.js's ShardingManager runs each shard as a child
 * process of `shard.js`, which answers exactly as the in-process client does. Discord requires sharding
 * from 2,500 servers; 'auto' asks Discord for the recommended count.
 */
function discordShards(token: string, totalShards: number | 'auto', { logger }: AdapterDeps): Adapter {
  const file = fileURLToPath(new URL('./shard.js', import.meta.url));
  const manager = new ShardingManager(file, { token, totalShards, mode: 'process', execArgv: [...NODE_FLAGS] });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id }, 'Discord shard started');
    // Without listeners a dead shard's 'error' would be an unhandled error in this process.
    shard.on('death', () => logger.error({ shard: shard.id }, 'Discord shard exited; the manager restarts it'));
    shard.on('error', (error) => logger.error({ shard: shard.id, err: error }, 'Discord shard failed'));
  });
  return {
    name: `Discord (gateway, ${totalShards} shards)`,
    start: async () => void (await manager.spawn()),
    // Each shard drains its own replies on SIGTERM; stopping means not restarting them when they exit.
    stop: async () => void (manager.respawn = false),
    close: async () => {
      await Promise.all(
        [...manager.shards.values()].map(async (shard) => {
          const child = shard.process;
          if (child?.exitCode !== null) return;
          const exited = once(child, 'exit');
          child.kill('SIGTERM');
          await exited;
        }),
      );
    },
    ready: () => manager.shards.size > 0 && [...manager.shards.values()].every((s) => s.ready),
  };
}

/** The API base, in-flight counting and error log every Discord answer path shares. */
function replyOptions(config: DiscordConfig, { logger, inFlight }: AdapterDeps) {
  return {
    ...(config.DISCORD_API_URL ? { apiBase: config.DISCORD_API_URL } : {}),
    track: <T>(work: () => Promise<T>) => inFlight.track(work),
    log: (message: string, error?: unknown) => logger.error({ err: error }, message),
    warn: (message: string) => logger.warn(message),
  };
}
