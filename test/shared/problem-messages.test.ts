/**
 * The problems a malformed request or setting is refused with name the field and what it should be. The
 * adapters check with zod/mini, which has no messages of its own (adapters/shared/zod.ts loads the English
 * ones); without them every problem below would read just "Invalid input".
 */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../adapters/config.js';
import { readInteraction } from '../../adapters/discord/interaction-shape.js';
import { readSlackBody } from '../../adapters/slack/body-shape.js';

describe('problems with requests and settings', () => {
  it('a Discord interaction names the field, what was expected and what came', () => {
    expect(readInteraction({ type: 2, application_id: '1', token: 't', data: null })).toEqual({
      ok: false,
      problem: 'data: Invalid input: expected object, received null',
    });
    expect(readInteraction({ type: 2.5 })).toEqual({ ok: false, problem: 'type: Invalid input: expected int, received number' });
  });

  it('a Slack body names its kind, the field and what was expected', () => {
    expect(readSlackBody({ command: '/compute', text: 5, user_id: 'U1', channel_id: 'C1' })).toEqual({
      ok: false,
      problem: 'command: text: Invalid input: expected string, received number',
    });
    expect(readSlackBody({ type: 'block_actions', actions: [], user: { id: 'U1' }, container: {} })).toEqual({
      ok: false,
      problem: 'action: actions: Too small: expected array to have >=1 items',
    });
  });

  it('settings say what each variable should be, and take defaults, trimming and switches as before', () => {
    const bad = readConfig({ PORT: '1.5', DISCORD_MENTIONS: 'maybe', MAX_BODY_BYTES: '10', HTTP_WORKERS: 'many' });
    expect(bad.ok ? [] : bad.problems).toEqual([
      'DISCORD_MENTIONS: should be true or false (answer @mentions in channels and threads)',
      'MAX_BODY_BYTES: should be a number of bytes from 1024 to 16777216 (16 MiB), e.g. 262144',
      'PORT: should be a port number (0–65535)',
      'HTTP_WORKERS: should be auto (one per CPU core) or a number of processes (1–99)',
    ]);
    expect(readConfig({ PORT: ' 8080 ', DISCORD_MENTIONS: 'YES', LOG_LEVEL: '', HTTP_HEADERS_TIMEOUT_S: '2.5' })).toMatchObject({
      ok: true,
      config: { PORT: 8080, DISCORD_MENTIONS: true, LOG_LEVEL: 'info', HTTP_HEADERS_TIMEOUT_S: 2.5, RATE_LIMIT_BURST: 5 },
    });
  });
});
