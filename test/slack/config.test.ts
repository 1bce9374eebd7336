import { describe, expect, it } from 'vitest';
import { readConfig } from '../../adapters/config.js';

const bot = 'xoxb-1234-5678-abcdefSECRET';
const app = 'xapp-1-A111-222-deadbeefSECRET';

describe('Slack configuration', () => {
  it('chooses Socket Mode when an app token is set, HTTP mode otherwise', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: app })).toMatchObject({
      ok: true,
      config: { slack: true, slackMode: 'socket' },
    });
    expect(readConfig({ SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: 's3cret', PORT: '8080' })).toMatchObject({
      ok: true,
      config: { slack: true, slackMode: 'http', PORT: 8080 },
    });
    expect(readConfig({})).toMatchObject({ ok: true, config: { slack: false } });
  });

  it('reports every malformed or missing variable at once, naming the expected shape but never the value', () => {
    const result = readConfig({
      SLACK_BOT_TOKEN: 'xoxp-user-tokenSECRET',
      SLACK_APP_TOKEN: 'xoxb-wrongSECRET',
      SLACK_API_URL: 'slack.com',
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual([
      'SLACK_BOT_TOKEN: should look like xoxb-… (the Bot User OAuth Token, under OAuth & Permissions) (check for a copy-paste slip)',
      'SLACK_APP_TOKEN: should look like xapp-… (an app-level token with connections:write, for Socket Mode) (check for a copy-paste slip)',
      'SLACK_API_URL: should be an http(s) URL such as https://slack.com/api/',
    ]);
    expect(problems.join('\n')).not.toContain('SECRET');
  });

  it('asks for the signing secret in HTTP mode and for the bot token beside an app token', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: bot })).toEqual({
      ok: false,
      problems: ['SLACK_SIGNING_SECRET: is required in HTTP mode (no SLACK_APP_TOKEN); copy it from Basic Information → App Credentials'],
    });
    expect(readConfig({ SLACK_APP_TOKEN: app, SLACK_SIGNING_SECRET: '  ' })).toEqual({
      ok: false,
      problems: ['SLACK_BOT_TOKEN: is required to run the Slack app; it should look like xoxb-…'],
    });
  });
});
