/**
 * Shutting the shared port without cutting anyone off. After `stopAccepting`, no new connection is taken and
 * every response says `Connection: close`, so each keep-alive connection closes after the answer it is giving
 * (or after one more request, if the client sends it before it hears). Idle connections are left to expire
 * on the keep-alive timeout the client was told about: closing them at once would race a client that is
 * just reusing one, and the request it sent would meet a reset.
 */
import type { Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

export interface Connections {
  /** Call for each request as it arrives. */
  onRequest(res: ServerResponse): void;
  stopAccepting(): void;
  /** Resolves when no connection is open. */
  allClosed(): Promise<void>;
}

export function trackConnections(server: Server): Connections {
  const open = new Set<Socket>();
  const answering = new Set<ServerResponse>();
  let closing = false;
  let waiters: (() => void)[] = [];
  const wakeIfDone = () => {
    if (open.size > 0) return;
    for (const wake of waiters) wake();
    waiters = [];
  };
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => {
      open.delete(socket);
      wakeIfDone();
    });
  });
  const lastOnItsConnection = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('connection', 'close');
  };
  return {
    onRequest(res) {
      if (closing) return lastOnItsConnection(res);
      answering.add(res);
      res.once('close', () => answering.delete(res));
    },
    stopAccepting() {
      if (closing) return;
      closing = true;
      for (const res of answering) lastOnItsConnection(res);
      answering.clear();
      // net's close, not http's: http's also destroys idle keep-alive connections at once (see above).
      if (server.listening) NetServer.prototype.close.call(server);
    },
    allClosed() {
      if (open.size === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
