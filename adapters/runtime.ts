/**
 * What every long-running entry point (main.ts, a Discord shard) builds the same way from the configuration:
 * the logger, and the advisor wrapped with the per-user rate limit and one log line per message.
 */
import type { Advisor } from '../src/advisor.js';
import type { Config } from './config.js';
import { loadAdvisor } from '../src/load.js';
import { instrumentAdvisor } from './shared/instrument.js';
import { createLogger, type Logger } from './shared/log.js';
import { createRateLimiter } from './shared/rate-limit.js';

export function runtimeLogger(config: Config): Logger {
  return createLogger({ level: config.LOG_LEVEL });
}

/** The advisor as adapters use it in production: bugs logged with context, rate-limited, instrumented. */
export async function runtimeAdvisor(config: Config, logger: Logger): Promise<Advisor> {
  const advisor = await loadAdvisor({
    onError: (error, ctx) => logger.error({ err: error, platform: ctx.platform, channel: ctx.channel }, 'internal error while answering'),
  });
  return instrumentAdvisor(advisor, {
    logger,
    limiter: createRateLimiter({ perMinute: config.RATE_LIMIT_PER_MINUTE, burst: config.RATE_LIMIT_BURST }),
  });
}
