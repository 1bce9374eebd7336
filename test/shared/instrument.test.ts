import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createInFlight } from '../../adapters/shared/in-flight.js';
import { instrumentAdvisor } from '../../adapters/shared/instrument.js';
import { createLogger } from '../../adapters/shared/log.js';
import { createRateLimiter } from '../../adapters/shared/rate-limit.js';
import { advisor } from '../helpers.js';

function logged(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).trim().split('\n')) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ level, destination }) };
}

describe('instrumented advisor', () => {
  it('logs one line per message with request id, platform, kind and latency — and no message body at info', () => {
    const { lines, logger } = logged();
    const wrapped = instrumentAdvisor(advisor(), { logger });
    const reply = wrapped.handle('why does my secret-project lambda time out', { platform: 'slack', user: 'U1' });
    expect(reply.kind).toBe('answer');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      what: 'message',
      platform: 'slack',
      kind: 'answer',
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ms: expect.any(Number),
    });
    expect(JSON.stringify(lines)).not.toContain('secret-project');
  });

  it('logs the body only at debug level', () => {
    const { lines, logger } = logged('debug');
    instrumentAdvisor(advisor(), { logger }).handle('limits lambda', { platform: 'discord' });
    expect(lines.find((l) => l.msg === 'message body')).toMatchObject({ body: 'limits lambda' });
  });

  it('answers a user over the rate limit politely, without running the command, and others normally', () => {
    const { lines, logger } = logged();
    const wrapped = instrumentAdvisor(advisor(), { logger, limiter: createRateLimiter({ perMinute: 1, burst: 1 }) });
    expect(wrapped.handle('limits lambda', { platform: 'slack', user: 'U1' }).kind).toBe('limits');
    const limited = wrapped.handle('limits lambda', { platform: 'slack', user: 'U1' });
    expect(limited).toMatchObject({ kind: 'error', title: 'One moment', data: { error: { code: 'rate-limited' } } });
    expect(limited.summary).toMatch(/please try again in \d+ seconds?\./);
    expect(wrapped.handle('limits lambda', { platform: 'slack', user: 'U2' }).kind).toBe('limits');
    expect(lines[1]).toMatchObject({ rateLimited: true });
  });
});

describe('in-flight work', () => {
  it('drains when the last piece of work settles, and reports a timeout otherwise', async () => {
    const inFlight = createInFlight();
    let finish: () => void = () => undefined;
    const work = inFlight.track(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(inFlight.count).toBe(1);
    expect(await inFlight.drain(20)).toBe(false);
    const drained = inFlight.drain(1000);
    finish();
    await work;
    expect(await drained).toBe(true);
    expect(inFlight.count).toBe(0);
  });

  it('counts failed work as finished too', async () => {
    const inFlight = createInFlight();
    await expect(inFlight.track(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(inFlight.count).toBe(0);
  });
});
