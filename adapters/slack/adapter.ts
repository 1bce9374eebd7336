/** Slack as one adapter: Socket Mode when SLACK_APP_TOKEN is set, otherwise `POST /slack/events` on the shared port. */
import type { App } from '@slack/bolt';
import { routesAdapter, type Adapter, type AdapterDeps } from '../adapter.js';
import { boltLogger } from '../shared/bolt-logger.js';
import type { InFlight } from '../shared/in-flight.js';
import type { SlackConfig } from './config.js';
import { SLACK_EVENTS_PATH, slackHttpRoutes, slackSocketApp, type SlackSettings } from './start.js';

/** Builds the Slack app for the configured transport (Bolt's init checks the bot token with Slack). */
export async function slackAdapter(config: SlackConfig, { advisor, logger, inFlight }: AdapterDeps): Promise<Adapter> {
  const settings: SlackSettings = {
    botToken: config.SLACK_BOT_TOKEN ?? '',
    logger: boltLogger(logger),
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
    ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
  };
  if (config.slackMode !== 'socket') {
    const { app, routes } = await slackHttpRoutes(settings, advisor);
    trackSlack(app, inFlight);
    return routesAdapter(`Slack (HTTP, POST ${SLACK_EVENTS_PATH})`, routes);
  }
  const app = await slackSocketApp(settings, advisor);
  trackSlack(app, inFlight);
  let connected = false;
  return {
    name: 'Slack (Socket Mode)',
    start: async () => {
      await app.start();
      connected = true;
      // Socket Mode reconnects on its own; ready follows its WebSocket.
      const client = (app as unknown as { receiver?: { client?: NodeJS.EventEmitter } }).receiver?.client;
      client?.on('connected', () => (connected = true));
      for (const state of ['disconnected', 'reconnecting']) client?.on(state, () => (connected = false));
    },
    stop: () => app.stop().then(() => undefined),
    close: async () => undefined,
    ready: () => connected,
  };
}

/** Counts a Slack event until its listener has finished (the ack goes out long before). */
function trackSlack(app: App, inFlight: InFlight): void {
  app.use(async ({ next }) => {
    await inFlight.track(() => next());
  });
}
