import { replyViews } from '../../src/brief.js';
import type { KeyObject } from 'node:crypto';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordAdvisor } from '../../adapters/discord/answer.js';
import { commandLine } from '../../src/router.js';
import { makeReply, type Reply } from '../../src/reply.js';
import { advisor } from '../helpers.js';
import { assertDiscordLimits } from './discord-limits.js';
import { discordKeys, fixture, signedHeaders, startDiscordTestServer, type DiscordTestServer } from './harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('Discord HTTP interactions (POST /discord/interactions, real Ed25519 signatures)', () => {
  let server: DiscordTestServer & { privateKey: KeyObject };
  beforeAll(async () => {
    server = await startDiscordTestServer(advisor());
  });
  afterAll(() => server.close());

  it('answers PING with PONG', async () => {
    const res = await server.post(fixture('ping.json'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('rejects a wrong, a forged or a missing signature with 401 and no answer', async () => {
    const body = JSON.stringify(fixture('command-recommend.json'));
    const stranger = discordKeys().privateKey;
    const forged = await server.post(body, signedHeaders(body, stranger));
    const tampered = await server.post(body.replace('20m', '2m'), signedHeaders(body, server.privateKey));
    const missing = await server.post(body, {});
    for (const res of [forged, tampered, missing]) {
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'invalid request signature' });
    }
  });

  it('answers /compute recommend privately with the core recommendation as an embed and a Share button', async () => {
    const res = await server.post(fixture('command-recommend.json'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const expected = advisor().handle('recommend duration=20m memory=12gb gpu=yes traffic=bursty');
    expect(body.data.embeds[0].title).toBe(expected.title);
    // The first view is the brief: the answer's first sentences lead it.
    expect(body.data.embeds[0].description.startsWith(replyViews(expected).brief.summary ?? '')).toBe(true);
    assertDiscordLimits({ embeds: body.data.embeds, components: body.data.components, allowedMentions: { parse: [] } });
    const ids = body.data.components.flatMap((r: Json) => r.components.map((c: Json) => c.custom_id));
    expect(ids).toContain('ca:share:0:recommend duration=20m memory=12gb gpu=yes traffic=bursty');
  });

  it('autocompletes a mistyped service name with at most 25 choices, best first', async () => {
    const res = await server.post(fixture('autocomplete.json'));
    const body = (await res.json()) as Json;
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeGreaterThan(0);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    expect(body.data.choices[0]).toEqual({ name: 'AWS Lambda', value: 'lambda' });
  });

  it("shares a button's answer visibly in the channel, saying who shared it without pinging them", async () => {
    const res = await server.post(fixture('button.json'));
    const body = (await res.json()) as Json;
    expect(body.type).toBe(4);
    expect(body.data.flags).toBeUndefined();
    expect(body.data.content).toBe('Shared by <@1100000000000000002>');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.embeds[0].title).toBe(advisor().handle('compare ec2 lambda').title);
  });

  it('tells the presser when a button is not one of ours, and refuses bodies that are not JSON', async () => {
    const stale = await server.post({ ...fixture<Json>('button.json'), data: { custom_id: 'old-button', component_type: 2 } });
    const staleBody = (await stale.json()) as Json;
    expect(staleBody.data.flags).toBe(64);
    expect(staleBody.data.content).toMatch(/isn't one of mine/);
    const notJson = await server.post('{not json');
    expect(notJson.status).toBe(400);
  });
});

describe('Discord HTTP interactions: slow answers are deferred, then edited in', () => {
  const API = 'https://discord.test';
  afterEach(() => nock.cleanAll());

  it('acknowledges with "thinking…" once and edits the answer into the original response through REST', async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    const later = (text: string) =>
      new Promise<Reply>((resolve) =>
        setTimeout(() => resolve(makeReply({ kind: 'answer', title: `Slow: ${text}`, summary: 'Done.' })), 150),
      );
    const slow: DiscordAdvisor = {
      choices: (s) => advisor().choices(s),
      handle: later,
      run: (command, values) => later(commandLine(command, values)),
    };
    let failed: (error: unknown) => void = () => undefined;
    const edited = new Promise<Json>((resolve, reject) => {
      failed = reject;
      nock(API)
        .patch('/v10/webhooks/1300000000000000000/aW50ZXJhY3Rpb24tdG9rZW4tcmVjb21tZW5k/messages/%40original')
        .reply(200, (_uri, body) => {
          resolve(body as Json);
          return { id: '1' };
        });
    });
    const server = await startDiscordTestServer(slow, { apiBase: API, deferAfterMs: 20, log: (_message, error) => failed(error) });
    try {
      const res = await server.post(fixture('command-recommend.json'));
      expect(await res.json()).toEqual({ type: 5, data: { flags: 64 } });
      const body = await edited;
      expect(body.embeds[0].title).toBe('Slow: recommend duration=20m memory=12gb gpu=yes traffic=bursty');
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(nock.isDone()).toBe(true);
    } finally {
      await server.close();
    }
  });
});
