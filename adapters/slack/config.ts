/** The Slack variables (SLACK_*): their shapes, what is missing for the transport they ask for, and which transport that is. */
import { optional, optionalToken, optionalUrl, type RawVariable } from '../shared/env.js';
import * as z from '../../src/zod.js';

/** The Slack variables, each validated on its own. */
export const slackVariables = z.object({
  SLACK_BOT_TOKEN: optionalToken(/^xoxb-[A-Za-z0-9-]+$/, 'xoxb-… (the Bot User OAuth Token, under OAuth & Permissions)'),
  SLACK_APP_TOKEN: optionalToken(/^xapp-[A-Za-z0-9-]+$/, 'xapp-… (an app-level token with connections:write, for Socket Mode)'),
  SLACK_SIGNING_SECRET: optional,
  SLACK_API_URL: optionalUrl('https://slack.com/api/'),
});

/** Which Slack transport the variables ask for. */
export interface SlackMode {
  slack: boolean;
  /** Socket Mode when an app token is set, otherwise the HTTP endpoint. */
  slackMode?: 'socket' | 'http';
}

/** The Slack settings as `readConfig` returns them. */
export type SlackConfig = z.infer<typeof slackVariables> & SlackMode;

/** What is missing for the transport the raw variables ask for. */
export function slackProblems(raw: RawVariable): string[] {
  const problems: string[] = [];
  const [bot, app, secret] = [raw('SLACK_BOT_TOKEN'), raw('SLACK_APP_TOKEN'), raw('SLACK_SIGNING_SECRET')];
  if ((bot || app || secret) && !bot) problems.push('SLACK_BOT_TOKEN: is required to run the Slack app; it should look like xoxb-…');
  if (bot && !app && !secret)
    problems.push('SLACK_SIGNING_SECRET: is required in HTTP mode (no SLACK_APP_TOKEN); copy it from Basic Information → App Credentials');
  return problems;
}

/** The transport, from valid variables: a bot token enables Slack, an app token picks Socket Mode. */
export function slackMode(c: z.infer<typeof slackVariables>): SlackMode {
  const slack = Boolean(c.SLACK_BOT_TOKEN);
  return { slack, ...(slack ? { slackMode: c.SLACK_APP_TOKEN ? ('socket' as const) : ('http' as const) } : {}) };
}
