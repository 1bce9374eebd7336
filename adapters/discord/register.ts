import { Routes } from 'discord.js';
import { computeCommand } from './commands.js';
import { discordRest } from './rest.js';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** One server: changes show at once (development). Without it, global: every server the app is in. */
  guildId?: string;
  /** DISCORD_API_URL, without /v10. */
  apiBase?: string;
}

/**
 * Registers `/compute` through Discord's REST API (a bulk overwrite, so running it again is harmless and
 * removes commands we no longer define). Returns where it went and the commands Discord now holds.
 */
export async function registerCommands(options: RegisterOptions): Promise<{ scope: 'guild' | 'global'; names: string[] }> {
  const rest = discordRest(options.apiBase, options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const saved = (await rest.put(route, { body: [computeCommand()] })) as { name: string }[];
  return { scope: options.guildId ? 'guild' : 'global', names: saved.map((c) => c.name) };
}
