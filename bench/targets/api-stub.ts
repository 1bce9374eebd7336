/**
 * A platform's Web API on loopback, for the bench (no machine here reaches Slack or Discord): `answer` gives
 * each request's JSON reply from its path and body, and every request is shown to `seen` (which may count it).
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiStub {
  url: string;
  close(): Promise<void>;
}

export async function startApiStub(
  answer: (path: string, body: string) => string,
  seen: (path: string, body: string) => void = () => undefined,
): Promise<ApiStub> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      const body = Buffer.concat(chunks).toString('utf8');
      seen(path, body);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(answer(path, body));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
