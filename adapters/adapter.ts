/**
 * The one contract every platform adapter meets (after Bolt's Receiver): the entry point mounts its routes
 * on the shared port, starts it, and on shutdown stops it, waits for the work in flight, then closes it.
 */
import type { Advisor } from '../src/advisor.js';
import type { Routes } from './http/server.js';
import type { InFlight } from './shared/in-flight.js';
import type { Logger } from './shared/log.js';

/** One running platform connection, e.g. Slack over HTTP or the Discord gateway. */
export interface Adapter {
  /** Human name for the "live" log line, e.g. "Slack (HTTP, POST /slack/events)". */
  name: string;
  /** Handlers to mount on the shared HTTP server, keyed by `"METHOD /path"`. */
  routes?: Routes;
  /** Opens outgoing connections (Socket Mode, the gateway); called once the port is listening. */
  start(): Promise<void>;
  /** Stops taking new work; work in flight carries on. */
  stop(): Promise<void>;
  /** After the drain: closes what is left (platform connections). */
  close(): Promise<void>;
  /** Connected and taking work (`GET /readyz`). */
  ready(): boolean;
}

/** What every adapter factory is given. */
export interface AdapterDeps {
  advisor: Advisor;
  logger: Logger;
  /** Counts work in progress so shutdown can wait for it. */
  inFlight: InFlight;
}

/** An adapter that only serves routes: nothing to connect or close, ready as soon as the port is. */
export function routesAdapter(name: string, routes: Routes): Adapter {
  const nothing = async () => undefined;
  return { name, routes, start: nothing, stop: nothing, close: nothing, ready: () => true };
}
