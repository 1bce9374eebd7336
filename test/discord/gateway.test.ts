/**
 * Gateway mode driven through discord.js itself: payloads shaped like Discord's documented gateway events go
 * through the client's own dispatch (the same path a live INTERACTION_CREATE or MESSAGE_CREATE takes), so the
 * handlers receive real discord.js interaction and message objects. nock stands in for Discord's REST API.
 */
import { ClientUser, type Client } from 'discord.js';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../adapters/discord/gateway.js';
import type { DiscordAdvisor } from '../../adapters/discord/answer.js';
import { commandLine } from '../../src/router.js';
import { makeReply, type Reply } from '../../src/reply.js';
import { advisor } from '../helpers.js';
import { fixture } from './harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const API = 'https://discord.test';
const BOT_ID = '1300000000000000000';
const GUILD = '1200000000000000000';
const CHANNEL = '1210000000000000000';
/** The role Discord gives the bot in the guild (users often pick it when they type @compute-advisor). */
const BOT_ROLE = '1220000000000000000';

/** Dispatches a gateway event as the WebSocket handler would (discord.js's internal action for it). */
function dispatch(client: Client, action: 'InteractionCreate' | 'MessageCreate', data: unknown): void {
  (client as unknown as { actions: Record<string, { handle(d: unknown): void }> }).actions[action]?.handle(data);
}

