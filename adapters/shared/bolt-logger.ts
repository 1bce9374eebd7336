/**
 * Bolt's logger interface on top of our pino logger, so Slack's own messages come out as the same JSON
 * lines (with the same redaction) as everything else instead of Bolt's console format.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { scrub, type Logger } from './log.js';

/** Bolt passes strings and errors; errors keep their stack under `err` (scrubbed), strings become the message. */
function line(parts: unknown[]): [Record<string, unknown>, string] {
  const error = parts.find((p): p is Error => p instanceof Error);
  const text = scrub(
    parts
      .filter((p) => !(p instanceof Error))
      .map((p) => (typeof p === 'string' ? p : JSON.stringify(p)))
      .join(' '),
  );
  return [error ? { err: error } : {}, text || error?.message || ''];
}

export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  let level = LogLevel.INFO;
  return {
    debug: (...parts: unknown[]) => child.debug(...line(parts)),
    info: (...parts: unknown[]) => child.info(...line(parts)),
    warn: (...parts: unknown[]) => child.warn(...line(parts)),
    error: (...parts: unknown[]) => child.error(...line(parts)),
    // pino's own level (LOG_LEVEL) decides what is written; Bolt's level is remembered for getLevel only.
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
