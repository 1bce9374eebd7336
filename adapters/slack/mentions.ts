import type { App } from '@slack/bolt';
import type { Advisor } from '../../src/advisor.js';
import { answer, APOLOGY, reportFailure, slackAnswer, type SlackAnswer } from './answer.js';
import { followWithChart } from './chart.js';
import { slackTextToPlain } from './mrkdwn.js';
import type { SlackMessage } from './render.js';
import { reviewMessages, reviewNote } from './review.js';

/**
 * `@compute-advisor …` in a channel or thread: answered in the thread (slash commands cannot be used in
 * threads, so architecture reviews go this way). `@compute-advisor review` reads the thread first. A cost
 * chart follows the answer in the thread (chart.ts).
 */
export function registerMentions(app: App, advisor: Advisor): void {
  app.event('app_mention', async ({ event, context, client, say, logger }) => {
    const threadTs = event.thread_ts ?? event.ts;
    const text = slackTextToPlain(event.text, context.botUserId);
    const asker = { ...(event.user ? { user: event.user } : {}), channel: event.channel };
    try {
      const reply = /^review\b/i.test(text)
        ? await review(
            advisor,
            asker,
            { channel: event.channel, threadTs, triggerTs: event.ts, inThread: Boolean(event.thread_ts) },
            context,
            client,
          )
        : answer(advisor, text, asker, { threadTs });
      await say({ ...reply.message, thread_ts: threadTs });
      await followWithChart(reply.chart, (message) => say({ ...message, thread_ts: threadTs }), { client, logger, context });
    } catch (error) {
      await reportFailure(`app_mention failed (user ${event.user ?? '?'}, channel ${event.channel})`, error, logger, () =>
        say({ ...APOLOGY, thread_ts: threadTs }),
      );
    }
  });
}

interface Where {
  channel: string;
  threadTs: string;
  triggerTs: string;
  inThread: boolean;
}

function notice(text: string): SlackAnswer {
  const message: SlackMessage = { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  return { message };
}

/** Reads the thread and has the core recommend from it; a note links the messages read and their authors. */
async function review(
  advisor: Advisor,
  asker: { user?: string; channel: string },
  where: Where,
  context: { botUserId?: string; botId?: string },
  client: App['client'],
): Promise<SlackAnswer> {
  if (!where.inThread) {
    return notice(
      'Mention me with `review` *inside a thread* that describes the workload (run time, memory, GPU, traffic, state…), and I will recommend compute from what people wrote there.',
    );
  }
  // One page of up to 200 replies is enough: the core reads at most the latest 100 messages anyway.
  const thread = await client.conversations.replies({ channel: where.channel, ts: where.threadTs, limit: 200 });
  const input = reviewMessages(thread.messages ?? [], {
    ...context,
    channel: where.channel,
    threadTs: where.threadTs,
    triggerTs: where.triggerTs,
  });
  if (input.used.length === 0) {
    return notice(
      'I found nothing to review in this thread yet. Describe the workload (how long a run takes, memory, GPU, traffic, state), then mention me with `review` again.',
    );
  }
  const reply = advisor.review(input.messages, { platform: 'slack', ...asker });
  // No command reproduces a review, so a long one ends with a "cut here" note rather than "More".
  return slackAnswer(reply, { threadTs: where.threadTs, note: reviewNote(input, where.channel, where.threadTs) });
}
