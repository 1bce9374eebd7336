/**
 * `npm start`: starts every adapter whose credentials are configured; with none, the terminal chat.
 * The only place that loads a .env file.
 */
import dotenv from 'dotenv';
import { readConfig, type Config } from '../src/config.js';
import { loadAdvisor } from '../src/load.js';
import { runCliProcess } from './cli/run.js';
import { startHttpServer } from './http/server.js';
import { errorSummary } from './slack/answer.js';
import { slackHttpRoutes, startSlackSocket } from './slack/start.js';

dotenv.config({ quiet: true });
const result = readConfig();
if (!result.ok) {
  console.error(`compute-advisor: the configuration has ${result.problems.length} problem(s):\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
const { config } = result;
if (config.discord) {
  // The Discord adapter lands in a later release; say so instead of silently ignoring the tokens.
  console.error('compute-advisor: Discord credentials are set, but this build has no Discord adapter yet. Unset them to continue.');
  process.exit(1);
}
if (config.slack) {
  startSlack(config).catch((error: unknown) => {
    // Start-up failures are configuration problems (bad token, no network): the message, not a stack.
    const code = (error as { code?: string }).code;
    console.error(`compute-advisor: the Slack app did not start: ${error instanceof Error ? error.message : String(error)}${code ? ` (${code})` : ''}`);
    process.exit(1);
  });
} else {
  runCliProcess(process.argv.slice(2));
}

/** Socket Mode with an app token; otherwise `POST /slack/events` and `GET /healthz` on PORT. */
async function startSlack(c: Config): Promise<void> {
  const advisor = await loadAdvisor({ onError: (error, ctx) => console.error(`compute-advisor: internal error (${ctx.platform ?? '?'} ${ctx.channel ?? ''}): ${errorSummary(error)}`) });
  const settings = {
    botToken: c.SLACK_BOT_TOKEN ?? '',
    ...(c.SLACK_APP_TOKEN ? { appToken: c.SLACK_APP_TOKEN } : {}),
    ...(c.SLACK_SIGNING_SECRET ? { signingSecret: c.SLACK_SIGNING_SECRET } : {}),
    ...(c.SLACK_API_URL ? { slackApiUrl: c.SLACK_API_URL } : {}),
  };
  if (c.slackMode === 'socket') {
    const app = await startSlackSocket(settings, advisor);
    console.log('compute-advisor: Slack app connected (Socket Mode).');
    process.once('SIGTERM', () => void app.stop().finally(() => process.exit(0)));
    return;
  }
  const { routes } = await slackHttpRoutes(settings, advisor);
  const server = await startHttpServer(routes, c.PORT);
  console.log(`compute-advisor: Slack app listening on port ${server.port} (POST /slack/events, GET /healthz).`);
  process.once('SIGTERM', () => void server.close().finally(() => process.exit(0)));
}
