import { HTTPReceiver, LogLevel, type App, type Logger } from '@slack/bolt';
import type { Advisor } from '../../src/advisor.js';
import type { Routes } from '../http/server.js';
import { createSeen } from '../shared/seen.js';
import { createSlackApp } from './app.js';
import { enableCharts } from './chart.js';
import { guardSlackEvents } from './guard.js';

/** What the Slack adapter needs from the configuration. */
export interface SlackSettings {
  botToken: string;
  appToken?: string;
  signingSecret?: string;
  slackApiUrl?: string;
  /** Time limit for each call to Slack; see DEFAULT_CLIENT_TIMEOUT_MS. */
  clientTimeoutMs?: number;
  logLevel?: LogLevel;
  logger?: Logger;
}

/** The Slack events path (commands, events and interactivity all arrive here in HTTP mode). */
export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * HTTP mode: the app behind Bolt's HTTPReceiver, whose request listener (with Slack's v0 signature check)
 * is mounted on the shared server as `POST /slack/events`, behind our guard (guard.ts).
 */
export async function slackHttpRoutes(settings: SlackSettings, advisor: Advisor): Promise<{ app: App; routes: Routes }> {
  if (!settings.signingSecret) throw new Error('SLACK_SIGNING_SECRET is required in HTTP mode');
  const receiver = new HTTPReceiver({
    signingSecret: settings.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    logLevel: settings.logLevel ?? LogLevel.INFO,
    ...(settings.logger ? { logger: settings.logger } : {}),
  });
  const app = createSlackApp({ advisor, token: settings.botToken, receiver, ...optional(settings) });
  // Cost charts follow their answers here; not on Lambda (lambda.ts), which answers after the listener.
  enableCharts(app);
  await app.init();
  const guarded = guardSlackEvents(receiver.requestListener, {
    signingSecret: settings.signingSecret,
    logger: app.logger,
    seen: createSeen(),
  });
  return { app, routes: { [`POST ${SLACK_EVENTS_PATH}`]: guarded } };
}

/** Socket Mode: Bolt opens a WebSocket to Slack with the app token (on `app.start()`); no public URL needed. */
export async function slackSocketApp(settings: SlackSettings, advisor: Advisor): Promise<App> {
  const app = createSlackApp({
    advisor,
    token: settings.botToken,
    ...(settings.appToken ? { appToken: settings.appToken } : {}),
    ...optional(settings),
  });
  // Cost charts follow their answers here; not on Lambda (lambda.ts), which answers after the listener.
  enableCharts(app);
  await app.init();
  return app;
}

function optional(settings: SlackSettings): { slackApiUrl?: string; clientTimeoutMs?: number; logLevel?: LogLevel; logger?: Logger } {
  return {
    ...(settings.slackApiUrl ? { slackApiUrl: settings.slackApiUrl } : {}),
    ...(settings.clientTimeoutMs ? { clientTimeoutMs: settings.clientTimeoutMs } : {}),
    ...(settings.logLevel ? { logLevel: settings.logLevel } : {}),
    ...(settings.logger ? { logger: settings.logger } : {}),
  };
}
