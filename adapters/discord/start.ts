import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import type { DiscordAdvisor } from './answer.js';
import { createDiscordClient, type GatewayOptions } from './gateway.js';

/** A running gateway connection (one client, or a sharding manager's shard processes). */
export interface GatewayHandle {
  /** Connected and receiving events. */
  ready(): boolean;
  stop(): Promise<void>;
}

/** Gateway mode in this process: one client, one connection. Enough up to about 2,500 servers. */
export async function startDiscordGateway(advisor: DiscordAdvisor, token: string, options: GatewayOptions): Promise<GatewayHandle> {
  const client = createDiscordClient(advisor, options);
  await client.login(token);
  return { ready: () => client.isReady(), stop: () => client.destroy() };
}

/**
 * Gateway mode across shards (DISCORD_SHARDS): discord.js's ShardingManager runs each shard as a child
 * process of `shard.js`, which answers exactly as the in-process client does. Discord requires sharding
 * from 2,500 servers; 'auto' asks Discord for the recommended count.
 */
export async function startDiscordShards(token: string, totalShards: number | 'auto', log: (message: string, fields?: Record<string, unknown>) => void): Promise<GatewayHandle> {
  const file = fileURLToPath(new URL('./shard.js', import.meta.url));
  const manager = new ShardingManager(file, { token, totalShards, mode: 'process', execArgv: ['--max-semi-space-size=2'] });
  manager.on('shardCreate', (shard) => log('Discord shard started', { shard: shard.id }));
  await manager.spawn();
  return {
    ready: () => manager.shards.size > 0 && [...manager.shards.values()].every((s) => s.ready),
    stop: async () => {
      // Each shard gets SIGTERM and drains its own in-flight replies before exiting.
      await Promise.all([...manager.shards.values()].map((s) => new Promise<void>((resolve) => {
        if (!s.process) return resolve();
        s.process.once('exit', () => resolve());
        s.process.kill('SIGTERM');
      })));
    },
  };
}
