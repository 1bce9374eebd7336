/**
 * AWS Lambda entry point (bundled as handler `dist/lambda/slack.handler`): the bot itself runs serverless
 * behind a Function URL or API Gateway pointed at by the manifest's request URLs. Bolt's AwsLambdaReceiver
 * checks the signature and finishes the listeners before it returns, as Lambda freezes after a response.
 */
import { AwsLambdaReceiver } from '@slack/bolt';
import { readConfig } from '../config.js';
import { loadAdvisor } from '../../src/load.js';
import { errorSummary } from './answer.js';
import { createSlackApp } from './app.js';

type AwsHandler = ReturnType<AwsLambdaReceiver['toHandler']>;

async function build(): Promise<AwsHandler> {
  const result = readConfig();
  if (!result.ok) throw new Error(`configuration problems:\n${result.problems.join('\n')}`);
  const { SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL } = result.config;
  if (!SLACK_BOT_TOKEN || !SLACK_SIGNING_SECRET) throw new Error('SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are required on Lambda');
  const receiver = new AwsLambdaReceiver({ signingSecret: SLACK_SIGNING_SECRET });
  const advisor = await loadAdvisor({ onError: (error) => console.error(`compute-advisor: internal error: ${errorSummary(error)}`) });
  const app = createSlackApp({ advisor, token: SLACK_BOT_TOKEN, receiver, ...(SLACK_API_URL ? { slackApiUrl: SLACK_API_URL } : {}) });
  await app.init();
  return receiver.toHandler();
}

// Built once per container (cold start) and reused by every invocation.
let ready: Promise<AwsHandler> | undefined;

export const handler: AwsHandler = async (event, context, callback) => {
  ready ??= build().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return (await ready)(event, context, callback);
};
