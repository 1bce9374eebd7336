/**
 * `npm run discord:register`: registers `/compute` with Discord, to DISCORD_GUILD_ID when set (instant, for
 * development) or globally. Reads the same .env and variables as the bot.
 */
import dotenv from 'dotenv';
import { readConfig } from '../config.js';
import { registerCommands } from './register.js';

dotenv.config({ quiet: true });
const result = readConfig();
const problems = result.ok ? [] : result.problems;
if (result.ok && !result.config.DISCORD_TOKEN)
  problems.push('DISCORD_TOKEN: is required to register commands (Bot → Reset Token in the developer portal)');
if (result.ok && !result.config.DISCORD_APPLICATION_ID)
  problems.push('DISCORD_APPLICATION_ID: is required to register commands (General Information → Application ID)');
if (!result.ok || problems.length > 0) {
  console.error(`discord:register: ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
const c = result.config;
try {
  const done = await registerCommands({
    token: c.DISCORD_TOKEN ?? '',
    applicationId: c.DISCORD_APPLICATION_ID ?? '',
    ...(c.DISCORD_GUILD_ID ? { guildId: c.DISCORD_GUILD_ID } : {}),
    ...(c.DISCORD_API_URL ? { apiBase: c.DISCORD_API_URL } : {}),
  });
  console.log(
    done.scope === 'guild'
      ? `Registered /${done.names.join(', /')} in server ${c.DISCORD_GUILD_ID} (available now).`
      : `Registered /${done.names.join(', /')} globally (Discord may take up to an hour to show it everywhere).`,
  );
} catch (error) {
  const status = (error as { status?: number }).status;
  const hint =
    status === 401
      ? ' — DISCORD_TOKEN was refused; reset it in the portal and copy it again'
      : status === 403 || status === 404
        ? ' — check DISCORD_APPLICATION_ID and that the app is in that server (DISCORD_GUILD_ID)'
        : '';
  console.error(`discord:register: Discord refused the registration: ${error instanceof Error ? error.message : String(error)}${hint}`);
  process.exit(1);
}
