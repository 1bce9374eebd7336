import type { App } from '@slack/bolt';
import type { Advisor } from '../../src/advisor.js';
import { answer, APOLOGY, errorSummary, reportFailure, type SlackAnswer } from './answer.js';
import { followWithChart } from './chart.js';
import { recommendModal } from './modal.js';
import type { SlackMessage } from './render.js';
import { slackTextToPlain } from './mrkdwn.js';

/**
 * `/compute …`: answered privately in the acknowledgement itself, with a "Share in channel" button. The
 * advisor answers in well under a millisecond, so the answer rides on the ack Slack is waiting for anyway:
 * no second request to response_url, nothing that can fail or be rate limited after the ack. A bare
 * `/compute recommend` opens the form instead, which needs a Web API call: acknowledged first, then opened.
 * A cost chart follows the ack, privately, through response_url (chart.ts).
 */
export function registerCommand(app: App, advisor: Advisor): void {
  app.command('/compute', async ({ command, ack, respond, client, logger, context }) => {
    const text = slackTextToPlain(command.text);
    const asker = { user: command.user_id, channel: command.channel_id };
    if (/^recommend$/i.test(text)) {
      await ack();
      try {
        await client.views.open({
          trigger_id: command.trigger_id,
          view: recommendModal({ channel: command.channel_id, responseUrl: command.response_url }),
        });
      } catch (error) {
        await reportFailure(`/compute failed (user ${command.user_id}, channel ${command.channel_id})`, error, logger, () =>
          respond({ response_type: 'ephemeral', ...APOLOGY }),
        );
      }
      return;
    }
    let reply: SlackAnswer;
    try {
      reply = answer(advisor, text, asker, { share: true });
    } catch (error) {
      // The advisor never throws; rendering could (a bug). The user still gets an answer to the ack.
      logger.error(`/compute failed (user ${command.user_id}, channel ${command.channel_id}): ${errorSummary(error)}`);
      reply = { message: APOLOGY };
    }
    await ack({ response_type: 'ephemeral', ...reply.message });
    const privately = (message: SlackMessage) => respond({ response_type: 'ephemeral', replace_original: false, ...message });
    await followWithChart(reply.chart, privately, { client, logger, context });
  });
}
