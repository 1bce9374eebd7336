import { describe, expect, it } from 'vitest';
import { readConfig } from '../../adapters/config.js';

const token = 'MTMwMDAwMDAwMDAwMDAwMDAwMA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123SECRET';
const key = 'a'.repeat(64);

describe('Discord configuration', () => {
  it('turns on gateway mode with a token and HTTP interactions with a public key, each on its own', () => {
    expect(readConfig({ DISCORD_TOKEN: token })).toMatchObject({
      ok: true,
      config: { discordGateway: true, discordHttp: false, DISCORD_MENTIONS: false },
    });
    expect(readConfig({ DISCORD_PUBLIC_KEY: key, DISCORD_MENTIONS: 'true' })).toMatchObject({
      ok: true,
      config: { discordGateway: false, discordHttp: true, DISCORD_MENTIONS: true },
    });
  });

  it('reads an empty number as unset, not as zero (PORT= keeps port 3000, the rate limit stays on)', () => {
    expect(readConfig({ PORT: '', RATE_LIMIT_PER_MINUTE: ' ', SHUTDOWN_TIMEOUT_MS: '' })).toMatchObject({
      ok: true,
      config: { PORT: 3000, RATE_LIMIT_PER_MINUTE: 20, SHUTDOWN_TIMEOUT_MS: 10_000, LOG_LEVEL: 'info' },
    });
    expect(readConfig({ PORT: '8080', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'debug' })).toMatchObject({
      ok: true,
      config: { PORT: 8080, RATE_LIMIT_PER_MINUTE: 0, LOG_LEVEL: 'debug' },
    });
    const bad = readConfig({ PORT: 'eighty', RATE_LIMIT_BURST: '0', LOG_LEVEL: 'loud' });
    expect(bad.ok ? [] : bad.problems.map((p) => p.split(':')[0])).toEqual(['PORT', 'LOG_LEVEL', 'RATE_LIMIT_BURST']);
  });

  it('reports every malformed variable at once without echoing secrets', () => {
    const result = readConfig({
      DISCORD_TOKEN: 'not-a-tokenSECRET',
      DISCORD_PUBLIC_KEY: 'xyzSECRET',
      DISCORD_APPLICATION_ID: 'my-app',
      DISCORD_MENTIONS: 'maybe',
      DISCORD_SHARDS: '0',
    });
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'DISCORD_TOKEN',
      'DISCORD_PUBLIC_KEY',
      'DISCORD_APPLICATION_ID',
      'DISCORD_MENTIONS',
      'DISCORD_SHARDS',
    ]);
    expect(problems.join('\n')).not.toContain('SECRET');
  });
});
