import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeCommand } from '../../adapters/discord/commands.js';
import { registerCommands } from '../../adapters/discord/register.js';

const API = 'https://discord.com/api';
const APP = '1300000000000000000';
const GUILD = '1200000000000000000';

describe("registering /compute through Discord's REST API", () => {
  beforeEach(() => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  });
  afterEach(() => nock.cleanAll());

  it("overwrites the guild's commands with /compute, authenticated as the bot", async () => {
    const scope = nock(API, { reqheaders: { authorization: 'Bot test.bot.token' } })
      .put(`/v10/applications/${APP}/guilds/${GUILD}/commands`, (body) => JSON.stringify(body) === JSON.stringify([computeCommand()]))
      .reply(200, [{ id: '1', name: 'compute' }]);
    expect(await registerCommands({ token: 'test.bot.token', applicationId: APP, guildId: GUILD })).toEqual({
      scope: 'guild',
      names: ['compute'],
    });
    expect(scope.isDone()).toBe(true);
  });

  it('registers globally without a guild, at DISCORD_API_URL when one is given', async () => {
    const scope = nock('https://discord.test')
      .put(`/v10/applications/${APP}/commands`)
      .reply(200, [{ id: '1', name: 'compute' }]);
    expect(await registerCommands({ token: 't.o.k', applicationId: APP, apiBase: 'https://discord.test/' })).toEqual({
      scope: 'global',
      names: ['compute'],
    });
    expect(scope.isDone()).toBe(true);
  });

  it("surfaces Discord's refusal with its status (for the CLI to explain)", async () => {
    const scope = nock(API).put(`/v10/applications/${APP}/commands`).reply(401, { message: '401: Unauthorized', code: 0 });
    await expect(registerCommands({ token: 'bad.bad.bad', applicationId: APP })).rejects.toMatchObject({ status: 401 });
    expect(scope.isDone()).toBe(true);
  });
});

describe('npm run discord:register', () => {
  const cli = join(import.meta.dirname, '..', '..', 'dist', 'adapters', 'discord', 'register-cli.js');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_')));

  it('says which variables it needs, and where to find them, when they are missing', () => {
    // Run from an empty folder so no developer .env is picked up.
    const r = spawnSync('node', [cli], { cwd: tmpdir(), env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('DISCORD_TOKEN: is required to register commands');
    expect(r.stderr).toContain('DISCORD_APPLICATION_ID: is required to register commands');
  });
});
