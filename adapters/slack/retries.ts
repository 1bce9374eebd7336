import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';

/**
 * Slack re-sends an event (with `X-Slack-Retry-Num`, or `retry_attempt` in Socket Mode) when it did not
 * see a 200 in time. The first delivery is already being answered, so a retry is acknowledged (Bolt acks
 * events itself) and dropped: a slow answer must never arrive twice.
 */
export const dropRetries: Middleware<AnyMiddlewareArgs> = async ({ context, next }) => {
  if (context.retryNum) return;
  await next();
};
