/**
 * The Slack app for tests: the real HTTPReceiver on the shared server at 127.0.0.1:0, requests signed with
 * the signing secret (Slack's v0 HMAC), and nock in place of the Slack Web API and response_url hosts.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LogLevel } from '@slack/bolt';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startHttpServer, type RunningServer } from '../../adapters/http/server.js';
import { slackHttpRoutes, type SlackSettings } from '../../adapters/slack/start.js';
import { advisor } from '../helpers.js';

export const SIGNING_SECRET = 'test-signing-secret-8f3a';
export const SLACK_API = 'https://slack.com';
export const HOOKS = 'https://hooks.slack.com';

/** A fixture from test/fixtures/slack, parsed. */
export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'slack', name), 'utf8')) as T;
}

/** Starts the app (auth.test answered by nock, as Slack would) and returns its base URL; `settings` override the test ones. */
export async function startSlackTestServer(settings: Partial<SlackSettings> = {}): Promise<RunningServer & { url: string }> {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  const auth = nock(SLACK_API).post('/api/auth.test').reply(200, fixture('auth.test.json'));
  const { routes } = await slackHttpRoutes(
    { botToken: 'xoxb-0000-test', signingSecret: SIGNING_SECRET, logLevel: LogLevel.ERROR, ...settings },
    advisor(),
  );
  if (!auth.isDone()) throw new Error('auth.test was not called');
  const server = await startHttpServer(routes, 0, '127.0.0.1');
  return { ...server, url: `http://127.0.0.1:${server.port}` };
}

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:<timestamp>:<raw body>"). */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
}

/** POSTs a signed body to /slack/events as Slack does. */
export async function send(url: string, body: string, contentType: string, options: SendOptions = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp, options.secret),
      ...options.headers,
    },
    body,
  });
}

let deliveries = 0;
/** A suffix that makes each request a new delivery: the app answers a request it has seen before only once. */
const nextDelivery = () => String((deliveries += 1)).padStart(8, '0');

/** A slash command, form-encoded like Slack's, with `text` replaced; each one its own invocation (trigger_id), as Slack sends them. */
export function slashBody(text: string): string {
  const command = fixture<Record<string, string>>('slash-command.json');
  return new URLSearchParams({ ...command, trigger_id: `${command.trigger_id}.${nextDelivery()}`, text }).toString();
}

/** An app_mention event_callback with `text`; each one a new delivery (its own event_id), as Slack sends them. */
export function mentionBody(text: string): string {
  const body = fixture<{ event: Record<string, unknown> }>('app-mention.json');
  return JSON.stringify({ ...body, event_id: `Ev${nextDelivery()}`, event: { ...body.event, text } });
}

/** An interaction (block_actions, view_submission): form field `payload` holding the JSON; an object gets its own trigger_id, as each press does. */
export function interactionBody(payload: unknown): string {
  const press =
    typeof payload === 'object' && payload !== null && !Array.isArray(payload)
      ? { ...payload, trigger_id: `t.${nextDelivery()}` }
      : payload;
  return new URLSearchParams({ payload: JSON.stringify(press) }).toString();
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

/** A Web API call's arguments, whether sent form-encoded (blocks as a JSON string) or as JSON. */
export function apiArgs(body: unknown): Record<string, unknown> {
  const raw: Record<string, unknown> =
    typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : { ...(body as Record<string, unknown>) };
  for (const key of ['blocks', 'view']) if (typeof raw[key] === 'string') raw[key] = JSON.parse(raw[key]);
  return raw;
}

/** Waits (briefly) until `done()` holds; handlers answer after the ack, so tests wait for the Web API call. */
export async function eventually(done: () => boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error(`timed out; pending mocks: ${nock.pendingMocks().join(', ')}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Lets in-flight handlers run, for tests that assert nothing was posted. */
export const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

/**
 * Fails each test that made a request nock has no interceptor for: a call it did not expect. Our own server
 * on loopback passes through nock and is reported as "no match" too, so loopback is let through. Registers
 * its own hooks; after the file, nock is cleared and real connections are allowed again.
 */
export function failOnUnexpectedRequests(): void {
  const unexpected: string[] = [];
  const onNoMatch = (req: { method?: string; path?: string; host?: string }) => {
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(req.host ?? '')) unexpected.push(`${req.method} ${req.host ?? ''}${req.path ?? ''}`);
  };
  beforeAll(() => void nock.emitter.on('no match', onNoMatch));
  afterAll(() => {
    nock.emitter.off('no match', onNoMatch);
    nock.cleanAll();
    nock.enableNetConnect();
  });
  afterEach(() => {
    nock.cleanAll();
    expect(unexpected.splice(0)).toEqual([]);
  });
}
