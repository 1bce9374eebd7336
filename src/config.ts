import { z } from 'zod';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** Every setting the bot reads, validated in one place. */
const envSchema = z.object({
  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  DISCORD_TOKEN: optional,
  DISCORD_PUBLIC_KEY: optional,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
});

export type Config = z.infer<typeof envSchema> & { slack: boolean; discord: boolean };

/** Reads settings from an environment (process.env by default); returns every problem at once on failure. */
export function readConfig(env: Record<string, string | undefined> = process.env): { ok: true; config: Config } | { ok: false; problems: string[] } {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const c = parsed.data;
  return {
    ok: true,
    config: { ...c, slack: Boolean(c.SLACK_BOT_TOKEN || c.SLACK_APP_TOKEN), discord: Boolean(c.DISCORD_TOKEN || c.DISCORD_PUBLIC_KEY) },
  };
}
