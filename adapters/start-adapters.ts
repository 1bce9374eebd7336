/**
 * Starts every adapter the configuration enables on one shared HTTP port, plus `GET /healthz` (the process
 * is up) and `GET /readyz` (every adapter is connected and taking work).
 */
import cluster from 'node:cluster';
import type { Adapter, AdapterDeps } from './adapter.js';
import type { Config } from './config.js';
import { discordAdapters } from './discord/adapter.js';
import { sendJson, startHttpServer, type RouteHandler, type Routes, type RunningServer } from './http/server.js';
import { httpLimits } from './http/config.js';
import { onShutdown } from './lifecycle.js';
import { runtimeAdvisor, runtimeLogger } from './runtime.js';
import { createInFlight } from './shared/in-flight.js';
import { slackAdapter } from './slack/adapter.js';
import { reportLive } from './workers.js';

type Stoppable = Pick<Adapter, 'stop' | 'close'>;

export interface RunningAdapters extends Stoppable {
  /** The live adapters' names, e.g. "Slack (HTTP, POST /slack/events)". */
  live: string[];
  port: number;
}

/** This process's serving life: start the adapters, say which are live, and drain them on SIGTERM/SIGINT; exit 1 if they cannot start. */
export async function runAdapters(config: Config): Promise<void> {
  const logger = runtimeLogger(config);
  const inFlight = createInFlight();
  let running: RunningAdapters | undefined;
  // Installed before start-up, which can take a while (gateway shards connect one after another).
  onShutdown(
    () => running,
    (ms) => inFlight.drain(ms),
    config.SHUTDOWN_TIMEOUT_MS,
    logger,
  );
  try {
    running = await startAdapters(config, { advisor: await runtimeAdvisor(config, logger), logger, inFlight });
    const worker = cluster.worker?.id;
    logger.info(
      { adapters: running.live, port: running.port, ...(worker ? { worker } : {}) },
      `compute-advisor is live${worker ? ` (worker ${worker})` : ''}: ${running.live.join('; ')}; health on port ${running.port} (GET /healthz, GET /readyz)`,
    );
    reportLive(running.live, running.port);
  } catch (error) {
    // Start-up failures are configuration or network problems (a refused token, no route to Slack/Discord).
    const code = (error as { code?: unknown }).code;
    logger.fatal(
      { err: error, ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}) },
      'compute-advisor did not start',
    );
    process.exit(1);
  }
}

/**
 * Builds the enabled adapters, mounts their routes, opens the port, then starts each adapter. If any step
 * fails, what had started is stopped again before the error is rethrown, so a failed start leaves nothing running.
 */
export async function startAdapters(config: Config, deps: AdapterDeps): Promise<RunningAdapters> {
  const started: Stoppable[] = [];
  try {
    const adapters = [...(config.slack ? [await slackAdapter(config, deps)] : []), ...discordAdapters(config, deps)];
    let accepting = true;
    const routes: Routes = { 'GET /readyz': readiness(() => accepting && adapters.every((adapter) => adapter.ready())) };
    for (const adapter of adapters) Object.assign(routes, adapter.routes);
    // Each request counts as in flight from its first byte until its response is out, so shutdown never cuts one off.
    const server = await startHttpServer(routes, config.PORT, undefined, {
      ...httpLimits(config),
      logger: deps.logger,
      track: (work) => deps.inFlight.track(work),
    });
    started.push(stopServing(server, deps, () => (accepting = false)));
    for (const adapter of adapters) {
      await adapter.start();
      started.push(adapter);
    }
    const all = (step: keyof Stoppable, failed: string) => async () =>
      void (await Promise.all(started.map((s) => s[step]().catch((error: unknown) => deps.logger.error({ err: error }, failed)))));
    return {
      live: adapters.map((adapter) => adapter.name),
      port: server.port,
      stop: all('stop', 'stopping an adapter failed'),
      close: all('close', 'closing an adapter failed'),
    };
  } catch (error) {
    await Promise.all(
      started.map((s) =>
        s
          .stop()
          .then(() => s.close())
          .catch(() => undefined),
      ),
    );
    throw error;
  }
}

function readiness(isReady: () => boolean): RouteHandler {
  return (_req, res) => {
    const ready = isReady();
    sendJson(res, ready ? 200 : 503, { ready });
  };
}

/**
 * The shared port's part in shutdown: readiness goes false and no new connection is taken; requests being
 * served finish (counted in flight) and close their connections; the drain also waits, within the shutdown
 * timeout, for idle keep-alive connections to expire; after it, whatever is left is dropped.
 */
function stopServing(server: RunningServer, { inFlight }: AdapterDeps, stopAccepting: () => void): Stoppable {
  return {
    stop: async () => {
      stopAccepting();
      server.stopAccepting();
      void inFlight.track(() => server.connectionsClosed());
    },
    close: () => server.close(),
  };
}
