import { REST } from '@discordjs/rest';

/**
 * A discord.js REST client (registration, editing deferred answers) at `apiBase` (DISCORD_API_URL,
 * without /v10) or Discord's own API. It sends through Node's global fetch rather than the bundled undici,
 * so requests go through the same HTTP stack as the rest of the process (and nock can stand in for Discord in tests).
 */
export function discordRest(apiBase?: string, token?: string): REST {
  const rest = new REST({
    version: '10',
    makeRequest: fetch as unknown as REST['options']['makeRequest'],
    ...(apiBase ? { api: apiBase.replace(/\/+$/, '') } : {}),
  });
  return token ? rest.setToken(token) : rest;
}