/** A client with the bot's own user and one guild channel cached, as after READY and GUILD_CREATE. */
function testClient(
  advisorUnderTest: DiscordAdvisor,
  options: { mentions?: boolean; deferAfterMs?: number } = {},
): { client: Client; failures: unknown[]; settled: Promise<void>[] } {
  const failures: unknown[] = [];
  const settled: Promise<void>[] = [];
  const client = createDiscordClient(advisorUnderTest, {
    apiBase: API,
    log: (_m, error) => failures.push(error),
    track: (work) => {
      const p = work();
      settled.push(
        p.then(
          () => undefined,
          () => undefined,
        ),
      );
      return p;
    },
    ...options,
  });
  client.token = 'test-token';
  client.rest.setToken('test-token');
  // ClientUser's constructor is internal; discord.js builds it from READY the same way.
  client.user = new (ClientUser as unknown as new (c: Client, d: unknown) => ClientUser)(client, {
    id: BOT_ID,
    username: 'compute-advisor',
    discriminator: '0',
    bot: true,
    avatar: null,
    global_name: null,
  });
  (client.guilds as unknown as { _add(d: unknown): void })._add({
    id: GUILD,
    name: 'Platform',
    channels: [{ id: CHANNEL, type: 0, name: 'architecture-review', guild_id: GUILD }],
    roles: [
      { id: GUILD, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false },
      {
        id: BOT_ROLE,
        name: 'compute-advisor',
        permissions: '0',
        position: 1,
        color: 0,
        hoist: false,
        managed: true,
        mentionable: true,
        tags: { bot_id: BOT_ID },
      },
    ],
    members: [
      {
        user: { id: BOT_ID, username: 'compute-advisor', discriminator: '0', avatar: null, bot: true },
        roles: [BOT_ROLE],
        joined_at: '2025-01-01T00:00:00.000000+00:00',
        deaf: false,
        mute: false,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
  });
  return { client, failures, settled };
}

/** The fields every MESSAGE_CREATE in the guild channel carries. */
const messageBase = {
  channel_id: CHANNEL,
  guild_id: GUILD,
  timestamp: new Date().toISOString(),
  edited_timestamp: null,
  tts: false,
  mention_everyone: false,
  mention_roles: [],
  attachments: [],
  embeds: [],
  pinned: false,
  type: 0,
};

/** Captures the interaction callback (Discord's reply endpoint) for a payload. */
function captureCallback(payload: Json): { scope: nock.Scope; sent: { body?: Json } } {
  const sent: { body?: Json } = {};
  const scope = nock(API)
    .post(`/v10/interactions/${payload.id}/${payload.token}/callback`)
    .query(true)
    .reply(204, (_uri, body) => {
      sent.body = body as Json;
      return '';
    });
  return { scope, sent };
}

/** Waits for every handler run so far to finish. */
async function drain(settled: Promise<void>[]): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await Promise.all(settled);
}

describe('Discord gateway handlers (real discord.js objects)', () => {
  beforeEach(() => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  });
  afterEach(() => nock.cleanAll());

  it("answers /compute recommend once, privately, with the core's recommendation", async () => {
    const { client, failures, settled } = testClient(advisor());
    const payload = fixture<Json>('command-recommend.json');
    const { scope, sent } = captureCallback(payload);
    dispatch(client, 'InteractionCreate', payload);
    await drain(settled);
    expect(failures).toEqual([]);
    expect(scope.isDone()).toBe(true);
    expect(sent.body?.type).toBe(4);
    expect(sent.body?.data.flags).toBe(64);
    expect(sent.body?.data.allowed_mentions).toEqual({ parse: [] });
    expect(sent.body?.data.embeds[0].title).toBe(advisor().handle('recommend duration=20m gpu=yes memory=12gb traffic=bursty').title);
    await client.destroy();
  });

  it('answers autocomplete with fuzzy service choices', async () => {
    const { client, failures, settled } = testClient(advisor());
    const payload = fixture<Json>('autocomplete.json');
    const { scope, sent } = captureCallback(payload);
    dispatch(client, 'InteractionCreate', payload);
    await drain(settled);
    expect(failures).toEqual([]);
    expect(scope.isDone()).toBe(true);
    expect(sent.body?.type).toBe(8);
    expect(sent.body?.data.choices[0]).toEqual({ name: 'AWS Lambda', value: 'lambda' });
    await client.destroy();
  });

  it("shares a button's answer in the channel for everyone, naming who shared it", async () => {
    const { client, failures, settled } = testClient(advisor());
    const payload = fixture<Json>('button.json');
    const { scope, sent } = captureCallback(payload);
    dispatch(client, 'InteractionCreate', payload);
    await drain(settled);
    expect(failures).toEqual([]);
    expect(scope.isDone()).toBe(true);
    expect(sent.body?.type).toBe(4);
    expect(sent.body?.data.flags).toBeUndefined();
    expect(sent.body?.data.content).toBe('Shared by <@1100000000000000002>');
    expect(sent.body?.data.embeds[0].title).toBe(advisor().handle('compare ec2 lambda').title);
    await client.destroy();
  });

  it('defers a slow answer exactly once and edits it in', async () => {
    const later = (text: string) =>
      new Promise<Reply>((r) => setTimeout(() => r(makeReply({ kind: 'answer', title: `Slow: ${text}` })), 100));
    const slow: DiscordAdvisor = {
      choices: (s) => advisor().choices(s),
      handle: later,
      run: (command, values) => later(commandLine(command, values)),
    };
    const { client, failures, settled } = testClient(slow, { deferAfterMs: 10 });
    const payload = fixture<Json>('command-recommend.json');
    const calls: string[] = [];
    nock(API)
      .post(`/v10/interactions/${payload.id}/${payload.token}/callback`)
      .query(true)
      .reply(204, (_uri, body) => {
        calls.push(`callback ${(body as Json).type}`);
        return '';
      })
      .patch(`/v10/webhooks/${BOT_ID}/${payload.token}/messages/%40original`)
      .query(true)
      .reply(200, (_uri, body) => {
        calls.push(`edit ${(body as Json).embeds[0].title}`);
        return {
          id: '1',
          channel_id: CHANNEL,
          content: '',
          embeds: [],
          components: [],
          author: { id: BOT_ID, username: 'compute-advisor', discriminator: '0', avatar: null },
          type: 0,
          timestamp: new Date().toISOString(),
          attachments: [],
          mentions: [],
          mention_roles: [],
          pinned: false,
          mention_everyone: false,
          tts: false,
        };
      });
    dispatch(client, 'InteractionCreate', payload);
    await drain(settled);
    expect(failures).toEqual([]);
    expect(calls).toEqual(['callback 5', 'edit Slow: recommend duration=20m memory=12gb gpu=yes traffic=bursty']);
    await client.destroy();
  });

  it('answers "@compute-advisor <question>" in the channel, replying without pinging anyone', async () => {
    const { client, failures, settled } = testClient(advisor(), { mentions: true });
    let sent: Json | undefined;
    nock(API)
      .post(`/v10/channels/${CHANNEL}/messages`)
      .reply(200, (_uri, body) => {
        sent = body as Json;
        return {
          id: '2',
          channel_id: CHANNEL,
          content: '',
          embeds: [],
          components: [],
          author: { id: BOT_ID, username: 'compute-advisor', discriminator: '0', avatar: null },
          type: 19,
          timestamp: new Date().toISOString(),
          attachments: [],
          mentions: [],
          mention_roles: [],
          pinned: false,
          mention_everyone: false,
          tts: false,
        };
      });
    const author = { id: '1100000000000000001', username: 'dana', discriminator: '0', avatar: null, global_name: 'Dana' };
    dispatch(client, 'MessageCreate', {
      id: '1340000000000000000',
      channel_id: CHANNEL,
      guild_id: GUILD,
      author,
      content: `<@${BOT_ID}> lambda keeps timing out at 15 min what do i do`,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [{ id: BOT_ID, username: 'compute-advisor', discriminator: '0', avatar: null, bot: true }],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
    });
    await drain(settled);
    expect(failures).toEqual([]);
    expect(sent?.embeds[0].title).toBe(advisor().handle('lambda keeps timing out at 15 min what do i do').title);
    expect(sent?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(sent?.message_reference.message_id).toBe('1340000000000000000');
    await client.destroy();
  });

  it("answers a mention of the bot's role the same way, without the role in the question", async () => {
    const { client, failures, settled } = testClient(advisor(), { mentions: true });
    let sent: Json | undefined;
    nock(API)
      .post(`/v10/channels/${CHANNEL}/messages`)
      .reply(200, (_uri, body) => {
        sent = body as Json;
        return {
          id: '3',
          channel_id: CHANNEL,
          content: '',
          embeds: [],
          components: [],
          author: { id: BOT_ID, username: 'compute-advisor', discriminator: '0', avatar: null },
          type: 19,
          timestamp: new Date().toISOString(),
          attachments: [],
          mentions: [],
          mention_roles: [],
          pinned: false,
          mention_everyone: false,
          tts: false,
        };
      });
    dispatch(client, 'MessageCreate', {
      ...messageBase,
      id: '4',
      author: { id: '8', username: 'dana', discriminator: '0', avatar: null },
      content: `<@&${BOT_ROLE}> limits lambda`,
      mentions: [],
      mention_roles: [BOT_ROLE],
    });
    await drain(settled);
    expect(failures).toEqual([]);
    expect(sent?.embeds[0].title).toBe(advisor().handle('limits lambda').title);
    await client.destroy();
  });

  it('ignores bots, messages that do not mention it, and plain replies to its own messages', async () => {
    const { client, failures, settled } = testClient(advisor(), { mentions: true });
    const bot = { id: BOT_ID, username: 'compute-advisor', discriminator: '0', avatar: null, bot: true };
    const dana = { id: '8', username: 'dana', discriminator: '0', avatar: null };
    dispatch(client, 'MessageCreate', {
      ...messageBase,
      id: '1',
      author: { id: '9', username: 'otherbot', discriminator: '0', avatar: null, bot: true },
      content: `<@${BOT_ID}> hi`,
      mentions: [bot],
    });
    dispatch(client, 'MessageCreate', { ...messageBase, id: '2', author: dana, content: 'lambda is great', mentions: [] });
    // Discord lists the author of the message replied to among the mentions; "thanks!" is not a question.
    const answer = { ...messageBase, id: '0', author: bot, content: '', mentions: [] };
    dispatch(client, 'MessageCreate', {
      ...messageBase,
      id: '3',
      author: dana,
      content: 'thanks!',
      mentions: [bot],
      message_reference: { message_id: '0', channel_id: CHANNEL, guild_id: GUILD },
      referenced_message: answer,
      type: 19,
    });
    await drain(settled);
    // Net connect is disabled and nothing is mocked: a post would have failed and been logged here.
    expect(failures).toEqual([]);
    await client.destroy();
  });
});
