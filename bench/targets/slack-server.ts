/**
 * The Slack HTTP receiver for `npm run bench:http`, in its own process as in production: the real Bolt
 * HTTPReceiver on the shared server at 127.0.0.1:0, its Web API pointed at the bench's stub (BENCH_SLACK_API).
 * Prints `port=<n>` when it is listening; exits on SIGTERM.
 */
import { LogLevel } from '@slack/bolt';
import { startHttpServer } from '../../adapters/http/server.js';
import { slackHttpRoutes } from '../../adapters/slack/start.js';
import { loadAdvisor } from '../../src/load.js';

const slackApiUrl = process.env.BENCH_SLACK_API;
const signingSecret = process.env.BENCH_SIGNING_SECRET;
if (!slackApiUrl || !signingSecret) throw new Error('BENCH_SLACK_API and BENCH_SIGNING_SECRET are set by bench/targets/slack.ts');

const advisor = await loadAdvisor();
const { routes } = await slackHttpRoutes({ botToken: 'xoxb-bench-not-a-token', signingSecret, slackApiUrl, logLevel: LogLevel.ERROR }, advisor);
const server = await startHttpServer(routes, 0, '127.0.0.1');
process.stdout.write(`port=${server.port}\n`);
process.once('SIGTERM', () => {
  server.server.closeAllConnections();
  void server.close().finally(() => process.exit(0));
});
