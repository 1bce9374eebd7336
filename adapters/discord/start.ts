import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Events, ShardingManager } from 'discord.js';
import type { DiscordAdvisor } from './answer.js';
import { createDiscordClient, type GatewayOptions } from './gateway.js';

/** A running gateway connection (one client, or a sharding manager's shard processes). */
export interface GatewayHandle {
  /** Connected and receiving events. */
  ready: () => boolean;
  /** Stop handling new events; replies in flight keep the connection they need. */
  stop(): Promise<void>;
  /** Disconnect, after the drain. */
  close(): Promise<void>;
}

/** Gateway mode in this process: one client, one connection. Enough up to 2,500 servers. */
export async function startDiscordGateway(advisor: DiscordAdvisor, token: string, options: GatewayOptions): Promise<GatewayHandle> {
  const client = createDiscordClient(advisor, options);
  await client.login(token);
  return {
    ready: () => client.isReady(),
    stop: async () => {
      client.removeAllListeners(Events.InteractionCreate).removeAllListeners(Events.MessageCreate);
    },
    close: () => client.destroy(),
  };
}

/**
 * Gateway mode across shards (DISCORD_SHARDS): discord.js's ShardingManager runs each shard as a child
 * process of `shard.js`, which answers exactly as the in-process client does. Discord requires sharding
 * from 2,500 servers; 'auto' asks Discord for the recommended count.
 */
export async function startDiscordShards(token: string, totalShards: number | 'auto', log: (level: 'info' | 'error', message: string, fields?: Record<string, unknown>) => void): Promise<GatewayHandle> {
  const file = fileURLToPath(new URL('./shard.js', import.meta.url));
  const manager = new ShardingManager(file, { token, totalShards, mode: 'process', execArgv: ['--max-semi-space-size=2'] });
  manager.on('shardCreate', (shard) => {
    log('info', 'Discord shard started', { shard: shard.id });
    // Without listeners a dead shard's 'error' would be an unhandled error in this process.
    shard.on('death', () => log('error', 'Discord shard exited; the manager restarts it', { shard: shard.id }));
    shard.on('error', (error) => log('error', 'Discord shard failed', { shard: shard.id, err: error }));
  });
  await manager.spawn();
  return {
    ready: () => manager.shards.size > 0 && [...manager.shards.values()].every((s) => s.ready),
    // Each shard drains its own replies on SIGTERM; stopping means not restarting them when they exit.
    stop: async () => {
      manager.respawn = false;
    },
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
  };
}
