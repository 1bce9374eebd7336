import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrub } from '../../adapters/shared/log.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).trim().split('\n'));
      done();
    },
  });
  return { lines, logger: createLogger({ destination }) };
}

describe('structured logs', () => {
  it('writes one JSON object per event with the level as a word', () => {
    const { lines, logger } = capture();
    logger.info({ requestId: 'r1', kind: 'recommend', ms: 1.5 }, 'answered');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      level: 'info',
      requestId: 'r1',
      kind: 'recommend',
      ms: 1.5,
      msg: 'answered',
      service: 'compute-advisor',
    });
  });

  it('redacts tokens and secrets in logged objects and in error messages', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        config: { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 's3cret', PORT: 3000 },
        DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz12345',
      },
      'config',
    );
    logger.error({ err: new Error('auth failed for xoxb-123-456-secret and xapp-1-A-xyz') }, 'boom');
    const all = lines.join('\n');
    expect(all).not.toMatch(/xoxb-|xapp-|s3cret|MTIzNDU2/);
    expect(JSON.parse(lines[0] ?? '{}').config).toEqual({ SLACK_BOT_TOKEN: '[redacted]', SLACK_SIGNING_SECRET: '[redacted]', PORT: 3000 });
    expect(JSON.parse(lines[1] ?? '{}').err.message).toBe('auth failed for [redacted] and [redacted]');
  });

  it('scrubs secret-looking strings from free text', () => {
    expect(scrub('token xoxb-111-222-AbC was rejected')).toBe('token [redacted] was rejected');
    // Discord bot tokens start with the base64 of the bot's id: M, N or O depending on its first digit.
    for (const first of ['M', 'N', 'O']) {
      expect(scrub(`login failed for ${first}TIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456`)).toBe(
        'login failed for [redacted]',
      );
    }
  });
});
