/**
 * A restart under load, against the real entry point: fifty keep-alive connections keep sending signed slash
 * commands while the process gets SIGTERM. Every request the bot had taken is answered; no client sees a reset.
 */
import { Pool } from 'undici';
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
  const pool = new Pool(running.base, { connections: 50, pipelining: 1 });
  const failures: Record<string, number> = {};
  let answered = 0;
  let closing = 0;
  let stopped = false;
  const client = async () => {
    while (!stopped) {
      const body = slashBody('limits lambda');
      const ts = Math.floor(Date.now() / 1000);
      try {
        const res = await pool.request({
          method: 'POST',
          path: '/slack/events',
          headers: { 'content-type': FORM, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) },
          body,
        });
        const text = await res.body.text();
        if (res.statusCode === 200 && text.includes('"blocks"')) answered++;
        else failures[`HTTP ${res.statusCode}`] = (failures[`HTTP ${res.statusCode}`] ?? 0) + 1;
        if (res.headers.connection === 'close') closing++;
      } catch (error) {
        const code = (error as { code?: string }).code ?? String(error);
        // Refused: a new connection after the port closed, which a load balancer sends elsewhere. Anything else was cut off.
        if (code === 'ECONNREFUSED') await new Promise((r) => setTimeout(r, 20));
        else failures[code] = (failures[code] ?? 0) + 1;
      }
    }
  };
  const clients = Array.from({ length: 50 }, client);
  while (answered < 200) await new Promise((r) => setTimeout(r, 20));
  running.child.kill('SIGTERM');
  const code = await running.exited;
  stopped = true;
  await Promise.all(clients);
  await pool.destroy();
  expect({ code, failures }).toEqual({ code: 0, failures: {} });
  expect(closing).toBeGreaterThan(0);
  expect(running.lines.map((l) => l.msg)).toContain('stopped cleanly');
  expect(running.notJson).toEqual([]);
});
