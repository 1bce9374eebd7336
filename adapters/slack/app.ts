/**
 * The Slack app: Bolt wiring only. Every answer comes from the advisor; this file connects Slack's
 * command, events and interactions to the handlers and drops Slack's retries.
 */
import { App, LogLevel, type Logger, type Receiver } from '@slack/bolt';
import type { Advisor } from '../../src/advisor.js';
import { registerActions } from './actions.js';
import { errorSummary } from './answer.js';
import { registerCommand } from './commands.js';
import { registerHome } from './home.js';
import { registerMentions } from './mentions.js';
import { postsArriveAdapter } from './posts-arrive.js';
import { retryRateLimitedResponds } from './retry-after.js';
import { dropRetries } from './retries.js';
import { DEFAULT_CLIENT_TIMEOUT_MS, limitRespondTime, retryPolicy } from './timeouts.js';
import { registerViews } from './views.js';

export interface SlackAppOptions {
  advisor: Advisor;
  /** Bot token, xoxb-… */
  token: string;
  /** HTTP (HTTPReceiver), Lambda (AwsLambdaReceiver) or none with `appToken` for Socket Mode. */
  receiver?: Receiver;
  /** App-level token, xapp-…, for Socket Mode. */
  appToken?: string;
  /** Web API base URL (GovSlack, a test server); Slack's own by default. */
  slackApiUrl?: string;
  /** Time limit for each call to Slack (Web API and response_url); DEFAULT_CLIENT_TIMEOUT_MS (10 s) by default. */
  clientTimeoutMs?: number;
  logLevel?: LogLevel;
  /** Where Bolt logs (our pino logger in production); Bolt's console logger by default. */
  logger?: Logger;
}

/**
 * Builds the app. Initialisation (auth.test, which checks the token and learns the bot's own ids) is
 * deferred to `app.init()`, so a bad token fails at start-up with Slack's error, not on the first event.
 */
export function createSlackApp(options: SlackAppOptions): App {
  const timeout = options.clientTimeoutMs ?? DEFAULT_CLIENT_TIMEOUT_MS;
  const app = new App({
    token: options.token,
    ...(options.receiver ? { receiver: options.receiver } : { socketMode: true, appToken: options.appToken }),
    clientOptions: {
      timeout,
      retryConfig: retryPolicy(),
      adapter: postsArriveAdapter((message) => app.logger.warn(message)),
      ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    },
    logLevel: options.logLevel ?? LogLevel.INFO,
    ...(options.logger ? { logger: options.logger } : {}),
    deferInitialization: true,
    // No handler reads context.conversation; Bolt's default memory store would still run per event.
    convoStore: false,
  });
  limitRespondTime(app, timeout);
  retryRateLimitedResponds(app);
  app.use(dropRetries);
  registerCommand(app, options.advisor);
  registerMentions(app, options.advisor);
  registerActions(app, options.advisor);
  registerViews(app, options.advisor, timeout);
  registerHome(app, options.advisor);
  app.error(async (error) => {
    app.logger.error(`unhandled Slack error: ${errorSummary(error)}`);
  });
  return app;
}
