/**
 * HTTP_WORKERS > 1: several processes share the one HTTP port (node:cluster), so the HTTP modes use every
 * core of a machine. The HTTP endpoints are stateless (every button carries its command), so any worker can
 * answer anything, exactly as with replicas behind a load balancer. This primary process serves nothing
 * itself: it starts the workers, replaces one that dies, and on SIGTERM/SIGINT lets each drain and exit.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from './shared/log.js';

/** What a worker tells the primary once its adapters are live. */
export interface LiveMessage {
  type: 'compute-advisor:live';
  adapters: string[];
  port: number;
}

/** In a worker: tells the primary that this worker is serving (a no-op outside a cluster). */
export function reportLive(adapters: string[], port: number): void {
  const message: LiveMessage = { type: 'compute-advisor:live', adapters, port };
  if (cluster.isWorker) process.send?.(message);
}

const isLive = (message: unknown): message is LiveMessage => (message as { type?: unknown } | null)?.type === 'compute-advisor:live';

/** Extra time, past each worker's own drain limit, before the primary stops waiting and kills it. */
const KILL_GRACE_MS = 5_000;

/**
 * Forks `count` workers running this same entry point. Start-up succeeds once all are live; a worker that
 * exits before it was ever live means the configuration or the network is wrong, so the primary stops them
 * all and exits 1 rather than restart it in a loop. A live worker that dies later is logged and replaced.
 */
export function runWorkers(count: number, shutdownTimeoutMs: number, logger: Logger): void {
  let stopping = false;
  let live = 0;

  const fork = (): Worker => {
    const worker = cluster.fork();
    let wasLive = false;
    worker.on('message', (message: unknown) => {
      if (!isLive(message) || wasLive) return;
      wasLive = true;
      live++;
      if (live === count)
        logger.info(
          { adapters: message.adapters, port: message.port, workers: count },
          `compute-advisor is live in ${count} worker processes: ${message.adapters.join('; ')}; health on port ${message.port} (GET /healthz, GET /readyz)`,
        );
    });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      if (!wasLive) {
        logger.fatal({ worker: worker.id, code, signal }, 'a worker stopped before it was live; stopping the others');
        stopAll(1);
        return;
      }
      live--;
      logger.error({ worker: worker.id, code, signal }, 'a worker died; starting a new one');
      fork();
    });
    return worker;
  };

  /** Each worker drains on its own (SIGTERM runs its graceful shutdown); the primary exits when all have. */
  function stopAll(exitCode: number): void {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
    if (workers.length === 0) process.exit(exitCode);
    let left = workers.length;
    for (const worker of workers) {
      worker.once('exit', () => {
        if (--left === 0) process.exit(exitCode);
      });
      worker.process.kill('SIGTERM');
    }
    setTimeout(() => {
      logger.warn({ timeoutMs: shutdownTimeoutMs + KILL_GRACE_MS }, 'workers still running after the shutdown timeout; killing them');
      for (const worker of workers) worker.process.kill('SIGKILL');
    }, shutdownTimeoutMs + KILL_GRACE_MS).unref();
  }

  let signalled = false;
  const shutdown = (signal: NodeJS.Signals) => {
    // A Ctrl-C reaches the workers too (one process group); they handle it themselves, as they do SIGTERM.
    if (signalled) return;
    signalled = true;
    logger.info({ signal, workers: count, timeoutMs: shutdownTimeoutMs }, 'shutting down: each worker finishes its replies in flight');
    stopAll(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);

  for (let i = 0; i < count; i++) fork();
}
