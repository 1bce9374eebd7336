/**
 * How every bare server of `npm run bench:http` runs: as the bot does with HTTP_WORKERS, `BENCH_WORKERS`
 * processes (node:cluster) share one port, so a peer and the bot are loaded with the same cores. The primary
 * prints `port=<n>` once every worker listens, and on SIGTERM stops them and exits.
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

/** Runs `serve` (which returns a server listening on port 0 of 127.0.0.1) in each worker. */
export function servePeer(serve: () => Server | Promise<Server>): void {
  if (cluster.isWorker) {
    void Promise.resolve(serve());
    return;
  }
  const workers = process.env.BENCH_WORKERS ?? '2';
  const count = workers === 'auto' ? availableParallelism() : Math.max(1, Number(workers) || 1);
  let listening = 0;
  cluster.on('listening', (_worker, address: AddressInfo | { port: number }) => {
    if (++listening === count) process.stdout.write(`port=${address.port}\n`);
  });
  for (let i = 0; i < count; i++) cluster.fork();
  let running = count;
  cluster.on('exit', () => {
    if (--running === 0) process.exit(0);
  });
  process.once('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  });
}

/** Starts `server` on a port the cluster shares (0: the primary picks one for all workers). */
export function listen(server: Server): Server {
  server.listen(0, '127.0.0.1');
  return server;
}
