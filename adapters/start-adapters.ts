/**
 * Starts every adapter the configuration enables, on one shared HTTP port: Slack (Socket Mode or
 * `POST /slack/events`), Discord (gateway, sharded or not, and/or `POST /discord/interactions`), plus
 * `GET /healthz` (the process is up) and `GET /readyz` (every adapter is connected and taking work).
 */
import type { App } from '@slack/bolt';
import type { Advisor } from '../src/advisor.js';
import type { Config } from '../src/config.js';
import { createInteractionsHandler, DISCORD_INTERACTIONS_PATH } from './discord/http.js';
import { startDiscordGateway, startDiscordShards, type GatewayHandle } from './discord/start.js';
import { startHttpServer, type RouteHandler, type Routes, type RunningServer } from './http/server.js';
import { boltLogger } from './shared/bolt-logger.js';
import type { InFlight } from './shared/in-flight.js';
import type { Logger } from './shared/log.js';
import { slackHttpRoutes, startSlackSocket, type SlackSettings } from './slack/start.js';

export interface RunningAdapters {
  /** Human names of the live adapters, e.g. "Slack (HTTP)". */
  live: string[];
  port: number;
  /** Stops taking new work: closes the port and the platform connections. In-flight work is drained separately. */
  stop(): Promise<void>;
}

/** Counts a Slack request until its listener has finished (the ack goes out long before). */
function trackSlack(app: App, inFlight: InFlight): void {
  app.use(async ({ next }) => {
    await inFlight.track(() => next());
  });
}

function readiness(isReady: () => boolean): RouteHandler {
  return (_req, res) => {
    const ready = isReady();
    res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ready }));
  };
}

export async function startAdapters(config: Config, advisor: Advisor, logger: Logger, inFlight: InFlight): Promise<RunningAdapters> {
  const live: string[] = [];
  const routes: Routes = {};
  const stops: (() => Promise<void>)[] = [];
  const readyChecks: (() => boolean)[] = [];
  const log = (message: string, error?: unknown) => logger.error({ err: error }, message);

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
      stops.push(() => app.stop().then(() => undefined));
      live.push('Slack (Socket Mode)');
    } else {
      const { app, routes: slackRoutes } = await slackHttpRoutes(settings, advisor);
      trackSlack(app, inFlight);
      Object.assign(routes, slackRoutes);
      live.push('Slack (HTTP, POST /slack/events)');
    }
  }
  if (config.discordHttp) {
    routes[`POST ${DISCORD_INTERACTIONS_PATH}`] = createInteractionsHandler(advisor, {
      publicKey: config.DISCORD_PUBLIC_KEY ?? '',
      ...(config.DISCORD_API_URL ? { apiBase: config.DISCORD_API_URL } : {}),
      track: (work) => inFlight.track(work),
      log,
    });
    live.push(`Discord (HTTP interactions, POST ${DISCORD_INTERACTIONS_PATH})`);
  }
  if (config.discordGateway) {
    const token = config.DISCORD_TOKEN ?? '';
    const shards = config.DISCORD_SHARDS === undefined ? undefined : config.DISCORD_SHARDS === 'auto' ? 'auto' : Number(config.DISCORD_SHARDS);
    const gateway: GatewayHandle = shards
      ? await startDiscordShards(token, shards, (message, fields) => logger.info(fields ?? {}, message))
      : await startDiscordGateway(advisor, token, {
          messageContent: config.DISCORD_MESSAGE_CONTENT,
          ...(config.DISCORD_API_URL ? { apiBase: config.DISCORD_API_URL } : {}),
          track: (work) => inFlight.track(work),
          log,
        });
    stops.push(gateway.stop);
    readyChecks.push(gateway.ready);
    live.push(shards ? `Discord (gateway, ${shards} shards)` : `Discord (gateway${config.DISCORD_MESSAGE_CONTENT ? ', answering mentions' : ''})`);
  }

  let accepting = true;
  routes['GET /readyz'] = readiness(() => accepting && readyChecks.every((ready) => ready()));
  const server: RunningServer = await startHttpServer(routes, config.PORT);
  return {
    live,
    port: server.port,
    async stop() {
      accepting = false;
      // Stop accepting; requests already being served finish. Not awaited: a keep-alive connection could hold
      // close() open for seconds, and the exit after draining ends whatever is left.
      void server.close().catch(() => undefined);
      server.server.closeIdleConnections();
      await Promise.all(stops.map((stop) => stop().catch((error: unknown) => log('stopping an adapter failed', error))));
    },
  };
}
