/** The Discord variables (DISCORD_*): their shapes, the checks across them, and which modes they enable. */
import { flag, optionalToken, optionalUrl, optionalWhere, type RawVariable } from '../shared/env.js';
import * as z from '../../src/zod.js';

const snowflake = (what: string) => optionalWhere((v) => /^\d{17,20}$/.test(v), `should be ${what}: a numeric id of 17–20 digits`);

/** The Discord variables, each validated on its own. */
export const discordVariables = z.object({
  DISCORD_TOKEN: optionalToken(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, 'three dot-separated parts (the bot token, under Bot → Reset Token)'),
  DISCORD_PUBLIC_KEY: optionalWhere(
    (v) => /^[0-9a-fA-F]{64}$/.test(v),
    'should be 64 hexadecimal characters (General Information → Public Key)',
  ),
  DISCORD_APPLICATION_ID: snowflake('the Application ID from General Information'),
  DISCORD_GUILD_ID: snowflake('a server (guild) id, for registering commands to one server'),
  DISCORD_API_URL: optionalUrl('https://discord.com/api'),
  DISCORD_MENTIONS: flag('answer @mentions in channels and threads'),
  DISCORD_SHARDS: optionalWhere((v) => v === 'auto' || /^[1-9]\d{0,3}$/.test(v), 'should be auto or a number of shards (1–9999)'),
});

/** Which Discord modes the variables enable (both can run at once). */
export interface DiscordModes {
  /** Gateway mode: a bot token is set. */
  discordGateway: boolean;
  /** HTTP interactions mode: a public key is set. */
  discordHttp: boolean;
}

/** The Discord settings as `readConfig` returns them. */
export type DiscordConfig = z.infer<typeof discordVariables> & DiscordModes;

/** Checks across the raw Discord variables. */
export function discordProblems(raw: RawVariable): string[] {
  return raw('DISCORD_SHARDS') && !raw('DISCORD_TOKEN')
    ? ['DISCORD_SHARDS: only applies to gateway mode; set DISCORD_TOKEN too, or remove it']
    : [];
}

/** The modes, from valid variables. */
export function discordModes(c: z.infer<typeof discordVariables>): DiscordModes {
  return { discordGateway: Boolean(c.DISCORD_TOKEN), discordHttp: Boolean(c.DISCORD_PUBLIC_KEY) };
}
