/**
 * The HTTP modes are stateless: two replicas behind a round-robin load balancer (a plain proxy on loopback)
 * answer a conversation whose steps land on different replicas — the command on one, its button on the other.
 */
import type { KeyObject } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyToDiscord } from '../../adapters/discord/render.js';
import { replyToBlocks } from '../../adapters/slack/render.js';
import { advisor } from '../helpers.js';
import { discordKeys, fixture, signedHeaders, startDiscordTestServer, type DiscordTestServer } from '../discord/harness.js';
import {
  apiArgs,
  eventually,
  FORM,
  HOOKS,
  interactionBody,
  sign,
  slashBody,
  startSlackTestServer,
  fixture as slackFixture,
} from '../slack/harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A round-robin load balancer: forwards each request, headers and raw body unchanged, to the next replica. */
function roundRobin(upstreams: number[]): Promise<{ server: Server; url: string; hits: number[] }> {
  const hits = upstreams.map(() => 0);
  let next = 0;
  const server = createServer((req, res) => {
    const i = next++ % upstreams.length;
    hits[i] = (hits[i] ?? 0) + 1;
    const upstream = request(
      { host: '127.0.0.1', port: upstreams[i], path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits })),
  );
}

describe('two Discord interaction replicas behind a load balancer', () => {
  let replicas: (DiscordTestServer & { privateKey: KeyObject })[];
  let balancer: Awaited<ReturnType<typeof roundRobin>>;

  beforeAll(async () => {
    // One application, one key pair: Discord signs once, and whichever replica gets the request verifies it.
    const keys = discordKeys();
    replicas = [await startDiscordTestServer(advisor(), {}, keys), await startDiscordTestServer(advisor(), {}, keys)];
    balancer = await roundRobin(replicas.map((r) => r.port));
  });
  afterAll(async () => {
    balancer.server.close();
    await Promise.all(replicas.map((r) => r.close()));
  });

  it('answers a command on one replica and its Share button on the other', async () => {
    const key = replicas[0]?.privateKey;
    const post = async (body: unknown) => {
      const text = JSON.stringify(body);
      if (!key) throw new Error('no key');
      return (await (
        await fetch(`${balancer.url}/discord/interactions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...signedHeaders(text, key) },
          body: text,
        })
      ).json()) as Json;
    };
    const command = await post({
      ...fixture<Json>('command-recommend.json'),
      data: {
        ...fixture<Json>('command-recommend.json').data,
        options: [
          {
            name: 'compare',
            type: 1,
            options: [
              { name: 'first', type: 3, value: 'ec2' },
              { name: 'second', type: 3, value: 'lambda' },
            ],
          },
        ],
      },
    });
    const share = command.data.components.flatMap((r: Json) => r.components).find((b: Json) => String(b.custom_id).startsWith('ca:share:'));
    const pressed = await post({ ...fixture<Json>('button.json'), data: { custom_id: share.custom_id, component_type: 2 } });
    expect(balancer.hits).toEqual([1, 1]);
    expect(pressed.data.flags).toBeUndefined();
    expect(pressed.data.embeds).toEqual(replyToDiscord(advisor().handle('compare ec2 lambda'), { command: 'compare ec2 lambda' }).embeds);
  });
});

describe('two Slack HTTP replicas behind a load balancer', () => {
  let replicas: Awaited<ReturnType<typeof startSlackTestServer>>[];
  let balancer: Awaited<ReturnType<typeof roundRobin>>;

  beforeAll(async () => {
    replicas = [await startSlackTestServer(), await startSlackTestServer()];
    balancer = await roundRobin(replicas.map((r) => r.port));
  });
  afterAll(async () => {
    balancer.server.close();
    await Promise.all(replicas.map((r) => r.close()));
    nock.cleanAll();
  });

  const send = (body: string) => {
    const ts = Math.floor(Date.now() / 1000);
    return fetch(`${balancer.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': FORM, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) },
      body,
    });
  };

  it('answers /compute on one replica and its "Share in channel" on the other', async () => {
    const posted: Json[] = [];
    nock(HOOKS)
      .post(/.*/, (b: unknown) => posted.push(apiArgs(b)) > 0)
      .times(2)
      .reply(200, { ok: true });
    const answer = await send(slashBody('limits lambda'));
    expect(answer.status).toBe(200);
    const shareButton = (((await answer.json()) as Json).blocks as Json[])
      .flatMap((b) => (b.type === 'actions' ? b.elements : []))
      .find((e: Json) => e.action_id === 'compute_share');
    const action = slackFixture<Json>('block-actions.json');
    expect(
      (
        await send(
          interactionBody({ ...action, actions: [{ ...action.actions[0], action_id: 'compute_share', value: shareButton.value }] }),
        )
      ).status,
    ).toBe(200);
    await eventually(() => posted.length === 2);
    expect(balancer.hits).toEqual([1, 1]);
    expect(posted[0]).toMatchObject({
      response_type: 'in_channel',
      blocks: replyToBlocks(advisor().handle('limits lambda'), {
        command: 'limits lambda',
        note: 'Shared by <@U2147483697> · `/compute` to ask your own',
      }).blocks,
    });
  });
});
