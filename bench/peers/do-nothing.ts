/**
 * The physical floor of `npm run bench:http`: node:http servers that read each body and answer
 * `{"ok":true}`, doing no work at all, in as many processes as the bot has.
 */
import { createServer } from 'node:http';
import { listen, servePeer } from './cluster.js';

servePeer(() =>
  listen(
    createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      });
    }),
  ),
);
