/**
 * What `POST /slack/events` checks before Bolt's HTTPReceiver sees a request (the shared server has read
 * the body, within MAX_BODY_BYTES): the signature and a timestamp within five minutes either way (Bolt only
 * refuses the past), a body Bolt can route without crashing, and nothing answered twice — a retry
 * (any `X-Slack-Retry-Num`, even `0` or `abc`), an event_id seen before, or the same signed request again.
 * Bolt then checks the signature once more and answers as usual.
 */
import type { ServerResponse } from 'node:http';
import { HTTPModuleFunctions, isValidSlackRequest, type Logger } from '@slack/bolt';
import type { BufferedRequest } from '../http/body.js';
import { sendJson, type RouteHandler } from '../http/server.js';
import type { Seen } from '../shared/seen.js';
import { freshTimestamp } from '../shared/timestamp.js';
import { readSlackBody } from './body-shape.js';

export interface GuardOptions {
  signingSecret: string;
  logger: Logger;
  seen: Seen;
}

const header = (req: BufferedRequest, name: string) => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** Slack's `ssl_check=1` probe is unsigned by design; Bolt answers it (and drops anything smuggled beside it). */
function isSslCheck(req: BufferedRequest): boolean {
  return (
    req.headers['content-type'] === 'application/x-www-form-urlencoded' &&
    new URLSearchParams(req.rawBody.toString()).get('ssl_check') === '1'
  );
}

export function guardSlackEvents(listener: (req: BufferedRequest, res: ServerResponse) => void, options: GuardOptions): RouteHandler {
  const { signingSecret, logger, seen } = options;
  const refuse = (res: ServerResponse, status: number, error: string) => {
    logger.warn(`refused a Slack request (${status}): ${error}`);
    sendJson(res, status, { error });
  };
  return (req, res) => {
    if (isSslCheck(req)) return listener(req, res);
    const signature = header(req, 'x-slack-signature');
    const timestamp = header(req, 'x-slack-request-timestamp');
    const signed =
      signature !== undefined &&
      isValidSlackRequest({
        signingSecret,
        body: req.rawBody.toString(),
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
      });
    if (!signed) return refuse(res, 401, 'invalid request signature');
    if (!freshTimestamp(timestamp)) return refuse(res, 401, 'request timestamp is more than 5 minutes from now');
    let parsed: unknown;
    try {
      // Bolt's own parser, so this reads the body exactly as the receiver will.
      parsed = HTTPModuleFunctions.parseHTTPRequestBody(req) as unknown;
    } catch {
      return refuse(res, 400, 'body is not JSON, nor a form whose payload is JSON');
    }
    const read = readSlackBody(parsed);
    if (!read.ok) return refuse(res, 400, `malformed Slack request: ${read.problem}`);
    // The first delivery is already being answered; a retry is acknowledged and dropped.
    if (req.headers['x-slack-retry-num'] !== undefined) return drop(res, logger, 'a retry');
    const eventId = read.kind === 'event' ? read.body.event_id : undefined;
    const key = typeof eventId === 'string' ? `event:${eventId}` : `signature:${signature}`;
    if (!seen.first(key))
      return drop(res, logger, typeof eventId === 'string' ? `event ${eventId} again` : 'the same signed request again');
    return listener(req, res);
  };
}

function drop(res: ServerResponse, logger: Logger, what: string): void {
  logger.info(`acknowledged and dropped ${what}: it is answered once`);
  res.writeHead(200);
  res.end();
}
