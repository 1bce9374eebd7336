/**
 * The Slack peer of `npm run bench:http`: what the Bolt framework costs by itself. A Bolt app of the bot's
 * Bolt version, as its README starts one (defaults, Bolt's HTTPReceiver and its signature check), with one
 * `/compute` listener that acks a static answer: the bot's own answer of median size (PEER_ANSWER).
 */
import { createServer } from 'node:http';
import bolt from '@slack/bolt';
import { listen, servePeer } from './cluster.js';

servePeer(() => {
  const answer = JSON.parse(process.env.PEER_ANSWER ?? '{}') as Record<string, unknown>;
  const receiver = new bolt.HTTPReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET ?? '', logLevel: bolt.LogLevel.ERROR });
  // Slack's Web API (auth.test, which Bolt calls once and caches) is the bench's loopback stub, as for the bot.
  const app = new bolt.App({
    token: 'xoxb-peer',
    receiver,
    clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? '' },
    logLevel: bolt.LogLevel.ERROR,
  });
  app.command('/compute', async ({ ack }) => {
    await ack(answer);
  });
  return listen(createServer(receiver.requestListener));
});
