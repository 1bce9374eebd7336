/**
 * The one HTTP port every adapter shares (`PORT`): a plain node:http server with a small route table.
 * Slack mounts `POST /slack/events`, Discord `POST /discord/interactions`; `GET /healthz` is always there.
 * Every request's body is read (up to the cap) before its route runs, so no route can be made to buffer more.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, type Logger } from '../shared/log.js';
import { readBody, type BufferedRequest } from './body.js';
import { trackConnections } from './connections.js';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './limits.js';

/** Handles one request, whose body is already in `req.rawBody`; it owns the response. A rejection becomes a bare 500 (details go to the log). */
export type RouteHandler = (req: BufferedRequest, res: ServerResponse) => void | Promise<void>;

/** Routes keyed by `"METHOD /path"`, e.g. `"POST /slack/events"`. */
export type Routes = Record<string, RouteHandler>;

export interface ServerOptions extends Partial<HttpLimits> {
  /** Where failures go, as JSON lines; pino at info on stdout by default. */
  logger?: Logger;
  /** Counts each request from its first byte until its response is done, so shutdown can wait for it. */
  track?: <T>(work: () => Promise<T>) => Promise<T>;
}

export interface RunningServer {
  server: Server;
  /** The port actually bound (useful with port 0 in tests). */
  port: number;
  /**
   * Stops accepting connections; every response from now on says `Connection: close`, so each keep-alive
   * connection ends after the request it is serving (or the next one it gets) instead of being cut.
   */
  stopAccepting(): void;
  /** Resolves once every connection has closed (after stopAccepting: when the last answer is out). */
  connectionsClosed(): Promise<void>;
  /** Closes the listener and drops whatever connection is left. */
  close(): Promise<void>;
}

/** Writes a JSON response (or just ends one whose headers are already out). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const health: RouteHandler = (_req, res) => sendJson(res, 200, { ok: true });

/** The request listener for a route table (plus `GET /healthz`): 404 for unknown paths, 405 for wrong methods, 413 for big bodies. */
export function routeRequests(
  routes: Routes,
  options: Pick<ServerOptions, 'logger' | 'maxBodyBytes'> = {},
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const table: Routes = { 'GET /healthz': health, ...routes };
  const logger = options.logger ?? createLogger();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_HTTP_LIMITS.maxBodyBytes;
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const method = (req.method ?? 'GET').toUpperCase();
    const handler = table[`${method} ${path}`];
    if (!handler) {
      const allowed = Object.keys(table)
        .filter((key) => key.endsWith(` ${path}`))
        .map((key) => key.split(' ')[0] ?? '');
      if (allowed.length > 0) sendJson(res, 405, { error: 'method not allowed' }, { allow: allowed.join(', ') });
      else sendJson(res, 404, { error: 'not found' });
      return;
    }
    const body = await readBody(req, maxBodyBytes);
    if (!body.ok) {
      logger.warn({ method, path, status: body.status, declared: req.headers['content-length'] }, `refused a request: ${body.error}`);
      // The connection is closed after this answer: what else the client meant to send on it is unknown.
      return sendJson(res, body.status, { error: body.error }, { connection: 'close' });
    }
    const buffered = Object.assign(req, { rawBody: body.raw });
    try {
      await handler(buffered, res);
    } catch (error) {
      logger.error({ err: error, method, path }, `${method} ${path} failed`);
      sendJson(res, 500, { error: 'internal error' });
    }
  };
}

/** Starts the shared server on `port` (0 picks a free one) and `host`, with the limits given (defaults otherwise). */
export function startHttpServer(routes: Routes, port: number, host?: string, options: ServerOptions = {}): Promise<RunningServer> {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...definedOnly(options) };
  const listener = routeRequests(routes, { ...options, maxBodyBytes: limits.maxBodyBytes });
  const track = options.track ?? (<T>(work: () => Promise<T>) => work());
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the two timeouts above only this often (30 s by default), which would let a slow sender stay far longer.
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    (req, res) => {
      connections.onRequest(res);
      void track(async () => {
        const done = new Promise<void>((resolve) => res.once('close', resolve));
        await listener(req, res);
        await done;
      });
    },
  );
  const connections = trackConnections(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        server,
        port: (server.address() as AddressInfo).port,
        stopAccepting: () => connections.stopAccepting(),
        connectionsClosed: () => connections.allClosed(),
        close: async () => {
          connections.stopAccepting();
          server.closeAllConnections();
        },
      });
    });
  });
}

function definedOnly(options: Partial<HttpLimits>): Partial<HttpLimits> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v === 'number'));
}
