import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';

const token = 'MTMwMDAwMDAwMDAwMDAwMDAwMA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123SECRET';
const key = 'a'.repeat(64);

describe('Discord configuration', () => {
  it('turns on gateway mode with a token and HTTP interactions with a public key, each on its own', () => {
    expect(readConfig({ DISCORD_TOKEN: token })).toMatchObject({ ok: true, config: { discordGateway: true, discordHttp: false, DISCORD_MESSAGE_CONTENT: false } });
    expect(readConfig({ DISCORD_PUBLIC_KEY: key, DISCORD_MESSAGE_CONTENT: 'true' })).toMatchObject({ ok: true, config: { discordGateway: false, discordHttp: true, DISCORD_MESSAGE_CONTENT: true } });
  });

  it('reports every malformed variable at once without echoing secrets', () => {
    const result = readConfig({ DISCORD_TOKEN: 'not-a-tokenSECRET', DISCORD_PUBLIC_KEY: 'xyzSECRET', DISCORD_APPLICATION_ID: 'my-app', DISCORD_MESSAGE_CONTENT: 'maybe', DISCORD_SHARDS: '0' });
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.split(':')[0])).toEqual(['DISCORD_TOKEN', 'DISCORD_PUBLIC_KEY', 'DISCORD_APPLICATION_ID', 'DISCORD_MESSAGE_CONTENT', 'DISCORD_SHARDS']);
    expect(problems.join('\n')).not.toContain('SECRET');
  });
});
