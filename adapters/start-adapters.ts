/**
 * Starts every adapter the configuration enables, on one shared HTTP port: Slack (Socket Mode or
 * `POST /slack/events`), Discord (`POST /discord/interactions` and/or the gateway, sharded or not), plus
 * `GET /healthz` (the process is up) and `GET /readyz` (every adapter is connected and taking work).
 */
import type { App } from '@slack/bolt';
import type { Advisor } from '../src/advisor.js';
import type { Config } from './config.js';
import { createInteractionsHandler, DISCORD_INTERACTIONS_PATH } from './discord/http.js';
import { startDiscordGateway, startDiscordShards, type GatewayHandle } from './discord/start.js';
import { sendJson, startHttpServer, type RouteHandler, type Routes } from './http/server.js';
import type { Stoppable } from './lifecycle.js';
import { boltLogger } from './shared/bolt-logger.js';
import type { InFlight } from './shared/in-flight.js';
import type { Logger } from './shared/log.js';
import { slackHttpRoutes, startSlackSocket, type SlackSettings } from './slack/start.js';

export interface RunningAdapters extends Stoppable {
  /** Human names of the live adapters, e.g. "Slack (HTTP, POST /slack/events)". */
  live: string[];
  port: number;
}

/** Counts a Slack event until its listener has finished (the ack goes out long before). */
function trackSlack(app: App, inFlight: InFlight): void {
  app.use(async ({ next }) => {
    await inFlight.track(() => next());
  });
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

/** Socket Mode is ready while its WebSocket is connected (it reconnects on its own). */
function socketReadiness(app: App): () => boolean {
  let connected = true; // start() has resolved: the first connection is up
  const client = (app as unknown as { receiver?: { client?: NodeJS.EventEmitter } }).receiver?.client;
  client?.on('connected', () => (connected = true));
  for (const state of ['disconnected', 'reconnecting']) client?.on(state, () => (connected = false));
  return () => connected;
}

/**
 * Starts the adapters: platform routes first, then the port, then outgoing connections. If any step fails,
 * what had started is stopped again before the error is rethrown, so a failed start leaves nothing running.
 */
export async function startAdapters(config: Config, advisor: Advisor, logger: Logger, inFlight: InFlight): Promise<RunningAdapters> {
  const live: string[] = [];
  const routes: Routes = {};
  const started: Stoppable[] = [];
  const readyChecks: (() => boolean)[] = [];
  const log = (message: string, error?: unknown) => logger.error({ err: error }, message);
  let accepting = true;
  try {
    if (config.slack) {
      const settings: SlackSettings = {
        botToken: config.SLACK_BOT_TOKEN ?? '',
        logger: boltLogger(logger),
        ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
        ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
        ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
      };
      if (config.slackMode === 'socket') {
        const app = await startSlackSocket(settings, advisor);
        trackSlack(app, inFlight);
        started.push({ stop: () => app.stop().then(() => undefined), close: async () => undefined });
        readyChecks.push(socketReadiness(app));
        live.push('Slack (Socket Mode)');
      } else {
        const { app, routes: slackRoutes } = await slackHttpRoutes(settings, advisor);
        trackSlack(app, inFlight);
        for (const [key, handler] of Object.entries(slackRoutes)) routes[key] = tracked(handler, inFlight);
        live.push('Slack (HTTP, POST /slack/events)');
      }
    }
    if (config.discordHttp) {
      const handler = createInteractionsHandler(advisor, {
        publicKey: config.DISCORD_PUBLIC_KEY ?? '',
        ...(config.DISCORD_API_URL ? { apiBase: config.DISCORD_API_URL } : {}),
        track: (work) => inFlight.track(work),
        log,
      });
      routes[`POST ${DISCORD_INTERACTIONS_PATH}`] = tracked(handler, inFlight);
      live.push(`Discord (HTTP interactions, POST ${DISCORD_INTERACTIONS_PATH})`);
    }
    routes['GET /readyz'] = readiness(() => accepting && readyChecks.every((ready) => ready()));
    const server = await startHttpServer(routes, config.PORT);
    started.push({
      // Stop accepting; requests already being served finish (they are counted in flight). Not awaited: a
      // keep-alive connection could hold close() open, and the exit after draining ends whatever is left.
      stop: async () => {
        accepting = false;
        void server.close().catch(() => undefined);
        server.server.closeIdleConnections();
      },
      close: async () => server.server.closeAllConnections(),
    });
    if (config.discordGateway) {
      const token = config.DISCORD_TOKEN ?? '';
      const shards = config.DISCORD_SHARDS === undefined ? undefined : config.DISCORD_SHARDS === 'auto' ? 'auto' : Number(config.DISCORD_SHARDS);
      const gateway: GatewayHandle = shards
        ? await startDiscordShards(token, shards, (level, message, fields) => logger[level](fields ?? {}, message))
        : await startDiscordGateway(advisor, token, {
            mentions: config.DISCORD_MENTIONS,
            ...(config.DISCORD_API_URL ? { apiBase: config.DISCORD_API_URL } : {}),
            track: (work) => inFlight.track(work),
            log,
          });
      started.push(gateway);
      readyChecks.push(gateway.ready);
      live.push(shards ? `Discord (gateway, ${shards} shards)` : `Discord (gateway${config.DISCORD_MENTIONS ? ', answering mentions' : ''})`);
    }
    return {
      live,
      port: server.port,
      stop: async () => void (await Promise.all(started.map((s) => s.stop().catch((error: unknown) => log('stopping an adapter failed', error))))),
      close: async () => void (await Promise.all(started.map((s) => s.close().catch((error: unknown) => log('closing an adapter failed', error))))),
    };
  } catch (error) {
    await Promise.all(started.map((s) => s.stop().then(() => s.close()).catch(() => undefined)));
    throw error;
  }
}
