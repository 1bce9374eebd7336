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

/** Every setting the bot reads, validated in one place. */
const envSchema = z.object({
  ...slackVars,
  DISCORD_TOKEN: optional,
  DISCORD_PUBLIC_KEY: optional,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
});

export type Config = z.infer<typeof envSchema> & {
  slack: boolean;
  /** Socket Mode when an app token is set, otherwise the HTTP endpoint. */
  slackMode?: 'socket' | 'http';
  discord: boolean;
};

/** Reads settings from an environment (process.env by default); returns every problem at once on failure. */
export function readConfig(env: Record<string, string | undefined> = process.env): { ok: true; config: Config } | { ok: false; problems: string[] } {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  // Cross-variable checks run on the raw values too, so one run reports every problem.
  const raw = (name: string) => env[name]?.trim() || undefined;
  problems.push(...slackProblems({ SLACK_BOT_TOKEN: raw('SLACK_BOT_TOKEN'), SLACK_APP_TOKEN: raw('SLACK_APP_TOKEN'), SLACK_SIGNING_SECRET: raw('SLACK_SIGNING_SECRET') }));
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const c = parsed.data;
  const slack = Boolean(c.SLACK_BOT_TOKEN);
  return {
    ok: true,
    config: {
      ...c,
      slack,
      ...(slack ? { slackMode: c.SLACK_APP_TOKEN ? ('socket' as const) : ('http' as const) } : {}),
      discord: Boolean(c.DISCORD_TOKEN || c.DISCORD_PUBLIC_KEY),
    },
  };
}
