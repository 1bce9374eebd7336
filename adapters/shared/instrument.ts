/**
 * Wraps the advisor for the chat adapters: a per-user rate limit that answers politely, and one structured
 * log line per message (request id, platform, command kind, latency). The message body is logged only at
 * debug level. Adapters call the wrapped advisor exactly as they call the plain one.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Advisor, HandleContext } from '../../src/advisor.js';
import { makeReply, type Reply } from '../../src/reply.js';
import type { Logger } from './log.js';
import { slowDownText, type RateLimiter } from './rate-limit.js';

export interface InstrumentOptions {
  logger: Logger;
  limiter?: RateLimiter;
}

function slowDown(retryAfterMs: number): Reply {
  return makeReply({
    kind: 'error',
    title: 'One moment',
    summary: slowDownText(retryAfterMs),
    data: { error: { code: 'rate-limited' }, retryAfterMs },
  });
}

export function instrumentAdvisor(advisor: Advisor, { logger, limiter }: InstrumentOptions): Advisor {
  // The per-message line holds only the fields written below (ids, names, a number), never a secret, so it
  // skips the redaction pass, which costs about 20 µs a line against 3 µs for the line itself.
  const answered = logger.child({}, { redact: { paths: [] } });
  const observe = (what: 'message' | 'command' | 'review', body: () => string, ctx: HandleContext, answer: () => Reply): Reply => {
    const requestId = randomUUID();
    const start = performance.now();
    const user = `${ctx.platform ?? '?'}:${ctx.user ?? 'anonymous'}`;
    const verdict = limiter?.take(user);
    const reply = verdict && !verdict.ok ? slowDown(verdict.retryAfterMs) : answer();
    const ms = Math.round((performance.now() - start) * 1000) / 1000;
    answered.info(
      { requestId, what, platform: ctx.platform, kind: reply.kind, ms, ...(verdict && !verdict.ok ? { rateLimited: true } : {}) },
      'answered',
    );
    if (logger.isLevelEnabled('debug')) logger.debug({ requestId, body: body() }, 'message body');
    return reply;
  };
  return {
    context: advisor.context,
    handle: (text, ctx = {}) =>
      observe(
        'message',
        () => text,
        ctx,
        () => advisor.handle(text, ctx),
      ),
    run: (command, values, ctx = {}) =>
      observe(
        'command',
        () => JSON.stringify({ command, values }),
        ctx,
        () => advisor.run(command, values, ctx),
      ),
    choices: (source) => advisor.choices(source),
    servicesInProse: (conjunction) => advisor.servicesInProse(conjunction),
    review: (messages, ctx = {}) =>
      observe(
        'review',
        () => messages.map((m) => m.text).join('\n'),
        ctx,
        () => advisor.review(messages, ctx),
      ),
  };
}
