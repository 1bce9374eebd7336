/**
 * The floor of a Slack Lambda: a Bolt app behind Bolt's AwsLambdaReceiver, as Bolt's guide deploys one, with
 * one `/compute` listener acking a static answer. What `npm run bench:cold` sets the bot's Slack handler against.
 */
import bolt from '@slack/bolt';

const receiver = new bolt.AwsLambdaReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET ?? '' });
const app = new bolt.App({
  token: process.env.SLACK_BOT_TOKEN ?? '',
  receiver,
  logLevel: bolt.LogLevel.ERROR,
  ...(process.env.SLACK_API_URL ? { clientOptions: { slackApiUrl: process.env.SLACK_API_URL } } : {}),
});
app.command('/compute', async ({ ack }) => {
  await ack({ response_type: 'ephemeral', text: 'ok', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'ok' } }] });
});

export const handler = receiver.toHandler();
