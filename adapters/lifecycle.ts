/**
 * Graceful shutdown: on SIGTERM or SIGINT, stop taking new work, let in-flight replies finish (for at most
 * `timeoutMs`), then exit 0. A second signal exits at once.
 */
import type { Logger } from './shared/log.js';

export function onShutdown(stop: () => Promise<void>, drain: (timeoutMs: number) => Promise<boolean>, timeoutMs: number, logger: Logger): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, timeoutMs }, 'shutting down: no new work, finishing replies in flight');
    const started = Date.now();
    stop()
      .catch((error: unknown) => logger.error({ err: error }, 'stopping an adapter failed'))
      .then(() => drain(Math.max(0, timeoutMs - (Date.now() - started))))
      .then((drained) => {
        if (drained) logger.info({ ms: Date.now() - started }, 'stopped cleanly');
        else logger.warn({ timeoutMs }, 'stopped with replies still in flight (shutdown timeout)');
        process.exit(0);
      }, () => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
