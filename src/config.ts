import { availableParallelism } from 'node:os';
import { z } from 'zod';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** An optional secret that must match `shape` when set; the message names the shape, never the value. */
const optionalToken = (shape: RegExp, expected: string) =>
  optional.refine((v) => v === undefined || shape.test(v), { message: `should look like ${expected} (check for a copy-paste slip)` });

// ---- Slack (adapters/slack) -------------------------------------------------------------------------
const slackVars = {
  SLACK_BOT_TOKEN: optionalToken(/^xoxb-[A-Za-z0-9-]+$/, 'xoxb-… (the Bot User OAuth Token, under OAuth & Permissions)'),
  SLACK_APP_TOKEN: optionalToken(/^xapp-[A-Za-z0-9-]+$/, 'xapp-… (an app-level token with connections:write, for Socket Mode)'),
  SLACK_SIGNING_SECRET: optional,
  SLACK_API_URL: optional.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), { message: 'should be an http(s) URL such as https://slack.com/api/' }),
};

/** Which Slack transport the variables ask for, and what is missing for it. */
function slackProblems(env: { SLACK_BOT_TOKEN?: string; SLACK_APP_TOKEN?: string; SLACK_SIGNING_SECRET?: string }): string[] {
  const problems: string[] = [];
  const anySlack = env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET;
  if (anySlack && !env.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN: is required to run the Slack app; it should look like xoxb-…');
  if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
    problems.push('SLACK_SIGNING_SECRET: is required in HTTP mode (no SLACK_APP_TOKEN); copy it from Basic Information → App Credentials');
  }
  return problems;
}
// ------------------------------------------------------------------------------------------------------

// ---- Discord (adapters/discord) -----------------------------------------------------------------------
const snowflake = (what: string) => optional.refine((v) => v === undefined || /^\d{17,20}$/.test(v), { message: `should be ${what}: a numeric id of 17–20 digits` });
const flag = (name: string) =>
  optional.transform((v, ctx) => {
    if (v === undefined || /^(0|false|no|off)$/i.test(v)) return false;
    if (/^(1|true|yes|on)$/i.test(v)) return true;
    ctx.addIssue({ code: 'custom', message: `should be true or false (${name})` });
    return z.NEVER;
  });

const discordVars = {
  DISCORD_TOKEN: optionalToken(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, 'three dot-separated parts (the bot token, under Bot → Reset Token)'),
  DISCORD_PUBLIC_KEY: optional.refine((v) => v === undefined || /^[0-9a-fA-F]{64}$/.test(v), { message: 'should be 64 hexadecimal characters (General Information → Public Key)' }),
  DISCORD_APPLICATION_ID: snowflake('the Application ID from General Information'),
  DISCORD_GUILD_ID: snowflake('a server (guild) id, for registering commands to one server'),
  DISCORD_API_URL: optional.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), { message: 'should be an http(s) URL such as https://discord.com/api' }),
  DISCORD_MENTIONS: flag('answer @mentions in channels and threads'),
  DISCORD_SHARDS: optional.refine((v) => v === undefined || v === 'auto' || /^[1-9]\d{0,3}$/.test(v), { message: 'should be auto or a number of shards (1–9999)' }),
};
// ------------------------------------------------------------------------------------------------------

/** A whole number in [min, max]; an empty value counts as unset (so `PORT=` means the default, not port 0). */
function whole(min: number, max: number, message: string, fallback: number) {
  return optional.transform((v) => (v === undefined ? fallback : Number(v))).pipe(z.number({ message }).int({ message }).min(min, { message }).max(max, { message }));
}

/** Every setting the bot reads, validated in one place. */
const envSchema = z.object({
  ...slackVars,
  ...discordVars,
  PORT: whole(0, 65535, 'should be a port number (0–65535)', 3000),
  LOG_LEVEL: optional.transform((v) => v ?? 'info').pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'should be one of fatal, error, warn, info, debug, trace, silent' })),
  RATE_LIMIT_PER_MINUTE: whole(0, 100_000, 'should be a number of messages a minute (0 turns the limit off)', 20),
  RATE_LIMIT_BURST: whole(1, 100_000, 'should be a number of messages (at least 1)', 5),
  SHUTDOWN_TIMEOUT_MS: whole(0, 600_000, 'should be milliseconds (at most 600000)', 10_000),
  HTTP_WORKERS: optional
    .refine((v) => v === undefined || v === 'auto' || /^[1-9]\d?$/.test(v), { message: 'should be auto (one per CPU core) or a number of processes (1–99)' })
    .transform((v) => (v === undefined ? 1 : v === 'auto' ? availableParallelism() : Number(v))),
});

/**
 * `env` without any variable the bot reads: for tools and tests that start the bot and must set its
 * configuration themselves, whatever the developer's shell exports.
 */
export function withoutConfigVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  const names = new Set(Object.keys(envSchema.shape));
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && !names.has(entry[0])));
}

export type Config = z.infer<typeof envSchema> & {
  slack: boolean;
  /** Socket Mode when an app token is set, otherwise the HTTP endpoint. */
  slackMode?: 'socket' | 'http';
  /** Gateway mode: a bot token is set. */
  discordGateway: boolean;
  /** HTTP interactions mode: a public key is set. */
  discordHttp: boolean;
};

/** Reads settings from an environment (process.env by default); returns every problem at once on failure. */
export function readConfig(env: Record<string, string | undefined> = process.env): { ok: true; config: Config } | { ok: false; problems: string[] } {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  // Cross-variable checks run on the raw values too, so one run reports every problem.
  const raw = (name: string) => env[name]?.trim() || undefined;
  problems.push(...slackProblems({ SLACK_BOT_TOKEN: raw('SLACK_BOT_TOKEN'), SLACK_APP_TOKEN: raw('SLACK_APP_TOKEN'), SLACK_SIGNING_SECRET: raw('SLACK_SIGNING_SECRET') }));
  if (raw('DISCORD_SHARDS') && !raw('DISCORD_TOKEN')) problems.push('DISCORD_SHARDS: only applies to gateway mode; set DISCORD_TOKEN too, or remove it');
  const workers = raw('HTTP_WORKERS');
  if (workers && workers !== '1' && (raw('SLACK_APP_TOKEN') || raw('DISCORD_TOKEN'))) {
    problems.push('HTTP_WORKERS: several processes can share the HTTP port, but Socket Mode (SLACK_APP_TOKEN) and the Discord gateway (DISCORD_TOKEN) hold one connection each; run those with HTTP_WORKERS unset, in a process of their own');
  }
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const c = parsed.data;
  const slack = Boolean(c.SLACK_BOT_TOKEN);
  return {
    ok: true,
    config: {
      ...c,
      slack,
      ...(slack ? { slackMode: c.SLACK_APP_TOKEN ? ('socket' as const) : ('http' as const) } : {}),
      discordGateway: Boolean(c.DISCORD_TOKEN),
      discordHttp: Boolean(c.DISCORD_PUBLIC_KEY),
    },
  };
}
