/**
 * A platform's Web API on loopback, for the bench (no machine here reaches Slack or Discord): answers every
 * request with `body` as JSON, and counts the requests whose path starts with `counted`.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiStub {
  url: string;
  /** How many counted requests arrived. */
  counted(): number;
  close(): Promise<void>;
}

export async function startApiStub(body: string, counted: string): Promise<ApiStub> {
  let count = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url?.startsWith(counted)) count++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counted: () => count,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
