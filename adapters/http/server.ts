/**
 * The one HTTP port every adapter shares (`PORT`): a plain node:http server with a small route table.
 * Slack mounts `POST /slack/events`, Discord `POST /discord/interactions`; `GET /healthz` is always there.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Handles one request; it owns the response. A rejection becomes a bare 500 (details go to the log). */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** Routes keyed by `"METHOD /path"`, e.g. `"POST /slack/events"`. */
export type Routes = Record<string, RouteHandler>;

export interface RunningServer {
  server: Server;
  /** The port actually bound (useful with port 0 in tests). */
  port: number;
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

/** The request listener for a route table (plus `GET /healthz`): 404 for unknown paths, 405 for wrong methods. */
export function routeRequests(
  routes: Routes,
  log: (message: string, error: unknown) => void = console.error,
): (req: IncomingMessage, res: ServerResponse) => void {
  const table: Routes = { 'GET /healthz': health, ...routes };
  return (req, res) => {
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
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
        log(`compute-advisor: ${method} ${path} failed:`, error);
        sendJson(res, 500, { error: 'internal error' });
      });
  };
}

/** Starts the shared server on `port` (0 picks a free one) and `host`. */
export function startHttpServer(routes: Routes, port: number, host?: string): Promise<RunningServer> {
  const server = createServer(routeRequests(routes));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        server,
        port: (server.address() as AddressInfo).port,
        close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
  });
}
