/**
 * Graceful shutdown: on SIGTERM or SIGINT, stop taking new work, let work in flight finish (for at most
 * `timeoutMs`), close the connections, then exit 0. A second Ctrl-C exits at once; any other repeated signal
 * (a sharding manager's SIGTERM after the same Ctrl-C reached its children, say) is ignored while stopping.
 */
import type { Adapter } from './adapter.js';
import type { Logger } from './shared/log.js';

/** Installs the handlers; `target()` is read when a signal comes, so they can be installed before start-up ends. */
export function onShutdown(
  target: () => Pick<Adapter, 'stop' | 'close'> | undefined,
  drain: (timeoutMs: number) => Promise<boolean>,
  timeoutMs: number,
  logger: Logger,
): void {
  let first: NodeJS.Signals | undefined;
  const shutdown = (signal: NodeJS.Signals) => {
    if (first) {
      if (signal === 'SIGINT' && first === 'SIGINT') {
        logger.warn({ signal }, 'second Ctrl-C: exiting now');
        process.exit(1);
      }
      return;
    }
    first = signal;
    logger.info({ signal, timeoutMs }, 'shutting down: no new work, finishing replies in flight');
    const started = Date.now();
    const running = target();
    const warn = (what: string) => (error: unknown) => logger.error({ err: error }, what);
    Promise.resolve(running?.stop())
      .catch(warn('stopping an adapter failed'))
      .then(() => drain(Math.max(0, timeoutMs - (Date.now() - started))))
      .then(
        async (drained) => {
          await Promise.resolve(running?.close()).catch(warn('closing an adapter failed'));
          if (drained) logger.info({ ms: Date.now() - started }, 'stopped cleanly');
          else logger.warn({ timeoutMs }, 'stopped with replies still in flight (shutdown timeout)');
          process.exit(0);
        },
        () => process.exit(0),
      );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
