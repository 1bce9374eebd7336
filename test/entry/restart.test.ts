/**
 * A restart under load, against the real entry point: fifty keep-alive connections keep sending signed slash
 * commands while the process gets SIGTERM. Every request the bot had taken is answered; no client sees a reset.
 * Each connection is one client, as a load balancer's connection to a replica is: it sends on until an answer
 * says `Connection: close`, and then opens no new connection, as the balancer would not to a replica that is
 * going away. The signal comes once every connection has been answered: one still in the listen backlog when
 * the port closes is reset by the kernel (no server can answer on a socket it never accepted).
 */
import { Client } from 'undici';
import { afterAll, expect, it } from 'vitest';
import { FORM, sign, slashBody } from '../slack/harness.js';
import { slackStub, startBot, type Bot, type SlackStub } from './bot-process.js';

let stub: SlackStub | undefined;
let bot: Bot | undefined;
afterAll(() => {
  bot?.stop();
  stub?.close();
});

it('on SIGTERM under load answers what it took, closes each keep-alive connection with Connection: close, and resets none', async () => {
  stub = await slackStub();
  const running = await startBot(stub);
  bot = running;

  const failures: Record<string, number> = {};
  let answered = 0;
  let closing = 0;
  /** Connections answered at least once: accepted by the server, not waiting in the listen backlog. */
  let connected = 0;
  let stopped = false;
  const client = async () => {
    const connection = new Client(running.base, { pipelining: 1 });
    let mine = 0;
    while (!stopped) {
      const body = slashBody('limits lambda');
      const ts = Math.floor(Date.now() / 1000);
      try {
        const res = await connection.request({
          method: 'POST',
          path: '/slack/events',
          headers: { 'content-type': FORM, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) },
          body,
        });
        const text = await res.body.text();
        if (res.statusCode === 200 && text.includes('"blocks"')) {
          answered++;
          if (mine++ === 0) connected++;
        } else failures[`HTTP ${res.statusCode}`] = (failures[`HTTP ${res.statusCode}`] ?? 0) + 1;
        if (res.headers.connection === 'close') {
          closing++;
          break;
        }
      } catch (error) {
        const code = (error as { code?: string }).code ?? String(error);
        failures[code] = (failures[code] ?? 0) + 1;
        break;
      }
    }
    await connection.destroy();
  };
  const clients = Array.from({ length: 50 }, client);
  while (answered < 200 || connected < 50) await new Promise((r) => setTimeout(r, 20));
  running.child.kill('SIGTERM');
  const code = await running.exited;
  stopped = true;
  await Promise.all(clients);
  expect({ code, failures }).toEqual({ code: 0, failures: {} });
  // Every connection was still busy when the signal came, and each was told to close rather than cut.
  expect(closing).toBe(50);
  expect(running.lines.map((l) => l.msg)).toContain('stopped cleanly');
  expect(running.notJson).toEqual([]);
});
