/**
 * Every setting the bot reads, validated in one place: the general variables here, the platform ones in
 * slack/config.ts and discord/config.ts. The only module that reads process.env for settings.
 */
import { availableParallelism } from 'node:os';
import { discordModes, discordProblems, discordVariables, type DiscordModes } from './discord/config.js';
import { httpProblems, httpVariables } from './http/config.js';
import { optional, optionalNumber, optionalWhere } from './shared/env.js';
import * as z from '../src/zod.js';
import { slackMode, slackProblems, slackVariables, type SlackMode } from './slack/config.js';

/** A whole number in [min, max]; an empty value counts as unset (so `PORT=` means the default, not port 0). */
function whole(min: number, max: number, message: string, fallback: number) {
  return optionalNumber(fallback, z.int({ message }).check(z.gte(min, { message }), z.lte(max, { message })));
}

const envSchema = z.object({
  ...slackVariables.shape,
  ...discordVariables.shape,
  ...httpVariables.shape,
  PORT: whole(0, 65535, 'should be a port number (0–65535)', 3000),
  LOG_LEVEL: z.pipe(
    z.pipe(
      optional,
      z.transform((v) => v ?? 'info'),
    ),
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'should be one of fatal, error, warn, info, debug, trace, silent',
    }),
  ),
  RATE_LIMIT_PER_MINUTE: whole(0, 100_000, 'should be a number of messages a minute (0 turns the limit off)', 20),
  RATE_LIMIT_BURST: whole(1, 100_000, 'should be a number of messages (at least 1)', 5),
  SHUTDOWN_TIMEOUT_MS: whole(0, 600_000, 'should be milliseconds (at most 600000)', 10_000),
  HTTP_WORKERS: z.pipe(
    optionalWhere((v) => v === 'auto' || /^[1-9]\d?$/.test(v), 'should be auto (one per CPU core) or a number of processes (1–99)'),
    z.transform((v) => (v === undefined ? 1 : v === 'auto' ? availableParallelism() : Number(v))),
  ),
});

/**
 * `env` without any variable the bot reads: for tools and tests that start the bot and must set its
 * configuration themselves, whatever the developer's shell exports.
 */
export function withoutConfigVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  const names = new Set(Object.keys(envSchema.shape));
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && !names.has(entry[0])),
  );
}

/** The validated settings, with the platform modes they enable. */
export type Config = z.infer<typeof envSchema> & SlackMode & DiscordModes;

/** Reads settings from an environment (process.env by default); returns every problem at once on failure. */
export function readConfig(
  env: Record<string, string | undefined> = process.env,
): { ok: true; config: Config } | { ok: false; problems: string[] } {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  // Cross-variable checks run on the raw values too, so one run reports every problem.
  const raw = (name: string) => env[name]?.trim() || undefined;
  problems.push(...slackProblems(raw), ...discordProblems(raw), ...httpProblems(raw));
  const workers = raw('HTTP_WORKERS');
  if (workers && workers !== '1' && (raw('SLACK_APP_TOKEN') || raw('DISCORD_TOKEN'))) {
    problems.push(
      'HTTP_WORKERS: several processes can share the HTTP port, but Socket Mode (SLACK_APP_TOKEN) and the Discord gateway (DISCORD_TOKEN) hold one connection each; run those with HTTP_WORKERS unset, in a process of their own',
    );
  }
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, config: { ...parsed.data, ...slackMode(parsed.data), ...discordModes(parsed.data) } };
}
