import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../adapters/slack/start.js';

interface Manifest {
  features: { slash_commands: { command: string; url: string }[]; app_home: { home_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = yaml.load(readFileSync(join(import.meta.dirname, '..', '..', 'slack', 'manifest.yml'), 'utf8')) as Manifest;

describe('slack/manifest.yml', () => {
  it('declares /compute, the events the app listens to, interactivity and Socket Mode', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/compute']);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'app_home_opened']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it('asks only for the scopes the app uses', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'commands',
      'chat:write',
      'app_mentions:read',
      'channels:history',
      'groups:history',
      'files:write',
    ]);
  });

  it('points every request URL at the one events path', () => {
    const urls = [
      ...manifest.features.slash_commands.map((c) => c.url),
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
  });
});
