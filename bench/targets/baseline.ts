/**
 * Calibration for `npm run bench:http`: the same load against a server that does nothing, in its own process
 * like the others. Its row is the floor this machine and the load generator set before the bot does any work.
 */
import type { LoadTarget } from '../load-target.js';
import { fileURLToPath } from 'node:url';
import { startServerProcess } from './server-process.js';

export const baselineTarget: LoadTarget = {
  name: 'do-nothing node:http',
  calibration: true,
  async start() {
    const server = await startServerProcess({}, fileURLToPath(new URL('./baseline-server.js', import.meta.url)));
    return {
      url: server.url,
      request: () => ({ method: 'POST', path: '/', headers: { 'content-type': 'application/json' }, body: '{"text":"help"}' }),
      isAnswer: (body) => body === '{"ok":true}',
      close: server.close,
    };
  },
};
