import type { App } from '@slack/bolt';
import type { Advisor } from '../../src/advisor.js';
import { answer, APOLOGY, reportFailure } from './answer.js';
import { recommendModal } from './modal.js';
import { slackTextToPlain } from './mrkdwn.js';

/**
 * `/compute …`: acknowledged at once (Slack allows 3 s), then answered privately through the command's
 * response_url with a "Share in channel" button. A bare `/compute recommend` opens the form instead.
 */
export function registerCommand(app: App, advisor: Advisor): void {
  app.command('/compute', async ({ command, ack, respond, client, logger }) => {
    await ack();
    // Let other requests waiting in the event loop be acknowledged before this one is answered: under a burst,
    // Slack's 3-second acknowledgement deadline matters more than how soon each answer follows.
    await new Promise((resolve) => setImmediate(resolve));
    const text = slackTextToPlain(command.text);
    const asker = { user: command.user_id, channel: command.channel_id };
    try {
      if (/^recommend$/i.test(text)) {
        await client.views.open({ trigger_id: command.trigger_id, view: recommendModal({ channel: command.channel_id, responseUrl: command.response_url }) });
        return;
      }
      await respond({ response_type: 'ephemeral', ...answer(advisor, text, asker, { share: true }) });
    } catch (error) {
      await reportFailure(`/compute failed (user ${command.user_id}, channel ${command.channel_id})`, error, logger, () => respond({ response_type: 'ephemeral', ...APOLOGY }));
    }
  });
}
