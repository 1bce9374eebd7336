/**
 * Structured JSON logs (pino). One line per event with a request id, the command kind and latency.
 * Tokens, secrets and signing keys are redacted wherever they appear in a logged object, and user message
 * bodies are logged only at debug level — never at info.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Object paths pino blanks out, at the top level and one level down (e.g. `config.SLACK_BOT_TOKEN`). */
const SECRET_KEYS = [
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'DISCORD_TOKEN',
  'DISCORD_PUBLIC_KEY',
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'authorization',
  'Authorization',
  'x-slack-signature',
  'x-signature-ed25519',
  'cookie',
];
export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  'headers.authorization',
  'req.headers.authorization',
  'req.headers["x-slack-signature"]',
  'req.headers["x-signature-ed25519"]',
];

/** Secret-looking strings in free text (an error message that quotes a token, say). */
const SECRET_TEXT = /\b(xox[abposr]-[\w-]+|xapp-[\w-]+|[\w-]{23,}\.[\w-]{6,}\.[\w-]{27,})\b/g;
export function scrub(text: string): string {
  return text.replace(SECRET_TEXT, '[redacted]');
}

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'compute-advisor' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      serializers: {
        err: (error: unknown) => {
          const e = error instanceof Error ? error : new Error(String(error));
          return { type: e.name, message: scrub(e.message), stack: scrub(e.stack ?? '') };
        },
      },
    },
    options.destination,
  );
}
