/**
 * Starts every adapter the configuration enables on one shared HTTP port, plus `GET /healthz` (the process
 * is up) and `GET /readyz` (every adapter is connected and taking work).
 */
import type { Adapter, AdapterDeps } from './adapter.js';
import type { Config } from './config.js';
import { discordAdapters } from './discord/adapter.js';
import { sendJson, startHttpServer, type RouteHandler, type Routes, type RunningServer } from './http/server.js';
import type { InFlight } from './shared/in-flight.js';
import { slackAdapter } from './slack/adapter.js';

type Stoppable = Pick<Adapter, 'stop' | 'close'>;

export interface RunningAdapters extends Stoppable {
  /** The live adapters' names, e.g. "Slack (HTTP, POST /slack/events)". */
  live: string[];
  port: number;
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
    for (const adapter of adapters) for (const [key, handler] of Object.entries(adapter.routes ?? {})) routes[key] = tracked(handler, deps.inFlight);
    const server = await startHttpServer(routes, config.PORT);
    started.push(stopServing(server, () => (accepting = false)));
    for (const adapter of adapters) {
      await adapter.start();
      started.push(adapter);
    }
    const all = (step: keyof Stoppable, failed: string) => async () => void (await Promise.all(started.map((s) => s[step]().catch((error: unknown) => deps.logger.error({ err: error }, failed)))));
    return { live: adapters.map((adapter) => adapter.name), port: server.port, stop: all('stop', 'stopping an adapter failed'), close: all('close', 'closing an adapter failed') };
  } catch (error) {
    await Promise.all(started.map((s) => s.stop().then(() => s.close()).catch(() => undefined)));
    throw error;
  }
}

/** Counts an HTTP request from its first byte, so shutdown never cuts one off mid-answer. */
function tracked(handler: RouteHandler, inFlight: InFlight): RouteHandler {
  return (req, res) => inFlight.track(async () => handler(req, res));
}

function readiness(isReady: () => boolean): RouteHandler {
  return (_req, res) => {
    const ready = isReady();
    sendJson(res, ready ? 200 : 503, { ready });
  };
}

/** The shared port's part in shutdown: stop accepting (readiness goes false), and after the drain drop what is left. */
function stopServing(server: RunningServer, stopAccepting: () => void): Stoppable {
  return {
    // Requests already being served finish (they are counted in flight). Not awaited: a keep-alive
    // connection could hold close() open, and the exit after draining ends whatever is left.
    stop: async () => {
      stopAccepting();
      void server.close().catch(() => undefined);
      server.server.closeIdleConnections();
    },
    close: async () => server.server.closeAllConnections(),
  };
}
